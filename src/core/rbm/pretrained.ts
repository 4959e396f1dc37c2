/**
 * The RBM that chapter 5's "Draw and repair" ships with, so a reader can repair digits without training first.
 * `public/data/rbm-digits.json` is made by `npm run train:rbm` (scripts/train-digits-rbm.ts) from these settings
 * alone, and a test retrains it and checks the file, so the shipped numbers can always be reproduced.
 */

import { DIGIT_PIXELS } from './digits';
import { splitHeldOut } from './evaluation';
import { createRbm, type Rbm } from './model';

/**
 * PCD-1 as scikit-learn trains. 128 hidden units for 60 epochs was the best of the settings tried for completing
 * held-out halves (mean squared error 0.83 of the average digit's on lower halves; 10 nearest neighbours reach
 * 0.76 — a half digit is truly ambiguous); 64 units did 0.86–0.96.
 */
export const PRETRAINED_RBM = {
  hidden: 128,
  seed: 2026,
  epochs: 60,
  learningRate: 0.05,
  batchSize: 10,
  k: 1,
  /** Digits to 6 decimals: about 80 KB of JSON, and far below any effect on the pictures. */
  decimals: 6,
} as const;

export interface PretrainedRbmFile {
  settings: typeof PRETRAINED_RBM;
  visible: number;
  hidden: number;
  /** W, 64 × hidden row-major. */
  weights: number[];
  visibleBias: number[];
  hiddenBias: number[];
}

/** Train on the training split of the binarised digits (every tenth held out), exactly as the file was made. */
export function trainPretrainedRbm(data: Uint8Array, rows: number): Rbm {
  const { train } = splitHeldOut(data, rows, DIGIT_PIXELS);
  const s = PRETRAINED_RBM;
  const rbm = createRbm({ visible: DIGIT_PIXELS, hidden: s.hidden, seed: s.seed });
  for (let e = 0; e < s.epochs; e++) {
    rbm.trainEpoch(train, { learningRate: s.learningRate, batchSize: s.batchSize, k: s.k, persistent: true });
  }
  return rbm;
}

// `|| 0` turns −0 into 0, as JSON does.
const round = (x: number) => Number(x.toFixed(PRETRAINED_RBM.decimals)) || 0;

export function pretrainedFileOf(rbm: Rbm): PretrainedRbmFile {
  return {
    settings: PRETRAINED_RBM,
    visible: rbm.visible,
    hidden: rbm.hidden,
    weights: Array.from(rbm.weights, round),
    visibleBias: Array.from(rbm.visibleBias, round),
    hiddenBias: Array.from(rbm.hiddenBias, round),
  };
}

/** An Rbm holding the file's parameters; throws a RangeError naming what is wrong with a malformed file. */
export function rbmFromPretrainedFile(file: unknown): Rbm {
  const f = file as Partial<PretrainedRbmFile> | null;
  if (f === null || typeof f !== 'object') throw new RangeError('the RBM file is not a JSON object');
  if (f.visible !== DIGIT_PIXELS || !Number.isInteger(f.hidden) || (f.hidden ?? 0) < 1) {
    throw new RangeError(
      `the RBM file must have ${DIGIT_PIXELS} visible units and a whole number of hidden units`,
    );
  }
  const hidden = f.hidden as number;
  for (const [name, length] of [
    ['weights', DIGIT_PIXELS * hidden],
    ['visibleBias', DIGIT_PIXELS],
    ['hiddenBias', hidden],
  ] as const) {
    const values = f[name];
    if (!Array.isArray(values) || values.length !== length) {
      throw new RangeError(`the RBM file's ${name} must be ${length} numbers`);
    }
  }
  const rbm = createRbm({ visible: DIGIT_PIXELS, hidden, seed: PRETRAINED_RBM.seed });
  rbm.setParameters({
    weights: f.weights as number[],
    visibleBias: f.visibleBias as number[],
    hiddenBias: f.hiddenBias as number[],
  });
  return rbm;
}
