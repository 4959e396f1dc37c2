// Restricted Boltzmann machines (chapter 5): energy, conditionals, block Gibbs, CD-k / PCD-k, exact and AIS log Z,
// and the UCI digits they are trained on.
export { binariseDigits, DIGIT_PIXELS, type Digits, parseDigitsCsv } from './digits';
export { createRbm, Rbm } from './model';
export { logPartitionAIS, logPartitionExact, RBM_EXACT_MAX_UNITS } from './partition';
export { pseudoLikelihood, pseudoLikelihoodExact } from './pseudolikelihood';
export { createTrainer, type Trainer } from './train';
export type {
  AisOptions,
  AisResult,
  LayerArray,
  ProbabilityArray,
  RbmOptions,
  RbmParameters,
  TrainOptions,
} from './types';
