/**
 * The integral of φ(x) = e^{−βx²} over a growing window [−L, L], for every real β (chapter 3):
 *
 *   A(L) = ∫_{−L}^{L} e^{−βx²} dx  →  √(π/β) as L → ∞ when β > 0;   = 2L when β = 0;   ≥ 2L e^{…} for β < 0.
 *
 * For β < 0 the integrand reaches e^{|β|L²} (e^{10⁴} at β = −1, L = 100), far beyond doubles, so A is returned by
 * its logarithm, from the log-space Gauss–Kronrod rule of quadrature.ts: nothing here overflows.
 */

import { logAdd, logIntegrate } from './quadrature';

export interface WindowAreas {
  /** log A(L_k) for each half-width L_k given (natural log). */
  readonly logArea: Float64Array;
  /** The largest estimated relative error of any A(L_k). */
  readonly relativeError: number;
}

/**
 * log ∫_{−L}^{L} e^{−βx²} dx for each of the increasing half-widths L_0 < L_1 < …, by quadrature: the integrand
 * is even, so A(L_k) = A(L_{k−1}) + 2 ∫_{L_{k−1}}^{L_k} e^{−βx²} dx, each piece by adaptive Gauss–Kronrod in log
 * space. Throws RangeError for a non-finite β or half-widths that are not finite, positive and increasing.
 */
export function logWindowAreas(beta: number, halfWidths: ArrayLike<number>): WindowAreas {
  if (!Number.isFinite(beta)) throw new RangeError(`β must be finite, got ${beta}`);
  const count = halfWidths.length;
  const logArea = new Float64Array(count);
  const g = (x: number) => -beta * x * x;
  let logTotal = Number.NEGATIVE_INFINITY; // log of ∫_0^{L_k}
  let logError = Number.NEGATIVE_INFINITY;
  let relativeError = 0;
  let previous = 0;
  for (let k = 0; k < count; k++) {
    const L = halfWidths[k];
    if (!Number.isFinite(L) || !(L > previous)) {
      throw new RangeError(`half-widths must be finite, positive and increasing; got ${L} after ${previous}`);
    }
    const piece = logIntegrate(g, previous, L, { tolerance: 1e-13 });
    logTotal = logAdd(logTotal, piece.logValue);
    logError = logAdd(logError, piece.logError);
    logArea[k] = Math.LN2 + logTotal;
    relativeError = Math.max(relativeError, Math.exp(logError - logTotal));
    previous = L;
  }
  return { logArea, relativeError };
}

/** log ∫_{−L}^{L} e^{−βx²} dx for one half-width L > 0 (see logWindowAreas). */
export function logWindowArea(beta: number, halfWidth: number): number {
  return logWindowAreas(beta, [halfWidth]).logArea[0];
}
