/**
 * Free energy of a model with a latent variable (chapter 4): x ∈ ℝ visible, h ∈ {0, …, K − 1} hidden, and
 *   E(x, h) = (x − μ_h)²/2 + a_h.
 * Summing the latent variable out of e^{−E} gives the FREE ENERGY
 *   F(x) = −log Σ_h e^{−E(x, h)},   so   p(x) = e^{−F(x)}/Z,   Z = ∫ e^{−F} = √(2π) · Σ_h e^{−a_h}.
 * F is a soft minimum of the E(x, h):  min_h E − log K ≤ F ≤ min_h E.  Everything is computed by log-sum-exp, so
 * offsets like a = ±700 (e^{∓700} beyond a double) still give finite numbers.
 */

import { logSumExp } from '../stats/logSumExp';
import { logIntegrate } from './quadrature';

export interface LatentGaussianModel {
  /** μ_h, one per latent value. */
  means: readonly number[];
  /** a_h, one per latent value (the energy offset of h). */
  offsets: readonly number[];
}

function check(model: LatentGaussianModel): void {
  const { means, offsets } = model;
  if (means.length === 0 || means.length !== offsets.length) {
    throw new RangeError(`need as many offsets as means (≥ 1), got ${means.length} and ${offsets.length}`);
  }
  for (const v of [...means, ...offsets]) if (!Number.isFinite(v)) throw new RangeError(`not finite: ${v}`);
}

/** E(x, h) = (x − μ_h)²/2 + a_h. */
export function jointEnergy(model: LatentGaussianModel, x: number, h: number): number {
  const d = x - model.means[h];
  return 0.5 * d * d + model.offsets[h];
}

/** F(x) = −log Σ_h e^{−E(x, h)} (log-sum-exp). */
export function freeEnergyAt(model: LatentGaussianModel, x: number): number {
  check(model);
  const terms = model.means.map((_, h) => -jointEnergy(model, x, h));
  return -logSumExp(terms);
}

/** P(h | x) = e^{−E(x, h)} / e^{−F(x)}: Bayes' rule with the latent sum as the normaliser (sums to 1). */
export function latentPosterior(model: LatentGaussianModel, x: number): Float64Array {
  const F = freeEnergyAt(model, x);
  return Float64Array.from(model.means, (_, h) => Math.exp(F - jointEnergy(model, x, h)));
}

/** P(h) = e^{−a_h} / Σ_k e^{−a_k}: each component integrates to √(2π) e^{−a_h}. */
export function latentPrior(model: LatentGaussianModel): Float64Array {
  check(model);
  const logNorm = logSumExp(model.offsets.map((a) => -a));
  return Float64Array.from(model.offsets, (a) => Math.exp(-a - logNorm));
}

/** log Z in closed form: ½ log 2π + log Σ_h e^{−a_h}. */
export function logMarginalPartition(model: LatentGaussianModel): number {
  check(model);
  return 0.5 * Math.log(2 * Math.PI) + logSumExp(model.offsets.map((a) => -a));
}

/**
 * log Z = log ∫ e^{−F(x)} dx by adaptive quadrature on [min μ − 40, max μ + 40]; the Gaussian tails beyond it
 * weigh less than e^{−800} of the total, so this is ℝ to double precision.
 */
export function logMarginalPartitionByQuadrature(model: LatentGaussianModel, tolerance = 1e-12): number {
  check(model);
  const lo = Math.min(...model.means) - 40;
  const hi = Math.max(...model.means) + 40;
  const breaks = [...model.means].sort((a, b) => a - b);
  // Split at the means, so that no narrow component can fall between the starting nodes.
  const edges = [lo, ...breaks, hi];
  const logs: number[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    if (edges[k + 1] > edges[k]) {
      logs.push(logIntegrate((x) => -freeEnergyAt(model, x), edges[k], edges[k + 1], { tolerance }).logValue);
    }
  }
  return logSumExp(logs);
}
