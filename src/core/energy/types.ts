/**
 * Continuous energies and their verdicts.
 *
 * An energy E maps a point to a real number (dimensionless, i.e. measured in units of k_B·T₀). The Boltzmann
 * distribution at temperature T (same units) is p(x) = e^{−E(x)/T} / Z with Z = ∫ e^{−E(x)/T} dx — when that
 * integral is finite. It need not be (E(x) = −x², or E constant on all of ℝ), so every function that
 * computes Z returns a verdict instead of a number.
 */

/** E(x) for x ∈ ℝ. May return +∞ (zero weight, e.g. a hard wall). −∞ means infinite weight. */
export type Energy1D = (x: number) => number;
/** E(x, y) for (x, y) ∈ ℝ². */
export type Energy2D = (x: number, y: number) => number;

/** An interval [lo, hi]; either end may be infinite. */
export type Interval = readonly [lo: number, hi: number];

export interface FinitePartition {
  readonly kind: 'finite';
  /** log Z (natural log). */
  readonly logZ: number;
  /** Estimated relative error of Z (quadrature error plus any estimated tail beyond the last shell). */
  readonly relativeError: number;
}

export interface DivergentPartition {
  readonly kind: 'divergent';
  /** Plain-language reason, e.g. "e^{−E/T} grows like |x|^{2.0} as x → +∞". */
  readonly reason: string;
}

export type PartitionResult = FinitePartition | DivergentPartition;
