import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core/random';
import { createRbm, type Rbm } from '../../src/core/rbm';
import { fastExp, logisticBernoulli, sigmoid, softplus } from '../../src/core/rbm/math';
import { chiSquareCriticalValue, chiSquareStatistic, logSumExp } from '../../src/core/stats';

/** An RBM with N(0, σ²) weights and biases, so the tests are not about a near-uniform model. */
function randomRbm(visible: number, hidden: number, seed: number, sd = 1): Rbm {
  const rbm = createRbm({ visible, hidden, seed });
  const rng = createRng(seed + 1000);
  rbm.setParameters({
    weights: Array.from(rbm.weights, () => sd * rng.normal()),
    visibleBias: Array.from(rbm.visibleBias, () => sd * rng.normal()),
    hiddenBias: Array.from(rbm.hiddenBias, () => sd * rng.normal()),
  });
  return rbm;
}

/** All binary vectors of length n, as Float64Arrays, in counting order (bit n−1 = least significant). */
function allStates(n: number): Float64Array[] {
  return Array.from({ length: 2 ** n }, (_, s) =>
    Float64Array.from({ length: n }, (_, i) => (s >> (n - 1 - i)) & 1),
  );
}

/** log Σ_{v,h} e^{−E(v,h)} by brute force over both layers. */
function bruteLogZ(rbm: Rbm): number {
  const terms: number[] = [];
  for (const v of allStates(rbm.visible))
    for (const h of allStates(rbm.hidden)) terms.push(-rbm.energy(v, h));
  return logSumExp(terms);
}

