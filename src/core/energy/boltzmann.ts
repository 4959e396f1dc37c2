/**
 * Boltzmann distributions of continuous energies (chapters 3 and 4).
 *
 *   p_T(x) = e^{−E(x)/T} / Z(T),     Z(T) = ∫ e^{−E(x)/T} dx,     F(T) = −T log Z(T)   (free energy)
 *
 * T is a temperature in the same units as E (k_B = 1). Large T flattens p towards uniform; small T
 * concentrates it in the minima of E.
 */

import { erfc } from '../stats';
import { DivergenceSignal, type LogWeightPartitionOptions, partitionOfLogWeight } from './partition';
import type { Energy1D, Energy2D, Interval, PartitionResult } from './types';

export interface PartitionOptions1D extends Omit<LogWeightPartitionOptions, 'variable'> {
  /** T > 0, in the units of E (default 1). */
  temperature?: number;
}

function checkTemperature(T: number): number {
  if (!(T > 0) || !Number.isFinite(T)) throw new RangeError(`temperature must be finite and > 0, got ${T}`);
  return T;
}

/**
 * Z = ∫ e^{−E(x)/T} dx over options.domain (default ℝ), as a verdict: { kind: 'finite', logZ } or
 * { kind: 'divergent', reason }. See partition.ts for the quadrature and the tail test.
 * Throws RangeError if E is NaN inside the domain, or if Z = 0 (E = +∞ wherever it was sampled).
 */
export function partitionFunction1D(energy: Energy1D, options: PartitionOptions1D = {}): PartitionResult {
  const T = checkTemperature(options.temperature ?? 1);
  const result = partitionOfLogWeight((x) => -energy(x) / T, options);
  if (result.kind === 'finite' && result.logZ === Number.NEGATIVE_INFINITY) {
    throw new RangeError('Z = 0: e^{−E/T} vanishes wherever it was sampled (is E = +∞ on the whole domain?)');
  }
  return result;
}

export interface PartitionOptions2D {
  temperature?: number;
  /** Domain as a box; each side may be infinite (default ℝ²). */
  x?: Interval;
  y?: Interval;
  /** Where the shells start (default: found per integral, as in partitionOfLogWeight). */
  center?: readonly [number, number];
  /** Width of the first shell in each direction (default 1). */
  scale?: number;
  /** Target relative error (default 1e-6: the iterated integral costs (1-D cost)²; inner integrals use 1/100 of it). */
  tolerance?: number;
}

/**
 * Z = ∫∫ e^{−E(x,y)/T} dy dx as an iterated integral (Tonelli: the integrand is ≥ 0, so the order does not
 * matter and Z is finite iff the iterated integral is):
 *   G(x) = log ∫ e^{−E(x,y)/T} dy   (inner, with its own divergence test in y),
 *   log Z = log ∫ e^{G(x)} dx        (outer, with the divergence test applied to G).
 * The inner test catches e.g. E = x² (no decay in y); the outer test catches valleys such as E = (x − y)²,
 * whose inner integral is √π for every x.
 */
export function partitionFunction2D(energy: Energy2D, options: PartitionOptions2D = {}): PartitionResult {
  const T = checkTemperature(options.temperature ?? 1);
  const tolerance = options.tolerance ?? 1e-6;
  const scale = options.scale ?? 1;
  // Inner errors carry into Z weighted by their share: we keep the largest ε(x)·e^{G(x) − G_max}, an estimate
  // of the relative error they add (a far-out x with a garbage inner value but weight e^{−1000} adds nothing).
  let logInnerError = Number.NEGATIVE_INFINITY;
  let maxG = Number.NEGATIVE_INFINITY;
  const inner = (x: number): number => {
    const r = partitionOfLogWeight((y) => -energy(x, y) / T, {
      domain: options.y,
      center: options.center?.[1],
      scale,
      tolerance: tolerance / 100, // inner noise must stay well below what the outer rule tries to resolve
      variable: 'y',
    });
    if (r.kind === 'divergent') throw new DivergenceSignal(`at x = ${x}: ${r.reason}`);
    if (r.logZ > Number.NEGATIVE_INFINITY && r.relativeError > 0) {
      if (r.logZ > maxG) maxG = r.logZ;
      logInnerError = Math.max(logInnerError, Math.log(r.relativeError) + r.logZ);
    }
    return r.logZ;
  };
  try {
    // The outer tail test stops at 2^30 · scale from its centre: beyond that, y-features of unit width near
    // y ∝ x are finer than the floating-point spacing of y itself, so G(x) could not be computed reliably.
    const result = partitionOfLogWeight(inner, {
      domain: options.x,
      center: options.center?.[0],
      scale,
      tolerance,
      variable: 'x',
      reach: 2 ** 30 * scale,
    });
    if (result.kind === 'finite' && result.logZ === Number.NEGATIVE_INFINITY) {
      throw new RangeError('Z = 0: e^{−E/T} vanishes wherever it was sampled');
    }
    if (result.kind === 'divergent') {
      return { kind: 'divergent', reason: `after integrating over y, ${result.reason}` };
    }
    return { ...result, relativeError: result.relativeError + Math.exp(logInnerError - maxG) };
  } catch (e) {
    if (e instanceof DivergenceSignal) return { kind: 'divergent', reason: e.message };
    throw e;
  }
}

