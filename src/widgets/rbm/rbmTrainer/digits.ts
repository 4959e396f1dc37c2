import { binariseDigits, parseDigitsCsv } from '../../../core';

/** The binarised UCI digits as the training job takes them: rows × 64 values 0/1. */
export interface TrainingDigits {
  data: Uint8Array;
  rows: number;
}

let cached: Promise<TrainingDigits> | null = null;

/**
 * Fetch and binarise `public/data/digits.csv` once per page, and only when the reader first asks for training: the
 * 300 KB file is not needed to show the initial weights, so it is not part of the page's load. A failed fetch is not
 * cached, so Train can try again.
 */
export function loadTrainingDigits(
  fetchText: (url: string) => Promise<string> = fetchOk,
): Promise<TrainingDigits> {
  cached ??= fetchText(`${import.meta.env.BASE_URL}data/digits.csv`).then((text) => {
    const digits = parseDigitsCsv(text);
    return { data: binariseDigits(digits.images), rows: digits.count };
  });
  cached.catch(() => {
    cached = null;
  });
  return cached;
}

async function fetchOk(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
