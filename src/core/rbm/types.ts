/**
 * The plain data of a restricted Boltzmann machine and the options its algorithms take.
 *
 * Plain objects of typed arrays, no methods: this is what the `Rbm` class wraps, what the trainer, the
 * partition function and the pseudo-likelihood read, and what a Web Worker receives (typed arrays posted
 * across). Every sibling imports its types from here, so none of them needs model.ts and no import cycle
 * forms (model.ts imports the algorithms; the algorithms never import model.ts).
 */

import type { Rng } from '../random';

export interface RbmOptions {
  visible: number;
  hidden: number;
  /** Seeds the initial weights and the machine's own random stream (training, default sampling). */
  seed: number;
}

export interface RbmParameters {
  readonly visible: number;
  readonly hidden: number;
  /** W, V × H row-major (W_ij = weights[i · H + j]). */
  readonly weights: Float64Array;
  /** b, length V. */
  readonly visibleBias: Float64Array;
  /** c, length H. */
  readonly hiddenBias: Float64Array;
}

/** A layer state (0/1 values): any writable numeric typed array. */
export type LayerArray = Float64Array | Float32Array | Uint8Array | Int32Array;
/** Probabilities need a floating-point array. */
export type ProbabilityArray = Float64Array | Float32Array;

export interface TrainOptions {
  /** η > 0. */
  learningRate: number;
  /** Rows per mini-batch (and number of persistent chains for PCD). */
  batchSize: number;
  /** Gibbs steps in the negative phase (default 1). */
  k?: number;
  /** true: PCD-k; false: CD-k (default false). */
  persistent?: boolean;
}

export interface AisOptions {
  /**
   * Either the number K of intermediate inverse temperatures strictly between 0 and 1 (linear schedule
   * β_k = k/(K+1)), or the whole increasing schedule 0 = β_0 < … < β_last = 1 as an array.
   */
  betas: number | ArrayLike<number>;
  /** Number of independent annealing runs (chains). */
  runs: number;
  /** Random stream (default: the RBM's own). */
  rng?: Rng;
}

export interface AisResult {
  /** log Ẑ = log Z_0 + log mean(w). */
  logZ: number;
  /** Standard error of log Ẑ by the delta method: sd(w) / (√runs · mean(w)). */
  standardError: number;
  /** log of each run's importance weight w (relative to Z_0). */
  logWeights: Float64Array;
  /** log Z_0 of the base model. */
  logZBase: number;
}
