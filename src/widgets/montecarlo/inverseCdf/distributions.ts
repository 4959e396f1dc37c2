import {
  cauchyDistribution,
  createRng,
  type Distribution1D,
  exponentialDistribution,
  fillByInverseCdf,
  normalDistribution,
  piecewiseDensity,
  piecewiseMean,
} from '../../../core';
import { PIECE_BREAKPOINTS } from './heights';

export const DIST_IDS = ['normal', 'exponential', 'cauchy', 'piecewise'] as const;
export type DistId = (typeof DIST_IDS)[number];

/** What the pictures need besides the distribution: the x-range shown, the histogram's bins and the exact mean. */
export interface DistributionSetup {
  distribution: Distribution1D;
  /** The x-range of the plots; draws outside it are counted, not drawn. */
  range: [number, number];
  bins: number;
  /** E[X], or null where it does not exist (Cauchy). */
  mean: number | null;
  /** Half the height of the running-mean plot around its centre. */
  meanWindow: number;
}

/**
 * The four laws of the widget. Normal N(0, 1) on [−4, 4] (outside: 6e-5 of the mass); exponential with rate λ on
 * [0, 5/λ] (outside: e⁻⁵ ≈ 0.7 %); Cauchy on [−10, 10] (outside: 1 − (2/π) arctan 10 ≈ 6.3 %, heavy tails);
 * the reader's piecewise-constant density on [−4, 4] (nothing outside), 4 histogram bins per piece.
 */
export function setupDistribution(id: DistId, rate: number, heights: readonly number[]): DistributionSetup {
  switch (id) {
    case 'normal':
      return { distribution: normalDistribution(0, 1), range: [-4, 4], bins: 40, mean: 0, meanWindow: 1 };
    case 'exponential':
      return {
        distribution: exponentialDistribution(rate),
        range: [0, 5 / rate],
        bins: 40,
        mean: 1 / rate,
        meanWindow: 1 / rate,
      };
    case 'cauchy':
      return {
        distribution: cauchyDistribution(0, 1),
        range: [-10, 10],
        bins: 40,
        mean: null,
        meanWindow: 5,
      };
    case 'piecewise': {
      const distribution = piecewiseDensity({ breakpoints: PIECE_BREAKPOINTS, heights, kind: 'constant' });
      return { distribution, range: [-4, 4], bins: 32, mean: piecewiseMean(distribution), meanWindow: 1.5 };
    }
  }
}

export interface Draws {
  /** x_i = F⁻¹(u_i). */
  xs: Float64Array;
  /** The uniforms u_i behind them, for tracing u → F⁻¹(u). */
  us: Float64Array;
  /** Mean of the first i + 1 draws. */
  runningMean: Float64Array;
}

/** n seeded inverse-CDF draws through the core's sampler, keeping each uniform it used. */
export function drawByInverseCdf(distribution: Distribution1D, seed: number, n: number): Draws {
  const xs = new Float64Array(n);
  const us = new Float64Array(n);
  let i = 0;
  // fillByInverseCdf calls the quantile once per draw, in order, with the uniform it drew: record that uniform.
  fillByInverseCdf(
    createRng(seed),
    (u) => {
      us[i++] = u;
      return distribution.quantile(u);
    },
    xs,
  );
  const runningMean = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += xs[k];
    runningMean[k] = sum / (k + 1);
  }
  return { xs, us, runningMean };
}

/**
 * The empirical CDF F_n(g) = #{x_i ≤ g}/n at increasing grid points, from an ascending sorted sample, by one merge
 * walk. `out` is reused between frames.
 */
export function empiricalCdfOnGrid(
  sorted: Float64Array,
  grid: Float64Array,
  out: Float64Array,
): Float64Array {
  const n = sorted.length;
  let below = 0;
  for (let k = 0; k < grid.length; k++) {
    while (below < n && sorted[below] <= grid[k]) below++;
    out[k] = n > 0 ? below / n : 0;
  }
  return out;
}
