import { describe, expect, it } from 'vitest';
import { createRbm } from '../../../src/core';
import { createRng } from '../../../src/core/random';

/**
 * Chapter 5's learning rule: ∂ log-likelihood/∂W_ij = ⟨v_i h_j⟩_data − ⟨v_i h_j⟩_model (and likewise for the biases),
 * with the data term using E[h_j | v] = σ(c_j + vᵀW_{:,j}) and the model term an exact sum over every joint state.
 * Checked against central finite differences of the core's exact mean log-likelihood on a 4 × 3 RBM.
 */
describe('the log-likelihood gradient is data statistics minus model statistics', () => {
  const V = 4;
  const H = 3;
  const rbm = createRbm({ visible: V, hidden: H, seed: 11 });
  const rng = createRng(12);
  rbm.setParameters({
    weights: Float64Array.from({ length: V * H }, () => rng.normal()),
    visibleBias: Float64Array.from({ length: V }, () => 0.5 * rng.normal()),
    hiddenBias: Float64Array.from({ length: H }, () => 0.5 * rng.normal()),
  });
  const data = Uint8Array.from([1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0]);
  const rows = data.length / V;
  const bits = (s: number, n: number) => Float64Array.from({ length: n }, (_, i) => (s >> i) & 1);

  function identityGradient() {
    const gW = new Float64Array(V * H);
    const gb = new Float64Array(V);
    const gc = new Float64Array(H);
    // positive phase: the data, with h summed out through its conditional mean
    for (let r = 0; r < rows; r++) {
      const v = Array.from(data.subarray(r * V, (r + 1) * V));
      const ph = rbm.hiddenProbabilities(v);
      for (let i = 0; i < V; i++) {
        gb[i] += v[i] / rows;
        for (let j = 0; j < H; j++) gW[i * H + j] += (v[i] * ph[j]) / rows;
      }
      for (let j = 0; j < H; j++) gc[j] += ph[j] / rows;
    }
    // negative phase: the model, by enumerating all 2^(V+H) joint states
    let z = 0;
    const states: { v: Float64Array; h: Float64Array; w: number }[] = [];
    for (let s = 0; s < 2 ** V; s++) {
      for (let t = 0; t < 2 ** H; t++) {
        const v = bits(s, V);
        const h = bits(t, H);
        const w = Math.exp(-rbm.energy(v, h));
        z += w;
        states.push({ v, h, w });
      }
    }
    for (const { v, h, w } of states) {
      const p = w / z;
      for (let i = 0; i < V; i++) {
        gb[i] -= p * v[i];
        for (let j = 0; j < H; j++) gW[i * H + j] -= p * v[i] * h[j];
      }
      for (let j = 0; j < H; j++) gc[j] -= p * h[j];
    }
    return { gW, gb, gc };
  }

  /** Central difference of the exact mean log-likelihood along one parameter. */
  function numeric(array: Float64Array, index: number): number {
    const step = 1e-5;
    const keep = array[index];
    array[index] = keep + step;
    const up = rbm.logLikelihood(data);
    array[index] = keep - step;
    const down = rbm.logLikelihood(data);
    array[index] = keep;
    return (up - down) / (2 * step);
  }

  it('for every weight and bias, to 1e-7', () => {
    const { gW, gb, gc } = identityGradient();
    for (let t = 0; t < V * H; t++) expect(Math.abs(gW[t] - numeric(rbm.weights, t))).toBeLessThan(1e-7);
    for (let i = 0; i < V; i++) expect(Math.abs(gb[i] - numeric(rbm.visibleBias, i))).toBeLessThan(1e-7);
    for (let j = 0; j < H; j++) expect(Math.abs(gc[j] - numeric(rbm.hiddenBias, j))).toBeLessThan(1e-7);
    // and the gradient is not trivially zero
    expect(Math.max(...Array.from(gW, Math.abs))).toBeGreaterThan(0.01);
  });
});
