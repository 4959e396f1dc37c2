import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core/random';
import { createRbm, type Rbm } from '../../src/core/rbm';
import { binariseDigits, parseDigitsCsv } from '../../src/core/rbm/digits';

const digitsText = readFileSync(path.join(__dirname, '../../public/data/digits.csv'), 'utf8');

/** Tiny dataset: 6-pixel patterns made of two "strokes", each row repeated. */
function tinyData(): Uint8Array {
  const patterns = [
    [1, 1, 1, 0, 0, 0],
    [0, 0, 0, 1, 1, 1],
    [1, 1, 1, 1, 1, 1],
    [1, 1, 0, 0, 0, 0],
  ];
  const rows: number[] = [];
  for (let r = 0; r < 5; r++) for (const p of patterns) rows.push(...p);
  return Uint8Array.from(rows);
}

describe('digits data', () => {
  it('parses 1797 images of 64 pixels with the documented class counts; binarised mean = 0.29291', () => {
    const d = parseDigitsCsv(digitsText);
    expect(d.count).toBe(1797);
    expect(d.images.length).toBe(1797 * 64);
    const counts = new Array(10).fill(0);
    for (const l of d.labels) counts[l]++;
    expect(counts).toEqual([178, 182, 177, 183, 181, 182, 181, 179, 174, 180]);
    const x = binariseDigits(d.images);
    // pixel/16 > 0.5 ⇔ pixel ≥ 9; the mean is the figure scikit-learn's baseline reports (0.2929100584307179)
    expect(x.reduce((a, b) => a + b, 0) / x.length).toBeCloseTo(0.2929100584307179, 15);
    expect(() => parseDigitsCsv('1,2,3')).toThrow(RangeError);
  });
});

/**
 * Plain dense reference of one epoch (PCD-k or CD-k), drawing random numbers in the same order as trainEpoch:
 * CD chain starts (B × H), then per chain and step V visible draws and (unless last step of CD) H hidden draws.
 */
function referenceEpoch(
  rbm: Rbm,
  data: ArrayLike<number>,
  lr: number,
  batch: number,
  k: number,
  persistent: boolean,
  chains: Float64Array,
) {
  const { visible: V, hidden: H, weights: W, visibleBias: b, hiddenBias: c, rng } = rbm;
  const sig = (x: number) => 1 / (1 + Math.exp(-x));
  const u = () => rng.nextUint32() * 2.3283064365386963e-10;
  const n = data.length / V;
  for (let r0 = 0; r0 < n; r0 += batch) {
    const B = Math.min(batch, n - r0);
    const C = persistent ? batch : B;
    const hPos = Array.from({ length: B }, (_, row) =>
      Array.from({ length: H }, (_, j) => {
        let a = c[j];
        for (let i = 0; i < V; i++) a += data[(r0 + row) * V + i] * W[i * H + j];
        return sig(a);
      }),
    );
    if (!persistent)
      for (let row = 0; row < B; row++)
        for (let j = 0; j < H; j++) chains[row * H + j] = u() < hPos[row][j] ? 1 : 0;
    const vNeg = Array.from({ length: C }, () => new Float64Array(V));
    const hNeg = Array.from({ length: C }, () => new Float64Array(H));
    for (let step = 1; step <= k; step++) {
      for (let ch = 0; ch < C; ch++) {
        for (let i = 0; i < V; i++) {
          let a = b[i];
          for (let j = 0; j < H; j++) a += W[i * H + j] * chains[ch * H + j];
          vNeg[ch][i] = u() < sig(a) ? 1 : 0;
        }
        for (let j = 0; j < H; j++) {
          let a = c[j];
          for (let i = 0; i < V; i++) a += vNeg[ch][i] * W[i * H + j];
          hNeg[ch][j] = sig(a);
        }
        if (step < k || persistent)
          for (let j = 0; j < H; j++) chains[ch * H + j] = u() < hNeg[ch][j] ? 1 : 0;
      }
    }
    // W += η (mean over rows of v hPosᵀ − mean over chains of ṽ hNegᵀ); biases likewise
    for (let i = 0; i < V; i++) {
      for (let j = 0; j < H; j++) {
        let pos = 0;
        for (let row = 0; row < B; row++) pos += data[(r0 + row) * V + i] * hPos[row][j];
        let neg = 0;
        for (let ch = 0; ch < C; ch++) neg += vNeg[ch][i] * hNeg[ch][j];
        W[i * H + j] += lr * (pos / B - neg / C);
      }
    }
    for (let i = 0; i < V; i++) {
      let pos = 0;
      for (let row = 0; row < B; row++) pos += data[(r0 + row) * V + i];
      let neg = 0;
      for (let ch = 0; ch < C; ch++) neg += vNeg[ch][i];
      b[i] += lr * (pos / B - neg / C);
    }
    for (let j = 0; j < H; j++) {
      let pos = 0;
      for (let row = 0; row < B; row++) pos += hPos[row][j];
      let neg = 0;
      for (let ch = 0; ch < C; ch++) neg += hNeg[ch][j];
      c[j] += lr * (pos / B - neg / C);
    }
  }
}

