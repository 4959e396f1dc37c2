import { DIGIT_PIXELS, type Rbm, rbmFromPretrainedFile, splitHeldOut } from '../../../core';
import { loadTrainingDigits } from '../rbmTrainer/digits';

/** What "Draw and repair" needs: the shipped RBM, the held-out digits and the average training digit. */
export interface RepairData {
  rbm: Rbm;
  heldOut: Uint8Array;
  heldOutRows: number;
  /** Mean of each pixel over the training digits: the guess that knows nothing of the digit at hand. */
  average: Float64Array;
}

let cached: Promise<RepairData> | null = null;

/**
 * Fetch the shipped RBM (`public/data/rbm-digits.json`, made by `npm run train:rbm`) and the digits, once per page;
 * a failure is not cached, so the reader can try again.
 */
export function loadRepairData(fetchJson: (url: string) => Promise<unknown> = fetchOk): Promise<RepairData> {
  cached ??= Promise.all([
    fetchJson(`${import.meta.env.BASE_URL}data/rbm-digits.json`),
    loadTrainingDigits(),
  ]).then(([file, digits]) => {
    const rbm = rbmFromPretrainedFile(file);
    const split = splitHeldOut(digits.data, digits.rows, DIGIT_PIXELS);
    const average = new Float64Array(DIGIT_PIXELS);
    for (let t = 0; t < split.train.length; t++)
      average[t % DIGIT_PIXELS] += split.train[t] / split.trainRows;
    return { rbm, heldOut: split.heldOut, heldOutRows: split.heldOutRows, average };
  });
  cached.catch(() => {
    cached = null;
  });
  return cached;
}

async function fetchOk(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}
