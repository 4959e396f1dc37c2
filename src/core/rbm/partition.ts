/**
 * The partition function of an RBM, Z = Σ_{v,h} e^{−E(v,h)}.
 *
 * EXACT (small layer ≤ 20 units). Summing out one layer analytically leaves a sum over the other:
 *   Z = Σ_h e^{cᵀh} ∏_i (1 + e^{b_i + (W h)_i})     = Σ_v e^{bᵀv} ∏_j (1 + e^{c_j + (vᵀW)_j})
 * so log Z = logsumexp over 2^{min(V,H)} terms. We visit the states in Gray-code order (one unit flips per
 * step), so each step updates the other layer's pre-activations by ± one column of W in O(other layer).
 *
 * AIS (Salakhutdinov & Murray, 2008). Anneal from the base model p_0 (W = 0, c = 0, same visible biases b:
 * independent units, Z_0 = 2^H ∏_i (1 + e^{b_i})) to the RBM through
 *   p*_β(v) = e^{bᵀv} ∏_j (1 + e^{β a_j(v)}),   a_j(v) = c_j + (vᵀW)_j,   0 = β_0 < β_1 < … < β_K = 1,
 * i.e. the RBM with W and c scaled by β. Each run draws v ~ p_0, then alternately multiplies its weight by
 * p*_{β_k}(v) / p*_{β_{k−1}}(v) and moves v by one block-Gibbs step that leaves p_{β_k} invariant. Then
 *   Z / Z_0 ≈ mean of the weights   (unbiased for Z; log of it is slightly biased low).
 */

import type { Rng } from '../random';
import * as kernels from './kernels';
import * as math from './math';
import type { AisOptions, AisResult, RbmParameters } from './types';

// Local aliases: a module-level binding is called directly (an imported one may go through a getter).
const { hiddenPreactivations, visibleFromOn, sampleOn } = kernels;
const { softplus } = math;

/** Largest layer we enumerate: 2^20 ≈ 10^6 terms. */
export const RBM_EXACT_MAX_UNITS = 20;

export function logPartitionExact(rbm: RbmParameters): number {
  const { visible: V, hidden: H, weights: W, visibleBias: b, hiddenBias: c } = rbm;
  const small = Math.min(V, H);
  if (small > RBM_EXACT_MAX_UNITS) {
    throw new RangeError(
      `exact log Z sums over the smaller layer, which has ${small} units (> ${RBM_EXACT_MAX_UNITS}); use logPartitionAIS`,
    );
  }
  const overHidden = H <= V;
  // enumerate s ∈ {0,1}^S over the small layer; the other layer (size O) contributes Σ softplus(pre-activation)
  const S = overHidden ? H : V;
  const O = overHidden ? V : H;
  const sBias = overHidden ? c : b; // bias of the enumerated layer
  const oBias = overHidden ? b : c; // bias of the summed-out layer
  // weight between enumerated unit s and other unit o
  const weight = overHidden ? (s: number, o: number) => W[o * H + s] : (s: number, o: number) => W[s * H + o];
  const col = new Float64Array(S * O); // col[s·O + o]: contiguous column per flipped unit
  for (let s = 0; s < S; s++) for (let o = 0; o < O; o++) col[s * O + o] = weight(s, o);

  const state = new Uint8Array(S);
  const act = new Float64Array(O);
  const recompute = () => {
    act.set(oBias);
    for (let s = 0; s < S; s++) if (state[s]) for (let o = 0; o < O; o++) act[o] += col[s * O + o];
  };
  recompute();
  let biasTerm = 0; // sBiasᵀ s
  let maxLog = Number.NEGATIVE_INFINITY;
  let sum = 0;
  const total = 2 ** S;
  for (let g = 0; g < total; g++) {
    if (g > 0) {
      // Gray code: step g flips the unit at the lowest set bit of g
      const s = 31 - Math.clz32(g & -g);
      state[s] ^= 1;
      const sign = state[s] ? 1 : -1;
      biasTerm += sign * sBias[s];
      if ((g & 4095) === 0)
        recompute(); // wash out rounding drift now and then
      else for (let o = 0; o < O; o++) act[o] += sign * col[s * O + o];
    }
    let term = biasTerm;
    for (let o = 0; o < O; o++) term += softplus(act[o]);
    if (term > maxLog) {
      sum *= Math.exp(maxLog - term);
      maxLog = term;
    }
    sum += Math.exp(term - maxLog);
  }
  return maxLog + Math.log(sum);
}

