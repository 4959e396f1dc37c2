/**
 * Denoising in one step (chapter 7): the posterior over the data points and Tweedie's formula, for data that are
 * a mixture p_0 = Σ_k w_k N(μ_k, σ₀² I) (points blurred by σ₀) noised by x_t = √ᾱ x₀ + √(1 − ᾱ) ε:
 *   p_t(x) = Σ_k w_k N(x; √ᾱ μ_k, s² I),   s² = ᾱ σ₀² + 1 − ᾱ,
 *   r_k(x_t) = P(point k | x_t) = w_k N(x_t; √ᾱ μ_k, s² I) / p_t(x_t),
 *   E[x₀ | x_t] = (x_t + (1 − ᾱ) ∇ log p_t(x_t)) / √ᾱ        (Tweedie)
 *              = Σ_k r_k [ μ_k + (√ᾱ σ₀² / s²)(x_t − √ᾱ μ_k) ]   (the same, summed over the points).
 */

import type { NoisedGaussianMixture } from './gaussianMixture';

/** r_k(x_t) for every component of an isotropic mixture at ᾱ (log-sum-exp), written into out (length K). */
export function posteriorWeights(
  density: NoisedGaussianMixture,
  x: number,
  y: number,
  alphaBar: number,
  out: Float64Array,
): Float64Array {
  const mix = density.mixture;
  const a = Math.sqrt(alphaBar);
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < mix.count; k++) {
    const cx = alphaBar * mix.variances[2 * k] + 1 - alphaBar;
    const cy = alphaBar * mix.variances[2 * k + 1] + 1 - alphaBar;
    const dx = x - a * mix.means[2 * k];
    const dy = y - a * mix.means[2 * k + 1];
    const l =
      Math.log(mix.weights[k]) - 0.5 * (Math.log(cx) + Math.log(cy) + (dx * dx) / cx + (dy * dy) / cy);
    out[k] = l;
    if (l > max) max = l;
  }
  let sum = 0;
  for (let k = 0; k < mix.count; k++) {
    out[k] = Math.exp(out[k] - max);
    sum += out[k];
  }
  for (let k = 0; k < mix.count; k++) out[k] /= sum;
  return out;
}

/** Tweedie's estimate E[x₀ | x_t] = (x_t + (1 − ᾱ) ∇ log p_t(x_t)) / √ᾱ, from the exact score; ᾱ must be > 0. */
export function tweedieMean(
  density: NoisedGaussianMixture,
  x: number,
  y: number,
  alphaBar: number,
): [number, number] {
  if (!(alphaBar > 0 && alphaBar <= 1)) throw new RangeError(`Tweedie needs 0 < ᾱ ≤ 1, got ${alphaBar}`);
  const g = new Float64Array(2);
  density.score(x, y, g, 0, alphaBar);
  const a = Math.sqrt(alphaBar);
  return [(x + (1 - alphaBar) * g[0]) / a, (y + (1 - alphaBar) * g[1]) / a];
}

/** exp(entropy) of the posterior: the effective number of data points the estimate averages over (1 … K). */
export function effectivePointCount(weights: ArrayLike<number>): number {
  let h = 0;
  for (let k = 0; k < weights.length; k++) if (weights[k] > 0) h -= weights[k] * Math.log(weights[k]);
  return Math.exp(h);
}
