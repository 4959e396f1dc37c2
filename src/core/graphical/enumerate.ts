/**
 * Exact inference by enumeration: visit every joint state, add up p̃.
 *
 *   Z = Σ_x p̃(x),      p(x_v = k) = (1/Z) Σ_{x : x_v = k} p̃(x),
 *   conditionals: clamp the observed variables to their values e and sum over the rest only:
 *   p(x_A | x_B = e) = p̃(x_A, e) / Z(e),   Z(e) = Σ_{x_A} p̃(x_A, e)   (and p(e) = Z(e) / Z).
 *
 * The cost is (number of states) × (number of factors), exponential in the number of free variables, which is
 * exactly the point chapter 3 makes. We refuse, with a RangeError and before doing any work, to enumerate more
 * than MAX_ENUMERATION_STATES states (2^24 ≈ 16.8 million: seconds in a browser; for Ising models the Gray-code
 * enumeration of grayCode.ts visits as many states about ten times faster).
 *
 * Sums are kept in log-space with a running maximum M: we accumulate Σ e^{log p̃ − M} and rescale the
 * accumulators whenever a larger log p̃ appears, so neither e^{+800} nor e^{−800} ever has to be formed.
 */

import { checkState, type DiscreteModel } from './model';

/** Largest number of joint states the enumeration functions will visit. */
export const MAX_ENUMERATION_STATES = 2 ** 24;

export interface EnumerationOptions {
  /** evidence[v] = observed value of v, or −1 if v is free. Omit for the unconditioned model. */
  evidence?: ArrayLike<number>;
  /** Also return the marginal table of each factor's scope (for clique beliefs). Default false. */
  factorMarginals?: boolean;
}

export interface ExactInference {
  /**
   * log Z without evidence; with evidence, log Z(e) = log Σ_{free x} p̃(x, e), so that
   * log p(e) = logZ(e) − logZ.
   */
  readonly logZ: number;
  /** marginals[v][k] = p(x_v = k | evidence). Each sums to 1; an observed variable is a point mass. */
  readonly marginals: Float64Array[];
  /** factorMarginals[f][t] = p(x_{S_f} = t-th joint value | evidence), when asked for. */
  readonly factorMarginals?: Float64Array[];
  /** How many joint states were visited. */
  readonly statesVisited: number;
}

/** Number of states an enumeration with this evidence would visit (a float; may exceed the limit). */
export function enumerationSize(model: DiscreteModel, evidence?: ArrayLike<number>): number {
  const n = model.cardinalities.length;
  if (evidence !== undefined) checkEvidence(model, evidence);
  let size = 1;
  for (let v = 0; v < n; v++) {
    if (evidence === undefined || evidence[v] < 0) size *= model.cardinalities[v];
  }
  return size;
}

function checkEvidence(model: DiscreteModel, evidence: ArrayLike<number>): void {
  const n = model.cardinalities.length;
  if (evidence.length !== n) throw new RangeError(`evidence has ${evidence.length} entries, model has ${n}`);
  for (let v = 0; v < n; v++) {
    const e = evidence[v];
    if (e === -1) continue;
    if (!Number.isInteger(e) || e < 0 || e >= model.cardinalities[v]) {
      throw new RangeError(
        `evidence[${v}] = ${e}: use −1 (free) or a value in 0…${model.cardinalities[v] - 1}`,
      );
    }
  }
}

function checkSize(model: DiscreteModel, evidence?: ArrayLike<number>): number {
  const size = enumerationSize(model, evidence);
  if (size > MAX_ENUMERATION_STATES) {
    throw new RangeError(
      `enumeration would visit ${size} states, more than the limit of ${MAX_ENUMERATION_STATES} (2^24); ` +
        'use Gibbs sampling or fewer free variables',
    );
  }
  return size;
}

/**
 * Calls visit(x, log p̃(x), factorIndices) for every joint state x consistent with the evidence, in table order
 * (last free variable fastest); factorIndices[f] is the row of factor f's table at x. Both arrays are reused
 * buffers: copy them if you keep them. Factor indices are updated
 * incrementally: when x_v changes by d, the index of every factor f ∋ v moves by d · stride_f(v).
 */
export function forEachState(
  model: DiscreteModel,
  visit: (x: Int32Array, logUnnormalised: number, factorIndices: Int32Array) => void,
  evidence?: ArrayLike<number>,
): number {
  const size = checkSize(model, evidence);
  const n = model.cardinalities.length;
  const { factors, factorsOf, cardinalities } = model;
  const x = new Int32Array(n);
  const free: number[] = [];
  for (let v = 0; v < n; v++) {
    if (evidence !== undefined && evidence[v] >= 0) x[v] = evidence[v];
    else free.push(v);
  }
  // strideOf[v][m] = stride of variable v inside factor factorsOf[v][m]
  const strideOf = factorsOf.map((list, v) =>
    Int32Array.from(list, (f) => factors[f].strides[factors[f].scope.indexOf(v)]),
  );
  const F = factors.length;
  const idx = new Int32Array(F);
  const tables = factors.map((f) => f.logPotential);
  for (let f = 0; f < F; f++) {
    let t = 0;
    for (let k = 0; k < factors[f].scope.length; k++) t += x[factors[f].scope[k]] * factors[f].strides[k];
    idx[f] = t;
  }
  for (let s = 0; s < size; s++) {
    let logp = 0;
    for (let f = 0; f < F; f++) logp += tables[f][idx[f]];
    visit(x, logp, idx);
    // odometer: increment the last free variable, carrying into earlier ones
    for (let q = free.length - 1; q >= 0; q--) {
      const v = free[q];
      const list = factorsOf[v];
      const strides = strideOf[v];
      if (x[v] + 1 < cardinalities[v]) {
        x[v] += 1;
        for (let m = 0; m < list.length; m++) idx[list[m]] += strides[m];
        break;
      }
      // wrap v from K_v − 1 back to 0 and carry
      const back = cardinalities[v] - 1;
      x[v] = 0;
      for (let m = 0; m < list.length; m++) idx[list[m]] -= back * strides[m];
    }
  }
  return size;
}

