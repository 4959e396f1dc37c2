/**
 * Many random walkers at once: the microscopic picture behind diffusion (chapter 1).
 *
 * Every walker starts at the origin and, every Δt, takes an independent step on each axis:
 *   - 'lattice':  ±a on each axis, each sign with probability ½ (a walk on the grid aℤ^d);
 *   - 'gaussian': a·ξ on each axis, ξ ~ N(0, 1).
 * In both cases one step on one axis has mean 0 and variance a². After n steps (time t = n·Δt) the
 * variance per axis is n·a², and by the central limit theorem the position tends to a Gaussian.
 *
 * The diffusion coefficient D is *defined* by matching that variance to the diffusion equation's
 *   Var(x_axis) = 2·D·t   ⇔   D = a² / (2·Δt)            (same formula for both walk kinds),
 * so the mean squared displacement over d axes is  MSD(t) = E|x|² = 2·d·D·t.
 *
 * Layout: positions are interleaved in one Float64Array, walker i's coordinates at [i·d, …, i·d + d − 1].
 * Units are the reader's choice (a in "length units", Δt in "time units"): D then has length²/time.
 */

import type { Rng } from '../random';
import { normalCdf } from '../stats';

export type WalkKind = 'lattice' | 'gaussian';
export type WalkDimension = 1 | 2;

/** Ranges and defaults of every walker parameter (the widget's sliders read these). */
export const RANDOM_WALK_PARAMETERS = {
  /** number of walkers */
  walkers: { min: 1, max: 100_000, default: 2_000 },
  /** step size a (length units): ± a per axis for the lattice walk, standard deviation a for the Gaussian */
  stepSize: { min: 1e-6, max: 1e6, default: 1 },
  /** time per step Δt (time units) */
  dt: { min: 1e-9, max: 1e9, default: 1 },
  /** dimension d */
  dimension: { values: [1, 2] as const, default: 2 },
} as const;

export interface WalkerOptions {
  /** number of walkers, clamped to RANDOM_WALK_PARAMETERS.walkers */
  walkers: number;
  /** 1 or 2 axes */
  dimension: WalkDimension;
  kind: WalkKind;
  /** a, in length units (> 0) */
  stepSize: number;
  /** Δt, in time units (> 0); default 1 */
  dt?: number;
}

export interface WalkerEnsemble {
  readonly kind: WalkKind;
  readonly dimension: WalkDimension;
  readonly count: number;
  /** a, length units */
  readonly stepSize: number;
  /** Δt, time units */
  readonly dt: number;
  /** D = a² / (2Δt), length²/time */
  readonly diffusionCoefficient: number;
  /** interleaved coordinates, length count·dimension; stepped in place */
  readonly positions: Float64Array;
  /** steps taken since creation or the last reset */
  steps: number;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * D for a walk with per-axis step size a (RMS per axis per step) and time step Δt:  D = a² / (2Δt).
 * Throws RangeError unless a > 0 and Δt > 0 (finite).
 */
export function randomWalkDiffusionCoefficient(stepSize: number, dt: number): number {
  if (!(stepSize > 0 && Number.isFinite(stepSize))) {
    throw new RangeError(`stepSize must be a positive number, got ${stepSize}`);
  }
  if (!(dt > 0 && Number.isFinite(dt))) throw new RangeError(`dt must be a positive number, got ${dt}`);
  return (stepSize * stepSize) / (2 * dt);
}

/** Create `walkers` walkers at the origin. The walker count is clamped; a bad dimension or step throws. */
export function createWalkers(options: WalkerOptions): WalkerEnsemble {
  const { kind, dimension } = options;
  if (dimension !== 1 && dimension !== 2) throw new RangeError(`dimension must be 1 or 2, got ${dimension}`);
  if (kind !== 'lattice' && kind !== 'gaussian') throw new RangeError(`unknown walk kind ${String(kind)}`);
  const limits = RANDOM_WALK_PARAMETERS.walkers;
  if (!Number.isFinite(options.walkers))
    throw new RangeError(`walkers must be finite, got ${options.walkers}`);
  const count = clamp(Math.round(options.walkers), limits.min, limits.max);
  const dt = options.dt ?? RANDOM_WALK_PARAMETERS.dt.default;
  const diffusionCoefficient = randomWalkDiffusionCoefficient(options.stepSize, dt);
  return {
    kind,
    dimension,
    count,
    stepSize: options.stepSize,
    dt,
    diffusionCoefficient,
    positions: new Float64Array(count * dimension),
    steps: 0,
  };
}

/** Put every walker back at the origin, t = 0. */
export function resetWalkers(walkers: WalkerEnsemble): WalkerEnsemble {
  walkers.positions.fill(0);
  walkers.steps = 0;
  return walkers;
}

/**
 * Advance every walker by `steps` steps, in place (no allocation).
 * Lattice walk: one 32-bit random integer supplies 32 independent fair signs, so a step costs a bit
 * test and an addition per axis. Gaussian walk: one normal draw per axis.
 */
export function stepWalkers(walkers: WalkerEnsemble, rng: Rng, steps = 1): WalkerEnsemble {
  const n = Math.max(0, Math.floor(steps));
  const x = walkers.positions;
  const a = walkers.stepSize;
  const len = x.length;
  if (walkers.kind === 'gaussian') {
    for (let s = 0; s < n; s++) {
      for (let i = 0; i < len; i++) x[i] += a * rng.normal();
    }
  } else {
    let bits = 0;
    let left = 0;
    for (let s = 0; s < n; s++) {
      for (let i = 0; i < len; i++) {
        if (left === 0) {
          bits = rng.nextUint32();
          left = 32;
        }
        // lowest bit decides the sign: 1 → +a, 0 → −a
        x[i] += bits & 1 ? a : -a;
        bits >>>= 1;
        left--;
      }
    }
  }
  walkers.steps += n;
  return walkers;
}

/** Elapsed time t = n·Δt (time units). */
export function walkerTime(walkers: WalkerEnsemble): number {
  return walkers.steps * walkers.dt;
}

/** Empirical mean squared displacement from the origin, MSD = (1/N) Σ_i |x_i|²  (length²). */
export function walkerMsd(walkers: WalkerEnsemble): number {
  const x = walkers.positions;
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i] * x[i];
  return sum / walkers.count;
}

