/** Small numerical helpers shared by the RBM files. */

/** Logistic sigmoid σ(x) = 1 / (1 + e^{−x}); saturates cleanly to 0 or 1 (never NaN) for |x| large. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** softplus(x) = log(1 + e^x), without overflow: x + log(1 + e^{−x}) for x > 0. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** log σ(x) = −softplus(−x). */
export function logSigmoid(x: number): number {
  return -softplus(-x);
}

/** 2^−32: turns a 32-bit random integer into a uniform number in [0, 1). */
export const UINT32_TO_UNIT = 2.3283064365386963e-10;
