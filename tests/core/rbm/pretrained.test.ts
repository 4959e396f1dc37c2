import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  binariseDigits,
  parseDigitsCsv,
  pretrainedFileOf,
  rbmFromPretrainedFile,
  runClampedChain,
  splitHeldOut,
  trainPretrainedRbm,
} from '../../../src/core';
import { createRng } from '../../../src/core/random';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const digits = parseDigitsCsv(read('public/data/digits.csv'));
const data = binariseDigits(digits.images);
const shipped = JSON.parse(read('public/data/rbm-digits.json'));

describe('the shipped RBM (public/data/rbm-digits.json)', () => {
  it('is exactly what `npm run train:rbm` makes from its settings', () => {
    expect(pretrainedFileOf(trainPretrainedRbm(data, digits.count))).toEqual(shipped);
  });

  it('repairs held-out digits: its lower halves beat both a blank guess and the average digit', () => {
    const rbm = rbmFromPretrainedFile(shipped);
    const { heldOut, heldOutRows, train, trainRows } = splitHeldOut(data, digits.count, 64);
    const average = new Float64Array(64);
    for (let t = 0; t < train.length; t++) average[t % 64] += train[t] / trainRows;
    let averaged = 0;
    const free = Array.from({ length: 64 }, (_, i) => (i >= 32 ? 1 : 0));
    let completed = 0;
    let blank = 0;
    for (let r = 0; r < 40; r++) {
      const truth = heldOut.subarray(r * 64, (r + 1) * 64);
      const initial = Array.from(truth, (x, i) => (i >= 32 ? 0 : x));
      const chain = runClampedChain(rbm, { initial, free, steps: 200, rng: createRng(r) });
      const guess = chain.completion.subarray(200 * 64);
      for (let i = 32; i < 64; i++) {
        completed += (guess[i] - truth[i]) ** 2;
        blank += truth[i] ** 2;
        averaged += (average[i] - truth[i]) ** 2;
      }
    }
    expect(heldOutRows).toBe(179);
    // mean squared error per pixel of the machine's completion against leaving the half blank
    console.info(
      `MSE per pixel: completion ${completed / 1280}, blank ${blank / 1280}, average ${averaged / 1280}`,
    );
    expect(completed).toBeLessThan(0.6 * blank);
    expect(completed).toBeLessThan(0.9 * averaged);
  });

  it('refuses a malformed file with a message that says what is wrong', () => {
    expect(() => rbmFromPretrainedFile(null)).toThrow(/JSON object/);
    expect(() => rbmFromPretrainedFile({ ...shipped, visible: 63 })).toThrow(/64 visible/);
    expect(() => rbmFromPretrainedFile({ ...shipped, hiddenBias: [1, 2] })).toThrow(
      /hiddenBias must be 128 numbers/,
    );
    expect(() =>
      rbmFromPretrainedFile({ ...shipped, weights: shipped.weights.map(() => Number.NaN) }),
    ).toThrow(/finite/);
  });
});
