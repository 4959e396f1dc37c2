/**
 * The error function and its imaginary twin, for the integrals of e^{∓x²} over a window (chapter 3):
 *
 *   ∫_{−L}^{L} e^{−a x²} dx = √(π/a) erf(√a L),      ∫_{−L}^{L} e^{+a x²} dx = √(π/a) erfi(√a L)     (a > 0),
 *
 *   erf(x) = (2/√π) ∫_0^x e^{−t²} dt,   erfi(x) = −i erf(ix) = (2/√π) ∫_0^x e^{+t²} dt,
 *   Dawson's function F(x) = e^{−x²} ∫_0^x e^{t²} dt = (√π/2) e^{−x²} erfi(x).
 *
 * erfi grows like e^{x²}/(√π x) and overflows doubles beyond x ≈ 26.6, so the window integral for β < 0 is taken
 * in log space through logErfi.
 */

import { erfc } from './normal';

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
/** Below this |x| the Maclaurin series of erfi is used; above, the asymptotic series of Dawson's function, whose
 *  smallest term (where it is cut) is about e^{−x²} ≤ e^{−36} ≈ 2·10⁻¹⁶ relative. */
const ERFI_SERIES_LIMIT = 6;

/**
 * Σ_n s^n x^{2n+1} / (n! (2n+1)) with s = −1 (erf) or +1 (erfi). With s = +1 every term is positive, so there is
 * no cancellation at any x; with s = −1 it is used for |x| < 2 only, where the largest term is about 2.4.
 */
function maclaurin(x: number, sign: 1 | -1): number {
  const x2 = x * x;
  let term = x; // s^n x^{2n+1} / n!
  let sum = x;
  for (let n = 1; n < 400; n++) {
    term *= (sign * x2) / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return sum;
}

/** erf(x), to about 1e-15 relative: the Maclaurin series for |x| < 2 (accurate near 0), 1 − erfc(x) beyond. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (Math.abs(x) < 2) return TWO_OVER_SQRT_PI * maclaurin(x, -1);
  return x > 0 ? 1 - erfc(x) : erfc(-x) - 1;
}

/**
 * Dawson's F(x) for |x| ≥ 6 by its asymptotic series F(x) ~ (1/(2x)) Σ_n (2n − 1)!! / (2x²)^n, cut at its
 * smallest term (n ≈ x²), which is the error.
 */
function dawsonAsymptotic(x: number): number {
  const u = 1 / (2 * x * x);
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 2000; n++) {
    const next = term * (2 * n - 1) * u;
    if (next >= term) break; // the series starts to diverge: stop at its smallest term
    term = next;
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return sum / (2 * x);
}

/** Dawson's function F(x) = e^{−x²} ∫_0^x e^{t²} dt (odd, largest ≈ 0.541 at x ≈ 0.924, ~ 1/(2x) for large x). */
export function dawson(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (Math.abs(x) < ERFI_SERIES_LIMIT) return Math.exp(-x * x) * maclaurin(x, 1);
  return dawsonAsymptotic(x);
}

/** erfi(x) = (2/√π) ∫_0^x e^{t²} dt, to about 1e-14 relative; ±Infinity once it overflows (|x| > 26.6). */
export function erfi(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (Math.abs(x) < ERFI_SERIES_LIMIT) return TWO_OVER_SQRT_PI * maclaurin(x, 1);
  return TWO_OVER_SQRT_PI * Math.exp(x * x) * dawsonAsymptotic(x);
}

/** log erfi(x) for x > 0, finite for every finite x (log erfi(100) ≈ 9994.8): erfi itself would overflow. */
export function logErfi(x: number): number {
  if (!(x > 0)) throw new RangeError(`logErfi needs x > 0, got ${x}`);
  if (x < ERFI_SERIES_LIMIT) return Math.log(TWO_OVER_SQRT_PI * maclaurin(x, 1));
  if (x === Number.POSITIVE_INFINITY) return x;
  return Math.log(TWO_OVER_SQRT_PI) + x * x + Math.log(dawsonAsymptotic(x));
}
