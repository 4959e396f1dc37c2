/**
 * Goodness-of-fit statistics and their critical values: Kolmogorov–Smirnov (against a continuous CDF; also an
 * in-place, allocation-free variant for animation frames) and Pearson's χ² (binned counts).
 */

import { requireNonEmpty } from './moments';
import { normalQuantile } from './normal';

/**
 * Kolmogorov–Smirnov statistic  D_n = sup_x |F_n(x) − F(x)|  against a continuous CDF F.
 * After sorting, the supremum is attained at a sample point, just before or just after the jump of F_n:
 *   D_n = max_i max( (i+1)/n − F(x_(i)),  F(x_(i)) − i/n ).
 * Sorts a copy; the input is not touched.
 */
export function ksStatistic(samples: ArrayLike<number>, cdf: (x: number) => number): number {
  requireNonEmpty(samples, 'ksStatistic');
  const sorted = Float64Array.from(samples);
  for (let i = 0; i < sorted.length; i++) {
    if (Number.isNaN(sorted[i])) throw new RangeError(`ksStatistic: sample ${i} is NaN`);
  }
  sorted.sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]);
    if (Number.isNaN(f)) throw new RangeError(`ksStatistic: cdf(${sorted[i]}) is NaN`);
    const above = (i + 1) / n - f;
    const below = f - i / n;
    if (above > d) d = above;
    if (below > d) d = below;
  }
  return d;
}

/**
 * Asymptotic critical value of D_n: reject "the sample comes from F" at level α when D_n > c(α)/√n,
 * with c(α) = √(−½ ln(α/2)) from the Kolmogorov distribution's tail (c = 1.358, 1.628, 1.949).
 * Good for n ≳ 35; slightly conservative below that.
 */
export function ksCriticalValue(n: number, alpha: 0.05 | 0.01 | 0.001): number {
  if (!(n >= 1)) throw new RangeError(`ksCriticalValue needs n ≥ 1, got ${n}`);
  if (alpha !== 0.05 && alpha !== 0.01 && alpha !== 0.001) {
    throw new RangeError(`ksCriticalValue: alpha must be 0.05, 0.01 or 0.001, got ${alpha}`);
  }
  return Math.sqrt(-0.5 * Math.log(alpha / 2)) / Math.sqrt(n);
}

/**
 * The Kolmogorov–Smirnov statistic D_n = sup_x |F_n(x) − F(x)|, as ksStatistic above computes it, but for
 * animation frames: `scratch` is sorted IN PLACE (no copy, no allocation) and F is evaluated once per distinct
 * value, so data with many ties (a lattice random walk visits only ~√n sites) cost a sort and a few dozen F
 * evaluations. With ties x_(i) = … = x_(j), the gaps at that value are F(x) − i/n and (j + 1)/n − F(x).
 * Empty input or NaN (in the data or from F) → RangeError.
 */
export function ksStatisticInPlace(scratch: Float64Array, cdf: (x: number) => number): number {
  const n = scratch.length;
  if (n === 0) throw new RangeError('ksStatisticInPlace needs at least one value');
  scratch.sort(); // typed arrays sort numerically; NaN goes last
  if (Number.isNaN(scratch[n - 1])) throw new RangeError('ksStatisticInPlace: the data contain NaN');
  let d = 0;
  let i = 0;
  while (i < n) {
    const x = scratch[i];
    let j = i;
    while (j + 1 < n && scratch[j + 1] === x) j++;
    const f = cdf(x);
    if (Number.isNaN(f)) throw new RangeError(`ksStatisticInPlace: cdf(${x}) is NaN`);
    const below = f - i / n;
    const above = (j + 1) / n - f;
    if (below > d) d = below;
    if (above > d) d = above;
    i = j + 1;
  }
  return d;
}

/**
 * Pearson's χ² = Σ_j (O_j − E_j)² / E_j.
 * A bin with E_j = 0 contributes 0 if O_j = 0 too, and +∞ if anything was observed there (impossible
 * under the model: the fit is rejected at every level).
 */
export function chiSquareStatistic(observed: ArrayLike<number>, expected: ArrayLike<number>): number {
  if (observed.length !== expected.length) {
    throw new RangeError(`chiSquareStatistic: ${observed.length} observed vs ${expected.length} expected`);
  }
  let chi2 = 0;
  for (let j = 0; j < observed.length; j++) {
    const o = observed[j];
    const e = expected[j];
    if (!(e >= 0) || Number.isNaN(o))
      throw new RangeError(`chiSquareStatistic: bad bin ${j} (O=${o}, E=${e})`);
    if (e === 0) {
      if (o !== 0) return Number.POSITIVE_INFINITY;
      continue;
    }
    const d = o - e;
    chi2 += (d * d) / e;
  }
  return chi2;
}

/**
 * Upper α-quantile of the χ² distribution with df degrees of freedom (reject when χ² exceeds it).
 * df = 1: exactly z²_{1−α/2};  df = 2: exactly −2 ln α (χ²₂ is an exponential with mean 2);
 * df ≥ 3: Wilson–Hilferty — (χ²/df)^{1/3} is nearly normal with mean 1 − 2/(9 df) and variance 2/(9 df):
 *   χ²_α ≈ df · (1 − 2/(9df) + z_{1−α} √(2/(9df)))³.
 */
export function chiSquareCriticalValue(df: number, alpha: number): number {
  if (!(df >= 1) || !Number.isFinite(df))
    throw new RangeError(`chiSquareCriticalValue needs df ≥ 1, got ${df}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`chiSquareCriticalValue needs 0 < α < 1, got ${alpha}`);
  if (df === 1) {
    const z = normalQuantile(1 - alpha / 2);
    return z * z;
  }
  if (df === 2) return -2 * Math.log(alpha);
  const h = 2 / (9 * df);
  const z = normalQuantile(1 - alpha);
  const c = 1 - h + z * Math.sqrt(h);
  return df * c * c * c;
}
