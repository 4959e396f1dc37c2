/**
 * Statistics helpers shared by the whole core and by the tests.
 *
 * Moments, histograms, goodness-of-fit statistics (Kolmogorov–Smirnov, χ²), autocorrelation and the two
 * kinds of "effective sample size" the book uses:
 *   - MCMC ESS  n / τ  with τ = 1 + 2 Σ_k ρ_k  (how many independent draws a correlated chain is worth);
 *   - importance-sampling ESS  (Σ w)² / Σ w²  (how many equally weighted draws a weighted sample is worth).
 * Also the standard normal CDF Φ and quantile Φ⁻¹, because the critical values need them.
 *
 * Conventions: empty input where a number is impossible → RangeError; NaN in the data → RangeError
 * (a silent NaN would poison every plot downstream). Nothing here draws random numbers.
 */

function requireNonEmpty(xs: ArrayLike<number>, what: string): void {
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

export interface Histogram {
  /** Bin edges, length bins + 1, from min to max. */
  edges: Float64Array;
  /** Number of samples per bin. The last bin is closed: x = max falls into it. */
  counts: Float64Array;
  /** counts / (total · width): a density estimate that integrates to the in-range fraction. */
  density: Float64Array;
  /** Number of samples looked at (in range or not). */
  total: number;
  /** Samples below min, above max, or NaN. */
  outside: number;
}

/**
 * Histogram with equal-width bins on [min, max].
 * density_j = counts_j / (total · Δx), so Σ_j density_j · Δx = (in-range count) / total: a histogram of a
 * sample from p approximates p itself wherever p lives inside [min, max].
 * bins is rounded and clamped to [1, 1e7]; min < max (both finite) is required.
 */
export function histogram(
  xs: ArrayLike<number>,
  opts: { min: number; max: number; bins: number },
): Histogram {
  const { min, max } = opts;
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) {
    throw new RangeError(`histogram needs finite min < max, got [${min}, ${max}]`);
  }
  const bins = Number.isFinite(opts.bins) ? Math.min(1e7, Math.max(1, Math.round(opts.bins))) : 1;
  const width = (max - min) / bins;
  const edges = new Float64Array(bins + 1);
  for (let j = 0; j <= bins; j++) edges[j] = min + j * width;
  edges[bins] = max; // exact right edge despite rounding
  const counts = new Float64Array(bins);
  let outside = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (!(x >= min && x <= max)) {
      outside++; // also catches NaN
      continue;
    }
    let j = Math.floor((x - min) / width);
    if (j >= bins) j = bins - 1; // x = max, or rounding just below it
    counts[j]++;
  }
  const total = xs.length;
  const density = new Float64Array(bins);
  if (total > 0) for (let j = 0; j < bins; j++) density[j] = counts[j] / (total * width);
  return { edges, counts, density, total, outside };
}

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

/**
 * Autocorrelation ρ_k = γ_k / γ_0 for k = 0 … maxLag, with the usual biased autocovariance
 *   γ_k = (1/n) Σ_{t=0}^{n−1−k} (x_t − x̄)(x_{t+k} − x̄)
 * (dividing by n, not n − k, keeps the sequence positive-definite and tame at large lags).
 * maxLag is clamped to [0, n − 1]. A constant chain (γ_0 = 0, e.g. a sampler that never moved) is
 * reported as perfectly correlated: ρ_k = 1 for every k.
 */
export function autocorrelation(chain: ArrayLike<number>, maxLag: number): Float64Array {
  requireNonEmpty(chain, 'autocorrelation');
  const n = chain.length;
  const lags = Math.max(0, Math.min(n - 1, Number.isFinite(maxLag) ? Math.floor(maxLag) : n - 1));
  const out = new Float64Array(lags + 1);
  const gamma = autocovariance(chain, lags);
  if (!(gamma[0] > 0)) {
    out.fill(1);
    return out;
  }
  for (let k = 0; k <= lags; k++) out[k] = gamma[k] / gamma[0];
  return out;
}

/**
 * Effective sample size of an MCMC chain,  ESS = n / τ,  τ = −1 + 2 Σ_{m≥0} Γ_m,  Γ_m = ρ_{2m} + ρ_{2m+1}
 * (Geyer's initial positive sequence: for a reversible chain the pair sums Γ_m are positive and
 * decreasing, so we sum them until the first one that is not positive — beyond that point the estimates
 * are noise — and force them to be non-increasing: the "initial monotone sequence").
 * τ = 1 + 2 Σ_{k≥1} ρ_k is the integrated autocorrelation time: how many steps one independent draw costs.
 * Result is clamped to [1, n · log10 n] (antithetic chains can beat n a little; more is estimation noise).
 * A constant chain gives 1.
 */
