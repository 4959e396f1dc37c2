/**
 * Training an RBM on the binarised 8 × 8 digits (chapter 5), one epoch per step, as a job for a worker.
 * The machine's own rng (seeded by `seed`) drives the initial weights and every Gibbs sample of training; a second
 * stream (seeded from `seed` too) drives what is only watched — the AIS runs and the fantasy chains — so watching
 * never changes the training run, and a run is reproducible from its parameters alone.
 * Every tenth digit is held out of training: the log-likelihood and the reconstructions are measured on those.
 */

import {
  createRbm,
  createRng,
  DIGIT_PIXELS,
  type DigitSplit,
  estimateLogLikelihood,
  FantasyChains,
  RBM_EXACT_MAX_UNITS,
  type Rbm,
  type Rng,
  reconstruct,
  splitHeldOut,
} from '../core';
import type { JobDefinition } from './protocol';

export interface RbmTrainingParams {
  seed: number;
  /** Hidden units, 16…256. */
  hidden: number;
  /** CD-k restarts the chains at each batch; PCD-k keeps batchSize persistent chains. */
  method: 'cd' | 'pcd';
  /** Gibbs steps in the negative phase, ≥ 1. */
  k: number;
  learningRate: number;
  batchSize: number;
  epochs: number;
  /** rows × 64 values 0/1 (binariseDigits of the images). */
  data: Uint8Array;
  rows: number;
}

export interface RbmTrainingProgress {
  /** Epochs done. */
  epoch: number;
  epochs: number;
  hidden: number;
  /** W, 64 × hidden row-major (W_ij = weights[i · hidden + j]), a copy. */
  weights: Float32Array;
  visibleBias: Float32Array;
  hiddenBias: Float32Array;
  /** Mean exact pseudo-log-likelihood on the fixed subset after each epoch done (length `epoch`), in nats. */
  pseudoLikelihood: Float64Array;
  /** Mean log-likelihood of the held-out digits after each epoch done (length `epoch`), in nats. */
  logLikelihood: Float64Array;
  /** Its standard error per epoch (0 when log Z is exact). */
  logLikelihoodError: Float64Array;
  /** true when log Z is summed exactly (≤ 20 hidden units), false when it is an AIS estimate. */
  exactLikelihood: boolean;
  /** The first RBM_SHOWN_DIGITS held-out digits (0/1) and their mean-field reconstructions, each count × 64. */
  heldOutDigits: Float32Array;
  reconstructions: Float32Array;
  /** p(v | h) of each fantasy chain, RBM_FANTASY_CHAINS × 64. */
  fantasies: Float32Array;
  /** Wall time of the last epoch's training, in ms (the only figure that is not reproducible). */
  epochMs: number;
}

export interface RbmTrainingState {
  readonly rbm: Rbm;
  readonly params: RbmTrainingParams;
  /** The rows the pseudo-likelihood is measured on, the same in every epoch. */
  readonly subset: Uint8Array;
  readonly split: DigitSplit;
  /** The stream for AIS and the fantasy chains, apart from training's. */
  readonly watchRng: Rng;
  readonly fantasies: FantasyChains;
  readonly pseudoLikelihood: Float64Array;
  readonly logLikelihood: Float64Array;
  readonly logLikelihoodError: Float64Array;
  epoch: number;
  epochMs: number;
}

export const RBM_HIDDEN_RANGE = { min: 16, max: 256 } as const;
/** Rows of the pseudo-likelihood subset: exact PL costs 64 · hidden per row, so a few dozen ms per epoch at most. */
export const RBM_PL_ROWS = 100;
/** Held-out digits shown with their reconstructions, and fantasy chains shown. */
export const RBM_SHOWN_DIGITS = 8;
export const RBM_FANTASY_CHAINS = 16;
/** Gibbs steps the fantasy chains take between two epochs. */
export const RBM_FANTASY_STEPS = 100;
/**
 * AIS budget per epoch when log Z cannot be summed (> 20 hidden units): 16 runs over 300 linearly spaced inverse
 * temperatures, about a tenth of a second at 256 hidden units — enough for an error bar of a few tenths of a nat.
 */
export const RBM_AIS = { betas: 300, runs: 16 } as const;

function check(ok: boolean, message: string) {
  if (!ok) throw new RangeError(message);
}

