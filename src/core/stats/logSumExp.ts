/** log-sum-exp: sums of exponentials in log space (Z, free energies, importance weights never overflow). */

/**
 * log Σ exp(x_i), without overflow:  log Σ e^{x_i} = M + log Σ e^{x_i − M}  with M = max x_i,
 * so the largest term is e⁰ = 1 and nothing overflows even for x_i = ±1e4.
 * Empty input or all −∞ → −∞ (the log of an empty sum); any +∞ → +∞; NaN → RangeError.
 */
export function logSumExp(xs: ArrayLike<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (Number.isNaN(x)) throw new RangeError(`logSumExp: value ${i} is NaN`);
    if (x > max) max = x;
  }
  if (max === Number.NEGATIVE_INFINITY || max === Number.POSITIVE_INFINITY) return max;
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += Math.exp(xs[i] - max);
  return max + Math.log(sum);
}
