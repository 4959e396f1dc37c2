/**
 * The Gibbs widget's computation: a recorded run of the core's bivariate-Gaussian Gibbs sampler — every
 * single-coordinate move (the staircase) and the state after every sweep (the samples) — and the target's density
 * on the map grid.
 */

import { createBivariateGaussianGibbs, createRng, gaussianMixture2D } from '../../../core';
import type { Box2D, DensityGrid } from '../../common/plots/DensityMap';

export const GIBBS_BOX: Box2D = { xMin: -3.5, xMax: 3.5, yMin: -3.5, yMax: 3.5 };
export const GIBBS_MAP_POINTS = 97;

export interface GibbsRun {
  /** Corners of the staircase: the state after each coordinate update, starting at x_0 (2·sweeps + 1 points). */
  stairX: Float64Array;
  stairY: Float64Array;
  /** States after each full sweep, x_0 … x_S (S + 1). */
  sampleX: Float64Array;
  sampleY: Float64Array;
}

export function runGibbs(rho: number, sweeps: number, seed: number): GibbsRun {
  const gibbs = createBivariateGaussianGibbs({ rho, rng: createRng(seed) });
  const stairX = new Float64Array(2 * sweeps + 1);
  const stairY = new Float64Array(2 * sweeps + 1);
  const sampleX = new Float64Array(sweeps + 1);
  const sampleY = new Float64Array(sweeps + 1);
  stairX[0] = sampleX[0] = gibbs.current[0];
  stairY[0] = sampleY[0] = gibbs.current[1];
  for (let s = 0; s < sweeps; s++) {
    for (let half = 1; half <= 2; half++) {
      gibbs.updateCoordinate(); // x | y first, then y | x: one axis-parallel move each
      stairX[2 * s + half] = gibbs.current[0];
      stairY[2 * s + half] = gibbs.current[1];
    }
    sampleX[s + 1] = gibbs.current[0];
    sampleY[s + 1] = gibbs.current[1];
  }
  return { stairX, stairY, sampleX, sampleY };
}

/** The standard bivariate normal with correlation ρ on the map grid (row j = y_j from the bottom). */
export function gibbsDensityGrid(rho: number): DensityGrid {
  const target = gaussianMixture2D([{ weight: 1, mean: [0, 0], sd: [1, 1], rho }]);
  const n = GIBBS_MAP_POINTS;
  const values = new Float64Array(n * n);
  let max = 0;
  for (let j = 0; j < n; j++) {
    const y = GIBBS_BOX.yMin + ((GIBBS_BOX.yMax - GIBBS_BOX.yMin) * j) / (n - 1);
    for (let i = 0; i < n; i++) {
      const x = GIBBS_BOX.xMin + ((GIBBS_BOX.xMax - GIBBS_BOX.xMin) * i) / (n - 1);
      const v = target.density(x, y);
      values[j * n + i] = v;
      if (v > max) max = v;
    }
  }
  return { box: GIBBS_BOX, values, max, nx: n, ny: n };
}