function checkParams(p: RbmTrainingParams) {
  const { min, max } = RBM_HIDDEN_RANGE;
  check(
    Number.isInteger(p.hidden) && p.hidden >= min && p.hidden <= max,
    `hidden must be an integer in ${min}…${max}`,
  );
  check(p.method === 'cd' || p.method === 'pcd', `method must be 'cd' or 'pcd', got ${String(p.method)}`);
  check(Number.isInteger(p.k) && p.k >= 1, 'k must be an integer ≥ 1');
  check(Number.isFinite(p.learningRate) && p.learningRate > 0, 'learningRate must be > 0');
  check(Number.isInteger(p.batchSize) && p.batchSize >= 1, 'batchSize must be an integer ≥ 1');
  check(Number.isInteger(p.epochs) && p.epochs >= 1, 'epochs must be an integer ≥ 1');
  check(Number.isInteger(p.rows) && p.rows >= 1, 'rows must be an integer ≥ 1');
  check(
    p.data instanceof Uint8Array && p.data.length === p.rows * DIGIT_PIXELS,
    `data must be a Uint8Array of rows × ${DIGIT_PIXELS} values`,
  );
}

/** Evenly spaced rows, so the subset covers every digit class however the file is ordered. */
function pickSubset(data: Uint8Array, rows: number): Uint8Array {
  const n = Math.min(rows, RBM_PL_ROWS);
  const subset = new Uint8Array(n * DIGIT_PIXELS);
  for (let s = 0; s < n; s++) {
    const r = Math.floor((s * rows) / n);
    subset.set(data.subarray(r * DIGIT_PIXELS, (r + 1) * DIGIT_PIXELS), s * DIGIT_PIXELS);
  }
  return subset;
}

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export const rbmTraining: JobDefinition<RbmTrainingParams, RbmTrainingState, RbmTrainingProgress> = {
  name: 'rbmTraining',

  init(params) {
    checkParams(params);
    const rbm = createRbm({ visible: DIGIT_PIXELS, hidden: params.hidden, seed: params.seed });
    const split = splitHeldOut(params.data, params.rows, DIGIT_PIXELS);
    // a fixed odd offset keeps the watching stream apart from the training stream of the same seed
    const watchRng = createRng((params.seed + 0x9e3779b9) >>> 0);
    return {
      rbm,
      params,
      subset: pickSubset(split.train, split.trainRows),
      split,
      watchRng,
      fantasies: new FantasyChains(rbm, RBM_FANTASY_CHAINS, watchRng),
      pseudoLikelihood: new Float64Array(params.epochs),
      logLikelihood: new Float64Array(params.epochs),
      logLikelihoodError: new Float64Array(params.epochs),
      epoch: 0,
      epochMs: 0,
    };
  },

  step(state) {
    const { rbm, params } = state;
    const started = clock();
    rbm.trainEpoch(state.split.train, {
      learningRate: params.learningRate,
      batchSize: params.batchSize,
      k: params.k,
      persistent: params.method === 'pcd',
    });
    state.epochMs = clock() - started;
    state.pseudoLikelihood[state.epoch] = rbm.pseudoLikelihoodExact(state.subset);
    const ll = estimateLogLikelihood(rbm, state.split.heldOut, { ...RBM_AIS, rng: state.watchRng });
    state.logLikelihood[state.epoch] = ll.logLikelihood;
    state.logLikelihoodError[state.epoch] = ll.standardError;
    state.fantasies.run(RBM_FANTASY_STEPS);
    state.epoch++;
    return state.epoch >= params.epochs;
  },

  progress(state) {
    const { rbm, split } = state;
    const shown = split.heldOut.subarray(0, RBM_SHOWN_DIGITS * DIGIT_PIXELS);
    return {
      epoch: state.epoch,
      epochs: state.params.epochs,
      hidden: rbm.hidden,
      weights: Float32Array.from(rbm.weights),
      visibleBias: Float32Array.from(rbm.visibleBias),
      hiddenBias: Float32Array.from(rbm.hiddenBias),
      pseudoLikelihood: state.pseudoLikelihood.slice(0, state.epoch),
      logLikelihood: state.logLikelihood.slice(0, state.epoch),
      logLikelihoodError: state.logLikelihoodError.slice(0, state.epoch),
      exactLikelihood: rbm.hidden <= RBM_EXACT_MAX_UNITS,
      heldOutDigits: Float32Array.from(shown),
      reconstructions: reconstruct(rbm, shown, new Float32Array(shown.length)) as Float32Array,
      fantasies: Float32Array.from(state.fantasies.probabilities),
      epochMs: state.epochMs,
    };
  },

  transferables(progress) {
    return [
      progress.weights.buffer,
      progress.visibleBias.buffer,
      progress.hiddenBias.buffer,
      progress.pseudoLikelihood.buffer,
      progress.logLikelihood.buffer,
      progress.logLikelihoodError.buffer,
      progress.heldOutDigits.buffer,
      progress.reconstructions.buffer,
      progress.fantasies.buffer,
    ];
  },
};
