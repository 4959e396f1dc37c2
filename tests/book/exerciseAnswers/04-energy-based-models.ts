import {
  createLandscape,
  freeEnergyAt,
  jointEnergy,
  type LandscapeExpert,
  labelPosterior,
  landscapePartition,
  massWithin,
  partitionFunction2D,
} from '../../../src/core';
import type { AnswerComputations } from './types';

/**
 * Chapter 4. Partition functions and disc masses come from the landscape core the widget uses (quadrature on the
 * box or the plane), the free energy from the latent-variable core with the free-energy widget's means and
 * default offsets, label probabilities from the classifier core; the Gaussian product is summed on a fine grid,
 * and the ULA variance comes from iterating the variance recursion of the update.
 */
const bowl = (width: number): LandscapeExpert => ({ kind: 'bowl', c: [0, 0], strength: width, angle: 0 });
const wallAlongX1: LandscapeExpert = { kind: 'wall', c: [0, 0], strength: 1, angle: 0 };

function logZ(experts: LandscapeExpert[], T: number, domain: 'box' | 'plane'): number {
  const z = landscapePartition(experts, T, domain);
  if (z.kind !== 'finite') throw new Error('expected a finite Z');
  return z.logZ;
}

/** E_p_T[E] = T² ∂ log Z/∂T, by a central difference of the quadrature log Z of the bowl |x|²/(2σ²). */
function meanEnergyOfBowl(sigma: number, T: number): number {
  const energy = (x: number, y: number) => (x * x + y * y) / (2 * sigma * sigma);
  const log = (t: number) => {
    const z = partitionFunction2D(energy, { temperature: t, tolerance: 1e-10 });
    if (z.kind !== 'finite') throw new Error('expected a finite Z');
    return z.logZ;
  };
  const h = 1e-3 * T;
  return (T * T * (log(T + h) - log(T - h))) / (2 * h);
}

/** Mean and variance of the normalised N(x; 0, 1) · N(x; 3, 2²), summed on a fine grid. */
function gaussianProduct(): { mean: number; variance: number } {
  const density = (x: number) => Math.exp(-(x * x) / 2 - (x - 3) ** 2 / 8);
  const dx = 1e-4;
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  for (let x = -20; x <= 20; x += dx) {
    const w = density(x);
    m0 += w;
    m1 += w * x;
    m2 += w * x * x;
  }
  const mean = m1 / m0;
  return { mean, variance: m2 / m0 - mean * mean };
}

/** The free-energy widget's model: means (−2, 0, 2), default offsets (0, 1, 2). */
const LATENT = { means: [-2, 0, 2], offsets: [0, 1, 2] };

/** The label energies of the exercise: p(y = 1 | x) at temperature T. */
const LABEL_ENERGIES = [0.4, 0.8, 1.6];
const topLabel = (T: number) => labelPosterior(LABEL_ENERGIES, T)[0];

/** The T at which the most likely label has probability 1/2 (it falls monotonically with T): bisection. */
function halfTemperature(): number {
  let lo = 0.01;
  let hi = 100;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (topLabel(mid) > 0.5) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** ULA on E = x²/2, T = 1: Var x' = (1 − ε)² Var x + 2ε, iterated from Var x = 1 until it settles. */
function ulaVariance(eps: number): number {
  let v = 1;
  for (let i = 0; i < 100_000; i++) {
    const next = (1 - eps) ** 2 * v + 2 * eps;
    if (!Number.isFinite(next)) return Number.POSITIVE_INFINITY;
    if (Math.abs(next - v) < 1e-14) return next;
    v = next;
  }
  return v;
}

/** The largest ε whose stationary variance is at most 1.1 (the variance grows with ε): bisection. */
function tenPercentStep(): number {
  let lo = 1e-6;
  let hi = 1.9;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (ulaVariance(mid) <= 1.1) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export const ANSWERS: AnswerComputations = {
  'bowl-at-any-temperature': {
    z: () => Math.exp(logZ([bowl(1)], 0.5, 'plane')),
    'mean-energy': () => meanEnergyOfBowl(3, 0.5),
    disc: () => {
      const T = 0.5;
      return massWithin(createLandscape([bowl(1)]), T, logZ([bowl(1)], T, 'plane'), [0, 0], 0.5, 'plane');
    },
  },
  'two-gaussian-experts': {
    mean: () => gaussianProduct().mean,
    variance: () => gaussianProduct().variance,
  },
  'free-energy-soft-minimum': {
    free: () => {
      const x = -0.5;
      // The crossing point of the first two parabolas, where the gap to the minimum is largest.
      const e0 = jointEnergy(LATENT, x, 0);
      const e1 = jointEnergy(LATENT, x, 1);
      if (Math.abs(e0 - e1) > 1e-12) throw new Error('x = −0.5 should be a crossing');
      return freeEnergyAt(LATENT, x);
    },
  },
  'wall-alone': {
    box: () => Math.exp(logZ([wallAlongX1], 1, 'box')),
  },
  'labels-at-low-temperature': {
    top: () => topLabel(0.1),
    half: () => halfTemperature(),
  },
  'metropolis-never-sees-z': {
    answer: () => {
      const deltaE = 2;
      const T = 1;
      return Math.min(1, Math.exp(-deltaE / T));
    },
  },
  'langevin-step-too-large': {
    'eps-one': () => ulaVariance(1),
    'ten-percent': () => tenPercentStep(),
  },
};
