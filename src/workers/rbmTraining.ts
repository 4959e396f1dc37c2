/**
 * Training an RBM on the binarised 8 × 8 digits (chapter 5), one epoch per step, as a job for a worker.
 * The machine's own rng (seeded by `seed`) drives the initial weights and every Gibbs sample of training, and the
 * pseudo-likelihood is the exact one (no randomness) on a fixed subset, so a run is reproducible from its
 * parameters alone.
 */

import { createRbm, DIGIT_PIXELS, type Rbm } from '../core';
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
  /** Wall time of the last epoch's training, in ms (the only figure that is not reproducible). */
  epochMs: number;
}

export interface RbmTrainingState {
  readonly rbm: Rbm;
  readonly params: RbmTrainingParams;
  /** The rows the pseudo-likelihood is measured on, the same in every epoch. */
  readonly subset: Uint8Array;
  readonly pseudoLikelihood: Float64Array;
  epoch: number;
  epochMs: number;
}

export const RBM_HIDDEN_RANGE = { min: 16, max: 256 } as const;
/** Rows of the pseudo-likelihood subset: exact PL costs 64 · hidden per row, so a few dozen ms per epoch at most. */
export const RBM_PL_ROWS = 100;

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
    return {
      rbm: createRbm({ visible: DIGIT_PIXELS, hidden: params.hidden, seed: params.seed }),
      params,
      subset: pickSubset(params.data, params.rows),
      pseudoLikelihood: new Float64Array(params.epochs),
      epoch: 0,
      epochMs: 0,
    };
  },

  step(state) {
    const { rbm, params } = state;
    const started = clock();
    rbm.trainEpoch(params.data, {
      learningRate: params.learningRate,
      batchSize: params.batchSize,
      k: params.k,
      persistent: params.method === 'pcd',
    });
    state.epochMs = clock() - started;
    state.pseudoLikelihood[state.epoch] = rbm.pseudoLikelihoodExact(state.subset);
    state.epoch++;
    return state.epoch >= params.epochs;
  },

  progress(state) {
    const { rbm } = state;
    return {
      epoch: state.epoch,
      epochs: state.params.epochs,
      hidden: rbm.hidden,
      weights: Float32Array.from(rbm.weights),
      visibleBias: Float32Array.from(rbm.visibleBias),
      hiddenBias: Float32Array.from(rbm.hiddenBias),
      pseudoLikelihood: state.pseudoLikelihood.slice(0, state.epoch),
      epochMs: state.epochMs,
    };
  },

  transferables(progress) {
    return [
      progress.weights.buffer,
      progress.visibleBias.buffer,
      progress.hiddenBias.buffer,
      progress.pseudoLikelihood.buffer,
    ];
  },
};
