/**
 * Exact behaviour of systematic-scan Gibbs on a standard bivariate normal with correlation ρ (mcmc/gibbs.ts).
 *
 * One sweep draws x' ~ N(ρy, 1 − ρ²) and then y' ~ N(ρx', 1 − ρ²), so x_{t+1} = ρ y_t + noise and
 * y_t = ρ x_t + noise: x_{t+1} = ρ² x_t + (independent noise). The x-chain is AR(1) with coefficient ρ²:
 *   ρ_k = ρ^{2k},   τ = 1 + 2 Σ_{k≥1} ρ^{2k} = (1 + ρ²)/(1 − ρ²),   ESS = N/τ.
 * Each move has conditional standard deviation √(1 − ρ²), while the target's long axis (along y = x for ρ > 0)
 * has standard deviation √(1 + |ρ|): the ratio of the two is why strong correlation makes Gibbs crawl.
 */

export interface BivariateGibbsTheory {
  /** ρ_k = ρ^{2k}, the lag-k autocorrelation of the x-chain (per sweep). */
  lagCorrelation(k: number): number;
  /** Integrated autocorrelation time (1 + ρ²)/(1 − ρ²), in sweeps. */
  tau: number;
  /** √(1 − ρ²): the standard deviation of each axis-parallel move. */
  conditionalSd: number;
  /** √(1 + |ρ|): the standard deviation along the target's long axis. */
  longAxisSd: number;
}

export function bivariateGibbsTheory(rho: number): BivariateGibbsTheory {
  if (!(Math.abs(rho) < 1)) throw new RangeError(`need |ρ| < 1, got ${rho}`);
  const r2 = rho * rho;
  return {
    lagCorrelation: (k) => r2 ** k,
    tau: (1 + r2) / (1 - r2),
    conditionalSd: Math.sqrt(1 - r2),
    longAxisSd: Math.sqrt(1 + Math.abs(rho)),
  };
}

/**
 * Points of the ellipse at Mahalanobis distance r from the origin for unit variances and correlation ρ (r = 1, 2:
 * the 1σ and 2σ ellipses). With the Cholesky factor L of Σ = [[1, ρ], [ρ, 1]], the ellipse is L·(r cos θ, r sin θ):
 *   (x, y) = r (cos θ, ρ cos θ + √(1 − ρ²) sin θ).
 * Returns segments + 1 points (closed: the last equals the first) as [x0, y0, x1, y1, …].
 */
export function correlatedGaussianEllipse(rho: number, r: number, segments = 120): Float64Array {
  if (!(Math.abs(rho) < 1)) throw new RangeError(`need |ρ| < 1, got ${rho}`);
  const c = Math.sqrt(1 - rho * rho);
  const out = new Float64Array(2 * (segments + 1));
  for (let k = 0; k <= segments; k++) {
    const theta = (2 * Math.PI * k) / segments;
    out[2 * k] = r * Math.cos(theta);
    out[2 * k + 1] = r * (rho * Math.cos(theta) + c * Math.sin(theta));
  }
  return out;
}
