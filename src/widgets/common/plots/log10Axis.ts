import { ticks } from 'd3';
import { formatNumber } from '../lang';
import { tenToThe } from './logTicks';
import type { AxisSpec } from './scales';

/**
 * A number given by its log10, written out: "1.772" or "8.08 × 10⁴³⁴²". Quantities that overflow doubles (an
 * integral of e^{x²}, a count of states) are computed in log space and must still read as numbers, never as ∞.
 */
export function formatLog10(log10Value: number, digits = 4): string {
  if (!Number.isFinite(log10Value)) return formatNumber(log10Value);
  if (log10Value > -3 && log10Value < 6) return formatNumber(10 ** log10Value, digits);
  let k = Math.floor(log10Value);
  let mantissa = Number((10 ** (log10Value - k)).toPrecision(digits));
  if (mantissa >= 10) {
    mantissa /= 10;
    k += 1;
  }
  return `${mantissa} × ${tenToThe(k)}`;
}

/** 10^k as a tick label: plainly from 0.1 to 1,000, with a superscript exponent beyond. */
function powerLabel(k: number): string {
  return k >= -1 && k <= 3 ? formatNumber(10 ** k) : tenToThe(k);
}

/** Tick positions (in log10 units) at m · 10^k for the given mantissas m, inside [lo, hi]. */
function mantissaTicks(lo: number, hi: number, mantissas: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = Math.floor(lo); k <= Math.ceil(hi); k++) {
    for (const m of mantissas) {
      const at = k + Math.log10(m);
      if (at >= lo - 1e-9 && at <= hi + 1e-9) out.push(at);
    }
  }
  return out;
}

/**
 * A log axis for a quantity plotted by its log10 (the domain [lo, hi] is in log10 units, so the values may lie far
 * beyond doubles, as 10⁴³⁴² does): the scale is linear in log10, the tick labels are the values themselves. Over
 * two decades or more the ticks are powers of ten (every few, for hundreds of decades); over less, 1-2-5 values,
 * or round values (0.9, 1, 1.1 …) over a fraction of a decade.
 */
export function log10Axis(lo: number, hi: number, label: string, count = 5): AxisSpec {
  const span = hi - lo;
  let tickValues: number[];
  let tickFormat: (value: number) => string;
  if (span >= 2 || Math.abs(hi) > 300 || Math.abs(lo) > 300) {
    tickValues = ticks(lo, hi, count).filter(Number.isInteger);
    if (tickValues.length < 2) tickValues = ticks(Math.ceil(lo), Math.floor(hi), Math.min(count, 2));
    tickFormat = (value) => (Number.isInteger(value) ? powerLabel(value) : formatLog10(value, 3));
  } else {
    tickValues =
      span >= 0.7
        ? mantissaTicks(lo, hi, [1, 2, 5])
        : ticks(10 ** lo, 10 ** hi, count)
            .filter((v) => v > 0)
            .map(Math.log10);
    tickFormat = (value) => formatNumber(Number((10 ** value).toPrecision(6)), 4);
  }
  return { domain: [lo, hi], tickValues, tickFormat, label };
}
