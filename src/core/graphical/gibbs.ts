/**
 * Gibbs sampling for discrete models, systematic scan.
 *
 * One step resamples a single variable v from its full conditional, which only involves the factors that
 * touch v (its Markov blanket), because every other factor cancels between numerator and denominator:
 *
 *   p(x_v = k | x_{−v}) = ∏_{f ∋ v} φ_f(x_{S_f} with x_v = k)  /  Σ_j ∏_{f ∋ v} φ_f(x_{S_f} with x_v = j).
 *
 * A sweep visits the free variables in the order 0, 1, …, n−1. The chain leaves p invariant and (for
 * strictly positive factors) converges to it from any start; successive sweeps are correlated, so thin the
 * chain or use many chains when you need nearly independent draws.
 */

import type { Rng } from '../random';
import { checkState, type DiscreteModel } from './model';

/**
 * Writes p(x_v = k | all other variables as in x) for k = 0 … K_v − 1 into out and returns it.
 * Throws RangeError if every value of v has p̃ = 0 given the rest (possible only with zero potentials).
 */
export function localConditional(
  model: DiscreteModel,
  v: number,
  x: ArrayLike<number>,
  out?: Float64Array,
): Float64Array {
  checkState(model, x);
  if (!Number.isInteger(v) || v < 0 || v >= model.cardinalities.length) {
    throw new RangeError(`variable ${v} is not in 0…${model.cardinalities.length - 1}`);
  }
  const probs = out ?? new Float64Array(model.cardinalities[v]);
  fillConditional(model, v, x, probs);
  return probs;
}

/** Unchecked core of localConditional (probs.length ≥ K_v). */
function fillConditional(model: DiscreteModel, v: number, x: ArrayLike<number>, probs: Float64Array): void {
  const K = model.cardinalities[v];
  const list = model.factorsOf[v];
  for (let k = 0; k < K; k++) probs[k] = 0;
  for (let m = 0; m < list.length; m++) {
    const f = model.factors[list[m]];
    // table index with x_v's own contribution taken out; then add k · stride_v for each candidate k
    let base = 0;
    let stride = 0;
    for (let q = 0; q < f.scope.length; q++) {
      const u = f.scope[q];
      if (u === v) stride = f.strides[q];
      else base += x[u] * f.strides[q];
    }
    for (let k = 0; k < K; k++) probs[k] += f.logPotential[base + k * stride];
  }
  // log-weights → probabilities, subtracting the maximum so exp never overflows
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < K; k++) if (probs[k] > max) max = probs[k];
  if (max === Number.NEGATIVE_INFINITY) {
    throw new RangeError(`every value of variable ${v} has probability 0 given the others`);
  }
  let sum = 0;
  for (let k = 0; k < K; k++) {
    probs[k] = Math.exp(probs[k] - max);
    sum += probs[k];
  }
  for (let k = 0; k < K; k++) probs[k] /= sum;
}

export interface DiscreteGibbsOptions {
  rng: Rng;
  /** Starting state (default: each free variable uniform at random, drawn from rng). Must have p̃ > 0. */
  initial?: ArrayLike<number>;
  /** evidence[v] ≥ 0 clamps v to that value (never resampled); −1 leaves it free. */
  evidence?: ArrayLike<number>;
}

export interface DiscreteGibbs {
  /** The current joint state (read it, do not write it). */
  readonly state: Int32Array;
  /** Resample the next free variable in the scan; returns the variable that was updated. */
  step(): number;
  /** One full systematic sweep over the free variables. */
  sweep(): void;
}

