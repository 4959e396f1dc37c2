/**
 * Integrals of an unnormalised density p̃ ≥ 0 over a finite interval [a, b], by adaptive Gauss–Kronrod in log
 * space (energy/quadrature.ts): the normaliser Z = ∫ p̃, expectations E_p[f] = ∫ f p̃ / Z for f of either sign,
 * and ∫ min(p̃, g) — what a rejection sampler with a broken envelope g = k q really accepts.
 *
 * Numerical, not exact: the result carries the quadrature's own error estimate. Jumps (f = 1{x > 2}, the end of a
 * uniform proposal) are handled by passing them as `breaks`, so that no Gauss–Kronrod panel straddles a jump.
 */

import { logIntegrate } from '../energy/quadrature';

export interface DensityIntegral {
  value: number;
  /** Estimated absolute error of `value`. */
  error: number;
}

function checkInterval(a: number, b: number): void {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !(a < b)) {
    throw new RangeError(`density integrals need finite a < b, got [${a}, ${b}]`);
  }
}

/** The sub-intervals of [a, b] cut at the given points (those strictly inside). */
function pieces(a: number, b: number, breaks: readonly number[]): [number, number][] {
  const cuts = breaks.filter((t) => t > a && t < b).sort((s, t) => s - t);
  const ends = [a, ...cuts, b];
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < ends.length; i++) if (ends[i + 1] > ends[i]) out.push([ends[i], ends[i + 1]]);
  return out;
}

/**
 * ∫_a^b g(x) dx for g ≥ 0 (0 allowed). g must not be negative, NaN or +∞ on [a, b]: RangeError naming x.
 */
export function integrateNonNegative(
  g: (x: number) => number,
  a: number,
  b: number,
  breaks: readonly number[] = [],
): DensityIntegral {
  checkInterval(a, b);
  const logG = (x: number) => {
    const v = g(x);
    if (!(v >= 0) || v === Number.POSITIVE_INFINITY) throw new RangeError(`integrand is ${v} at x = ${x}`);
    return Math.log(v);
  };
  let value = 0;
  let error = 0;
  for (const [lo, hi] of pieces(a, b, breaks)) {
    const r = logIntegrate(logG, lo, hi, { pieces: 16, tolerance: 1e-10 });
    value += Math.exp(r.logValue);
    error += Math.exp(r.logError);
  }
  return { value, error };
}

export interface ExpectationByQuadrature {
  /** Z = ∫_a^b p̃. */
  normaliser: DensityIntegral;
  /** E_p[f] = ∫ f p̃ / Z. */
  expectation: number;
  /** Error bound from the quadrature error estimates (first order). */
  error: number;
}

/**
 * E_p[f] for p ∝ p̃ on [a, b]. f may change sign: ∫ f p̃ = ∫ f⁺ p̃ − ∫ f⁻ p̃ with f± = max(±f, 0), each a
 * non-negative integrand. Throws if Z = 0.
 */
export function expectationByQuadrature(
  pTilde: (x: number) => number,
  f: (x: number) => number,
  a: number,
  b: number,
  breaks: readonly number[] = [],
): ExpectationByQuadrature {
  const normaliser = integrateNonNegative(pTilde, a, b, breaks);
  if (!(normaliser.value > 0)) throw new RangeError('the density has no mass on the interval');
  const positive = integrateNonNegative((x) => Math.max(f(x), 0) * pTilde(x), a, b, breaks);
  const negative = integrateNonNegative((x) => Math.max(-f(x), 0) * pTilde(x), a, b, breaks);
  const numerator = positive.value - negative.value;
  const expectation = numerator / normaliser.value;
  const error =
    (positive.error + negative.error) / normaliser.value +
    (Math.abs(expectation) * normaliser.error) / normaliser.value;
  return { normaliser, expectation, error };
}

/** ∫_a^b min(p̃(x), g(x)) dx, e.g. g = k q: the mass a rejection sampler with envelope g accepts. */
export function integrateMinimum(
  pTilde: (x: number) => number,
  g: (x: number) => number,
  a: number,
  b: number,
  breaks: readonly number[] = [],
): DensityIntegral {
  return integrateNonNegative((x) => Math.min(pTilde(x), g(x)), a, b, breaks);
}