function betaSchedule(betas: number | ArrayLike<number>): Float64Array {
  if (typeof betas === 'number') {
    if (!Number.isInteger(betas) || betas < 1)
      throw new RangeError(`betas must be an integer ≥ 1, got ${betas}`);
    return Float64Array.from({ length: betas + 2 }, (_, k) => k / (betas + 1));
  }
  const s = Float64Array.from(betas);
  if (s.length < 2 || s[0] !== 0 || s[s.length - 1] !== 1)
    throw new RangeError('a β schedule must run from 0 to 1');
  for (let k = 1; k < s.length; k++)
    if (!(s[k] > s[k - 1])) throw new RangeError('a β schedule must increase');
  return s;
}

export function logPartitionAIS(rbm: RbmParameters & { rng: Rng }, options: AisOptions): AisResult {
  const { runs } = options;
  const schedule = betaSchedule(options.betas);
  if (!Number.isInteger(runs) || runs < 2) throw new RangeError(`runs must be an integer ≥ 2, got ${runs}`);
  const rng = options.rng ?? rbm.rng;
  const { visible: V, hidden: H, weights: W, visibleBias: b, hiddenBias: c } = rbm;

  let logZBase = H * Math.LN2;
  for (let i = 0; i < V; i++) logZBase += softplus(b[i]);

  const vOn = new Int32Array(V); // on-units of the current v
  const hOn = new Int32Array(H); // on-units of the current h
  const a = new Float64Array(H); // a_j(v) = c_j + Σ_{i on} W_ij
  const scaledH = new Float64Array(H); // β a_j
  const s = new Float64Array(V); // Σ_{j on} W_ij
  const scaledV = new Float64Array(V); // b_i + β s_i
  const zeros = new Float64Array(V);
  const logWeights = new Float64Array(runs);
  const last = schedule.length - 1;

  for (let r = 0; r < runs; r++) {
    let nv = sampleOn(b, V, rng, vOn, 0); // v ~ p_0: independent Bernoulli(σ(b_i))
    let logw = 0;
    for (let k = 1; k <= last; k++) {
      const beta = schedule[k];
      const betaPrev = schedule[k - 1];
      hiddenPreactivations(W, c, vOn, 0, nv, H, a, 0);
      // log p*_{β_k}(v) − log p*_{β_{k−1}}(v) = Σ_j softplus(β_k a_j) − softplus(β_{k−1} a_j)   (bᵀv cancels)
      for (let j = 0; j < H; j++) logw += softplus(beta * a[j]) - softplus(betaPrev * a[j]);
      if (k === last) break;
      // block-Gibbs step of the β-scaled RBM: h_j ~ σ(β a_j), then v_i ~ σ(b_i + β Σ_{j on} W_ij)
      for (let j = 0; j < H; j++) scaledH[j] = beta * a[j];
      const nh = sampleOn(scaledH, H, rng, hOn, 0);
      visibleFromOn(W, zeros, hOn, 0, nh, V, H, s);
      for (let i = 0; i < V; i++) scaledV[i] = b[i] + beta * s[i];
      nv = sampleOn(scaledV, V, rng, vOn, 0);
    }
    logWeights[r] = logw;
  }

  // log mean w and the delta-method standard error, with weights scaled by their maximum
  let max = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < runs; r++) if (logWeights[r] > max) max = logWeights[r];
  let mean = 0;
  for (let r = 0; r < runs; r++) mean += Math.exp(logWeights[r] - max);
  mean /= runs;
  let ss = 0;
  for (let r = 0; r < runs; r++) {
    const d = Math.exp(logWeights[r] - max) - mean;
    ss += d * d;
  }
  const sd = Math.sqrt(ss / (runs - 1));
  return {
    logZ: logZBase + max + Math.log(mean),
    standardError: sd / (Math.sqrt(runs) * mean),
    logWeights,
    logZBase,
  };
}
