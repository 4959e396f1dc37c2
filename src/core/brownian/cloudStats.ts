/**
 * Readout statistics for clouds of particles (chapter 1): how much of a cloud lies within k standard deviations
 * of the origin, what an isotropic Gaussian says that fraction should be, and the time-averaged mean squared
 * displacement of one trajectory at a given lag.
 *
 * Conventions as in stats/: bad arguments → RangeError; nothing here draws random numbers; no allocation.
 */

import { normalCdf } from '../stats';

function requireDimension(dimension: number): void {
  if (dimension !== 1 && dimension !== 2) throw new RangeError(`dimension must be 1 or 2, got ${dimension}`);
}

/**
 * Probability that an isotropic Gaussian N(0, σ² I_d) lies within distance kσ of its mean:
 *   d = 1:  P(|X| ≤ kσ) = 2Φ(k) − 1                 (68.27 % at k = 1, 95.45 % at k = 2)
 *   d = 2:  P(|X| ≤ kσ) = 1 − e^{−k²/2}               (|X|²/σ² is χ²₂, i.e. exponential with mean 2:
 *                                                     39.35 % at k = 1, 86.47 % at k = 2)
 */
export function gaussianMassWithin(k: number, dimension: number): number {
  requireDimension(dimension);
  if (!(k >= 0 && Number.isFinite(k))) throw new RangeError(`k must be a finite number ≥ 0, got ${k}`);
  if (dimension === 1) return 2 * normalCdf(k) - 1;
  return -Math.expm1((-k * k) / 2);
}

/**
 * Fraction of the points of an interleaved cloud (x₀, [y₀,] x₁, …) within Euclidean distance `radius` of the
 * origin (boundary included). An empty cloud → RangeError.
 */
export function fractionWithin(positions: ArrayLike<number>, dimension: number, radius: number): number {
  requireDimension(dimension);
  if (!(radius >= 0)) throw new RangeError(`radius must be ≥ 0, got ${radius}`);
  const n = Math.floor(positions.length / dimension);
  if (n === 0) throw new RangeError('fractionWithin needs at least one point');
  const r2 = radius * radius;
  let inside = 0;
  if (dimension === 1) {
    for (let i = 0; i < n; i++) if (positions[i] * positions[i] <= r2) inside++;
  } else {
    for (let i = 0; i < n; i++) {
      const x = positions[2 * i];
      const y = positions[2 * i + 1];
      if (x * x + y * y <= r2) inside++;
    }
  }
  return inside / n;
}

export interface LagMsd {
  /** mean of |X(t_k + τ) − X(t_k)|² over the pairs, length² */
  msd: number;
  /** number of (t_k, t_k + τ) pairs averaged */
  pairs: number;
}

/**
 * Time-averaged mean squared displacement of one 2-D trajectory sampled at equal intervals, at a lag of
 * `lag` samples, over the samples [first, first + count):
 *   MSD(τ) = (1/P) Σ_{k} |X_{k+lag} − X_k|²,   P = count − lag overlapping pairs.
 * One trajectory gives one (noisy) estimate of the ensemble MSD; overlapping pairs are not independent, but
 * the average is unbiased for a process with stationary increments.
 * Requires 1 ≤ lag < count and first + count ≤ length; otherwise RangeError.
 */
export function timeAveragedMsd2D(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  first: number,
  count: number,
  lag: number,
): LagMsd {
  if (
    !(
      Number.isInteger(first) &&
      Number.isInteger(count) &&
      first >= 0 &&
      first + count <= Math.min(xs.length, ys.length)
    )
  ) {
    throw new RangeError(`samples [${first}, ${first + count}) are not inside the trajectory`);
  }
  if (!(Number.isInteger(lag) && lag >= 1 && lag < count)) {
    throw new RangeError(`lag must be an integer in [1, ${count - 1}], got ${lag}`);
  }
  const pairs = count - lag;
  let sum = 0;
  for (let k = first; k < first + pairs; k++) {
    const dx = xs[k + lag] - xs[k];
    const dy = ys[k + lag] - ys[k];
    sum += dx * dx + dy * dy;
  }
  return { msd: sum / pairs, pairs };
}