/** Free energy F = −T log Z (T in the units of E). */
export function freeEnergyFromLogZ(logZ: number, temperature: number): number {
  return -checkTemperature(temperature) * logZ;
}

export type Boltzmann1D =
  | {
      readonly kind: 'finite';
      readonly logZ: number;
      readonly relativeError: number;
      readonly temperature: number;
      /** F = −T log Z */
      readonly freeEnergy: number;
      /** log p(x) = −E(x)/T − log Z */
      logDensity(x: number): number;
      density(x: number): number;
    }
  | { readonly kind: 'divergent'; readonly reason: string };

/** The normalised Boltzmann density of a 1-D energy, or the reason it does not exist. */
export function boltzmann1D(energy: Energy1D, options: PartitionOptions1D = {}): Boltzmann1D {
  const T = checkTemperature(options.temperature ?? 1);
  const z = partitionFunction1D(energy, options);
  if (z.kind === 'divergent') return z;
  const { logZ, relativeError } = z;
  const logDensity = (x: number) => -energy(x) / T - logZ;
  return {
    kind: 'finite',
    logZ,
    relativeError,
    temperature: T,
    freeEnergy: -T * logZ,
    logDensity,
    density: (x) => Math.exp(logDensity(x)),
  };
}

export type Boltzmann2D =
  | {
      readonly kind: 'finite';
      readonly logZ: number;
      readonly relativeError: number;
      readonly temperature: number;
      /** F = −T log Z */
      readonly freeEnergy: number;
      /** log p(x, y) = −E(x, y)/T − log Z */
      logDensity(x: number, y: number): number;
      density(x: number, y: number): number;
    }
  | { readonly kind: 'divergent'; readonly reason: string };

/** The normalised Boltzmann density of a 2-D energy (Z by partitionFunction2D), or the reason it does not exist. */
export function boltzmann2D(energy: Energy2D, options: PartitionOptions2D = {}): Boltzmann2D {
  const T = checkTemperature(options.temperature ?? 1);
  const z = partitionFunction2D(energy, options);
  if (z.kind === 'divergent') return z;
  const { logZ, relativeError } = z;
  const logDensity = (x: number, y: number) => -energy(x, y) / T - logZ;
  return {
    kind: 'finite',
    logZ,
    relativeError,
    temperature: T,
    freeEnergy: -T * logZ,
    logDensity,
    density: (x, y) => Math.exp(logDensity(x, y)),
  };
}

/**
 * Closed form for φ(x) = e^{−βx²} (E = βx², T = 1), the chapter 3 example:
 *   on ℝ:            Z = √(π/β) for β > 0, divergent for β ≤ 0;
 *   on [a, b]:       Z = ½√(π/β) (erfc(√β a) − erfc(√β b)) for β > 0, b − a for β = 0 (β < 0: use the
 *                    numerical partitionFunction1D).
 * When [a, b] lies so far in the tail that Z < e^{−600} (erfc would be subnormal and lose its digits), the
 * value comes from the log-space quadrature instead.
 */
