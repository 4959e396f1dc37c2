import { logWindowArea, logWindowAreas, partitionOfQuadratic } from '../../../core';

/** The window's half-width runs over this range on the slider and on the growth plot's x-axis. */
export const HALF_WIDTH_RANGE = [0.5, 100] as const;
/** The φ plot's y-axis stops here (φ ≤ 1 for β ≥ 0); a curve for β < 0 leaves through the top, and is marked. */
export const PHI_CEILING = 2.5;

/** Half-widths of the growth curve: evenly spaced on the log-L axis. */
export const GROWTH_HALF_WIDTHS = Float64Array.from({ length: 81 }, (_, k) => {
  const [lo, hi] = HALF_WIDTH_RANGE;
  return lo * (hi / lo) ** (k / 80);
});

export type Limit = { kind: 'converges'; log10Z: number } | { kind: 'diverges' };

/** Everything the widget shows for one β, independent of the window: the area curve and the limit on ℝ. */
export interface GrowthCurve {
  /** log10 of ∫_{−L}^{L} e^{−βx²} dx at each of GROWTH_HALF_WIDTHS (core quadrature, in log space). */
  log10Areas: Float64Array;
  /** Z = √(π/β) on ℝ for β > 0 (the core's closed form and verdict); no limit for β ≤ 0. */
  limit: Limit;
}

export function growthCurve(beta: number): GrowthCurve {
  const { logArea } = logWindowAreas(beta, GROWTH_HALF_WIDTHS);
  const log10Areas = logArea.map((v) => v * Math.LOG10E);
  const onLine = partitionOfQuadratic(beta);
  const limit: Limit =
    onLine.kind === 'finite'
      ? { kind: 'converges', log10Z: onLine.logZ * Math.LOG10E }
      : { kind: 'diverges' };
  return { log10Areas, limit };
}

/** The current window: its area, and the largest φ in it (at x = 0 for β ≥ 0, at ±L for β < 0), both as log10. */
export interface WindowValues {
  log10Area: number;
  log10Peak: number;
  /** Where φ crosses the plot's ceiling (β < 0), or null if it stays inside the plot over the window. */
  ceilingAt: number | null;
}

export function windowValues(beta: number, halfWidth: number): WindowValues {
  const log10Area = logWindowArea(beta, halfWidth) * Math.LOG10E;
  const log10Peak = beta < 0 ? -beta * halfWidth * halfWidth * Math.LOG10E : 0;
  // e^{−βx²} = ceiling at |x| = √(log(ceiling)/|β|)
  const crossing = beta < 0 ? Math.sqrt(Math.log(PHI_CEILING) / -beta) : Number.POSITIVE_INFINITY;
  return { log10Area, log10Peak, ceilingAt: crossing < halfWidth ? crossing : null };
}

/**
 * The x samples for drawing φ over [−X, X]: an even grid, a denser one near 0 where e^{−βx²} bends (its width is
 * about 1/√|β|), and the window's ends ±L exactly, so the shading stops at them.
 */
export function phiSamples(beta: number, halfWidth: number, extent: number): Float64Array {
  const points = new Set<number>([-halfWidth, halfWidth]);
  for (let k = 0; k <= 400; k++) points.add(-extent + (2 * extent * k) / 400);
  if (beta !== 0) {
    const near = Math.min(extent, 6 / Math.sqrt(Math.abs(beta)));
    for (let k = 0; k <= 300; k++) points.add(-near + (2 * near * k) / 300);
  }
  return Float64Array.from(points).sort();
}
