/**
 * A 2-D Gaussian mixture as "data", and its EXACT noised density and score (chapter 7).
 *
 * Data:  p_0(x) = Σ_k w_k N(x; μ_k, Σ_k),  Σ_k diagonal (isotropic is the special case σ_x² = σ_y²).
 * Pushing it through q(x_t | x_0) = N(√ᾱ x_0, (1 − ᾱ) I) keeps it a mixture, because a Gaussian
 * convolved with a Gaussian is Gaussian:
 *   p_t(x) = Σ_k w_k N(x; √ᾱ μ_k, ᾱ Σ_k + (1 − ᾱ) I).
 * Its score (the gradient of log p_t) is the responsibility-weighted average of each component's score:
 *   ∇ log p_t(x) = Σ_k r_k(x) · C_k⁻¹ (m_k − x),   r_k(x) = w_k N_k(x) / Σ_j w_j N_j(x),
 * with m_k = √ᾱ μ_k and C_k = ᾱ Σ_k + (1 − ᾱ) I. The responsibilities are computed from log-densities
 * with the log-sum-exp trick (subtract the largest log term before exponentiating), so a point far from
 * every component — where every N_k(x) underflows to 0 — still gets the right score instead of 0/0.
 * This is the "perfectly trained network": with it, samplers can be studied without any learning error.
 */

import { fastExp } from '../fastExp';
import type { Rng } from '../random';

export interface DiagonalMixture2DSpec {
  /** mixture weights (normalised here); default equal weights */
  weights?: ArrayLike<number>;
  /** component means (x, y) */
  means: ReadonlyArray<readonly [number, number]>;
  /** per component: σ² (isotropic) or [σ_x², σ_y²] (diagonal) */
  variances: ReadonlyArray<number | readonly [number, number]>;
}

export interface DiagonalMixture2D {
  /** K, number of components */
  readonly count: number;
  /** w_k, summing to 1 */
  readonly weights: Float64Array;
  /** μ_k interleaved: [μ_0x, μ_0y, μ_1x, …], length 2K */
  readonly means: Float64Array;
  /** diagonal of Σ_k interleaved: [σ²_0x, σ²_0y, …], length 2K */
  readonly variances: Float64Array;
}

/** Validate and pack a mixture. Throws RangeError on negative weights, non-positive variances, NaN… */
export function createDiagonalMixture2D(spec: DiagonalMixture2DSpec): DiagonalMixture2D {
  const K = spec.means.length;
  if (K === 0) throw new RangeError('a mixture needs at least one component');
  if (spec.variances.length !== K) {
    throw new RangeError(`${K} means but ${spec.variances.length} variances`);
  }
  if (spec.weights && spec.weights.length !== K) {
    throw new RangeError(`${K} means but ${spec.weights.length} weights`);
  }
  const weights = new Float64Array(K);
  const means = new Float64Array(2 * K);
  const variances = new Float64Array(2 * K);
  let total = 0;
  for (let k = 0; k < K; k++) {
    const w = spec.weights ? spec.weights[k] : 1;
    if (!(w >= 0 && Number.isFinite(w))) throw new RangeError(`weight ${k} must be ≥ 0, got ${w}`);
    weights[k] = w;
    total += w;
    const [mx, my] = spec.means[k];
    if (!(Number.isFinite(mx) && Number.isFinite(my))) throw new RangeError(`mean ${k} must be finite`);
    means[2 * k] = mx;
    means[2 * k + 1] = my;
    const v = spec.variances[k];
    const vx = typeof v === 'number' ? v : v[0];
    const vy = typeof v === 'number' ? v : v[1];
    if (!(vx > 0 && vy > 0 && Number.isFinite(vx) && Number.isFinite(vy))) {
      throw new RangeError(`variances of component ${k} must be positive and finite, got ${vx}, ${vy}`);
    }
    variances[2 * k] = vx;
    variances[2 * k + 1] = vy;
  }
  if (!(total > 0)) throw new RangeError('the weights must not all be 0');
  for (let k = 0; k < K; k++) weights[k] /= total;
  return { count: K, weights, means, variances };
}

/**
 * Draw n points from p_0 (interleaved x, y into out, length 2n): pick component k with probability w_k,
 * then x = μ_k + σ_k ⊙ ξ with ξ ~ N(0, I).
 */
