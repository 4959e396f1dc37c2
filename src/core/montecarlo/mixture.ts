/**
 * Gaussian mixtures: the bimodal targets of the sampling chapter (rejection, importance, Metropolis,
 * Gibbs, Langevin), with everything exact — density, log-density, gradient of the log-density (the score),
 * CDF, mean and (co)variance — so every sampler can be checked against the truth.
 *
 *   p(x) = Σ_k π_k N(x; μ_k, σ_k²),   log p(x) = LSE_k( log π_k + log N(x; μ_k, σ_k²) ),
 *   ∇ log p(x) = Σ_k r_k(x) · (−(x − μ_k)/σ_k²),   r_k(x) = π_k N(x; μ_k, σ_k²) / p(x)   ("responsibilities").
 */

import { clampScale, requireFinite } from '../params';
import { categorical, type Rng } from '../random';
import { normalCdf } from '../stats';

const LOG_2PI = Math.log(2 * Math.PI);

function normaliseWeights(weights: ArrayLike<number>, count: number): Float64Array {
  if (weights.length !== count)
    throw new RangeError(`mixture: ${weights.length} weights for ${count} components`);
  const w = new Float64Array(count);
  let total = 0;
  for (let k = 0; k < count; k++) {
    const x = weights[k];
    if (!(x >= 0) || !Number.isFinite(x)) throw new RangeError(`mixture: weight ${k} must be finite and ≥ 0`);
    w[k] = x;
    total += x;
  }
  if (!(total > 0)) throw new RangeError('mixture: all weights are 0');
  for (let k = 0; k < count; k++) w[k] /= total;
  return w;
}

export interface GaussianMixture1D {
  readonly weights: Float64Array;
  readonly means: Float64Array;
  readonly sds: Float64Array;
  pdf(x: number): number;
  logPdf(x: number): number;
  /** d/dx log p(x). */
  gradLogPdf(x: number): number;
  cdf(x: number): number;
  sample(rng: Rng): number;
  /** E[X] = Σ π_k μ_k. */
  readonly mean: number;
  /** Var X = Σ π_k (σ_k² + μ_k²) − (E X)². */
  readonly variance: number;
}

export function gaussianMixture1D(opts: {
  weights: ArrayLike<number>;
  means: ArrayLike<number>;
  sds: ArrayLike<number>;
}): GaussianMixture1D {
  const K = opts.means.length;
  if (K < 1 || opts.sds.length !== K)
    throw new RangeError('gaussianMixture1D: means and sds must match, K ≥ 1');
  const weights = normaliseWeights(opts.weights, K);
  const means = new Float64Array(K);
  const sds = new Float64Array(K);
  const logWeights = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    means[k] = requireFinite(opts.means[k], `mean ${k}`);
    sds[k] = clampScale(opts.sds[k], `sd ${k}`);
    // log π_k − log σ_k − ½ log 2π: the constant part of each component's log-density
    logWeights[k] = Math.log(weights[k]) - Math.log(sds[k]) - 0.5 * LOG_2PI;
  }
  const terms = new Float64Array(K); // scratch, reused by every call (no allocation per evaluation)

  /** Fill terms[k] = log π_k + log N(x; μ_k, σ_k²) and return their log-sum-exp. */
  function componentLogs(x: number): number {
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < K; k++) {
      const z = (x - means[k]) / sds[k];
      terms[k] = logWeights[k] - 0.5 * z * z;
      if (terms[k] > max) max = terms[k];
    }
    if (max === Number.NEGATIVE_INFINITY) return max;
    let sum = 0;
    for (let k = 0; k < K; k++) sum += Math.exp(terms[k] - max);
    return max + Math.log(sum);
  }

  let m = 0;
  let second = 0;
  for (let k = 0; k < K; k++) {
    m += weights[k] * means[k];
    second += weights[k] * (sds[k] * sds[k] + means[k] * means[k]);
  }

  return {
    weights,
    means,
    sds,
    pdf: (x) => Math.exp(componentLogs(x)),
    logPdf: componentLogs,
    gradLogPdf(x) {
      const lse = componentLogs(x);
      if (lse === Number.NEGATIVE_INFINITY) {
        // so far out that every component underflows: the nearest-in-σ component dominates
        let best = 0;
        for (let k = 1; k < K; k++) if (terms[k] > terms[best]) best = k;
        return -(x - means[best]) / (sds[best] * sds[best]);
      }
      let g = 0;
      for (let k = 0; k < K; k++) g -= (Math.exp(terms[k] - lse) * (x - means[k])) / (sds[k] * sds[k]);
      return g;
    },
    cdf(x) {
      let F = 0;
      for (let k = 0; k < K; k++) F += weights[k] * normalCdf((x - means[k]) / sds[k]);
      return Math.min(1, F);
    },
    sample(rng) {
      const k = categorical(rng, weights);
      return means[k] + sds[k] * rng.normal();
    },
    mean: m,
    variance: second - m * m,
  };
}

export interface MixtureComponent2D {
  weight: number;
  mean: readonly [number, number];
  /** Standard deviations along x and y. */
  sd: readonly [number, number];
  /** Correlation in (−1, 1); clamped to [−0.999, 0.999]. */
  rho?: number;
}

