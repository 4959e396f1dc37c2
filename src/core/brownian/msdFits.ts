/**
 * What is read off an MSD curve and a velocity autocorrelation (chapter 1's crossover figure): the Langevin
 * (Ornstein–Uhlenbeck) MSD, log–log and linear least-squares slopes over a range of lags, the e-folding time of a
 * decay, and the jackknife standard error.
 *
 * The Langevin grain, M dV = −γV dt + √(2γk_BT) dW, forgets its velocity as e^{−t/τ_v} with τ_v = M/γ, and in d
 * dimensions its MSD is
 *   MSD(τ) = 2dD [τ − τ_v (1 − e^{−τ/τ_v})],   D = k_BT/γ (Einstein) = k_BT τ_v / M,
 * ballistic for τ ≪ τ_v (MSD → d(k_BT/M) τ² = ⟨V²⟩τ², equipartition), diffusive for τ ≫ τ_v
 * (MSD → 2dD(τ − τ_v)). The two asymptotes ⟨V²⟩τ² and 2dDτ cross at τ = 2dD/⟨V²⟩ = 2τ_v.
 *
 * Conventions as in cloudStats.ts: bad arguments → RangeError; nothing here draws random numbers.
 */

/**
 * The Ornstein–Uhlenbeck (Langevin) grain's MSD in 2-D: 4D[τ − τ_v(1 − e^{−τ/τ_v})]. Written with expm1 so that
 * it keeps its digits at τ ≪ τ_v, where the bracket is a small difference (≈ τ²/(2τ_v)).
 */
export function ouMsd2D(tau: number, diffusion: number, tauV: number): number {
  if (!(tau >= 0 && diffusion >= 0 && tauV > 0)) {
    throw new RangeError(`need τ ≥ 0, D ≥ 0 and τ_v > 0, got ${tau}, ${diffusion}, ${tauV}`);
  }
  const x = tau / tauV;
  // τ − τ_v(1 − e^{−x}) = τ_v (x + expm1(−x)); below x ~ 1e-4 that sum loses digits, so use its series
  const bracket = x < 1e-4 ? tauV * x * x * (0.5 - x / 6 + (x * x) / 24) : tauV * (x + Math.expm1(-x));
  return 4 * diffusion * bracket;
}

export interface LineFit {
  slope: number;
  intercept: number;
  /** points used */
  points: number;
}

/**
 * Least-squares line through the points (u, w) = (f(x), g(y)) with lo ≤ x ≤ hi and both finite; NaN slope and
 * intercept with fewer than two points.
 */
function fitLine(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  lo: number,
  hi: number,
  transform: (v: number) => number,
): LineFit {
  if (xs.length !== ys.length) throw new RangeError('xs and ys must have the same length');
  let n = 0;
  let su = 0;
  let sw = 0;
  let suu = 0;
  let suw = 0;
  for (let i = 0; i < xs.length; i++) {
    if (!(xs[i] >= lo && xs[i] <= hi)) continue;
    const u = transform(xs[i]);
    const w = transform(ys[i]);
    if (!(Number.isFinite(u) && Number.isFinite(w))) continue;
    n++;
    su += u;
    sw += w;
    suu += u * u;
    suw += u * w;
  }
  if (n < 2) return { slope: Number.NaN, intercept: Number.NaN, points: n };
  const slope = (suw - (su * sw) / n) / (suu - (su * su) / n);
  return { slope, intercept: (sw - slope * su) / n, points: n };
}

const identity = (v: number) => v;

/** Slope of log y against log x over lo ≤ x ≤ hi (points with y ≤ 0 or NaN are skipped): the local power law. */
export function logLogSlope(xs: ArrayLike<number>, ys: ArrayLike<number>, lo: number, hi: number): LineFit {
  return fitLine(xs, ys, lo, hi, Math.log);
}

/** Ordinary least squares y = slope · x + intercept over lo ≤ x ≤ hi (NaN points skipped). */
export function linearFit(xs: ArrayLike<number>, ys: ArrayLike<number>, lo: number, hi: number): LineFit {
  return fitLine(xs, ys, lo, hi, identity);
}

/**
 * The time at which a decaying curve, sampled at lags 0, step, 2·step, …, first falls to 1/e of its value at lag
 * 0, interpolated linearly in log between the two samples around the crossing (exact for an exponential). NaN if
 * it never gets there, or if the value at lag 0 is not positive.
 */
export function eFoldingTime(values: ArrayLike<number>, step: number): number {
  if (!(step > 0)) throw new RangeError(`step must be > 0, got ${step}`);
  const c0 = values[0];
  if (!(c0 > 0)) return Number.NaN;
  const target = c0 / Math.E;
  for (let k = 1; k < values.length; k++) {
    const c = values[k];
    if (!(c <= target)) continue;
    const before = Math.log(values[k - 1] / c0); // > −1
    const after = c > 0 ? Math.log(c / c0) : Number.NEGATIVE_INFINITY; // ≤ −1
    const fraction = after === Number.NEGATIVE_INFINITY ? 0 : (-1 - before) / (after - before);
    return (k - 1 + fraction) * step;
  }
  return Number.NaN;
}

/**
 * Jackknife standard error from the estimates with one block left out each time:
 *   SE = √((B − 1)/B · Σ_b (θ₋b − θ̄)²),  θ̄ the mean of the B leave-one-out estimates.
 * NaN with fewer than two estimates or if any is not finite.
 */
export function jackknifeError(leaveOneOut: readonly number[]): number {
  const b = leaveOneOut.length;
  if (b < 2 || !leaveOneOut.every(Number.isFinite)) return Number.NaN;
  const mean = leaveOneOut.reduce((s, v) => s + v, 0) / b;
  const ss = leaveOneOut.reduce((s, v) => s + (v - mean) ** 2, 0);
  return Math.sqrt(((b - 1) / b) * ss);
}
