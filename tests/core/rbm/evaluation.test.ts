import { describe, expect, it } from 'vitest';
import {
  createRbm,
  estimateLogLikelihood,
  FantasyChains,
  HELD_OUT_EVERY,
  type Rbm,
  reconstruct,
  runClampedChain,
  splitHeldOut,
} from '../../../src/core';
import { createRng } from '../../../src/core/random';

/** A small RBM with weights big enough to make the distribution far from uniform. */
function randomRbm(visible: number, hidden: number, seed: number, scale = 1): Rbm {
  const rbm = createRbm({ visible, hidden, seed });
  const rng = createRng(seed + 100);
  rbm.setParameters({
    weights: Float64Array.from({ length: visible * hidden }, () => scale * rng.normal()),
    visibleBias: Float64Array.from({ length: visible }, () => 0.5 * rng.normal()),
    hiddenBias: Float64Array.from({ length: hidden }, () => 0.5 * rng.normal()),
  });
  return rbm;
}

function bits(state: number, n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => (state >> i) & 1);
}

/** log Σ_h e^{−E(v,h)} for every v, and log Z: brute force from the energy over every joint state. */
function bruteForce(rbm: Rbm) {
  const { visible: V, hidden: H } = rbm;
  const logMarginal = new Float64Array(2 ** V);
  for (let s = 0; s < 2 ** V; s++) {
    const v = bits(s, V);
    let sum = 0;
    for (let t = 0; t < 2 ** H; t++) sum += Math.exp(-rbm.energy(v, bits(t, H)));
    logMarginal[s] = Math.log(sum);
  }
  let z = 0;
  for (const m of logMarginal) z += Math.exp(m);
  return { logZ: Math.log(z), logMarginal };
}

describe('held-out split', () => {
  it('keeps every tenth row out, in order, and loses none', () => {
    const rows = 1797;
    const data = Uint16Array.from({ length: rows }, (_, r) => r);
    // one value per row, so each row is its own index
    const split = splitHeldOut(new Uint8Array(data.buffer), rows, 2);
    const heldOut = new Uint16Array(split.heldOut.buffer);
    const train = new Uint16Array(split.train.buffer);
    expect(split.heldOutRows).toBe(179);
    expect(split.trainRows + split.heldOutRows).toBe(rows);
    expect(Array.from(heldOut.subarray(0, 3))).toEqual([9, 19, 29]);
    expect(heldOut.every((r) => r % HELD_OUT_EVERY === HELD_OUT_EVERY - 1)).toBe(true);
    expect(train.every((r) => r % HELD_OUT_EVERY !== HELD_OUT_EVERY - 1)).toBe(true);
    expect(Array.from(train.subarray(0, 10))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 10]);
  });
});

describe('log-likelihood', () => {
  it('is exact with a small hidden layer: equals the brute-force mean of log p(v)', () => {
    const rbm = randomRbm(5, 3, 1);
    const { logZ, logMarginal } = bruteForce(rbm);
    const states = [0, 7, 19, 31, 12];
    const data = new Uint8Array(states.flatMap((s) => Array.from(bits(s, 5))));
    const expected = states.reduce((sum, s) => sum + logMarginal[s] - logZ, 0) / states.length;
    const estimate = estimateLogLikelihood(rbm, data, { betas: 10, runs: 2 });
    expect(estimate.exact).toBe(true);
    expect(estimate.standardError).toBe(0);
    expect(estimate.logLikelihood).toBeCloseTo(expected, 10);
  });

  it('falls back to AIS with more than 20 units in both layers, within 4 standard errors of the truth', () => {
    // 21 × 21: log Z by summing the 2^21 hidden states of Σ_h e^{cᵀh} ∏_i (1 + e^{b_i + (Wh)_i}).
    const rbm = randomRbm(21, 21, 2, 0.15);
    const { weights: W, visibleBias: b, hiddenBias: c } = rbm;
    const act = new Float64Array(21);
    let max = Number.NEGATIVE_INFINITY;
    const logTerms = new Float64Array(2 ** 21);
    for (let t = 0; t < 2 ** 21; t++) {
      let log = 0;
      act.set(b);
      for (let j = 0; j < 21; j++) {
        if (((t >> j) & 1) === 0) continue;
        log += c[j];
        for (let i = 0; i < 21; i++) act[i] += W[i * 21 + j];
      }
      for (let i = 0; i < 21; i++) log += Math.log1p(Math.exp(act[i]));
      logTerms[t] = log;
      if (log > max) max = log;
    }
    let sum = 0;
    for (const l of logTerms) sum += Math.exp(l - max);
    const logZ = max + Math.log(sum);
    const data = Uint8Array.from({ length: 3 * 21 }, (_, t) => ((t * 7) % 3 === 0 ? 1 : 0));
    let free = 0;
    for (let r = 0; r < 3; r++) free += rbm.freeEnergy(data.subarray(r * 21, (r + 1) * 21));
    const truth = -free / 3 - logZ;
    const estimate = estimateLogLikelihood(rbm, data, { betas: 300, runs: 64, rng: createRng(5) });
    expect(estimate.exact).toBe(false);
    expect(estimate.standardError).toBeGreaterThan(0);
    expect(Math.abs(estimate.logLikelihood - truth)).toBeLessThan(4 * estimate.standardError + 0.02);
  });
});