export function effectiveSampleSize(chain: ArrayLike<number>): number {
  requireNonEmpty(chain, 'effectiveSampleSize');
  const n = chain.length;
  if (n < 4) return n;
  const m = mean(chain);
  if (!Number.isFinite(m)) throw new RangeError('effectiveSampleSize: the chain contains non-finite values');
  const centred = new Float64Array(n);
  for (let t = 0; t < n; t++) centred[t] = chain[t] - m;
  // Lags are computed directly, one at a time, as long as that is cheap (well-mixing chains stop after a
  // few dozen lags); a slowly mixing chain switches to the FFT for all lags at once.
  const directLimit = Math.max(64, Math.floor(2e7 / n));
  let all: Float64Array | null = null;
  const gammaAt = (k: number): number => {
    if (all !== null) return all[k];
    if (k >= directLimit) {
      all = autocovariance(chain, n - 1);
      return all[k];
    }
    let s = 0;
    for (let t = 0; t + k < n; t++) s += centred[t] * centred[t + k];
    return s / n;
  };
  const gamma0 = gammaAt(0);
  if (!(gamma0 > 0)) return 1;
  let tau = -1;
  let previousPair = Number.POSITIVE_INFINITY;
  for (let k = 0; k + 1 < n; k += 2) {
    let pair = (gammaAt(k) + gammaAt(k + 1)) / gamma0;
    if (!(pair > 0)) break;
    if (pair > previousPair) pair = previousPair;
    previousPair = pair;
    tau += 2 * pair;
  }
  const upper = n * Math.max(1, Math.log10(n));
  return Math.min(upper, Math.max(1, n / tau));
}

/**
 * Effective sample size of a weighted sample, ESS = (Σ w_i)² / Σ w_i², from log-weights ℓ_i = log w_i:
 *   log ESS = 2 · LSE(ℓ) − LSE(2ℓ)
 * so weights like e^{1000} never overflow. Equal weights → n; one dominant weight → 1; all −∞ or
 * empty → 0 (nothing has any weight).
 */
export function importanceEss(logWeights: ArrayLike<number>): number {
  if (logWeights.length === 0) return 0;
  const lse = logSumExp(logWeights);
  if (lse === Number.NEGATIVE_INFINITY) return 0;
  const doubled = new Float64Array(logWeights.length);
  for (let i = 0; i < logWeights.length; i++) doubled[i] = 2 * logWeights[i];
  const lse2 = logSumExp(doubled);
  if (lse === Number.POSITIVE_INFINITY) {
    throw new RangeError('importanceEss: a log-weight is +∞; the weights cannot be normalised');
  }
  return Math.exp(2 * lse - lse2);
}

// ---------------------------------------------------------------------------------------------------
// Standard normal CDF and quantile
// ---------------------------------------------------------------------------------------------------

const SQRT_PI = Math.sqrt(Math.PI);
const SQRT2 = Math.SQRT2;

