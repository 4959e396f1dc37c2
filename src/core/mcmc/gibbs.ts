/**
 * Gibbs sampling: update one coordinate at a time from its exact conditional,
 *   x_i ← draw from π(x_i | x_{−i}),
 * which is a Metropolis–Hastings move whose acceptance probability is always 1. A systematic scan updates
 * x_0, x_1, …, x_{d−1} in order; one pass is a "sweep".
 *
 * Bivariate Gaussian with means (μx, μy), standard deviations (σx, σy) and correlation ρ:
 *   x | y ~ N(μx + ρ (σx/σy)(y − μy),  σx² (1 − ρ²)),    y | x ~ N(μy + ρ (σy/σx)(x − μx),  σy² (1 − ρ²)).
 * With strong correlation the conditionals are narrow (sd ∝ √(1 − ρ²)) while the target is long, so the
 * chain crawls along the diagonal in small stair steps: the x-chain is AR(1) with coefficient ρ², hence
 * lag-1 autocorrelation ρ² and τ = (1 + ρ²)/(1 − ρ²) — about 100 sweeps per independent draw at ρ = 0.99.
 */

import { clampCount, clampParameter, clampScale, requireFinite } from '../params';
import type { Rng } from '../random';
import type { ChainResult } from './metropolis';

/** Draw x_i from π(x_i | x_{−i}); x holds the whole current state (read the others, do not write). */
export type ConditionalSampler = (i: number, x: Float64Array, rng: Rng) => number;

export interface SystematicScanOptions {
  initial: ArrayLike<number>;
  sampleConditional: ConditionalSampler;
  rng: Rng;
}

export interface GibbsStepper {
  readonly dim: number;
  /** Current state (updated in place). */
  readonly current: Float64Array;
  /** State before the last single-coordinate update (for drawing the staircase). */
  readonly previous: Float64Array;
  /** Index of the coordinate the next `updateCoordinate()` will change. */
  readonly nextCoordinate: number;
  /** Completed sweeps. */
  readonly sweeps: number;
  /** Update one coordinate (the next in scan order); returns its index. */
  updateCoordinate(): number;
  /** Update every coordinate once, in order 0 … d − 1 (finishing a partial sweep first). */
  sweep(): void;
}

/** A generic systematic-scan Gibbs sampler from a user-supplied conditional sampler. */
export function createSystematicScanGibbs(opts: SystematicScanOptions): GibbsStepper {
  const { sampleConditional, rng } = opts;
  if (opts.initial.length < 1) throw new RangeError('initial point must have at least one coordinate');
  const current = Float64Array.from(opts.initial);
  for (let i = 0; i < current.length; i++) requireFinite(current[i], `initial coordinate ${i}`);
  const dim = current.length;
  const previous = Float64Array.from(current);
  let next = 0;
  let sweeps = 0;

  function updateCoordinate(): number {
    const i = next;
    previous.set(current);
    const value = sampleConditional(i, current, rng);
    if (!Number.isFinite(value)) {
      throw new RangeError(`conditional sampler for coordinate ${i} returned ${value}`);
    }
    current[i] = value;
    next = (next + 1) % dim;
    if (next === 0) sweeps++;
    return i;
  }

  return {
    dim,
    current,
    previous,
    get nextCoordinate() {
      return next;
    },
    get sweeps() {
      return sweeps;
    },
    updateCoordinate,
    sweep() {
      do updateCoordinate();
      while (next !== 0);
    },
  };
}

/** Record `sweeps` states (one per full sweep) after `burnIn` unrecorded sweeps. */
export function runSystematicScan(
  opts: SystematicScanOptions & { sweeps: number; burnIn?: number },
): ChainResult {
  const g = createSystematicScanGibbs(opts);
  const n = clampCount(opts.sweeps, 1, 1e7, 'sweeps');
  const burnIn = clampCount(opts.burnIn ?? 0, 0, 1e7, 'burnIn');
  for (let s = 0; s < burnIn; s++) g.sweep();
  const chain = new Float64Array(n * g.dim);
  for (let s = 0; s < n; s++) {
    g.sweep();
    chain.set(g.current, s * g.dim);
  }
  return { chain, dim: g.dim, length: n, acceptanceRate: 1 };
}

/** |ρ| is clamped to 0.9999: at ±1 the conditionals collapse to points and the chain cannot move. */
export const MAX_ABS_RHO = 0.9999;

export interface BivariateGaussianOptions {
  /** Correlation ρ, clamped to [−0.9999, 0.9999]. */
  rho: number;
  mean?: readonly [number, number];
  /** Standard deviations (σx, σy), clamped to [1e-9, 1e9]. */
  sd?: readonly [number, number];
  /** Start; default: far out on the minor axis, (μx + 2σx, μy − 2σy), so the approach is visible. */
  initial?: readonly [number, number];
  rng: Rng;
}

export interface BivariateGaussianGibbs extends GibbsStepper {
  readonly rho: number;
  /** Mean and sd of the exact conditional of coordinate i given the other's current value. */
  conditionalMean(i: 0 | 1): number;
  readonly conditionalSd: readonly [number, number];
}

export function createBivariateGaussianGibbs(opts: BivariateGaussianOptions): BivariateGaussianGibbs {
  const rho = clampParameter(opts.rho, -MAX_ABS_RHO, MAX_ABS_RHO, 'rho');
  const [mx, my] = opts.mean ?? [0, 0];
  requireFinite(mx, 'mean x');
  requireFinite(my, 'mean y');
  const sx = clampScale(opts.sd?.[0] ?? 1, 'sd x');
  const sy = clampScale(opts.sd?.[1] ?? 1, 'sd y');
  const shrink = Math.sqrt(1 - rho * rho); // conditional sd = σ √(1 − ρ²)
  const conditionalSd: [number, number] = [sx * shrink, sy * shrink];
  const conditionalMean = (i: 0 | 1, x: ArrayLike<number>) =>
    i === 0 ? mx + rho * (sx / sy) * (x[1] - my) : my + rho * (sy / sx) * (x[0] - mx);
  const g = createSystematicScanGibbs({
    initial: opts.initial ?? [mx + 2 * sx, my - 2 * sy],
    rng: opts.rng,
    sampleConditional: (i, x, rng) => conditionalMean(i as 0 | 1, x) + conditionalSd[i] * rng.normal(),
  });
  return {
    get dim() {
      return g.dim;
    },
    get current() {
      return g.current;
    },
    get previous() {
      return g.previous;
    },
    get nextCoordinate() {
      return g.nextCoordinate;
    },
    get sweeps() {
      return g.sweeps;
    },
    updateCoordinate: g.updateCoordinate,
    sweep: g.sweep,
    rho,
    conditionalMean: (i) => conditionalMean(i, g.current),
    conditionalSd,
  };
}

/** Record `sweeps` states of the bivariate Gaussian Gibbs sampler (row-major pairs). */
export function runBivariateGaussianGibbs(
  opts: BivariateGaussianOptions & { sweeps: number; burnIn?: number },
): ChainResult {
  const g = createBivariateGaussianGibbs(opts);
  const n = clampCount(opts.sweeps, 1, 1e7, 'sweeps');
  const burnIn = clampCount(opts.burnIn ?? 0, 0, 1e7, 'burnIn');
  for (let s = 0; s < burnIn; s++) g.sweep();
  const chain = new Float64Array(2 * n);
  for (let s = 0; s < n; s++) {
    g.sweep();
    chain[2 * s] = g.current[0];
    chain[2 * s + 1] = g.current[1];
  }
  return { chain, dim: 2, length: n, acceptanceRate: 1 };
}
