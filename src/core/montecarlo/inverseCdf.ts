/**
 * Inverse-CDF (inverse transform) sampling.
 *
 * If U ~ U(0, 1) and F is a CDF with quantile function F⁻¹(u) = inf{x : F(x) ≥ u}, then X = F⁻¹(U) has
 * CDF F, because P(F⁻¹(U) ≤ x) = P(U ≤ F(x)) = F(x). So any distribution whose quantile we can write
 * down can be sampled with one uniform per draw.
 *
 * Here: a generic sampler factory and closed-form quantiles for the normal, exponential, Cauchy and uniform
 * laws. The reader-drawn piecewise density, whose CDF and quantile are computed exactly, is in
 * piecewiseDensity.ts.
 */

import { clampScale, openUniform, requireFinite } from '../params';
import type { Rng } from '../random';
import { normalCdf, normalQuantile } from '../stats';

/** A continuous distribution on the real line with everything a widget needs to draw and sample it. */
export interface Distribution1D {
  readonly name: string;
  /** Density p(x) (normalised). */
  pdf(x: number): number;
  /** log p(x); −∞ outside the support. */
  logPdf(x: number): number;
  /** F(x) = P(X ≤ x). */
  cdf(x: number): number;
  /** F⁻¹(u) for u ∈ [0, 1]; u outside [0, 1] or NaN → RangeError. */
  quantile(u: number): number;
  /** One draw, F⁻¹(U) with U strictly inside (0, 1). */
  sample(rng: Rng): number;
  /** Fill `out` with independent draws. */
  fill(rng: Rng, out: Float64Array): Float64Array;
}

/** Internal (also used by piecewiseDensity.ts): u must be a probability. */
export function checkProbability(u: number): void {
  if (!(u >= 0 && u <= 1)) throw new RangeError(`quantile needs 0 ≤ u ≤ 1, got ${u}`);
}

/** X = F⁻¹(U): turn any quantile function into a sampler. */
export function inverseCdfSampler(quantile: (u: number) => number): (rng: Rng) => number {
  return (rng) => quantile(openUniform(rng));
}

/** Fill `out` with F⁻¹(U_i) for independent uniforms U_i. */
export function fillByInverseCdf(rng: Rng, quantile: (u: number) => number, out: Float64Array): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = quantile(openUniform(rng));
  return out;
}

/** Internal (also used by piecewiseDensity.ts): add sample and fill, both by F⁻¹(U), to a distribution. */
export function withSampling(d: Omit<Distribution1D, 'sample' | 'fill'>): Distribution1D {
  const { quantile } = d;
  return {
    ...d,
    sample: (rng) => quantile(openUniform(rng)),
    fill: (rng, out) => fillByInverseCdf(rng, quantile, out),
  };
}

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * Normal N(μ, σ²): F(x) = Φ((x − μ)/σ), F⁻¹(u) = μ + σ Φ⁻¹(u) with Φ⁻¹ from Acklam's rational
 * approximation plus one Halley step (see stats/normal.ts). σ is clamped to [1e-9, 1e9].
 */
export function normalDistribution(mu = 0, sigma = 1): Distribution1D {
  const m = requireFinite(mu, 'normal μ');
  const s = clampScale(sigma, 'normal σ');
  const logPdf = (x: number) => {
    const z = (x - m) / s;
    return -0.5 * z * z - Math.log(s) - LOG_SQRT_2PI;
  };
  return withSampling({
    name: `N(${m}, ${s}²)`,
    pdf: (x) => Math.exp(logPdf(x)),
    logPdf,
    cdf: (x) => normalCdf((x - m) / s),
    quantile: (u) => {
      checkProbability(u);
      return m + s * normalQuantile(u);
    },
  });
}

/**
 * Exponential with rate λ (mean 1/λ): F(x) = 1 − e^{−λx} for x ≥ 0, so F⁻¹(u) = −ln(1 − u)/λ
 * (log1p keeps the digits for small u). λ is clamped to [1e-9, 1e9].
 */
export function exponentialDistribution(rate = 1): Distribution1D {
  const lambda = clampScale(rate, 'exponential λ');
  const logLambda = Math.log(lambda);
  return withSampling({
    name: `Exp(${lambda})`,
    pdf: (x) => (x < 0 ? 0 : lambda * Math.exp(-lambda * x)),
    logPdf: (x) => (x < 0 ? Number.NEGATIVE_INFINITY : logLambda - lambda * x),
    cdf: (x) => (x <= 0 ? 0 : -Math.expm1(-lambda * x)),
    quantile: (u) => {
      checkProbability(u);
      return -Math.log1p(-u) / lambda;
    },
  });
}

/**
 * Cauchy with location x₀ and scale γ: p(x) = 1 / (πγ (1 + ((x − x₀)/γ)²)),
 * F(x) = ½ + arctan((x − x₀)/γ)/π, so F⁻¹(u) = x₀ + γ tan(π(u − ½)). No mean, no variance: the
 * running average of Cauchy draws never settles, which is the point of showing it. γ clamped to [1e-9, 1e9].
 */
export function cauchyDistribution(location = 0, scale = 1): Distribution1D {
  const x0 = requireFinite(location, 'Cauchy location');
  const g = clampScale(scale, 'Cauchy scale');
  const logPdf = (x: number) => {
    const z = (x - x0) / g;
    return -Math.log(Math.PI * g) - Math.log1p(z * z);
  };
  return withSampling({
    name: `Cauchy(${x0}, ${g})`,
    pdf: (x) => Math.exp(logPdf(x)),
    logPdf,
    cdf: (x) => 0.5 + Math.atan((x - x0) / g) / Math.PI,
    quantile: (u) => {
      checkProbability(u);
      if (u === 0) return Number.NEGATIVE_INFINITY;
      if (u === 1) return Number.POSITIVE_INFINITY;
      return x0 + g * Math.tan(Math.PI * (u - 0.5));
    },
  });
}

/**
 * Uniform on [a, b]: F(x) = (x − a)/(b − a), F⁻¹(u) = a + (b − a) u. Needs finite a < b.
 */
export function uniformDistribution(a = 0, b = 1): Distribution1D {
  requireFinite(a, 'uniform a');
  requireFinite(b, 'uniform b');
  if (!(a < b)) throw new RangeError(`uniform needs a < b, got [${a}, ${b}]`);
  const width = b - a;
  const logDensity = -Math.log(width);
  return withSampling({
    name: `U(${a}, ${b})`,
    pdf: (x) => (x >= a && x <= b ? 1 / width : 0),
    logPdf: (x) => (x >= a && x <= b ? logDensity : Number.NEGATIVE_INFINITY),
    cdf: (x) => (x <= a ? 0 : x >= b ? 1 : (x - a) / width),
    quantile: (u) => {
      checkProbability(u);
      return a + width * u;
    },
  });
}