describe('reconstruction', () => {
  it('is the mean-field round trip p(v | p(h | v)) of each row', () => {
    const rbm = randomRbm(6, 4, 3);
    const data = Uint8Array.from([1, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 1]);
    const out = reconstruct(rbm, data, new Float64Array(12));
    for (let r = 0; r < 2; r++) {
      const v = Array.from(data.subarray(r * 6, (r + 1) * 6));
      const h = rbm.hiddenProbabilities(v);
      const expected = rbm.visibleProbabilities(h);
      for (let i = 0; i < 6; i++) expect(out[r * 6 + i]).toBeCloseTo(expected[i], 12);
    }
  });
});

/** Total-variation distance between two probability vectors. */
function tv(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let d = 0;
  for (let s = 0; s < p.length; s++) d += Math.abs(p[s] - q[s]);
  return d / 2;
}

describe('fantasy chains', () => {
  it('visit the visible states with the exact p(v) (TV below 0.03 over 4,000 chains)', () => {
    const rbm = randomRbm(4, 3, 4);
    const { logZ, logMarginal } = bruteForce(rbm);
    const exact = Array.from(logMarginal, (m) => Math.exp(m - logZ));
    const chains = new FantasyChains(rbm, 4000, createRng(6));
    chains.run(30);
    const counts = new Float64Array(16);
    for (let c = 0; c < 4000; c++) {
      let s = 0;
      for (let i = 0; i < 4; i++) s |= chains.visible[c * 4 + i] << i;
      counts[s] += 1 / 4000;
    }
    // 16 states, n = 4000: E[TV] of pure sampling noise ≈ ½ Σ √(2 p(1−p)/(π n)) < 0.03
    expect(tv(counts, exact)).toBeLessThan(0.03);
  });
});

describe('clamped completion', () => {
  it('samples the free pixels from p(v_F | v_K), and its running mean converges to the exact marginals', () => {
    const rbm = randomRbm(5, 3, 7, 1.5);
    const { logMarginal } = bruteForce(rbm);
    // clamp v0 = 1, v3 = 0; free: v1, v2, v4
    const free = [0, 1, 1, 0, 1];
    const freeIdx = [1, 2, 4];
    const conditional = new Float64Array(8);
    let norm = 0;
    for (let f = 0; f < 8; f++) {
      const v = [1, (f >> 0) & 1, (f >> 1) & 1, 0, (f >> 2) & 1];
      const s = v.reduce((acc, x, i) => acc | (x << i), 0);
      conditional[f] = Math.exp(logMarginal[s]);
      norm += conditional[f];
    }
    for (let f = 0; f < 8; f++) conditional[f] /= norm;
    const steps = 40_000;
    const chain = runClampedChain(rbm, { initial: [1, 0, 0, 0, 0], free, steps, rng: createRng(8) });
    const visits = new Float64Array(8);
    for (let s = 1; s <= steps; s++) {
      const row = chain.samples.subarray(s * 5, (s + 1) * 5);
      expect(row[0]).toBe(1);
      expect(row[3]).toBe(0);
      visits[row[1] | (row[2] << 1) | (row[4] << 2)] += 1 / steps;
    }
    // a correlated chain: 40,000 steps of a fast-mixing 8-state chain; noise TV ≈ 0.01, threshold 0.03
    expect(tv(visits, conditional)).toBeLessThan(0.03);
    const last = chain.completion.subarray(steps * 5);
    freeIdx.forEach((i, k) => {
      let marginal = 0;
      for (let f = 0; f < 8; f++) if ((f >> k) & 1) marginal += conditional[f];
      expect(Math.abs(last[i] - marginal)).toBeLessThan(0.02);
    });
    expect(last[0]).toBe(1);
    expect(last[3]).toBe(0);
  });

  it('records one hidden-probability row per step', () => {
    const rbm = randomRbm(5, 3, 9);
    const chain = runClampedChain(rbm, {
      initial: [1, 1, 0, 0, 1],
      free: [1, 1, 1, 1, 1],
      steps: 4,
      rng: createRng(1),
    });
    expect(chain.hiddenProbabilities.length).toBe(12);
    expect(chain.samples.length).toBe(25);
    const first = rbm.hiddenProbabilities([1, 1, 0, 0, 1]);
    for (let j = 0; j < 3; j++) expect(chain.hiddenProbabilities[j]).toBeCloseTo(first[j], 6);
  });
});