/**
 * Complementary error function erfc(x) = (2/√π) ∫_x^∞ e^{−t²} dt, to about 1e-14 relative.
 *  - |x| < 2: Maclaurin series erf(x) = (2/√π) Σ_n (−1)^n x^{2n+1} / (n! (2n+1)), then erfc = 1 − erf;
 *  - x ≥ 2:  Laplace's continued fraction erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))),
 *            evaluated from the bottom up (it converges fast when x is large);
 *  - x ≤ −2: erfc(x) = 2 − erfc(−x).
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < -2) return 2 - erfc(-x);
  if (x < 2) {
    const x2 = x * x;
    let term = x; // (−1)^n x^{2n+1} / n!
    let sum = x;
    for (let n = 1; n < 80; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return 1 - (2 / SQRT_PI) * sum;
  }
  if (x > 27) return 0; // e^{−729} underflows
  let f = x;
  for (let k = 60; k >= 1; k--) f = x + k / 2 / f;
  return Math.exp(-x * x) / SQRT_PI / f;
}

/** Standard normal CDF Φ(x) = ½ erfc(−x/√2), accurate in both tails. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / SQRT2);
}

// Acklam's rational approximation of Φ⁻¹ (relative error < 1.2e-9), coefficients of
// p(q)/r(q) in the central region and of the tail in t = √(−2 ln p).
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/**
 * Standard normal quantile Φ⁻¹(p): Acklam's rational approximation, then one Halley step on
 * Φ(x) − p = 0 (using the accurate erfc above), which brings it to ≈ full double precision.
 * p = 0 → −∞, p = 1 → +∞; p outside [0, 1] or NaN → RangeError.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile needs 0 ≤ p ≤ 1, got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  let x: number;
  if (p < P_LOW) {
    const t = Math.sqrt(-2 * Math.log(p));
    x =
      (((((C[0] * t + C[1]) * t + C[2]) * t + C[3]) * t + C[4]) * t + C[5]) /
      ((((D[0] * t + D[1]) * t + D[2]) * t + D[3]) * t + 1);
  } else if (p <= 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
      (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  } else {
    const t = Math.sqrt(-2 * Math.log(1 - p));
    x =
      -(((((C[0] * t + C[1]) * t + C[2]) * t + C[3]) * t + C[4]) * t + C[5]) /
      ((((D[0] * t + D[1]) * t + D[2]) * t + D[3]) * t + 1);
  }
  // Halley refinement: with e = Φ(x) − p and u = e / φ(x), x ← x − u / (1 + x u / 2).
  // In the upper tail, Φ(x) − p = (1 − p) − Q(x) with Q(x) = ½ erfc(x/√2) keeps the digits of 1 − p.
  const e = p > 0.5 ? 1 - p - 0.5 * erfc(x / SQRT2) : normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  if (Number.isFinite(u)) x = x - u / (1 + (x * u) / 2);
  return x;
}

// ---------------------------------------------------------------------------------------------------
// Internal: autocovariance γ_0 … γ_maxLag, direct for short work, via FFT for long chains
// ---------------------------------------------------------------------------------------------------

function autocovariance(chain: ArrayLike<number>, maxLag: number): Float64Array {
  const n = chain.length;
  const m = mean(chain);
  const out = new Float64Array(maxLag + 1);
  if (!Number.isFinite(m)) throw new RangeError('autocorrelation: the chain contains non-finite values');
  if ((maxLag + 1) * n <= 4e6) {
    const centred = new Float64Array(n);
    for (let t = 0; t < n; t++) centred[t] = chain[t] - m;
    for (let k = 0; k <= maxLag; k++) {
      let s = 0;
      for (let t = 0; t + k < n; t++) s += centred[t] * centred[t + k];
      out[k] = s / n;
    }
    return out;
  }
  // Wiener–Khinchin: the autocovariance is the inverse Fourier transform of the power spectrum |X(f)|²,
  // computed on a zero-padded copy (length ≥ 2n) so the circular correlation equals the linear one.
  let size = 1;
  while (size < 2 * n) size *= 2;
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  for (let t = 0; t < n; t++) re[t] = chain[t] - m;
  fft(re, im, false);
  for (let j = 0; j < size; j++) {
    re[j] = re[j] * re[j] + im[j] * im[j];
    im[j] = 0;
  }
  fft(re, im, true);
  for (let k = 0; k <= maxLag; k++) out[k] = re[k] / size / n;
  return out;
}

/** In-place iterative radix-2 Cooley–Tukey FFT; length must be a power of two. Inverse is unscaled. */
function fft(re: Float64Array, im: Float64Array, inverse: boolean): void {
  const n = re.length;
  // bit-reversal permutation
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      let tmp = re[i];
      re[i] = re[j];
      re[j] = tmp;
      tmp = im[i];
      im[i] = im[j];
      im[j] = tmp;
    }
  }
  // twiddle factors w^k = e^{∓2πik/n}, k < n/2, computed once (accurate, and no dependency chain)
  const half = n >> 1;
  const cos = new Float64Array(half);
  const sin = new Float64Array(half);
  const sign = inverse ? 1 : -1;
  for (let k = 0; k < half; k++) {
    cos[k] = Math.cos((2 * Math.PI * k) / n);
    sin[k] = sign * Math.sin((2 * Math.PI * k) / n);
  }
  // butterflies: blocks of length len combine two halves with twiddle w^{k·n/len}
  for (let len = 2; len <= n; len <<= 1) {
    const h = len >> 1;
    const stride = n / len;
    for (let start = 0; start < n; start += len) {
      for (let k = 0, w = 0; k < h; k++, w += stride) {
        const a = start + k;
        const b = a + h;
        const cr = cos[w];
        const ci = sin[w];
        const tr = re[b] * cr - im[b] * ci;
        const ti = re[b] * ci + im[b] * cr;
        re[b] = re[a] - tr;
        im[b] = im[a] - ti;
        re[a] += tr;
        im[a] += ti;
      }
    }
  }
}
