/**
 * What a reader watches while an RBM trains (chapter 5): how well it fits, what it reconstructs, what it dreams.
 *
 *  - Held-out split: every HELD_OUT_EVERY-th digit is kept out of training, so reconstructions and likelihoods
 *    can be shown on digits the machine never saw.
 *  - Log-likelihood (1/n) Σ log p(v) = −(1/n) Σ F(v) − log Z. With ≤ 20 hidden units log Z is exact (a sum over
 *    2^H hidden states); with more it is an annealed-importance-sampling estimate with its standard error, which
 *    carries straight over to the log-likelihood (the free energies are exact).
 *  - Reconstruction: v → p(h | v) → p(v | h = p(h | v)), the mean-field round trip, deterministic.
 *  - Fantasies: a few block-Gibbs chains that run on between epochs, never reset, with their own random stream
 *    (so watching them does not change the training run).
 */

import type { Rng } from '../random';
import { RBM_EXACT_MAX_UNITS } from './partition';
import type { AisOptions, ProbabilityArray } from './types';

/** The part of the Rbm class these helpers need (model.ts imports the algorithms, never the other way round). */
export interface RbmLike {
  readonly visible: number;
  readonly hidden: number;
  freeEnergy(v: ArrayLike<number>): number;
  hiddenProbabilities(v: ArrayLike<number>, out?: ProbabilityArray): ProbabilityArray;
  visibleProbabilities(h: ArrayLike<number>, out?: ProbabilityArray): ProbabilityArray;
  sampleHidden(v: ArrayLike<number>, out: Float64Array, rng: Rng): Float64Array | unknown;
  sampleVisible(h: ArrayLike<number>, out: Float64Array, rng: Rng): Float64Array | unknown;
  logPartitionExact(): number;
  logPartitionAIS(options: AisOptions): { logZ: number; standardError: number };
}

/** One digit in HELD_OUT_EVERY is held out: 180 of the 1,797, spread over the whole file and so over every class. */
export const HELD_OUT_EVERY = 10;

export interface DigitSplit {
  train: Uint8Array;
  trainRows: number;
  heldOut: Uint8Array;
  heldOutRows: number;
}

/** Rows r with r mod HELD_OUT_EVERY = HELD_OUT_EVERY − 1 are held out; the rest, in order, are for training. */
export function splitHeldOut(data: Uint8Array, rows: number, width: number): DigitSplit {
  if (data.length !== rows * width) throw new RangeError(`data must hold rows × ${width} values`);
  const heldOutRows = Math.floor(rows / HELD_OUT_EVERY);
  const trainRows = rows - heldOutRows;
  const train = new Uint8Array(trainRows * width);
  const heldOut = new Uint8Array(heldOutRows * width);
  let t = 0;
  let h = 0;
  for (let r = 0; r < rows; r++) {
    const row = data.subarray(r * width, (r + 1) * width);
    if (r % HELD_OUT_EVERY === HELD_OUT_EVERY - 1) heldOut.set(row, width * h++);
    else train.set(row, width * t++);
  }
  return { train, trainRows, heldOut, heldOutRows };
}

/** Mean free energy (1/n) Σ_rows F(v) of rows × V values. */
export function meanFreeEnergy(rbm: RbmLike, data: ArrayLike<number>): number {
  const V = rbm.visible;
  const n = data.length / V;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`data length must be a positive multiple of ${V}`);
  const row = new Float64Array(V);
  let sum = 0;
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < V; i++) row[i] = data[r * V + i];
    sum += rbm.freeEnergy(row);
  }
  return sum / n;
}

export interface LikelihoodEstimate {
  /** Mean log p(v) over the rows, in nats. */
  logLikelihood: number;
  /** One standard error (0 when exact); it comes from log Z alone. */
  standardError: number;
  exact: boolean;
  logZ: number;
}

/**
 * Mean log-likelihood of rows × V binary values: exact when the hidden layer has ≤ 20 units, otherwise with log Z
 * from AIS (`ais`: schedule and runs; its rng should be the caller's evaluation stream).
 */
export function estimateLogLikelihood(
  rbm: RbmLike,
  data: ArrayLike<number>,
  ais: AisOptions,
): LikelihoodEstimate {
  const free = meanFreeEnergy(rbm, data);
  if (Math.min(rbm.visible, rbm.hidden) <= RBM_EXACT_MAX_UNITS) {
    const logZ = rbm.logPartitionExact();
    return { logLikelihood: -free - logZ, standardError: 0, exact: true, logZ };
  }
  const { logZ, standardError } = rbm.logPartitionAIS(ais);
  return { logLikelihood: -free - logZ, standardError, exact: false, logZ };
}

/** The mean-field round trip v → p(h | v) → p(v | p(h | v)) for each row, written into out (rows × V). */
export function reconstruct(rbm: RbmLike, data: ArrayLike<number>, out: ProbabilityArray): ProbabilityArray {
  const { visible: V, hidden: H } = rbm;
  const n = data.length / V;
  if (out.length !== data.length) throw new RangeError('out must have the length of data');
  const v = new Float64Array(V);
  const h = new Float64Array(H);
  const back = new Float64Array(V);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < V; i++) v[i] = data[r * V + i];
    rbm.hiddenProbabilities(v, h);
    rbm.visibleProbabilities(h, back);
    out.set(back, r * V);
  }
  return out;
}

/**
 * `count` block-Gibbs chains over the visible layer, started from independent fair coins and never reset. `run(k)`
 * moves each chain k steps; `probabilities` holds p(v | h) of each chain's last hidden state — the smooth picture
 * of where the chain is, as fantasy digits are usually shown.
 */
export class FantasyChains {
  readonly count: number;
  readonly visible: Float64Array;
  readonly probabilities: Float64Array;
  private readonly hidden: Float64Array;
  private readonly rbm: RbmLike;
  private readonly rng: Rng;

  constructor(rbm: RbmLike, count: number, rng: Rng) {
    if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be an integer ≥ 1');
    this.rbm = rbm;
    this.count = count;
    this.rng = rng;
    this.visible = new Float64Array(count * rbm.visible);
    for (let t = 0; t < this.visible.length; t++) this.visible[t] = rng.uniform() < 0.5 ? 1 : 0;
    this.hidden = new Float64Array(rbm.hidden);
    this.probabilities = new Float64Array(count * rbm.visible);
  }

  run(steps: number): void {
    const { visible: V } = this.rbm;
    const p = new Float64Array(V);
    for (let c = 0; c < this.count; c++) {
      const v = this.visible.subarray(c * V, (c + 1) * V);
      for (let s = 0; s < steps; s++) {
        this.rbm.sampleHidden(v, this.hidden, this.rng);
        this.rbm.sampleVisible(this.hidden, v, this.rng);
      }
      this.rbm.visibleProbabilities(this.hidden, p);
      this.probabilities.set(p, c * V);
    }
  }
}
