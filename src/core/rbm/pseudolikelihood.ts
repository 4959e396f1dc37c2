/**
 * Pseudo-likelihood: a tractable stand-in for log p(v) that needs no Z. For one visible unit i,
 *   log p(v_i | v_{−i}) = log σ(F(ṽ) − F(v)),   ṽ = v with bit i flipped,
 * because p(v_i | v_{−i}) = e^{−F(v)} / (e^{−F(v)} + e^{−F(ṽ)}). The pseudo-log-likelihood of a row is
 *   PL(v) = Σ_i log σ(F(v^{(i flipped)}) − F(v)).
 * scikit-learn's BernoulliRBM.score_samples estimates it with ONE random bit i per row: V · log σ(F(ṽ) − F(v))
 * (unbiased for PL, but noisy); pseudoLikelihoodExact sums over all V bits.
 *
 * F of a flipped row costs O(H), not O(VH): the hidden pre-activations a_j = c_j + Σ_i v_i W_ij change by
 * ±W_ij only.
 */

import type { Rng } from '../random';
import { logSigmoid, softplus } from './math';
import type { RbmParameters } from './types';

function rows(rbm: RbmParameters, data: ArrayLike<number>): number {
  const V = rbm.visible;
  if (data.length % V !== 0 || data.length === 0) {
    throw new RangeError(`data has ${data.length} values: not a positive multiple of ${V} visible units`);
  }
  return data.length / V;
}

/** For the row starting at data[base]: fills act with a_j = c_j + Σ_i v_i W_ij and returns bᵀv. Values other
 *  than 0/1 throw. */
function rowState(rbm: RbmParameters, data: ArrayLike<number>, base: number, act: Float64Array): number {
  const { visible: V, hidden: H, weights: W, visibleBias: b, hiddenBias: c } = rbm;
  act.set(c);
  let bv = 0;
  for (let i = 0; i < V; i++) {
    const x = data[base + i];
    if (x === 0) continue;
    if (x !== 1) throw new RangeError(`data[${base + i}] = ${x}: values must be 0 or 1`);
    bv += b[i];
    const w = i * H;
    for (let j = 0; j < H; j++) act[j] += W[w + j];
  }
  return bv;
}

/** F(ṽ) − F(v) for ṽ = the row with `bit` flipped, given the row's pre-activations act (`on`: the bit was 1). */
function flipGap(rbm: RbmParameters, act: Float64Array, bit: number, on: boolean): number {
  const { hidden: H, weights: W, visibleBias: b } = rbm;
  const sign = on ? -1 : 1; // flipping 1 → 0 removes row i of W, 0 → 1 adds it
  const w = bit * H;
  // F(ṽ) − F(v) = −sign·b_i − Σ_j [softplus(a_j + sign W_ij) − softplus(a_j)]
  let gap = -sign * b[bit];
  for (let j = 0; j < H; j++) gap -= softplus(act[j] + sign * W[w + j]) - softplus(act[j]);
  return gap;
}

/** Mean over rows of V · log σ(F(ṽ) − F(v)) with one random bit (rng.int(V)) flipped per row. */
export function pseudoLikelihood(rbm: RbmParameters, data: ArrayLike<number>, rng: Rng): number {
  const n = rows(rbm, data);
  const V = rbm.visible;
  const act = new Float64Array(rbm.hidden);
  let sum = 0;
  for (let r = 0; r < n; r++) {
    rowState(rbm, data, r * V, act);
    const bit = rng.int(V);
    sum += V * logSigmoid(flipGap(rbm, act, bit, data[r * V + bit] === 1));
  }
  return sum / n;
}

/** Mean over rows of Σ_i log σ(F(v with bit i flipped) − F(v)) (all bits: no randomness). */
export function pseudoLikelihoodExact(rbm: RbmParameters, data: ArrayLike<number>): number {
  const n = rows(rbm, data);
  const V = rbm.visible;
  const act = new Float64Array(rbm.hidden);
  let sum = 0;
  for (let r = 0; r < n; r++) {
    rowState(rbm, data, r * V, act);
    for (let bit = 0; bit < V; bit++) sum += logSigmoid(flipGap(rbm, act, bit, data[r * V + bit] === 1));
  }
  return sum / n;
}
