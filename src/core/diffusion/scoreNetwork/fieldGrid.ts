/**
 * The learned score beside the exact one, on a grid (chapter 7, "learning the score"):
 *   s_θ(x, t) = −ε̂_θ(x, t) / √(1 − ᾱ_t)    against    ∇ log p_t(x)   of the noised data mixture,
 * and how far apart they are: the mean squared difference over the grid's points,
 *   MSD(t) = (1/n²) Σ_grid ‖s_θ(x, t) − ∇ log p_t(x)‖².
 * Grids are laid out as scoreGrid's: point (i, j) at (x_i, y_j), stored at 2(j n + i).
 */

import type { NoisedGaussianMixture } from '../gaussianMixture';
import type { ContinuousSchedule } from '../schedules';
import { type GridBox, gridCoordinate, scoreGrid } from '../scoreField';
import { type ScoreNetwork, scoreNetworkLayout } from './network';
import { networkScore } from './trainer';

/** The n × n grid points of the box, interleaved. */
export function gridPoints(box: GridBox, n: number): Float64Array {
  const points = new Float64Array(2 * n * n);
  for (let j = 0; j < n; j++) {
    const y = gridCoordinate(box.yMin, box.yMax, n, j);
    for (let i = 0; i < n; i++) {
      points[2 * (j * n + i)] = gridCoordinate(box.xMin, box.xMax, n, i);
      points[2 * (j * n + i) + 1] = y;
    }
  }
  return points;
}

/** A network from its width and a copy of θ (what a training job's snapshot carries). */
export function scoreNetworkFrom(hidden: number, params: Float64Array): ScoreNetwork {
  const layout = scoreNetworkLayout(hidden);
  if (params.length !== layout.size) {
    throw new RangeError(`θ of a width-${hidden} network has ${layout.size} numbers, got ${params.length}`);
  }
  return { layout, params };
}

/** s_θ(x, t) on the grid. */
export function learnedScoreGrid(
  net: ScoreNetwork,
  schedule: ContinuousSchedule,
  t: number,
  box: GridBox,
  n: number,
): Float64Array {
  const out = new Float64Array(2 * n * n);
  networkScore(net, schedule)(gridPoints(box, n), schedule.alphaBar(t), out);
  return out;
}

/** ∇ log p_t on the grid, for the mixture noised to time t (the mixture's noise level is left at ᾱ_t). */
export function exactScoreGrid(
  mixture: NoisedGaussianMixture,
  schedule: ContinuousSchedule,
  t: number,
  box: GridBox,
  n: number,
): Float64Array {
  mixture.setAlphaBar(schedule.alphaBar(t));
  return scoreGrid(mixture, box, n);
}

/** (1/m) Σ_k ‖a_k − b_k‖² over the m 2-vectors of two interleaved fields. */
export function meanSquaredDifference(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length || a.length % 2 !== 0) {
    throw new RangeError(`fields of lengths ${a.length} and ${b.length} cannot be compared`);
  }
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - b[i];
    sum += d * d;
  }
  return a.length > 0 ? sum / (a.length / 2) : 0;
}
