/**
 * The forward (noising) process applied to a whole point cloud: "a shape dissolves" (chapter 1) and the
 * training-data side of a diffusion model (chapter 7).
 *
 *   x_t = √ᾱ_t x_0 + √(1 − ᾱ_t) ε,   ε ~ N(0, I)        (a sample of q(x_t | x_0))
 *
 * The noise ε is an explicit buffer: draw it once (`drawForwardNoise`) and reuse the SAME ε for every t.
 * Then x_t moves continuously as the reader scrubs the time slider (each point slides along its own
 * straight-line-in-(√ᾱ, √(1−ᾱ)) path) instead of flickering with fresh noise every frame. Each x_t is
 * still an exact sample of q(x_t | x_0) for that t; only the samples at different t are coupled.
 */

import type { Rng } from '../random';
import { normalCdf } from '../stats';
import type { NoiseSchedule } from './schedules';
import { clampStep } from './schedules';

function checkAlphaBar(alphaBar: number): void {
  if (!(alphaBar >= 0 && alphaBar <= 1)) throw new RangeError(`ᾱ must be in [0, 1], got ${alphaBar}`);
}

/** A fresh ε buffer of standard normals, as many numbers as the cloud has coordinates. */
export function drawForwardNoise(length: number, rng: Rng, out?: Float64Array): Float64Array {
  const n = Math.max(0, Math.floor(length));
  const eps = out && out.length === n ? out : new Float64Array(n);
  return rng.fillNormal(eps);
}

/**
 * out[i] = √ᾱ · x0[i] + √(1 − ᾱ) · eps[i] for every coordinate. `out` may be x0 itself (truly in
 * place — but then the clean cloud is gone; keep x0 separate to scrub back and forth).
 */
export function noiseCloud(
  x0: Float64Array,
  eps: Float64Array,
  alphaBar: number,
  out: Float64Array = new Float64Array(x0.length),
): Float64Array {
  checkAlphaBar(alphaBar);
  if (eps.length !== x0.length || out.length !== x0.length) {
    throw new RangeError(
      `x0, eps and out must have the same length (${x0.length}, ${eps.length}, ${out.length})`,
    );
  }
  const a = Math.sqrt(alphaBar); // signal scale
  const b = Math.sqrt(1 - alphaBar); // noise scale
  for (let i = 0; i < x0.length; i++) out[i] = a * x0[i] + b * eps[i];
  return out;
}

/** The same at integer step t of a schedule (t clamped to 0 … T; t = 0 returns a copy of x0). */
export function noiseCloudAtStep(
  x0: Float64Array,
  eps: Float64Array,
  schedule: NoiseSchedule,
  t: number,
  out: Float64Array = new Float64Array(x0.length),
): Float64Array {
  return noiseCloud(x0, eps, schedule.alphaBar[clampStep(schedule, t)], out);
}

/**
 * Density of one coordinate of x_t given that coordinate of x_0:  N(√ᾱ x0, 1 − ᾱ).
 * With x0 = 0, ᾱ = 0 it is the standard normal density — the overlay the noised histogram approaches.
 * ᾱ = 1 is a point mass at x0 (density +∞ there, 0 elsewhere).
 */
export function forwardMarginalDensity(x: number, x0: number, alphaBar: number): number {
  checkAlphaBar(alphaBar);
  const m = Math.sqrt(alphaBar) * x0;
  const v = 1 - alphaBar;
  if (v === 0) return x === m ? Number.POSITIVE_INFINITY : 0;
  const z = x - m;
  return Math.exp((-z * z) / (2 * v)) / Math.sqrt(2 * Math.PI * v);
}

/** CDF of the same law: Φ((x − √ᾱ x0) / √(1 − ᾱ)); a step at x0 when ᾱ = 1. */
export function forwardMarginalCdf(x: number, x0: number, alphaBar: number): number {
  checkAlphaBar(alphaBar);
  const m = Math.sqrt(alphaBar) * x0;
  const v = 1 - alphaBar;
  if (v === 0) return x < m ? 0 : 1;
  return normalCdf((x - m) / Math.sqrt(v));
}
