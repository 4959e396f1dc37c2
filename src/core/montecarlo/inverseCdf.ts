/**
 * Inverse-CDF (inverse transform) sampling.
 *
 * If U ~ U(0, 1) and F is a CDF with quantile function F⁻¹(u) = inf{x : F(x) ≥ u}, then X = F⁻¹(U) has
 * CDF F, because P(F⁻¹(U) ≤ x) = P(U ≤ F(x)) = F(x). So any distribution whose quantile we can write
 * down can be sampled with one uniform per draw.
 *
 * Here: a generic sampler factory, closed-form quantiles for the normal, exponential and Cauchy laws, and
 * a reader-drawn piecewise density (piecewise-constant or piecewise-linear) whose CDF and quantile are
 * computed exactly.
 */

import type { Rng } from '../random';
import { normalCdf, normalQuantile } from '../stats';
import { clampScale, openUniform, requireFinite } from './params';

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

function checkProbability(u: number): void {
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

function withSampling(d: Omit<Distribution1D, 'sample' | 'fill'>): Distribution1D {
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
 * approximation plus one Halley step (see stats.normalQuantile). σ is clamped to [1e-9, 1e9].
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

// ---------------------------------------------------------------------------------------------------
// Piecewise densities drawn by the reader
// ---------------------------------------------------------------------------------------------------

export interface PiecewiseDensityOptions {
  /** x₀ < x₁ < … < x_K: K segments. Must be finite and strictly increasing, at least 2 points. */
  breakpoints: ArrayLike<number>;
  /**
   * 'constant': K heights, h_j on [x_j, x_{j+1});  'linear': K + 1 heights at the breakpoints, joined by
   * straight lines. Heights need not be normalised; negative heights are clamped to 0.
   */
  heights: ArrayLike<number>;
  kind: 'constant' | 'linear';
}

export interface PiecewiseDistribution extends Distribution1D {
  readonly kind: 'constant' | 'linear';
  readonly breakpoints: Float64Array;
  /** The (clamped, unnormalised) heights as given. */
  readonly heights: Float64Array;
  /** Z = ∫ h(x) dx, the area under the drawn curve; pdf = h / Z. */
  readonly normaliser: number;
  /** F(x_j) at every breakpoint (length K + 1, from 0 to 1). */
  readonly cdfAtBreakpoints: Float64Array;
}

/**
 * A density that is piecewise constant or piecewise linear between breakpoints, with exact CDF and quantile.
 *
 * Segment j has width Δ_j = x_{j+1} − x_j and area
 *   constant: m_j = h_j Δ_j,      linear: m_j = (h_j + h_{j+1}) Δ_j / 2   (a trapezoid).
 * Z = Σ m_j, and F(x_j) = (m_0 + … + m_{j−1}) / Z.
 * Inside a segment, at t = x − x_j, the area so far is
 *   constant: h_j t,      linear: h_j t + s t²/2   with slope s = (h_{j+1} − h_j)/Δ_j.
 * Quantile: find the segment holding the target area r = uZ − Z F(x_j), then solve for t. For the linear
 * case, the height at t satisfies h(t)² = h_j² + 2 s r (differentiate both sides: 2h h' = 2 s h), so
 *   t = 2r / (h_j + h(t)),   h(t) = √(h_j² + 2 s r)
 * — the root of the quadratic written without the cancellation of (−h_j + √…)/s when s is small.
 */
export function piecewiseDensity(opts: PiecewiseDensityOptions): PiecewiseDistribution {
  const { kind } = opts;
  if (kind !== 'constant' && kind !== 'linear')
    throw new RangeError(`piecewiseDensity: unknown kind ${kind}`);
  const xs = Float64Array.from(opts.breakpoints);
  const segments = xs.length - 1;
  if (segments < 1) throw new RangeError('piecewiseDensity needs at least two breakpoints');
  for (let j = 0; j <= segments; j++) {
    requireFinite(xs[j], `breakpoint ${j}`);
    if (j > 0 && !(xs[j] > xs[j - 1])) throw new RangeError(`breakpoints must increase strictly (at ${j})`);
  }
  const expected = kind === 'constant' ? segments : segments + 1;
  if (opts.heights.length !== expected) {
    throw new RangeError(`piecewiseDensity '${kind}' needs ${expected} heights, got ${opts.heights.length}`);
  }
  const hs = new Float64Array(expected);
  for (let j = 0; j < expected; j++) {
    const h = opts.heights[j];
    if (Number.isNaN(h) || h === Number.POSITIVE_INFINITY) throw new RangeError(`height ${j} is ${h}`);
    hs[j] = Math.max(0, h); // a reader dragging below the axis means "zero here"
  }
  // Areas m_j and the running total Z·F(x_j).
  const cumulative = new Float64Array(segments + 1);
  for (let j = 0; j < segments; j++) {
    const width = xs[j + 1] - xs[j];
    const area = kind === 'constant' ? hs[j] * width : 0.5 * (hs[j] + hs[j + 1]) * width;
    cumulative[j + 1] = cumulative[j] + area;
  }
  const Z = cumulative[segments];
  if (!(Z > 0) || !Number.isFinite(Z)) {
    throw new RangeError('piecewiseDensity: the drawn curve has no area (all heights are 0)');
  }
  const cdfAtBreakpoints = new Float64Array(segments + 1);
  for (let j = 0; j <= segments; j++) cdfAtBreakpoints[j] = cumulative[j] / Z;
  cdfAtBreakpoints[segments] = 1;

  /** Segment index j with x_j ≤ x < x_{j+1} (binary search); assumes x₀ ≤ x < x_K. */
  function segmentOf(x: number): number {
    let lo = 0;
    let hi = segments - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (xs[mid] <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Unnormalised height h(x). */
  function height(x: number): number {
    if (!(x >= xs[0] && x <= xs[segments])) return 0;
    if (x === xs[segments]) return kind === 'constant' ? hs[segments - 1] : hs[segments];
    const j = segmentOf(x);
    if (kind === 'constant') return hs[j];
    const t = (x - xs[j]) / (xs[j + 1] - xs[j]);
    return hs[j] + t * (hs[j + 1] - hs[j]);
  }

  function cdf(x: number): number {
    if (Number.isNaN(x)) throw new RangeError('cdf(NaN)');
    if (x <= xs[0]) return 0;
    if (x >= xs[segments]) return 1;
    const j = segmentOf(x);
    const t = x - xs[j];
    let area: number;
    if (kind === 'constant') area = hs[j] * t;
    else {
      const slope = (hs[j + 1] - hs[j]) / (xs[j + 1] - xs[j]);
      area = hs[j] * t + 0.5 * slope * t * t;
    }
    return Math.min(1, (cumulative[j] + area) / Z);
  }

  function quantile(u: number): number {
    checkProbability(u);
    const target = u * Z;
    // First segment whose right end has cumulative area > target, skipping zero-area segments, so the
    // answer is where the density is positive.
    let lo = 0;
    let hi = segments - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid + 1] > target) hi = mid;
      else lo = mid + 1;
    }
    let j = lo;
    while (j > 0 && cumulative[j + 1] - cumulative[j] <= 0) j--; // u = 1 lands past the last positive one
    const width = xs[j + 1] - xs[j];
    const r = Math.max(0, target - cumulative[j]); // area still needed inside segment j
    let t: number;
    if (kind === 'constant') {
      t = hs[j] > 0 ? r / hs[j] : 0;
    } else {
      const slope = (hs[j + 1] - hs[j]) / width;
      const hEnd = Math.sqrt(Math.max(0, hs[j] * hs[j] + 2 * slope * r));
      const denom = hs[j] + hEnd;
      t = denom > 0 ? (2 * r) / denom : 0;
    }
    return xs[j] + Math.min(width, Math.max(0, t));
  }

  return {
    ...withSampling({
      name: `piecewise-${kind}`,
      pdf: (x) => height(x) / Z,
      logPdf: (x) => Math.log(height(x) / Z),
      cdf,
      quantile,
    }),
    kind,
    breakpoints: xs,
    heights: hs,
    normaliser: Z,
    cdfAtBreakpoints,
  };
}