export function sampleDiagonalMixture2D(
  mixture: DiagonalMixture2D,
  n: number,
  rng: Rng,
  out?: Float64Array,
): Float64Array {
  const count = Math.max(0, Math.floor(n));
  const points = out && out.length === 2 * count ? out : new Float64Array(2 * count);
  const K = mixture.count;
  for (let i = 0; i < count; i++) {
    // inverse-CDF choice of the component
    let u = rng.uniform();
    let k = 0;
    while (k < K - 1 && u >= mixture.weights[k]) {
      u -= mixture.weights[k];
      k++;
    }
    points[2 * i] = mixture.means[2 * k] + Math.sqrt(mixture.variances[2 * k]) * rng.normal();
    points[2 * i + 1] = mixture.means[2 * k + 1] + Math.sqrt(mixture.variances[2 * k + 1]) * rng.normal();
  }
  return points;
}

export interface Moments2D {
  meanX: number;
  meanY: number;
  varX: number;
  varY: number;
  covXY: number;
}

/**
 * Exact mean and covariance of p_t (ᾱ = 1 gives the data):
 *   E x = Σ w_k m_k,   Cov x = Σ w_k (C_k + m_k m_kᵀ) − (E x)(E x)ᵀ.
 */
export function diagonalMixtureMoments(mixture: DiagonalMixture2D, alphaBar = 1): Moments2D {
  if (!(alphaBar >= 0 && alphaBar <= 1)) throw new RangeError(`ᾱ must be in [0, 1], got ${alphaBar}`);
  const a = Math.sqrt(alphaBar);
  let mx = 0;
  let my = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let k = 0; k < mixture.count; k++) {
    const w = mixture.weights[k];
    const ux = a * mixture.means[2 * k];
    const uy = a * mixture.means[2 * k + 1];
    const cx = alphaBar * mixture.variances[2 * k] + (1 - alphaBar);
    const cy = alphaBar * mixture.variances[2 * k + 1] + (1 - alphaBar);
    mx += w * ux;
    my += w * uy;
    sxx += w * (cx + ux * ux);
    syy += w * (cy + uy * uy);
    sxy += w * ux * uy;
  }
  return { meanX: mx, meanY: my, varX: sxx - mx * mx, varY: syy - my * my, covXY: sxy - mx * my };
}

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * p_t of a mixture, evaluated at any ᾱ. Holds its own scratch arrays (sized K), so evaluating the score
 * of a whole cloud allocates nothing. Changing ᾱ recomputes the K noised components once.
 */
export class NoisedGaussianMixture {
  readonly mixture: DiagonalMixture2D;
  private currentAlphaBar = Number.NaN;
  /** m_k = √ᾱ μ_k, interleaved */
  private readonly m: Float64Array;
  /** 1 / diag(C_k), interleaved */
  private readonly invVar: Float64Array;
  /** log w_k − ½ log det(2π C_k) */
  private readonly logNorm: Float64Array;
  /** scratch: log w_k N_k(x), then unnormalised responsibilities */
  private readonly scratch: Float64Array;

  constructor(mixture: DiagonalMixture2D) {
    this.mixture = mixture;
    const K = mixture.count;
    this.m = new Float64Array(2 * K);
    this.invVar = new Float64Array(2 * K);
    this.logNorm = new Float64Array(K);
    this.scratch = new Float64Array(K);
  }

  /** ᾱ currently in use (NaN before the first call). */
  get alphaBar(): number {
    return this.currentAlphaBar;
  }

  /** Set ᾱ ∈ [0, 1]: m_k = √ᾱ μ_k, C_k = ᾱ Σ_k + (1 − ᾱ) I. */
  setAlphaBar(alphaBar: number): void {
    if (alphaBar === this.currentAlphaBar) return;
    if (!(alphaBar >= 0 && alphaBar <= 1)) throw new RangeError(`ᾱ must be in [0, 1], got ${alphaBar}`);
    const mix = this.mixture;
    const a = Math.sqrt(alphaBar);
    for (let k = 0; k < mix.count; k++) {
      let logDet = 0;
      for (let j = 0; j < 2; j++) {
        const c = alphaBar * mix.variances[2 * k + j] + (1 - alphaBar);
        this.m[2 * k + j] = a * mix.means[2 * k + j];
        this.invVar[2 * k + j] = 1 / c;
        logDet += Math.log(c);
      }
      const w = mix.weights[k];
      this.logNorm[k] = (w > 0 ? Math.log(w) : Number.NEGATIVE_INFINITY) - 0.5 * (2 * LOG_2PI + logDet);
    }
    this.currentAlphaBar = alphaBar;
  }

