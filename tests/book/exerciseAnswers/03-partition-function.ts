import {
  createDiscreteModel,
  fieldPartitionByListing,
  jointDistribution,
  partitionOfLogWeight,
  periodicChainByEnumeration,
} from '../../../src/core';
import type { AnswerComputations } from './types';

/** ∫ e^{g(x)} dx over a domain by the core's quadrature (throws if the verdict is not finite). */
function integral(g: (x: number) => number, domain?: readonly [number, number]): number {
  const result = partitionOfLogWeight(g, domain ? { domain, center: (domain[0] + domain[1]) / 2 } : {});
  if (result.kind !== 'finite') throw new Error(result.reason);
  return Math.exp(result.logZ);
}

/** The cold example of chapter 2: φ(sick, sick) = 2, mixed 1, φ(healthy, healthy) = 10, on the edges y–c and y–r. */
function coldProbabilities(): Float64Array {
  const table = [2, 1, 1, 10];
  return jointDistribution(
    createDiscreteModel({
      cardinalities: [2, 2, 2],
      factors: [
        { scope: [0, 1], potential: table },
        { scope: [0, 2], potential: table },
      ],
    }),
  );
}

/** Relative variance of Ẑ = 2ⁿ p̃(x) with x uniform: E[Ẑ²]/Z² − 1 = 2ⁿ Σ p² − 1. */
function coldRelativeVariance(): number {
  const p = coldProbabilities();
  return p.length * p.reduce((sum, pi) => sum + pi * pi, 0) - 1;
}

/** Mean of the geometric distribution p(x) ∝ e^{bx} on 0, 1, 2, …, by summing until the terms vanish. */
function geometricMean(b: number): number {
  let z = 0;
  let first = 0;
  for (let x = 0; x < 2000; x++) {
    const w = Math.exp(b * x);
    z += w;
    first += x * w;
  }
  return first / z;
}

const SECONDS_PER_YEAR = 365.25 * 86400;
const RATE = 1e9;

export const ANSWERS: AnswerComputations = {
  patience: {
    years: () => 2 ** 64 / RATE / SECONDS_PER_YEAR,
    day: () => {
      let n = 0;
      while (2 ** (n + 1) <= RATE * 86400) n++;
      return n;
    },
  },
  'uniform-sampling': {
    'relative-variance': coldRelativeVariance,
    'standard-error': () => Math.sqrt(coldRelativeVariance() / 100),
  },
  'ring-of-three': {
    z: () => Math.exp(periodicChainByEnumeration(3, 1, 0).logZ),
    mean: () => periodicChainByEnumeration(3, 1, 0).meanCoupling,
  },
  'gaussian-second-moment': {
    moment: () => integral((x) => 2 * Math.log(Math.abs(x)) - 2 * x * x),
    variance: () => integral((x) => 2 * Math.log(Math.abs(x)) - 2 * x * x) / integral((x) => -2 * x * x),
  },
  'two-more-domains': {
    'unit-mean': () => integral((x) => Math.log(x) - x, [0, 1]) / integral((x) => -x, [0, 1]),
    'geometric-mean': () => geometricMean(-1),
  },
  'variance-means-convexity': {
    variance: () => periodicChainByEnumeration(3, 1, 0).varianceCoupling,
  },
  'spins-or-bits': {
    up: () => fieldPartitionByListing([1.5], 'spin').firstMarginal[1],
  },
};