describe('numerical helpers', () => {
  it('fastExp is within 3 ε of Math.exp over (−708, 709) and matches it outside (incl. ±∞, NaN)', () => {
    const rng = createRng(1);
    let worst = 0;
    for (let t = 0; t < 200000; t++) {
      const x = -708 + 1417 * rng.uniform();
      const e = Math.exp(x);
      if (e < 2.3e-308) continue; // subnormal results carry fewer significant bits
      worst = Math.max(worst, Math.abs(fastExp(x) - e) / e);
    }
    expect(worst).toBeLessThan(3 * Number.EPSILON);
    for (const x of [-1000, -745.2, 709.9, 800, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(fastExp(x)).toBe(Math.exp(x));
    }
    expect(Number.isNaN(fastExp(Number.NaN))).toBe(true);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(softplus(800)).toBe(800);
  });

  it('logisticBernoulli(a, u) gives exactly the answer of u < σ(a), including u right at σ(a)', () => {
    const rng = createRng(2);
    let mismatches = 0;
    for (let t = 0; t < 200000; t++) {
      const a = (rng.uniform() - 0.5) * 50; // beyond the table's ±16 too
      const s = sigmoid(a);
      // half the draws uniform, half within 2·10⁻⁴ of σ(a) where the table cannot decide
      const u =
        t % 2 === 0 ? rng.uniform() : Math.min(Math.max(s + (rng.uniform() - 0.5) * 4e-4, 0), 0.9999999999);
      if (logisticBernoulli(a, u) !== (u < s ? 1 : 0)) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(logisticBernoulli(Number.NaN, 0.5)).toBe(0);
  });
});

describe('RBM energy, free energy and partition function', () => {
  it('starts like scikit-learn: W ~ N(0, 0.01²) (sample sd within 10%), zero biases', () => {
    const rbm = createRbm({ visible: 64, hidden: 64, seed: 3 });
    let ss = 0;
    for (const w of rbm.weights) ss += w * w;
    expect(Math.abs(Math.sqrt(ss / rbm.weights.length) - 0.01)).toBeLessThan(0.001);
    expect(rbm.visibleBias.every((b) => b === 0) && rbm.hiddenBias.every((c) => c === 0)).toBe(true);
    // same seed → same weights
    expect(createRbm({ visible: 64, hidden: 64, seed: 3 }).weights).toEqual(rbm.weights);
  });

  it('free energy equals −log Σ_h e^{−E(v,h)} for every v (1e-12)', () => {
    const rbm = randomRbm(5, 4, 1);
    for (const v of allStates(5)) {
      const brute = -logSumExp(allStates(4).map((h) => -rbm.energy(v, h)));
      expect(Math.abs(rbm.freeEnergy(v) - brute)).toBeLessThan(1e-12);
    }
  });

  it('logPartitionExact equals brute force over both layers (1e-9), summing over either layer', () => {
    for (const [V, H, seed] of [
      [5, 3, 2],
      [3, 6, 3],
      [6, 6, 4],
    ]) {
      const rbm = randomRbm(V, H, seed, 1.5);
      expect(Math.abs(rbm.logPartitionExact() - bruteLogZ(rbm))).toBeLessThan(1e-9);
    }
  });

  it('logPartitionExact stays exact through the Gray-code enumeration of 2^16 states (vs. the other layer, 1e-9)', () => {
    // sum over 16 hidden units (Gray code, with periodic re-sync) vs over 16 visible units of the transpose
    const rbm = randomRbm(18, 16, 5, 0.5);
    const t = createRbm({ visible: 16, hidden: 18, seed: 0 });
    const Wt = new Float64Array(16 * 18);
    for (let i = 0; i < 18; i++) for (let j = 0; j < 16; j++) Wt[j * 18 + i] = rbm.weights[i * 16 + j];
    t.setParameters({ weights: Wt, visibleBias: rbm.hiddenBias, hiddenBias: rbm.visibleBias });
    expect(Math.abs(rbm.logPartitionExact() - t.logPartitionExact())).toBeLessThan(1e-9);
  });

  it('conditionals p(h_j = 1 | v) and p(v_i = 1 | h) match the brute-force joint (1e-12)', () => {
    const rbm = randomRbm(4, 3, 6);
    const v = Float64Array.from([1, 0, 1, 1]);
    const weights = allStates(3).map((h) => Math.exp(-rbm.energy(v, h)));
    const total = weights.reduce((a, b) => a + b, 0);
    const ph = rbm.hiddenProbabilities(v);
    for (let j = 0; j < 3; j++) {
      const on = allStates(3).reduce((acc, h, s) => acc + (h[j] === 1 ? weights[s] : 0), 0);
      expect(Math.abs(ph[j] - on / total)).toBeLessThan(1e-12);
    }
    const h = Float64Array.from([0, 1, 1]);
    const wv = allStates(4).map((x) => Math.exp(-rbm.energy(x, h)));
    const tv = wv.reduce((a, b) => a + b, 0);
    const pv = rbm.visibleProbabilities(h);
    for (let i = 0; i < 4; i++) {
      const on = allStates(4).reduce((acc, x, s) => acc + (x[i] === 1 ? wv[s] : 0), 0);
      expect(Math.abs(pv[i] - on / tv)).toBeLessThan(1e-12);
    }
  });

  it('pseudoLikelihoodExact = mean Σ_i log p(v_i | v_−i) from the exact p(v) (1e-12)', () => {
    const rbm = randomRbm(5, 3, 7);
    const data = Float64Array.from([1, 0, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
    let expected = 0;
    for (let r = 0; r < 3; r++) {
      const v = data.slice(r * 5, r * 5 + 5);
      for (let i = 0; i < 5; i++) {
        const flip = v.slice();
        flip[i] = 1 - flip[i];
        // p(v_i | v_−i) = e^{−F(v)} / (e^{−F(v)} + e^{−F(flip)})
        expected -= Math.log1p(Math.exp(rbm.freeEnergy(v) - rbm.freeEnergy(flip)));
      }
    }
    expect(Math.abs(rbm.pseudoLikelihoodExact(data) - expected / 3)).toBeLessThan(1e-12);
  });

  it('the one-bit estimator averages to the exact pseudo-likelihood (within 4 standard errors, 4000 draws)', () => {
    const rbm = randomRbm(8, 4, 8);
    const data = Float64Array.from([1, 0, 1, 1, 0, 0, 1, 0]);
    const exact = rbm.pseudoLikelihoodExact(data);
    const rng = createRng(9);
    const draws = Array.from({ length: 4000 }, () => rbm.pseudoLikelihood(data, rng));
    const m = draws.reduce((a, b) => a + b, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((a, b) => a + (b - m) ** 2, 0) / (draws.length - 1));
    expect(Math.abs(m - exact)).toBeLessThan((4 * sd) / Math.sqrt(draws.length));
  });

  it('samples written into a Uint8Array equal those written into a Float64Array (same seed)', () => {
    const rbm = randomRbm(6, 5, 12);
    const v = Float64Array.from([1, 0, 1, 1, 0, 1]);
    const a = rbm.sampleHidden(v, new Uint8Array(5), createRng(4));
    const b = rbm.sampleHidden(v, new Float64Array(5), createRng(4));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a).some((x) => x === 1)).toBe(true);
    const c = rbm.sampleVisible(b, new Uint8Array(6), createRng(5));
    const d = rbm.sampleVisible(b, new Float64Array(6), createRng(5));
    expect(Array.from(c)).toEqual(Array.from(d));
  });

  it('huge weights: energies and free energies stay finite (no overflow to NaN)', () => {
    const rbm = createRbm({ visible: 3, hidden: 2, seed: 1 });
    rbm.setParameters({
      weights: [1e4, -1e4, 1e4, 1e4, -1e4, 1e4],
      visibleBias: [1e3, 0, -1e3],
      hiddenBias: [1e3, -1e3],
    });
    const v = Float64Array.from([1, 1, 0]);
    expect(Number.isFinite(rbm.freeEnergy(v))).toBe(true);
    expect(Number.isFinite(rbm.logPartitionExact())).toBe(true);
    expect(Array.from(rbm.hiddenProbabilities(v)).every((p) => p >= 0 && p <= 1)).toBe(true);
  });

  it('rejects bad sizes, non-binary data and too-large exact sums with RangeError', () => {
    expect(() => createRbm({ visible: 0, hidden: 3, seed: 1 })).toThrow(RangeError);
    const rbm = createRbm({ visible: 3, hidden: 2, seed: 1 });
    expect(() => rbm.trainEpoch(Float64Array.from([1, 0, 0.5]), { learningRate: 0.1, batchSize: 1 })).toThrow(
      RangeError,
    );
    expect(() => rbm.trainEpoch(Float64Array.from([1, 0]), { learningRate: 0.1, batchSize: 1 })).toThrow(
      RangeError,
    );
    expect(() => rbm.freeEnergy([1, 0])).toThrow(RangeError);
    expect(() => createRbm({ visible: 21, hidden: 22, seed: 1 }).logPartitionExact()).toThrow(/20/);
    expect(() => rbm.logPartitionAIS({ betas: [0.1, 1], runs: 10 })).toThrow(RangeError);
    expect(() => rbm.logPartitionAIS({ betas: 10, runs: 1 })).toThrow(RangeError);
  });
});

describe('block Gibbs sampling of a 4 × 3 RBM (χ² against exact enumeration, α = 0.001)', () => {
  it('joint (v, h) frequencies fit p(v, h) over all 128 states', () => {
    const rbm = randomRbm(4, 3, 10, 0.8);
    const logZ = rbm.logPartitionExact();
    const vs = allStates(4);
    const hs = allStates(3);
    const expectedP = new Float64Array(128);
    vs.forEach((v, a) => {
      hs.forEach((h, b) => {
        expectedP[a * 8 + b] = Math.exp(-rbm.energy(v, h) - logZ);
      });
    });
    const rng = createRng(11);
    const v = new Float64Array(4);
    const h = new Float64Array(3);
    const N = 40000;
    const counts = new Array(128).fill(0);
    for (let s = 0; s < 50; s++) rbm.gibbsStep(v, h, rng); // burn-in
    for (let s = 0; s < N; s++) {
      rbm.gibbsStep(v, h, rng);
      rbm.gibbsStep(v, h, rng); // thin by 2
      // gibbsStep samples h from the old v, then v from h: (v, h) is not a joint draw until h is refreshed
      rbm.sampleHidden(v, h, rng);
      const a = v[0] * 8 + v[1] * 4 + v[2] * 2 + v[3];
      const b = h[0] * 4 + h[1] * 2 + h[2];
      counts[a * 8 + b]++;
    }
    const o: number[] = [];
    const e: number[] = [];
    let restO = 0;
    let restE = 0;
    for (let k = 0; k < 128; k++) {
      if (expectedP[k] * N >= 5) {
        o.push(counts[k]);
        e.push(expectedP[k] * N);
      } else {
        restO += counts[k];
        restE += expectedP[k] * N;
      }
    }
    o.push(restO);
    e.push(restE);
    expect(chiSquareStatistic(o, e)).toBeLessThan(chiSquareCriticalValue(o.length - 1, 0.001));
  });
});
