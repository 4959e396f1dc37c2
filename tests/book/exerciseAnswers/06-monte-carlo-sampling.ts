import {
  bivariateGibbsTheory,
  cauchyDistribution,
  gaussianImportanceSecondMoment,
  INTEGRANDS,
  integrateNonNegative,
  normalCdf,
  normalDistribution,
  piStandardError,
} from '../../../src/core';
import type { AnswerComputations } from './types';

const TARGET = { mean: 0, sd: 1 };

/** N_eff/N = 1/E_q[w²] for the proposal N(0, σ²) against N(0, 1); 0 where E_q[w²] is infinite. */
function essFraction(width: number): number {
  const m = gaussianImportanceSecondMoment(TARGET, { mean: 0, sd: width });
  return m.kind === 'finite' ? m.essFraction : 0;
}

/**
 * Stationary acceptance rate of random-walk Metropolis x' = x + σξ on N(0, Σ), Σ = [[1, ρ], [ρ, 1]]. Given the
 * direction ξ, log π(x') − log π(x) is normal with mean −σ²s/2 and variance σ²s, s = ξᵀΣ⁻¹ξ, and
 * E[min(1, e^Δ)] = 2Φ(−σ√s/2). Σ⁻¹ has eigenvalues 1/(1 ± ρ), so average over ξ ~ N(0, I) by a midpoint grid.
 */
function metropolisAcceptance(sigma: number, rho: number): number {
  const l1 = 1 / (1 + rho);
  const l2 = 1 / (1 - rho);
  const n = 600;
  const L = 8;
  let sum = 0;
  let weights = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const a = -L + (2 * L * (i + 0.5)) / n;
      const b = -L + (2 * L * (j + 0.5)) / n;
      const w = Math.exp(-(a * a + b * b) / 2);
      sum += w * 2 * normalCdf((-sigma * Math.sqrt(l1 * a * a + l2 * b * b)) / 2);
      weights += w;
    }
  return sum / weights;
}

/** The rejection exercise's target and proposal. */
const pTilde = (x: number) => Math.exp((-x * x) / 2) * (1 + Math.sin(3 * x) ** 2);
const q = normalDistribution(0, 1);

/** k* = sup p̃/q, on a fine grid over the widget's range [−6, 6]. */
function smallestEnvelope(): number {
  let best = 0;
  const n = 1_200_000;
  for (let i = 0; i <= n; i++) {
    const x = -6 + (12 * i) / n;
    best = Math.max(best, pTilde(x) / q.pdf(x));
  }
  return best;
}

export const ANSWERS: AnswerComputations = {
  'darts-six-decimals': {
    factor: () => piStandardError(100) / piStandardError(10_000),
    // SE(N) = SE(1)/√N = 10⁻⁶
    darts: () => (piStandardError(1) / 1e-6) ** 2,
  },
  'integral-standard-error': {
    n: () => (INTEGRANDS.gauss.sigma / 0.005) ** 2,
  },
  'cauchy-running-mean': {
    beyond: () => {
      const c = cauchyDistribution(0, 1);
      return 10_000 * (c.cdf(-1000) + (1 - c.cdf(1000)));
    },
  },
  'rejection-envelope': {
    k: smallestEnvelope,
    rate: () => integrateNonNegative(pTilde, -30, 30).value / smallestEnvelope(),
  },
  'importance-width': {
    // the width where E_q[w²] turns infinite, by bisection on the core's verdict
    collapse: () => {
      let lo = 0.3;
      let hi = 1;
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (gaussianImportanceSecondMoment(TARGET, { mean: 0, sd: mid }).kind === 'infinite') lo = mid;
        else hi = mid;
      }
      return hi;
    },
    'at-08': () => essFraction(0.8),
  },
  'metropolis-scale': {
    acceptance: () => metropolisAcceptance(1.5, 0.9),
  },
  'gibbs-autocorrelation': {
    answer: () => bivariateGibbsTheory(0.9).tau,
  },
};
