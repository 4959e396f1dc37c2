/**
 * A density drawn by the reader: piecewise constant or piecewise linear between breakpoints, sampled by the
 * inverse CDF (inverseCdf.ts) with its CDF and quantile computed exactly, segment by segment.
 */

import { requireFinite } from '../params';
import { checkProbability, type Distribution1D, withSampling } from './inverseCdf';

export interface PiecewiseDensityOptions {
  /** x₀ < x₁ < … < x_K: K segments. Must be finite and strictly increasing, at least 2 points. */
  breakpoints: ArrayLike<number>;
  /**
   * 'constant': K heights, h_j on [x_j, x_{j+1});  'linear': K + 1 heights at the breakpoints, joined by
   * straight lines. Heights need not be normalised; negative heights are clamped to 0.
   */
  heights: ArrayLike<number>;
  kind: 'constant' | 'linear';
}

export interface PiecewiseDistribution extends Distribution1D {
  readonly kind: 'constant' | 'linear';
  readonly breakpoints: Float64Array;
  /** The (clamped, unnormalised) heights as given. */
  readonly heights: Float64Array;
  /** Z = ∫ h(x) dx, the area under the drawn curve; pdf = h / Z. */
  readonly normaliser: number;
  /** F(x_j) at every breakpoint (length K + 1, from 0 to 1). */
  readonly cdfAtBreakpoints: Float64Array;
}

/**
 * A density that is piecewise constant or piecewise linear between breakpoints, with exact CDF and quantile.
 *
 * Segment j has width Δ_j = x_{j+1} − x_j and area
 *   constant: m_j = h_j Δ_j,      linear: m_j = (h_j + h_{j+1}) Δ_j / 2   (a trapezoid).
 * Z = Σ m_j, and F(x_j) = (m_0 + … + m_{j−1}) / Z.
 * Inside a segment, at t = x − x_j, the area so far is
 *   constant: h_j t,      linear: h_j t + s t²/2   with slope s = (h_{j+1} − h_j)/Δ_j.
 * Quantile: find the segment holding the target area r = uZ − Z F(x_j), then solve for t. For the linear
 * case, the height at t satisfies h(t)² = h_j² + 2 s r (differentiate both sides: 2h h' = 2 s h), so
 *   t = 2r / (h_j + h(t)),   h(t) = √(h_j² + 2 s r)
 * — the root of the quadratic written without the cancellation of (−h_j + √…)/s when s is small.
 */
export function piecewiseDensity(opts: PiecewiseDensityOptions): PiecewiseDistribution {
  const { kind } = opts;
  if (kind !== 'constant' && kind !== 'linear')
    throw new RangeError(`piecewiseDensity: unknown kind ${kind}`);
  const xs = Float64Array.from(opts.breakpoints);
  const segments = xs.length - 1;
  if (segments < 1) throw new RangeError('piecewiseDensity needs at least two breakpoints');
  for (let j = 0; j <= segments; j++) {
    requireFinite(xs[j], `breakpoint ${j}`);
    if (j > 0 && !(xs[j] > xs[j - 1])) throw new RangeError(`breakpoints must increase strictly (at ${j})`);
  }
  const expected = kind === 'constant' ? segments : segments + 1;
  if (opts.heights.length !== expected) {
    throw new RangeError(`piecewiseDensity '${kind}' needs ${expected} heights, got ${opts.heights.length}`);
  }
  const hs = new Float64Array(expected);
  for (let j = 0; j < expected; j++) {
    const h = opts.heights[j];
    if (Number.isNaN(h) || h === Number.POSITIVE_INFINITY) throw new RangeError(`height ${j} is ${h}`);
    hs[j] = Math.max(0, h); // a reader dragging below the axis means "zero here"
  }
  // Areas m_j and the running total Z·F(x_j).
  const cumulative = new Float64Array(segments + 1);
  for (let j = 0; j < segments; j++) {
    const width = xs[j + 1] - xs[j];
    const area = kind === 'constant' ? hs[j] * width : 0.5 * (hs[j] + hs[j + 1]) * width;
    cumulative[j + 1] = cumulative[j] + area;
  }
  const Z = cumulative[segments];
  if (!(Z > 0) || !Number.isFinite(Z)) {
    throw new RangeError('piecewiseDensity: the drawn curve has no area (all heights are 0)');
  }
  const cdfAtBreakpoints = new Float64Array(segments + 1);
  for (let j = 0; j <= segments; j++) cdfAtBreakpoints[j] = cumulative[j] / Z;
  cdfAtBreakpoints[segments] = 1;

  /** Segment index j with x_j ≤ x < x_{j+1} (binary search); assumes x₀ ≤ x < x_K. */
  function segmentOf(x: number): number {
    let lo = 0;
    let hi = segments - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (xs[mid] <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Unnormalised height h(x). */
  function height(x: number): number {
    if (!(x >= xs[0] && x <= xs[segments])) return 0;
    if (x === xs[segments]) return kind === 'constant' ? hs[segments - 1] : hs[segments];
    const j = segmentOf(x);
    if (kind === 'constant') return hs[j];
    const t = (x - xs[j]) / (xs[j + 1] - xs[j]);
    return hs[j] + t * (hs[j + 1] - hs[j]);
  }

  function cdf(x: number): number {
    if (Number.isNaN(x)) throw new RangeError('cdf(NaN)');
    if (x <= xs[0]) return 0;
    if (x >= xs[segments]) return 1;
    const j = segmentOf(x);
    const t = x - xs[j];
    let area: number;
    if (kind === 'constant') area = hs[j] * t;
    else {
      const slope = (hs[j + 1] - hs[j]) / (xs[j + 1] - xs[j]);
      area = hs[j] * t + 0.5 * slope * t * t;
    }
    return Math.min(1, (cumulative[j] + area) / Z);
  }

  function quantile(u: number): number {
    checkProbability(u);
    const target = u * Z;
    // First segment whose right end has cumulative area > target, skipping zero-area segments, so the
    // answer is where the density is positive.
    let lo = 0;
    let hi = segments - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid + 1] > target) hi = mid;
      else lo = mid + 1;
    }
    let j = lo;
    while (j > 0 && cumulative[j + 1] - cumulative[j] <= 0) j--; // u = 1 lands past the last positive one
    const width = xs[j + 1] - xs[j];
    const r = Math.max(0, target - cumulative[j]); // area still needed inside segment j
    let t: number;
    if (kind === 'constant') {
      t = hs[j] > 0 ? r / hs[j] : 0;
    } else {
      const slope = (hs[j + 1] - hs[j]) / width;
      const hEnd = Math.sqrt(Math.max(0, hs[j] * hs[j] + 2 * slope * r));
      const denom = hs[j] + hEnd;
      t = denom > 0 ? (2 * r) / denom : 0;
    }
    return xs[j] + Math.min(width, Math.max(0, t));
  }

  return {
    ...withSampling({
      name: `piecewise-${kind}`,
      pdf: (x) => height(x) / Z,
      logPdf: (x) => Math.log(height(x) / Z),
      cdf,
      quantile,
    }),
    kind,
    breakpoints: xs,
    heights: hs,
    normaliser: Z,
    cdfAtBreakpoints,
  };
}
