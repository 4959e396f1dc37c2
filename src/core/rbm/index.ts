// Restricted Boltzmann machines (chapter 5): energy, conditionals, block Gibbs, CD-k / PCD-k, exact and AIS log Z,
// held-out likelihood, reconstructions and fantasies, clamped completion, and the UCI digits they are trained on.
export { binariseDigits, DIGIT_PIXELS, type Digits, parseDigitsCsv } from './digits';
export {
  type DigitSplit,
  estimateLogLikelihood,
  FantasyChains,
  HELD_OUT_EVERY,
  type LikelihoodEstimate,
  meanFreeEnergy,
  type RbmLike,
  reconstruct,
  splitHeldOut,
} from './evaluation';
export { createRbm, Rbm } from './model';
export { logPartitionAIS, logPartitionExact, RBM_EXACT_MAX_UNITS } from './partition';
export {
  PRETRAINED_RBM,
  type PretrainedRbmFile,
  pretrainedFileOf,
  rbmFromPretrainedFile,
  trainPretrainedRbm,
} from './pretrained';
export { pseudoLikelihood, pseudoLikelihoodExact } from './pseudolikelihood';
export { type ClampedChain, type ClampedChainOptions, runClampedChain } from './repair';
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
