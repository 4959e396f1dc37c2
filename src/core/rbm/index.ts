// Restricted Boltzmann machines: energy, conditionals, block Gibbs, CD-k / PCD-k, exact and AIS log Z.
export {
  createRbm,
  type LayerArray,
  type ProbabilityArray,
  Rbm,
  type RbmOptions,
  type RbmParameters,
} from './model';
export { type AisOptions, type AisResult, RBM_EXACT_MAX_UNITS } from './partition';
export type { TrainOptions } from './train';
