import { powerOfTenLabel, powersOfTen } from './logTicks';
import type { AxisSpec } from './scales';

/**
 * A log axis from `lo` to `hi` ticked at the powers of ten (1, 10, 100, 1,000, 10⁴ …): the axis of a running
 * estimate against the number of draws, or of an error that falls like 1/√N.
 */
export function powersOfTenAxis(lo: number, hi: number, label: string, every = 1): AxisSpec {
  return {
    domain: [lo, hi],
    type: 'log',
    tickValues: powersOfTen(lo, hi).filter((_, i) => i % every === every - 1),
    tickFormat: powerOfTenLabel,
    label,
  };
}
