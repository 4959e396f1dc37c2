import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { binariseDigits, parseDigitsCsv } from '../../src/core/digits';
import { createRng } from '../../src/core/random';
import { createRbm } from '../../src/core/rbm';

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

describe('training', () => {
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
