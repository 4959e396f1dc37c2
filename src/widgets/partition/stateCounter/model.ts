import type { PartitionLayout } from '../../../workers/partitionCount';
import { GRID_ROWS } from '../../../workers/partitionCount';

/** Where each spin is drawn, in the drawing's own units; the frame depends on the layout only, never on n. */
export interface LatticeGeometry {
  width: number;
  height: number;
  /** x and y of spin i. */
  sites: { x: number; y: number }[];
  /** Radius of a spin's disc. */
  radius: number;
}

/** The chain snakes in rows of this many spins (left to right, then right to left), so 24 spins fit a phone. */
export const CHAIN_ROW = 12;
const SPACING = 44;
const MARGIN = 24;

/**
 * The chain as a snake of two rows of 12; the grid as GRID_ROWS rows filled column by column (the job's
 * filledGridEdges), so each new spin appears where its edges lead.
 */
export function latticeGeometry(layout: PartitionLayout, n: number, maxSpins = 24): LatticeGeometry {
  const sites: { x: number; y: number }[] = [];
  const place = (column: number, row: number) => ({
    x: MARGIN + column * SPACING,
    y: MARGIN + row * SPACING,
  });
  let columns: number;
  let rows: number;
  if (layout === 'chain') {
    columns = CHAIN_ROW;
    rows = Math.ceil(maxSpins / CHAIN_ROW);
    for (let i = 0; i < n; i++) {
      const row = Math.floor(i / CHAIN_ROW);
      const along = i % CHAIN_ROW;
      sites.push(place(row % 2 === 0 ? along : CHAIN_ROW - 1 - along, row));
    }
  } else {
    rows = GRID_ROWS;
    columns = Math.ceil(maxSpins / GRID_ROWS);
    for (let i = 0; i < n; i++) sites.push(place(Math.floor(i / GRID_ROWS), i % GRID_ROWS));
  }
  return {
    width: 2 * MARGIN + (columns - 1) * SPACING,
    height: 2 * MARGIN + (rows - 1) * SPACING,
    sites,
    radius: 11,
  };
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An integer written as a superscript: 24 → "²⁴", −3 → "⁻³". */
export function superscript(k: number): string {
  return String(k)
    .split('')
    .map((c) => (c === '-' ? '⁻' : SUPERSCRIPT[Number(c)]))
    .join('');
}

/**
 * A positive number given by its log10, to `digits` significant digits: plainly with thousands separators below a
 * million ("13", "4,200"), else as "1.1 × 10¹²". Works far beyond the range of a double (10²³⁶ and more).
 */
export function formatLog10(log10: number, digits = 2): string {
  if (!Number.isFinite(log10)) return '—';
  if (log10 < 6) {
    const value = Number((10 ** log10).toPrecision(digits));
    return value.toLocaleString('en-US', { maximumFractionDigits: Math.max(0, digits - 1) });
  }
  let exponent = Math.floor(log10);
  let mantissa = Number((10 ** (log10 - exponent)).toPrecision(digits));
  if (mantissa >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  return `${mantissa.toFixed(digits - 1)} × 10${superscript(exponent)}`;
}

/** log10 of the seconds needed to sum 2^spins terms at `statesPerSecond`. */
export function log10SecondsFor(spins: number, statesPerSecond: number): number {
  return spins * Math.log10(2) - Math.log10(statesPerSecond);
}

export interface DurationWords {
  underMillisecond: string;
  milliseconds: (value: string) => string;
  seconds: (value: string) => string;
  minutes: (value: string) => string;
  hours: (value: string) => string;
  days: (value: string) => string;
  years: (value: string) => string;
  /** Times the age of the universe, 1.38 × 10¹⁰ years. */
  universes: (value: string) => string;
}

const LOG10_MINUTE = Math.log10(60);
const LOG10_HOUR = Math.log10(3600);
const LOG10_DAY = Math.log10(86_400);
/** A Julian year, 365.25 days. */
const LOG10_YEAR = Math.log10(365.25 * 86_400);
export const AGE_OF_UNIVERSE_YEARS = 1.38e10;
/** From 10¹⁰ years on, a duration is told in ages of the universe. */
const LOG10_UNIVERSE_FROM = 10;

/** A duration given by log10 of its seconds, in words with a sensible unit, from milliseconds to universes. */
export function durationInWords(log10Seconds: number, words: DurationWords): string {
  const l = log10Seconds;
  if (l < -3) return words.underMillisecond;
  if (l < 0) return words.milliseconds(formatLog10(l + 3));
  if (l < LOG10_MINUTE) return words.seconds(formatLog10(l));
  if (l < LOG10_HOUR) return words.minutes(formatLog10(l - LOG10_MINUTE));
  if (l < LOG10_DAY) return words.hours(formatLog10(l - LOG10_HOUR));
  if (l < LOG10_YEAR) return words.days(formatLog10(l - LOG10_DAY));
  const years = l - LOG10_YEAR;
  if (years < LOG10_UNIVERSE_FROM) return words.years(formatLog10(years));
  return words.universes(formatLog10(years - Math.log10(AGE_OF_UNIVERSE_YEARS)));
}

/** A measured time in ms, as "0.42 ms", "312 ms" or "1.23 s" (the unit words come from the strings). */
export function formatElapsed(ms: number, units: { ms: string; s: string }): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Number(ms.toPrecision(3))} ${units.ms}`;
  return `${Number((ms / 1000).toPrecision(3))} ${units.s}`;
}

/** The models the readout extrapolates to: 40 spins, 100 spins and a 28 × 28 binary image. */
export const EXTRAPOLATION_SPINS = [40, 100, 784] as const;