export interface GaussianMixture2D {
  readonly components: number;
  /** log p(x) for x = (x[0], x[1]). */
  logDensity(x: ArrayLike<number>): number;
  /** ∇ log p(x), written into out[0], out[1]. */
  gradLogDensity(x: ArrayLike<number>, out: Float64Array): void;
  /** p(x, y), for heat maps. */
  density(x: number, y: number): number;
  sample(rng: Rng, out: Float64Array): Float64Array;
  /** Exact mean (length 2) and covariance (row-major 2 × 2). */
  readonly mean: Float64Array;
  readonly covariance: Float64Array;
}

/**
 * Bivariate Gaussian mixture. Each component N(μ_k, Σ_k) with Σ_k = [[σx², ρσxσy], [ρσxσy, σy²]];
 * its precision Λ_k = Σ_k⁻¹ gives log N = −½ (x − μ)ᵀ Λ (x − μ) − log(2π σx σy √(1 − ρ²)) and the
 * component score −Λ_k (x − μ_k).
 */
export function gaussianMixture2D(componentsIn: readonly MixtureComponent2D[]): GaussianMixture2D {
  const K = componentsIn.length;
  if (K < 1) throw new RangeError('gaussianMixture2D needs at least one component');
  const weights = normaliseWeights(
    componentsIn.map((c) => c.weight),
    K,
  );
  const mx = new Float64Array(K);
  const my = new Float64Array(K);
  const sx = new Float64Array(K);
  const sy = new Float64Array(K);
  const rhos = new Float64Array(K);
  // precision entries a = Λ_xx, b = Λ_xy, c = Λ_yy
  const pa = new Float64Array(K);
  const pb = new Float64Array(K);
  const pc = new Float64Array(K);
  const logConst = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    const c = componentsIn[k];
    mx[k] = requireFinite(c.mean[0], `component ${k} mean x`);
    my[k] = requireFinite(c.mean[1], `component ${k} mean y`);
    sx[k] = clampScale(c.sd[0], `component ${k} sd x`);
    sy[k] = clampScale(c.sd[1], `component ${k} sd y`);
    const rho = c.rho ?? 0;
    if (Number.isNaN(rho)) throw new RangeError(`component ${k} rho is NaN`);
    rhos[k] = Math.max(-0.999, Math.min(0.999, rho));
    const oneMinus = 1 - rhos[k] * rhos[k];
    pa[k] = 1 / (sx[k] * sx[k] * oneMinus);
    pc[k] = 1 / (sy[k] * sy[k] * oneMinus);
    pb[k] = -rhos[k] / (sx[k] * sy[k] * oneMinus);
    logConst[k] = Math.log(weights[k]) - LOG_2PI - Math.log(sx[k] * sy[k]) - 0.5 * Math.log(oneMinus);
  }
  const terms = new Float64Array(K);

  function componentLogs(x: number, y: number): number {
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < K; k++) {
      const dx = x - mx[k];
      const dy = y - my[k];
      terms[k] = logConst[k] - 0.5 * (pa[k] * dx * dx + 2 * pb[k] * dx * dy + pc[k] * dy * dy);
      if (terms[k] > max) max = terms[k];
    }
    if (max === Number.NEGATIVE_INFINITY) return max;
    let sum = 0;
    for (let k = 0; k < K; k++) sum += Math.exp(terms[k] - max);
    return max + Math.log(sum);
  }

  const mean = new Float64Array(2);
  const covariance = new Float64Array(4);
  for (let k = 0; k < K; k++) {
    mean[0] += weights[k] * mx[k];
    mean[1] += weights[k] * my[k];
  }
  // Law of total covariance: Cov = Σ π_k (Σ_k + μ_k μ_kᵀ) − μ μᵀ
  for (let k = 0; k < K; k++) {
    const cxy = rhos[k] * sx[k] * sy[k];
    covariance[0] += weights[k] * (sx[k] * sx[k] + mx[k] * mx[k]);
    covariance[1] += weights[k] * (cxy + mx[k] * my[k]);
    covariance[3] += weights[k] * (sy[k] * sy[k] + my[k] * my[k]);
  }
  covariance[0] -= mean[0] * mean[0];
  covariance[1] -= mean[0] * mean[1];
  covariance[3] -= mean[1] * mean[1];
  covariance[2] = covariance[1];

  return {
    components: K,
    logDensity: (x) => componentLogs(x[0], x[1]),
    gradLogDensity(x, out) {
      const lse = componentLogs(x[0], x[1]);
      // If every term underflowed (absurdly far out), the component with the largest term takes it all.
      let best = 0;
      for (let k = 1; k < K; k++) if (terms[k] > terms[best]) best = k;
      let gx = 0;
      let gy = 0;
      for (let k = 0; k < K; k++) {
        const r = lse === Number.NEGATIVE_INFINITY ? (k === best ? 1 : 0) : Math.exp(terms[k] - lse); // responsibility
        const dx = x[0] - mx[k];
        const dy = x[1] - my[k];
        gx -= r * (pa[k] * dx + pb[k] * dy);
        gy -= r * (pb[k] * dx + pc[k] * dy);
      }
      out[0] = gx;
      out[1] = gy;
    },
    density: (x, y) => Math.exp(componentLogs(x, y)),
    sample(rng, out) {
      const k = categorical(rng, weights);
      // Cholesky of Σ_k: x = μx + σx z₁,  y = μy + σy (ρ z₁ + √(1 − ρ²) z₂)
      const z1 = rng.normal();
      const z2 = rng.normal();
      out[0] = mx[k] + sx[k] * z1;
      out[1] = my[k] + sy[k] * (rhos[k] * z1 + Math.sqrt(1 - rhos[k] * rhos[k]) * z2);
      return out;
    },
    mean,
    covariance,
  };
}
