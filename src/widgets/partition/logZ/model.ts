import { periodicChainByEnumeration, periodicChainLogZ } from '../../../core';

/** The J-range of the curve: the coupling slider's range. */
export const COUPLING_RANGE = [-2, 2] as const;

export interface LogZView {
  /** log Z(J) along the curve, from the transfer matrix (cheap at every point). */
  curve: { J: number; logZ: number }[];
  /** At the current J: log Z by listing every state, and by the transfer matrix. */
  logZListed: number;
  logZTransfer: number;
  /** The slope of the curve, by a central difference of the transfer-matrix log Z. */
  slope: number;
  /** E[Σ s_i s_{i+1}] and Var[Σ s_i s_{i+1}], by listing every state. */
  mean: number;
  variance: number;
  /** The curvature, by a second difference of the transfer-matrix log Z. */
  curvature: number;
}

/** Step of the finite differences: small enough for 6 digits of slope, large enough to keep rounding away. */
const D = 1e-4;

export function logZView(n: number, J: number, h: number, points = 161): LogZView {
  const [lo, hi] = COUPLING_RANGE;
  const curve = Array.from({ length: points }, (_, k) => {
    const j = lo + ((hi - lo) * k) / (points - 1);
    return { J: j, logZ: periodicChainLogZ(n, j, h) };
  });
  const listed = periodicChainByEnumeration(n, J, h);
  const [minus, centre, plus] = [J - D, J, J + D].map((j) => periodicChainLogZ(n, j, h));
  return {
    curve,
    logZListed: listed.logZ,
    logZTransfer: centre,
    slope: (plus - minus) / (2 * D),
    mean: listed.meanCoupling,
    variance: listed.varianceCoupling,
    curvature: (plus - 2 * centre + minus) / (D * D),
  };
}
