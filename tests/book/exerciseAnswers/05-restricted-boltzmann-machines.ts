import { createRbm, logPartitionExact, pseudoLikelihoodExact, type Rbm } from '../../../src/core/rbm';
import type { AnswerComputations } from './types';

/**
 * Chapter 5's answers, computed with the book's own RBM (src/core/rbm): the tiny machines of the exercises are
 * built as real Rbm objects, and their conditionals, free energies, log Z and pseudo-likelihood come from the core.
 */

/** An RBM with the given layer sizes and parameters (W row-major, W_ij = weights[i · H + j]). */
function machine(weights: number[], visibleBias: number[], hiddenBias: number[]) {
  const rbm = createRbm({ visible: visibleBias.length, hidden: hiddenBias.length, seed: 1 });
  rbm.setParameters({ weights, visibleBias, hiddenBias });
  return rbm;
}

/** One visible and one hidden unit. */
const smallest = (w: number, b: number, c: number) => machine([w], [b], [c]);

/** T(v → 1) of one full block Gibbs step of a one-visible, one-hidden RBM: Σ_h P(h | v) P(v′ = 1 | h). */
function stepToOn(rbm: Rbm, v: number): number {
  const on = rbm.hiddenProbabilities([v])[0];
  return (1 - on) * rbm.visibleProbabilities([0])[0] + on * rbm.visibleProbabilities([1])[0];
}

/** The two-visible, one-hidden RBM of exercises 2–4 and 7: b = 0, c = 0, W = (1, 1)ᵀ. */
const counted = () => machine([1, 1], [0, 0], [0]);

/** p(v) = e^{−F(v)} / Z for the visible state v. */
function probability(rbm: Rbm, v: number[]): number {
  return Math.exp(-rbm.freeEnergy(v) - logPartitionExact(rbm));
}

const VISIBLE_STATES = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];

/** P(v₁ = 1 | v₂ = value) by summing the marginal table. */
function firstGivenSecond(value: number): number {
  const rbm = counted();
  const on = probability(rbm, [1, value]);
  return on / (on + probability(rbm, [0, value]));
}

/** E_p[v′₁ h′] = Σ_v′ p(v′) v′₁ P(h = 1 | v′), the model term of ∂ log p / ∂W₁₁. */
function modelTerm(rbm: Rbm): number {
  return VISIBLE_STATES.reduce(
    (sum, v) => sum + probability(rbm, v) * v[0] * rbm.hiddenProbabilities(v)[0],
    0,
  );
}

export const ANSWERS: AnswerComputations = {
  'block-gibbs-smallest': {
    up: () => stepToOn(smallest(2, 0, 0), 0),
    stationary: () => {
      const rbm = smallest(2, 0, 0);
      return probability(rbm, [1]);
    },
  },
  'small-enough-to-count': {
    z: () => Math.exp(logPartitionExact(counted())),
    'both-on': () => probability(counted(), [1, 1]),
  },
  'dependence-through-hidden': {
    marginal: () => {
      const rbm = counted();
      return probability(rbm, [1, 0]) + probability(rbm, [1, 1]);
    },
    'given-on': () => firstGivenSecond(1),
    'given-off': () => firstGivenSecond(0),
  },
  'gradient-through-free-energy': {
    model: () => modelTerm(counted()),
    // data term v₁ P(h = 1 | v) at v = 11, minus the model term
    gradient: () => {
      const rbm = counted();
      return rbm.hiddenProbabilities([1, 1])[0] - modelTerm(rbm);
    },
  },
  'mixing-failure': {
    switch: () => stepToOn(smallest(12, -6, -6), 0),
    wait: () => 1 / stepToOn(smallest(12, -6, -6), 0),
    // a two-state chain's second eigenvalue: 1 − T(0 → 1) − T(1 → 0)
    eigenvalue: () => {
      const rbm = smallest(12, -6, -6);
      return stepToOn(rbm, 1) - stepToOn(rbm, 0);
    },
  },
  'summing-the-small-side': {
    // one term per hidden state of the digit RBM with 64 visible and 20 hidden units: the smaller layer
    answer: () => {
      const digitRbm = createRbm({ visible: 64, hidden: 20, seed: 1 });
      return 2 ** Math.min(digitRbm.visible, digitRbm.hidden);
    },
  },
  'pseudo-likelihood-without-z': {
    'log-pl': () => pseudoLikelihoodExact(counted(), [1, 1]),
    'log-p': () => Math.log(probability(counted(), [1, 1])),
  },
};
