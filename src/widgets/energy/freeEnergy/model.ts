import {
  freeEnergyAt,
  jointEnergy,
  type LatentGaussianModel,
  latentPosterior,
  latentPrior,
  logMarginalPartition,
  logMarginalPartitionByQuadrature,
} from '../../../core';

/** The component means are fixed, so the offsets alone reshape the marginal. */
export const MEANS = [-2, 0, 2] as const;
export const X_DOMAIN = [-5.5, 5.5] as const;
const SAMPLES = 221;

export interface FreeEnergyView {
  model: LatentGaussianModel;
  xs: Float64Array;
  /** E(x, h) for h = 0, 1, 2 at each x. */
  energies: [Float64Array, Float64Array, Float64Array];
  free: Float64Array;
  minE: Float64Array;
  marginal: Float64Array;
  logZ: number;
  logZQuadrature: number;
  prior: Float64Array;
}

/** Everything the plots need for offsets a, on a fixed x grid. */
export function freeEnergyView(offsets: readonly [number, number, number]): FreeEnergyView {
  const model: LatentGaussianModel = { means: MEANS, offsets };
  const xs = Float64Array.from(
    { length: SAMPLES },
    (_, k) => X_DOMAIN[0] + ((X_DOMAIN[1] - X_DOMAIN[0]) * k) / (SAMPLES - 1),
  );
  const energies = [0, 1, 2].map((h) =>
    xs.map((x) => jointEnergy(model, x, h)),
  ) as FreeEnergyView['energies'];
  const free = xs.map((x) => freeEnergyAt(model, x));
  const minE = xs.map((_, k) => Math.min(energies[0][k], energies[1][k], energies[2][k]));
  const logZ = logMarginalPartition(model);
  const marginal = free.map((f) => Math.exp(-f - logZ));
  return {
    model,
    xs,
    energies,
    free,
    minE,
    marginal,
    logZ,
    logZQuadrature: logMarginalPartitionByQuadrature(model),
    prior: latentPrior(model),
  };
}

export { latentPosterior };
