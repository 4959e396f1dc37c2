/** Small numerical helpers shared by the RBM files. */

// e^x without a call into C: shared by the whole core (src/core/fastExp.ts).
import { fastExp } from '../fastExp';

export { fastExp };

/** Logistic sigmoid σ(x) = 1 / (1 + e^{−x}); saturates cleanly to 0 or 1 (never NaN) for |x| large. */
export function sigmoid(x: number): number {
  return 1 / (1 + fastExp(-x));
}

// ---- Bernoulli(σ(a)) draws without an exponential, most of the time ----
//
// Sampling a unit needs only the comparison u < σ(a) for a uniform u, not σ(a) itself. A table of σ at
// a = −16, −16 + 1/16, …, 16 interpolated linearly is within h²/8 · max|σ''| = (1/16)²/8 · 1/(6√3) ≈ 4.7·10⁻⁵ of
// σ, so when u is farther than 10⁻⁴ from the interpolated value the comparison is already decided; only the
// rare u within 10⁻⁴ of it computes σ(a) exactly. The outcome is therefore identical to `u < sigmoid(a)`,
// for roughly the cost of a table lookup.

const SIG_STEP = 16; // table points per unit of a
const SIG_MAX = 16; // table covers [−16, 16]
const SIG_TABLE = Float64Array.from({ length: 2 * SIG_MAX * SIG_STEP + 1 }, (_, k) => {
  return 1 / (1 + Math.exp(-(k / SIG_STEP - SIG_MAX)));
});
const SIG_MARGIN = 1e-4;

/**
 * 1 if u < σ(a), else 0 — decided from the interpolation table when it can be (same answer as
 * u < sigmoid(a)). Beyond |a| = 16 the table's end value is used: σ(±16) is within 1.2·10⁻⁷ of σ(a) there,
 * well inside the margin. Written without data-dependent branches on the outcome (the CPU cannot predict
 * coin flips); the exact fallback is the rare, predictable branch.
 */
export function logisticBernoulli(a: number, u: number): number {
  const p = (Math.min(Math.max(a, -SIG_MAX), SIG_MAX - 1e-9) + SIG_MAX) * SIG_STEP;
  const k = p | 0;
  const s = SIG_TABLE[k] + (p - k) * (SIG_TABLE[k + 1] - SIG_TABLE[k]);
  if (Math.abs(u - s) < SIG_MARGIN) return u < 1 / (1 + fastExp(-a)) ? 1 : 0;
  return +(u < s);
}

/** softplus(x) = log(1 + e^x), without overflow: x + log(1 + e^{−x}) for x > 0. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(fastExp(-x)) : Math.log1p(fastExp(x));
}

/** log σ(x) = −softplus(−x). */
export function logSigmoid(x: number): number {
  return -softplus(-x);
}

/** 2^−32: turns a 32-bit random integer into a uniform number in [0, 1). */
export const UINT32_TO_UNIT = 2.3283064365386963e-10;