export function partitionOfQuadratic(beta: number, domain?: Interval): PartitionResult {
  if (Number.isNaN(beta)) throw new RangeError('β is NaN');
  const [a, b] = domain ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  if (!(a < b)) throw new RangeError(`domain must be an interval a < b, got [${a}, ${b}]`);
  const infinite = !Number.isFinite(a) || !Number.isFinite(b);
  if (infinite && beta <= 0) {
    return {
      kind: 'divergent',
      reason:
        beta === 0
          ? '∫ e^{0} dx over an infinite interval is its length: ∞'
          : `e^{−βx²} with β = ${beta} < 0 grows without bound, so ∫ e^{−βx²} dx = ∞`,
    };
  }
  if (beta === 0) return { kind: 'finite', logZ: Math.log(b - a), relativeError: 0 };
  if (beta < 0) throw new RangeError('β < 0 on a finite interval has no elementary closed form');
  if ((a > 0 || b < 0) && beta * Math.min(a * a, b * b) > 600) {
    return partitionOfLogWeight((x) => -beta * x * x, { domain: [a, b] });
  }
  const s = Math.sqrt(beta);
  // Z = √(π/β) · ½ (erfc(√β a) − erfc(√β b)); erfc(−∞) = 2, erfc(+∞) = 0. For a > 0 use the symmetric
  // form with erfc of positive arguments only, which avoids cancelling 2 − 2.
  const ea = a === Number.NEGATIVE_INFINITY ? 2 : erfc(s * a);
  const eb = b === Number.POSITIVE_INFINITY ? 0 : erfc(s * b);
  const mass = a >= 0 ? ea - eb : b <= 0 ? erfc(-s * b) - erfc(-s * a) : ea - eb;
  return { kind: 'finite', logZ: 0.5 * Math.log(Math.PI / beta) + Math.log(0.5 * mass), relativeError: 0 };
}

export interface BoltzmannGrid2D {
  /** log e^{−E/T} − log Z_box at the cell centres, row-major (ny rows of nx values; row 0 = lowest y). */
  readonly logDensity: Float64Array;
  /** Midpoint-rule log Z over the box only (a drawing aid, not a verdict about ℝ²). */
  readonly logZBox: number;
  readonly dx: number;
  readonly dy: number;
}

/**
 * Evaluate the Boltzmann density of a 2-D energy on an nx × ny grid of cell centres over a finite box, for
 * drawing heat maps. Normalised over the box by the midpoint rule. E = +∞ gives density 0; E = −∞ or NaN
 * in the box throws RangeError.
 */
export function boltzmannGrid2D(
  energy: Energy2D,
  options: { temperature?: number; x: Interval; y: Interval; nx: number; ny: number; out?: Float64Array },
): BoltzmannGrid2D {
  const T = checkTemperature(options.temperature ?? 1);
  const { nx, ny } = options;
  const [x0, x1] = options.x;
  const [y0, y1] = options.y;
  if (![x0, x1, y0, y1].every(Number.isFinite) || !(x0 < x1) || !(y0 < y1)) {
    throw new RangeError('boltzmannGrid2D needs a finite box with x0 < x1 and y0 < y1');
  }
  if (!Number.isInteger(nx) || nx < 1 || !Number.isInteger(ny) || ny < 1) {
    throw new RangeError('nx and ny must be integers ≥ 1');
  }
  const out = options.out ?? new Float64Array(nx * ny);
  if (out.length !== nx * ny) throw new RangeError(`out must have nx · ny = ${nx * ny} entries`);
  const dx = (x1 - x0) / nx;
  const dy = (y1 - y0) / ny;
  let max = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < ny; j++) {
    const y = y0 + (j + 0.5) * dy;
    for (let i = 0; i < nx; i++) {
      const x = x0 + (i + 0.5) * dx;
      const g = -energy(x, y) / T;
      if (Number.isNaN(g) || g === Number.POSITIVE_INFINITY) {
        throw new RangeError(`E(${x}, ${y}) = ${energy(x, y)}: not usable as an energy`);
      }
      out[j * nx + i] = g;
      if (g > max) max = g;
    }
  }
  if (max === Number.NEGATIVE_INFINITY) throw new RangeError('E = +∞ on the whole box');
  let sum = 0;
  for (let t = 0; t < out.length; t++) sum += Math.exp(out[t] - max);
  const logZBox = max + Math.log(sum * dx * dy);
  for (let t = 0; t < out.length; t++) out[t] -= logZBox;
  return { logDensity: out, logZBox, dx, dy };
}