describe('training', () => {
  it('trainEpoch equals a plain dense reference of the update rule (PCD-1, PCD-2, CD-2; partial last batch; 1e-10)', () => {
    const V = 12;
    const H = 7;
    const rows = 23; // batches of 5: the last one has 3 rows
    const gen = createRng(77);
    const data = Uint8Array.from({ length: rows * V }, () => (gen.uniform() < 0.35 ? 1 : 0));
    for (const [k, persistent] of [
      [1, true],
      [2, true],
      [2, false],
    ] as const) {
      const fast = createRbm({ visible: V, hidden: H, seed: 9 });
      const ref = createRbm({ visible: V, hidden: H, seed: 9 }); // same weights and the same random stream
      const chains = new Float64Array(5 * H);
      for (let e = 0; e < 3; e++) {
        fast.trainEpoch(data, { learningRate: 0.5, batchSize: 5, k, persistent });
        referenceEpoch(ref, data, 0.5, 5, k, persistent, chains);
      }
      for (let t = 0; t < V * H; t++) expect(Math.abs(fast.weights[t] - ref.weights[t])).toBeLessThan(1e-10);
      for (let i = 0; i < V; i++)
        expect(Math.abs(fast.visibleBias[i] - ref.visibleBias[i])).toBeLessThan(1e-10);
      for (let j = 0; j < H; j++)
        expect(Math.abs(fast.hiddenBias[j] - ref.hiddenBias[j])).toBeLessThan(1e-10);
      expect(
        Math.abs(fast.weights[0] - createRbm({ visible: V, hidden: H, seed: 9 }).weights[0]),
      ).toBeGreaterThan(1e-3);
    }
  });

  it('CD-1 raises the exact log-likelihood of a tiny dataset by more than 1 nat per row', () => {
    const data = tinyData();
    const rbm = createRbm({ visible: 6, hidden: 4, seed: 1 });
    const before = rbm.logLikelihood(data);
    for (let e = 0; e < 300; e++)
      rbm.trainEpoch(data, { learningRate: 0.1, batchSize: 4, k: 1, persistent: false });
    const after = rbm.logLikelihood(data);
    // before: ≈ −6 log 2 = −4.16 (near-uniform model); the data's entropy is log 4 = 1.39, the best possible
    expect(after).toBeGreaterThan(before + 1);
    expect(after).toBeLessThan(-Math.log(4) + 1e-9);
  });

  it('PCD-3 also raises it, and training is deterministic given the seed', () => {
    const data = tinyData();
    const run = () => {
      const rbm = createRbm({ visible: 6, hidden: 4, seed: 2 });
      const before = rbm.logLikelihood(data);
      for (let e = 0; e < 300; e++)
        rbm.trainEpoch(data, { learningRate: 0.05, batchSize: 5, k: 3, persistent: true });
      return { rbm, before };
    };
    const a = run();
    const b = run();
    expect(a.rbm.logLikelihood(data)).toBeGreaterThan(a.before + 1);
    expect(a.rbm.weights).toEqual(b.rbm.weights);
  });

  it('logPartitionAIS is within 0.1 nats of the exact log Z for a 64 × 16 RBM trained on the digits', () => {
    const data = binariseDigits(parseDigitsCsv(digitsText).images);
    const rbm = createRbm({ visible: 64, hidden: 16, seed: 3 });
    for (let e = 0; e < 5; e++)
      rbm.trainEpoch(data, { learningRate: 0.05, batchSize: 10, k: 1, persistent: true });
    let norm = 0;
    for (const w of rbm.weights) norm += w * w;
    expect(Math.sqrt(norm / rbm.weights.length)).toBeGreaterThan(0.1); // non-trivial weights (started at 0.01)
    const exact = rbm.logPartitionExact();
    const ais = rbm.logPartitionAIS({ betas: 1000, runs: 100, rng: createRng(0) });
    expect(Math.abs(ais.logZ - exact)).toBeLessThan(0.1);
    expect(ais.standardError).toBeGreaterThan(0);
    expect(ais.standardError).toBeLessThan(0.1);
  });
});