  /** Fill scratch[k] = log w_k N_k(x, y) and return max_k. */
  private logTerms(x: number, y: number): number {
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < this.mixture.count; k++) {
      const dx = x - this.m[2 * k];
      const dy = y - this.m[2 * k + 1];
      const l = this.logNorm[k] - 0.5 * (dx * dx * this.invVar[2 * k] + dy * dy * this.invVar[2 * k + 1]);
      this.scratch[k] = l;
      if (l > max) max = l;
    }
    return max;
  }

  /** log p_t(x, y) = log Σ_k w_k N_k, by log-sum-exp. */
  logDensity(x: number, y: number, alphaBar: number = this.currentAlphaBar): number {
    this.setAlphaBar(alphaBar);
    const max = this.logTerms(x, y);
    let sum = 0;
    for (let k = 0; k < this.mixture.count; k++) sum += Math.exp(this.scratch[k] - max);
    return max + Math.log(sum);
  }

  /**
   * ∇ log p_t at (x, y), written to out[offset], out[offset + 1]:
   *   Σ_k r_k C_k⁻¹ (m_k − x),  r_k = exp(l_k − max) / Σ_j exp(l_j − max).
   */
  score(x: number, y: number, out: Float64Array, offset = 0, alphaBar: number = this.currentAlphaBar): void {
    this.setAlphaBar(alphaBar);
    const max = this.logTerms(x, y);
    let sum = 0;
    let gx = 0;
    let gy = 0;
    for (let k = 0; k < this.mixture.count; k++) {
      const log = this.scratch[k] - max;
      // e^−40 ≈ 4·10⁻¹⁸ beside the largest term's 1: below a double's resolution of the sum, so skipped (most
      // components are that far from any one point, and the exponentials are nearly all the cost)
      if (log < -40) continue;
      const r = fastExp(log); // unnormalised responsibility, the largest is 1
      sum += r;
      gx += r * (this.m[2 * k] - x) * this.invVar[2 * k];
      gy += r * (this.m[2 * k + 1] - y) * this.invVar[2 * k + 1];
    }
    out[offset] = gx / sum;
    out[offset + 1] = gy / sum;
  }

  /**
   * Score of a whole interleaved cloud at ᾱ: out[2i], out[2i+1] = ∇ log p_t(points[2i], points[2i+1]).
   * An arrow property, so it can be handed to the samplers as a plain function. The same sum as `score`, written
   * out with the arrays in locals: a reverse run calls it 10⁷ times per 10,000 particles × 1,000 steps.
   */
  readonly scoreCloud = (points: Float64Array, alphaBar: number, out: Float64Array): void => {
    this.setAlphaBar(alphaBar);
    const { m, invVar, logNorm, scratch } = this;
    const K = this.mixture.count;
    const n = points.length >> 1;
    for (let i = 0; i < n; i++) {
      const x = points[2 * i];
      const y = points[2 * i + 1];
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < K; k++) {
        const dx = x - m[2 * k];
        const dy = y - m[2 * k + 1];
        const l = logNorm[k] - 0.5 * (dx * dx * invVar[2 * k] + dy * dy * invVar[2 * k + 1]);
        scratch[k] = l;
        if (l > max) max = l;
      }
      let sum = 0;
      let gx = 0;
      let gy = 0;
      for (let k = 0; k < K; k++) {
        const log = scratch[k] - max;
        if (log < -40) continue; // see score(): below a double's resolution of the sum
        const r = fastExp(log);
        sum += r;
        gx += r * (m[2 * k] - x) * invVar[2 * k];
        gy += r * (m[2 * k + 1] - y) * invVar[2 * k + 1];
      }
      out[2 * i] = gx / sum;
      out[2 * i + 1] = gy / sum;
    }
  };
}