/**
 * log Z, all single-variable marginals (and optionally the factor marginals), given optional evidence.
 * Throws RangeError if every state has p̃ = 0 (Z = 0: the model, or the evidence, is impossible).
 */
export function exactInference(model: DiscreteModel, options: EnumerationOptions = {}): ExactInference {
  const { evidence } = options;
  const n = model.cardinalities.length;
  const marginals = Array.from(model.cardinalities, (k) => new Float64Array(k));
  const wantFactors = options.factorMarginals === true;
  const factorMarginals = wantFactors
    ? model.factors.map((f) => new Float64Array(f.logPotential.length))
    : [];

  let maxLog = Number.NEGATIVE_INFINITY; // running maximum M of log p̃
  let sum = 0; // Σ e^{log p̃ − M}
  const visited = forEachState(
    model,
    (x, logp, idx) => {
      if (logp === Number.NEGATIVE_INFINITY) return; // p̃ = 0 adds nothing
      if (logp > maxLog) {
        // rescale everything accumulated so far from the old maximum to the new one
        const scale = Math.exp(maxLog - logp);
        sum *= scale;
        for (const m of marginals) for (let k = 0; k < m.length; k++) m[k] *= scale;
        for (const m of factorMarginals) for (let t = 0; t < m.length; t++) m[t] *= scale;
        maxLog = logp;
      }
      const w = Math.exp(logp - maxLog);
      sum += w;
      for (let v = 0; v < n; v++) marginals[v][x[v]] += w;
      if (wantFactors) for (let f = 0; f < factorMarginals.length; f++) factorMarginals[f][idx[f]] += w;
    },
    evidence,
  );
  if (maxLog === Number.NEGATIVE_INFINITY) {
    throw new RangeError(
      evidence === undefined
        ? 'every state has p̃ = 0, so Z = 0 and p is undefined'
        : 'the evidence has probability 0 (every consistent state has p̃ = 0)',
    );
  }
  for (const m of marginals) for (let k = 0; k < m.length; k++) m[k] /= sum;
  for (const m of factorMarginals) for (let t = 0; t < m.length; t++) m[t] /= sum;
  return {
    logZ: maxLog + Math.log(sum),
    marginals,
    factorMarginals: wantFactors ? factorMarginals : undefined,
    statesVisited: visited,
  };
}

/** log Z by enumeration (same limits as exactInference). */
export function logPartition(model: DiscreteModel, evidence?: ArrayLike<number>): number {
  let maxLog = Number.NEGATIVE_INFINITY;
  let sum = 0;
  forEachState(
    model,
    (_x, logp) => {
      if (logp === Number.NEGATIVE_INFINITY) return;
      if (logp > maxLog) {
        sum *= Math.exp(maxLog - logp);
        maxLog = logp;
      }
      sum += Math.exp(logp - maxLog);
    },
    evidence,
  );
  return maxLog === Number.NEGATIVE_INFINITY ? maxLog : maxLog + Math.log(sum);
}

/**
 * The whole joint distribution p(x) as a table indexed like stateIndex (variable n−1 fastest), for small
 * models (e.g. to compare samples against it). Same state limit as exactInference.
 */
export function jointDistribution(model: DiscreteModel): Float64Array {
  const size = checkSize(model);
  const logp = new Float64Array(size);
  let s = 0;
  forEachState(model, (_x, l) => {
    logp[s++] = l;
  });
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < size; i++) if (logp[i] > max) max = logp[i];
  if (max === Number.NEGATIVE_INFINITY) throw new RangeError('every state has p̃ = 0, so Z = 0');
  let sum = 0;
  for (let i = 0; i < size; i++) {
    logp[i] = Math.exp(logp[i] - max);
    sum += logp[i];
  }
  for (let i = 0; i < size; i++) logp[i] /= sum;
  return logp;
}

/** log p(x) = log p̃(x) − log Z. Pass logZ if you already have it (saves an enumeration). */
export function logProbability(model: DiscreteModel, x: ArrayLike<number>, logZ?: number): number {
  checkState(model, x);
  let logp = 0;
  for (const f of model.factors) {
    let t = 0;
    for (let k = 0; k < f.scope.length; k++) t += x[f.scope[k]] * f.strides[k];
    logp += f.logPotential[t];
  }
  return logp - (logZ ?? logPartition(model));
}