/** A Gibbs chain you can advance one variable at a time (for widgets that animate the scan). */
export function createDiscreteGibbs(model: DiscreteModel, options: DiscreteGibbsOptions): DiscreteGibbs {
  const { rng, evidence } = options;
  const n = model.cardinalities.length;
  const state = new Int32Array(n);
  const free: number[] = [];
  for (let v = 0; v < n; v++) {
    const e = evidence === undefined ? -1 : evidence[v];
    if (e !== -1 && !(Number.isInteger(e) && e >= 0 && e < model.cardinalities[v])) {
      throw new RangeError(
        `evidence[${v}] = ${e}: use −1 (free) or a value in 0…${model.cardinalities[v] - 1}`,
      );
    }
    if (e >= 0) state[v] = e;
    else free.push(v);
  }
  if (options.initial !== undefined) {
    checkState(model, options.initial);
    for (const v of free) state[v] = options.initial[v];
  } else {
    for (const v of free) state[v] = rng.int(model.cardinalities[v]);
  }
  let logp = 0;
  for (const f of model.factors) {
    let t = 0;
    for (let k = 0; k < f.scope.length; k++) t += state[f.scope[k]] * f.strides[k];
    logp += f.logPotential[t];
  }
  if (logp === Number.NEGATIVE_INFINITY) {
    throw new RangeError('the initial state has p̃ = 0; start the chain from a possible state');
  }

  let maxK = 1;
  for (let v = 0; v < n; v++) if (model.cardinalities[v] > maxK) maxK = model.cardinalities[v];
  const probs = new Float64Array(maxK); // reused by every step: no allocation while sampling
  let position = 0;

  function step(): number {
    if (free.length === 0) return -1;
    const v = free[position];
    position = position + 1 === free.length ? 0 : position + 1;
    fillConditional(model, v, state, probs);
    // inverse-CDF draw from the categorical distribution probs[0 … K_v − 1]
    const K = model.cardinalities[v];
    let u = rng.uniform();
    let k = 0;
    while (k < K - 1 && u >= probs[k]) {
      u -= probs[k];
      k++;
    }
    state[v] = k;
    return v;
  }

  return {
    state,
    step,
    sweep() {
      for (let q = 0; q < free.length; q++) step();
    },
  };
}

export interface DiscreteGibbsSampleOptions extends DiscreteGibbsOptions {
  /** Number of states to record. */
  samples: number;
  /** Sweeps discarded before the first recorded state (default 0). */
  burnIn?: number;
  /** Sweeps between recorded states (default 1: record after every sweep). */
  thin?: number;
  /** Where to write the samples (samples × n, row-major); default a new Uint8Array, or Int32Array if K > 256. */
  out?: Uint8Array | Int32Array;
}

/**
 * Run a systematic-scan Gibbs chain and record `samples` states (row-major, one row of n values per state).
 * Total sweeps = burnIn + samples · thin.
 */
export function discreteGibbsSample(
  model: DiscreteModel,
  options: DiscreteGibbsSampleOptions,
): Uint8Array | Int32Array {
  const n = model.cardinalities.length;
  const samples = options.samples;
  const burnIn = options.burnIn ?? 0;
  const thin = options.thin ?? 1;
  if (!Number.isInteger(samples) || samples < 0) throw new RangeError(`samples must be an integer ≥ 0`);
  if (!Number.isInteger(burnIn) || burnIn < 0) throw new RangeError(`burnIn must be an integer ≥ 0`);
  if (!Number.isInteger(thin) || thin < 1) throw new RangeError(`thin must be an integer ≥ 1`);
  let maxK = 1;
  for (let v = 0; v < n; v++) if (model.cardinalities[v] > maxK) maxK = model.cardinalities[v];
  const out = options.out ?? (maxK <= 256 ? new Uint8Array(samples * n) : new Int32Array(samples * n));
  if (out.length < samples * n) throw new RangeError(`out has ${out.length} entries, needs ${samples * n}`);
  if (out instanceof Uint8Array && maxK > 256) throw new RangeError('a Uint8Array cannot hold values ≥ 256');

  const chain = createDiscreteGibbs(model, options);
  for (let s = 0; s < burnIn; s++) chain.sweep();
  for (let s = 0; s < samples; s++) {
    for (let t = 0; t < thin; t++) chain.sweep();
    out.set(chain.state, s * n);
  }
  return out;
}
