/**
 * Sample moments: the mean and the unbiased variance.
 *
 * Conventions of every stats/ module: empty input where a number is impossible → RangeError; NaN in the data →
 * RangeError (a silent NaN would poison every plot downstream). Nothing here draws random numbers.
 */

/** Internal guard shared by the stats modules (not part of the public face). */
export function requireNonEmpty(xs: ArrayLike<number>, what: string): void {
  if (xs.length === 0) throw new RangeError(`${what} needs at least one value`);
}

/** Arithmetic mean  x̄ = (1/n) Σ x_i. */
export function mean(xs: ArrayLike<number>): number {
  requireNonEmpty(xs, 'mean');
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i];
  const m = sum / xs.length;
  if (Number.isNaN(m)) throw new RangeError('mean: the data contain NaN');
  return m;
}

/**
 * Unbiased sample variance  s² = Σ (x_i − x̄)² / (n − 1).
 * Two passes (first the mean, then the squared deviations): the one-pass formula E[x²] − x̄² cancels
 * catastrophically when the mean is large compared to the spread.
 */
export function variance(xs: ArrayLike<number>): number {
  if (xs.length < 2) throw new RangeError(`variance needs at least two values, got ${xs.length}`);
  const m = mean(xs);
  let ss = 0;
  for (let i = 0; i < xs.length; i++) {
    const d = xs[i] - m;
    ss += d * d;
  }
  return ss / (xs.length - 1);
}
