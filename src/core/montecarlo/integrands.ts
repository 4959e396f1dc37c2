/**
 * Test integrands for plain Monte Carlo integration, each with its exact integral and the exact spread of
 * the one-draw estimator.
 *
 * With U ~ U(a, b), the single draw Y = (b − a) f(U) has E[Y] = I = ∫_a^b f(x) dx and
 *   σ² = Var[Y] = (b − a)² E[f(U)²] − I² = (b − a) ∫_a^b f(x)² dx − I²,
 * so the average of N draws has standard error σ/√N. σ is what makes one integrand harder than another:
 * it grows with the length of the interval and with how unevenly f spreads its mass over it.
 */

import { erfc } from '../stats';

export type IntegrandId = 'gauss' | 'sine' | 'peak' | 'square';

export interface Integrand {
  readonly id: IntegrandId;
  /** The interval [a, b]. */
  readonly a: number;
  readonly b: number;
  readonly f: (x: number) => number;
  /** I = ∫_a^b f(x) dx, in closed form. */
  readonly exact: number;
  /** ∫_a^b f(x)² dx, in closed form. */
  readonly integralOfSquare: number;
  /** σ = √((b − a) ∫ f² − I²): the standard deviation of one draw (b − a) f(U). */
  readonly sigma: number;
  /** Largest value of f on [a, b] (for drawing). */
  readonly maxValue: number;
}

function integrand(
  id: IntegrandId,
  a: number,
  b: number,
  f: (x: number) => number,
  exact: number,
  integralOfSquare: number,
  maxValue: number,
): Integrand {
  const sigma = Math.sqrt(Math.max(0, (b - a) * integralOfSquare - exact * exact));
  return { id, a, b, f, exact, integralOfSquare, sigma, maxValue };
}

const SQRT_PI = Math.sqrt(Math.PI);

/** Peak 1/(1 + K²(x − ½)²) on [0, 1]: K = 10, so the half-width at half height is 0.1. */
const PEAK_K = 10;

export const INTEGRANDS: Readonly<Record<IntegrandId, Integrand>> = {
  // ∫_0^2 e^{−x²} dx = (√π/2) erf 2;   ∫_0^2 e^{−2x²} dx = √(π/8) erf(2√2)   (substitute y = √2 x).
  gauss: integrand(
    'gauss',
    0,
    2,
    (x) => Math.exp(-x * x),
    (SQRT_PI / 2) * (1 - erfc(2)),
    Math.sqrt(Math.PI / 8) * (1 - erfc(2 * Math.SQRT2)),
    1,
  ),
  // ∫_0^π sin x dx = 2;   ∫_0^π sin² x dx = π/2.
  sine: integrand('sine', 0, Math.PI, Math.sin, 2, Math.PI / 2, 1),
  // With t = K(x − ½), dx = dt/K and t runs over [−K/2, K/2] = [−5, 5]:
  //   ∫ dt/(1 + t²) = arctan t            → I = 2 arctan(5)/10 = arctan(5)/5;
  //   ∫ dt/(1 + t²)² = t/(2(1 + t²)) + arctan(t)/2  → ∫ f² = (5/26 + arctan 5)/10.
  peak: integrand(
    'peak',
    0,
    1,
    (x) => {
      const t = PEAK_K * (x - 0.5);
      return 1 / (1 + t * t);
    },
    (2 * Math.atan(PEAK_K / 2)) / PEAK_K,
    (PEAK_K / 2 / (1 + (PEAK_K / 2) ** 2) + Math.atan(PEAK_K / 2)) / PEAK_K,
    1,
  ),
  // ∫_0^1 x² dx = 1/3;   ∫_0^1 x⁴ dx = 1/5.
  square: integrand('square', 0, 1, (x) => x * x, 1 / 3, 1 / 5, 1),
};

export const INTEGRAND_IDS: readonly IntegrandId[] = ['gauss', 'sine', 'peak', 'square'];
