import { useMemo, useRef } from 'react';
import { histogram, ksCriticalValue, ksStatistic } from '../../../core';
import type { DistributionSetup } from './distributions';

/**
 * Statistics of the first `shown` draws: sorted copy (for the empirical CDF), KS distance to the exact CDF, the
 * histogram, and the draw farthest from 0. The sort buffer is reused while the number of draws stays the same.
 */
export function useDrawStatistics(xs: Float64Array, shown: number, setup: DistributionSetup) {
  const buffer = useRef(new Float64Array(0));
  return useMemo(() => {
    if (buffer.current.length < xs.length) buffer.current = new Float64Array(xs.length);
    const sorted = buffer.current.subarray(0, shown);
    sorted.set(xs.subarray(0, shown));
    sorted.sort();
    if (shown === 0) return { sorted, ks: null, critical: 0, hist: null, farthest: 0 };
    const sample = xs.subarray(0, shown);
    const farthest = Math.abs(sorted[0]) > Math.abs(sorted[shown - 1]) ? sorted[0] : sorted[shown - 1];
    return {
      sorted,
      ks: ksStatistic(sorted, setup.distribution.cdf),
      critical: ksCriticalValue(shown, 0.05),
      hist: histogram(sample, { min: setup.range[0], max: setup.range[1], bins: setup.bins }),
      farthest,
    };
  }, [xs, shown, setup]);
}

export type DrawStatistics = ReturnType<typeof useDrawStatistics>;
