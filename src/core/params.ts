/**
 * Parameter guards shared by the Monte Carlo and MCMC modules (internal, not part of the public face).
 * They live at the top of the core, beside random.ts and stats/, so that neither area imports the other.
 *
 * Policy: a slider can only ever produce a number that is too big or too small, so numbers are clamped
 * into their documented range; NaN means a bug upstream and throws a RangeError that names the parameter.
 */

/** Clamp x into [lo, hi]; ±∞ clamps to the nearer end; NaN → RangeError. */
export function clampParameter(x: number, lo: number, hi: number, name: string): number {
  if (Number.isNaN(x)) throw new RangeError(`${name} is NaN`);
  return Math.min(hi, Math.max(lo, x));
}

/** Round a count and clamp it into [lo, hi]; NaN → RangeError. */
export function clampCount(n: number, lo: number, hi: number, name: string): number {
  return Math.round(clampParameter(n, lo, hi, name));
}

/** A location (mean, breakpoint, interval end) must be a finite number. */
export function requireFinite(x: number, name: string): number {
  if (!Number.isFinite(x)) throw new RangeError(`${name} must be a finite number, got ${x}`);
  return x;
}

/** Scales (standard deviations, step sizes) live in [1e-9, 1e9]. */
export const MIN_SCALE = 1e-9;
export const MAX_SCALE = 1e9;

export function clampScale(x: number, name: string): number {
  return clampParameter(x, MIN_SCALE, MAX_SCALE, name);
}

/**
 * A uniform draw strictly inside (0, 1), for quantile functions that are ±∞ at 0 or 1.
 * rng.uniform() is a multiple of 2⁻⁵³ in [0, 1); the single value 0 is moved to 2⁻⁵⁴.
 */
export function openUniform(rng: { uniform(): number }): number {
  const u = rng.uniform();
  return u === 0 ? 5.551115123125783e-17 : u;
}