/** Copy one coordinate (axis 0 = x, 1 = y) of every walker into `out` (for histograms and KS tests). */
export function walkerCoordinates(walkers: WalkerEnsemble, axis: number, out?: Float64Array): Float64Array {
  const d = walkers.dimension;
  if (!(Number.isInteger(axis) && axis >= 0 && axis < d)) {
    throw new RangeError(`axis must be 0${d === 2 ? ' or 1' : ''}, got ${axis}`);
  }
  const result = out && out.length === walkers.count ? out : new Float64Array(walkers.count);
  const x = walkers.positions;
  for (let i = 0; i < walkers.count; i++) result[i] = x[i * d + axis];
  return result;
}

/** Theory: MSD(t) = 2·d·D·t (length²). */
export function theoreticalMsd(t: number, diffusionCoefficient: number, dimension: number): number {
  return 2 * dimension * diffusionCoefficient * t;
}

function axisVariance(t: number, D: number): number {
  if (!(t >= 0 && Number.isFinite(t))) throw new RangeError(`t must be ≥ 0, got ${t}`);
  if (!(D >= 0 && Number.isFinite(D))) throw new RangeError(`D must be ≥ 0, got ${D}`);
  return 2 * D * t;
}

/**
 * Density of one coordinate at time t: the heat kernel
 *   p(x, t) = exp(−x² / (4Dt)) / √(4πDt),   i.e. N(0, 2Dt).
 * This is the exact law of the Gaussian walk (a sum of normals is normal) and the CLT limit of the
 * lattice walk. At t = 0 the law is a point mass at 0: density +∞ at x = 0 and 0 elsewhere.
 */
export function walkerDensity(x: number, t: number, diffusionCoefficient: number): number {
  const v = axisVariance(t, diffusionCoefficient);
  if (v === 0) return x === 0 ? Number.POSITIVE_INFINITY : 0;
  return Math.exp((-x * x) / (2 * v)) / Math.sqrt(2 * Math.PI * v);
}

/** CDF of one coordinate at time t: Φ(x / √(2Dt)); at t = 0 the step function of a point mass at 0. */
export function walkerCdf(x: number, t: number, diffusionCoefficient: number): number {
  const v = axisVariance(t, diffusionCoefficient);
  if (v === 0) return x < 0 ? 0 : 1;
  return normalCdf(x / Math.sqrt(v));
}

/**
 * One Brownian path sampled on a grid: X_0 = 0, X_{k+1} = X_k + √(2DΔt)·ξ_k per axis — the exact
 * law of Brownian motion at the grid times. Writes (steps + 1)·d interleaved coordinates into `out`.
 */
export function brownianPath(
  rng: Rng,
  steps: number,
  dt: number,
  diffusionCoefficient: number,
  dimension: WalkDimension,
  out?: Float64Array,
): Float64Array {
  if (dimension !== 1 && dimension !== 2) throw new RangeError(`dimension must be 1 or 2, got ${dimension}`);
  if (!(dt > 0 && Number.isFinite(dt))) throw new RangeError(`dt must be a positive number, got ${dt}`);
  if (!(diffusionCoefficient >= 0 && Number.isFinite(diffusionCoefficient))) {
    throw new RangeError(`D must be ≥ 0, got ${diffusionCoefficient}`);
  }
  const n = Math.max(0, Math.floor(steps));
  const len = (n + 1) * dimension;
  const path = out && out.length === len ? out : new Float64Array(len);
  const sd = Math.sqrt(2 * diffusionCoefficient * dt);
  for (let j = 0; j < dimension; j++) path[j] = 0;
  for (let k = 1; k <= n; k++) {
    for (let j = 0; j < dimension; j++) {
      path[k * dimension + j] = path[(k - 1) * dimension + j] + sd * rng.normal();
    }
  }
  return path;
}
