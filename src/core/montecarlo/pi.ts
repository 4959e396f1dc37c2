/**
 * π by throwing darts.
 *
 * Throw points uniformly on the square [−1, 1]²; the unit disc covers a fraction p = π/4 of it. Each dart
 * is a Bernoulli(p) trial, so with H hits out of N
 *   π̂ = 4 H / N,   Var(π̂) = 16 p(1 − p)/N,   SE = 4 √(p̂(1 − p̂)/N)   (plug-in p̂ = H/N),
 * and the error shrinks like 1/√N whatever the dimension — the whole promise of Monte Carlo.
 */

import { clampCount } from '../params';
import type { Rng } from '../random';

/** z for a two-sided 95 % normal interval. */
export const Z95 = 1.959963984540054;
const MAX_DARTS = 1e9;

export interface PiEstimate {
  /** Darts thrown N. */
  n: number;
  /** Darts inside the unit disc H. */
  hits: number;
  /** π̂ = 4H/N. */
  estimate: number;
  /** Plug-in standard error 4 √(p̂(1 − p̂)/N). */
  standardError: number;
  /** π̂ ± 1.96 SE. */
  lower: number;
  upper: number;
}

/** The exact standard error of π̂ with N darts, 4 √(p(1 − p)/N) with p = π/4: the funnel around π. */
export function piStandardError(n: number): number {
  const p = Math.PI / 4;
  return 4 * Math.sqrt((p * (1 - p)) / Math.max(1, n));
}

/** Summarise H hits out of N darts. */
export function piFromHits(hits: number, n: number): PiEstimate {
  const N = clampCount(n, 1, MAX_DARTS, 'darts');
  const H = clampCount(hits, 0, N, 'hits');
  const p = H / N;
  const estimate = 4 * p;
  const standardError = 4 * Math.sqrt((p * (1 - p)) / N);
  return {
    n: N,
    hits: H,
    estimate,
    standardError,
    lower: estimate - Z95 * standardError,
    upper: estimate + Z95 * standardError,
  };
}

/**
 * Throw xs.length darts uniformly on [−1, 1]², writing their coordinates (and, if given, 1/0 for
 * inside/outside the unit disc x² + y² ≤ 1) for drawing. Returns the number of hits.
 */
export function throwDarts(rng: Rng, xs: Float64Array, ys: Float64Array, inside?: Uint8Array): number {
  if (ys.length !== xs.length || (inside && inside.length !== xs.length)) {
    throw new RangeError('throwDarts: xs, ys (and inside) must have the same length');
  }
  let hits = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = 2 * rng.uniform() - 1;
    const y = 2 * rng.uniform() - 1;
    const hit = x * x + y * y <= 1;
    xs[i] = x;
    ys[i] = y;
    if (inside) inside[i] = hit ? 1 : 0;
    if (hit) hits++;
  }
  return hits;
}

/** Throw n darts without keeping them and summarise. */
export function estimatePi(rng: Rng, n: number): PiEstimate {
  const N = clampCount(n, 1, MAX_DARTS, 'darts');
  let hits = 0;
  for (let i = 0; i < N; i++) {
    const x = 2 * rng.uniform() - 1;
    const y = 2 * rng.uniform() - 1;
    if (x * x + y * y <= 1) hits++;
  }
  return piFromHits(hits, N);
}

export interface RunningPiSeries {
  /** estimate[i] = π̂ after i + 1 darts. */
  estimate: Float64Array;
  /** π̂ ∓ 1.96 · plug-in SE after i + 1 darts (zero width while every dart so far agrees). */
  lower: Float64Array;
  upper: Float64Array;
  /** Total hits after all darts. */
  hits: number;
}

/**
 * The running estimate after 1, 2, …, n darts, written into `estimate` (length n) and, if given, the
 * 95 % band into `lower` / `upper`. Pass preallocated arrays to avoid allocation in an animation loop.
 */
export function runningPiEstimate(
  rng: Rng,
  estimate: Float64Array,
  band?: { lower: Float64Array; upper: Float64Array },
): number {
  const n = estimate.length;
  if (band && (band.lower.length !== n || band.upper.length !== n)) {
    throw new RangeError('runningPiEstimate: band arrays must match the estimate length');
  }
  let hits = 0;
  for (let i = 0; i < n; i++) {
    const x = 2 * rng.uniform() - 1;
    const y = 2 * rng.uniform() - 1;
    if (x * x + y * y <= 1) hits++;
    const count = i + 1;
    const p = hits / count;
    estimate[i] = 4 * p;
    if (band) {
      const half = Z95 * 4 * Math.sqrt((p * (1 - p)) / count);
      band.lower[i] = 4 * p - half;
      band.upper[i] = 4 * p + half;
    }
  }
  return hits;
}

/** Convenience wrapper: allocate the series for n darts and fill it. */
export function runningPiSeries(rng: Rng, n: number): RunningPiSeries {
  const N = clampCount(n, 1, 1e8, 'darts');
  const estimate = new Float64Array(N);
  const lower = new Float64Array(N);
  const upper = new Float64Array(N);
  const hits = runningPiEstimate(rng, estimate, { lower, upper });
  return { estimate, lower, upper, hits };
}

/**
 * Root-mean-square error of π̂ for each N in `ns`, over `repeats` independent experiments:
 *   RMSE(N) = √( (1/R) Σ_r (π̂_r(N) − π)² ),
 * which should follow the line piStandardError(N) ∝ N^{−1/2} on a log–log plot.
 */
export function piRmsError(rng: Rng, ns: ArrayLike<number>, repeats: number): Float64Array {
  const R = clampCount(repeats, 1, 1e6, 'repeats');
  const out = new Float64Array(ns.length);
  for (let k = 0; k < ns.length; k++) {
    let sq = 0;
    for (let r = 0; r < R; r++) {
      const e = estimatePi(rng, ns[k]).estimate - Math.PI;
      sq += e * e;
    }
    out[k] = Math.sqrt(sq / R);
  }
  return out;
}
