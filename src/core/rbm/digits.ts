/**
 * The UCI optical-digits images used in chapter 5 (public/data/digits.csv, see public/data/DIGITS-LICENSE.md):
 * 1797 rows of 65 integers — 64 pixel counts 0…16 of an 8 × 8 image in row-major order, then the label 0…9.
 * No DOM here: the caller fetches the text (in the browser) or reads the file (in tests and benches).
 */

export interface Digits {
  /** Number of images n. */
  readonly count: number;
  /** n × 64 pixel counts 0…16, row-major (image r, pixel (y, x) at r · 64 + y · 8 + x). */
  readonly images: Uint8Array;
  /** n labels 0…9. */
  readonly labels: Uint8Array;
}

export const DIGIT_PIXELS = 64;

/** Parse the CSV text. Blank lines are ignored; anything malformed throws RangeError naming the line. */
export function parseDigitsCsv(text: string): Digits {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const n = lines.length;
  const images = new Uint8Array(n * DIGIT_PIXELS);
  const labels = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const cells = lines[r].split(',');
    if (cells.length !== DIGIT_PIXELS + 1) {
      throw new RangeError(`digits line ${r + 1}: expected ${DIGIT_PIXELS + 1} values, got ${cells.length}`);
    }
    for (let p = 0; p <= DIGIT_PIXELS; p++) {
      const x = Number(cells[p]);
      const max = p < DIGIT_PIXELS ? 16 : 9;
      if (!Number.isInteger(x) || x < 0 || x > max) {
        throw new RangeError(
          `digits line ${r + 1}, column ${p + 1}: "${cells[p]}" is not an integer in 0…${max}`,
        );
      }
      if (p < DIGIT_PIXELS) images[r * DIGIT_PIXELS + p] = x;
      else labels[r] = x;
    }
  }
  return { count: n, images, labels };
}

/**
 * Binarise pixel counts the way the scikit-learn RBM example does: on iff count / 16 > 0.5 (count ≥ 9).
 * Returns 0/1 values in a new Uint8Array (or in out), ready for Rbm.trainEpoch.
 */
export function binariseDigits(
  images: ArrayLike<number>,
  out: Uint8Array = new Uint8Array(images.length),
): Uint8Array {
  if (out.length !== images.length)
    throw new RangeError(`out has ${out.length} entries, needs ${images.length}`);
  for (let t = 0; t < images.length; t++) out[t] = images[t] / 16 > 0.5 ? 1 : 0;
  return out;
}
