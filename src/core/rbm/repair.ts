/**
 * Completing a partly known image with an RBM (chapter 5, "Draw and repair"): clamped block Gibbs sampling.
 *
 * Split the visible units into the known ones v_K (clamped to what the reader drew) and the free ones v_F. A
 * block-Gibbs step that resamples only the free units,
 *   h ~ p(h | v),   then   v_i ~ p(v_i | h) for i ∈ F   (v_K left as it is),
 * leaves p(v_F, h | v_K) invariant: it is ordinary block Gibbs on the RBM whose visible layer has v_K fixed. So
 * the free pixels' visits follow p(v_F | v_K) ∝ e^{−F(v_K, v_F)} — the machine's own guess of the missing part.
 * Averaging p(v_i = 1 | h) over the steps (rather than the 0/1 samples) gives the same limit with less noise.
 */

import type { Rng } from '../random';
import type { RbmLike } from './evaluation';

export interface ClampedChainOptions {
  /** Starting visible state (V values 0/1): the known pixels are read from here. */
  initial: ArrayLike<number>;
  /** 1 where the pixel is free (to be filled in), 0 where it is clamped. */
  free: ArrayLike<number>;
  steps: number;
  rng: Rng;
}

export interface ClampedChain {
  steps: number;
  /** Visible sample after each step: (steps + 1) × V, row 0 the initial state. */
  samples: Uint8Array;
  /** p(h_j = 1 | v) before each step: steps × H. */
  hiddenProbabilities: Float32Array;
  /**
   * Running mean over steps 1…s of p(v_i = 1 | h) on free pixels (clamped pixels hold their value):
   * (steps + 1) × V, row 0 the initial state.
   */
  completion: Float32Array;
}

/** Run the clamped chain for `steps` steps and record it (a few hundred steps of an 8 × 8 RBM: a few ms). */
export function runClampedChain(rbm: RbmLike, options: ClampedChainOptions): ClampedChain {
  const { visible: V, hidden: H } = rbm;
  const { initial, free, steps, rng } = options;
  if (initial.length !== V || free.length !== V) throw new RangeError(`initial and free need ${V} values`);
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError('steps must be an integer ≥ 0');
  const samples = new Uint8Array((steps + 1) * V);
  const hiddenProbabilities = new Float32Array(steps * H);
  const completion = new Float32Array((steps + 1) * V);
  const v = Float64Array.from(initial, (x) => (x > 0.5 ? 1 : 0));
  const h = new Float64Array(H);
  const ph = new Float64Array(H);
  const pv = new Float64Array(V);
  const sum = new Float64Array(V);
  samples.set(v);
  completion.set(v);
  for (let s = 1; s <= steps; s++) {
    rbm.hiddenProbabilities(v, ph);
    hiddenProbabilities.set(ph, (s - 1) * H);
    for (let j = 0; j < H; j++) h[j] = rng.uniform() < ph[j] ? 1 : 0;
    rbm.visibleProbabilities(h, pv);
    for (let i = 0; i < V; i++) {
      if (free[i] === 0) continue;
      v[i] = rng.uniform() < pv[i] ? 1 : 0;
      sum[i] += pv[i];
    }
    samples.set(v, s * V);
    for (let i = 0; i < V; i++) completion[s * V + i] = free[i] === 0 ? v[i] : sum[i] / s;
  }
  return { steps, samples, hiddenProbabilities, completion };
}
