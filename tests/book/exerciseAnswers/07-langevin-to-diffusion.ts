import {
  continuousLinearSchedule,
  createDiagonalMixture2D,
  linearNoiseSchedule,
  NoisedGaussianMixture,
  probabilityFlowSample,
  tweedieMean,
} from '../../../src/core';
import type { AnswerComputations } from './types';

/**
 * Chapter 7's answers, computed with the book's own diffusion core (src/core/diffusion): the exercises' densities
 * are built as real mixtures (a one-dimensional density is the x₁ coordinate of a 2-D one), and their scores,
 * Tweedie estimates, schedules and probability-flow trajectories come from the core; the Langevin variances are
 * iterated to their fixed point, and zeros are found by bisection.
 */

/** A 2-D isotropic mixture at ᾱ = 1 (the clean density). */
function mixture(means: [number, number][], variances: number[]): NoisedGaussianMixture {
  const density = new NoisedGaussianMixture(createDiagonalMixture2D({ means, variances }));
  density.setAlphaBar(1);
  return density;
}

/** The x₁ component of the score at (x, 0). */
function score(density: NoisedGaussianMixture, x: number): number {
  const out = new Float64Array(2);
  density.score(x, 0, out, 0, 1);
  return out[0];
}

/** The root of f in [lo, hi], where f changes sign, by bisection. */
function bisect(f: (x: number) => number, lo: number, hi: number): number {
  const rising = f(hi) > f(lo);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > 0 === rising) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

/** ½ N(−μ, σ²) + ½ N(μ, σ²) along the x₁-axis. */
const twoBumps = (mu: number, sigma: number) =>
  mixture(
    [
      [-mu, 0],
      [mu, 0],
    ],
    [sigma * sigma, sigma * sigma],
  );

/** The stationary variance of x ← a x + noise of variance q, by iterating v ← a² v + q from 0. */
function stationaryVariance(a: number, q: number): number {
  let v = 0;
  for (let k = 0; k < 100_000; k++) v = a * a * v + q;
  return v;
}

/** The curvature s′(0) of the score of two bumps of width σ with centres ±a, by a central difference. */
function curvatureAtMiddle(a: number, sigma: number): number {
  const density = twoBumps(a, sigma);
  const h = 1e-5;
  return (score(density, h) - score(density, -h)) / (2 * h);
}

export const ANSWERS: AnswerComputations = {
  'two-scores': {
    's-at-1': () => score(twoBumps(2, 1), 1),
    peak: () => bisect((x) => score(twoBumps(2, 1), x), 1.5, 2.5),
    // the centres ±a merge where s′(0) changes sign; the answer is the distance 2a
    merge: () => 2 * bisect((a) => curvatureAtMiddle(a, 0.55), 0.2, 1),
  },
  'ula-on-a-gaussian': {
    'small-step': () => stationaryVariance(1 - 0.1, 2 * 0.1),
    'unit-step': () => stationaryVariance(1 - 1, 2 * 1),
  },
  'temperature-sets-the-spread': {
    discrete: () => {
      const temperature = 0.5;
      const epsilon = 0.1;
      return stationaryVariance(1 - epsilon, 2 * temperature * epsilon);
    },
  },
  'tweedie-in-closed-form': {
    // a single data point: a component of vanishing width
    'one-point': () => tweedieMean(mixture([[3, 0]], [1e-12]), -1, 0, 0.25)[0],
    'gaussian-data': () => tweedieMean(mixture([[0, 0]], [4]), 1, 0, 0.5)[0],
  },
  'how-much-is-left': {
    answer: () => linearNoiseSchedule(1000).alphaBar[1000],
  },
  'probability-flow-marginals': {
    endpoint: () => {
      const points = Float64Array.from([0.5, 0]);
      const data = mixture([[0, 0]], [4]);
      probabilityFlowSample(points, data.scoreCloud, continuousLinearSchedule(), { steps: 1000 });
      return points[0];
    },
  },
};
