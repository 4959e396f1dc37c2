/**
 * The block-Gibbs widget's computation: a 4 visible × 3 hidden RBM whose parameters are a fixed pattern times a
 * weight scale, sampled by the core's block-Gibbs step (h ~ p(h | v), then v ~ p(v | h)), the whole run recorded
 * up front so that Play only reveals it, against the exact p(v) over its 16 visible states.
 */

import { createRbm, createRng, type Rbm } from '../../../core';

export const GIBBS_VISIBLE = 4;
export const GIBBS_HIDDEN = 3;
/** 2⁴ visible states. */
export const GIBBS_STATES = 2 ** GIBBS_VISIBLE;
export const GIBBS_STEPS = 5000;
/** The parameters' own seed: the weights are the same on every page, only the chain's seed is the reader's. */
const WEIGHT_SEED = 5;

/**
 * The pattern the weight scale multiplies. Hidden unit 1 likes v = 1100, unit 2 likes 0011, unit 3 mildly prefers
 * alternating states; all visible biases are slightly negative. At large scales p(v) has two modes, 1100 and 0011,
 * and the only way between them passes through states the chain almost never visits. A small seeded jitter keeps
 * the two modes from being exact mirror images.
 */
function baseParameters() {
  const rng = createRng(WEIGHT_SEED);
  const jitter = () => 0.08 * rng.normal();
  // W row i = visible unit i's weights to hidden units 1, 2, 3
  const weights = Float64Array.from([2, -2, 0.5, 2, -2, -0.5, -2, 2, 0.5, -2, 2, -0.5], (w) => w + jitter());
  const visibleBias = Float64Array.from([-0.5, -0.5, -0.5, -0.5], (b) => b + jitter());
  const hiddenBias = Float64Array.from([-1.5, -1.5, -1], (c) => c + jitter());
  return { weights, visibleBias, hiddenBias };
}

const BASE = baseParameters();

/** The RBM at a weight scale: W, b and c all multiplied by `scale` (an inverse temperature). */
export function gibbsRbm(scale: number): Rbm {
  const rbm = createRbm({ visible: GIBBS_VISIBLE, hidden: GIBBS_HIDDEN, seed: WEIGHT_SEED });
  const times = (a: Float64Array) => a.map((x) => x * scale);
  rbm.setParameters({
    weights: times(BASE.weights),
    visibleBias: times(BASE.visibleBias),
    hiddenBias: times(BASE.hiddenBias),
  });
  return rbm;
}

/** The units of visible state k: v₁ is the leading bit, so state k is labelled by its binary digits v₁v₂v₃v₄. */
export function visibleOf(k: number, out: Uint8Array = new Uint8Array(GIBBS_VISIBLE)): Uint8Array {
  for (let i = 0; i < GIBBS_VISIBLE; i++) out[i] = (k >> (GIBBS_VISIBLE - 1 - i)) & 1;
  return out;
}

export function indexOf(v: ArrayLike<number>): number {
  let k = 0;
  for (let i = 0; i < GIBBS_VISIBLE; i++) k = 2 * k + (v[i] ? 1 : 0);
  return k;
}

export const stateLabel = (k: number) => k.toString(2).padStart(GIBBS_VISIBLE, '0');

/**
 * The exact p(v) of the 16 states: the hidden units summed out in closed form,
 * p(v) = e^{−F(v)} / Z with e^{−F(v)} = e^{bᵀv} ∏_j (1 + e^{c_j + (vᵀW)_j}), and log Z from the core.
 */
export function exactVisible(rbm: Rbm): Float64Array {
  const logZ = rbm.logPartitionExact();
  return Float64Array.from({ length: GIBBS_STATES }, (_, k) =>
    Math.exp(-rbm.freeEnergy(visibleOf(k)) - logZ),
  );
}

export interface GibbsRun {
  steps: number;
  /** The visible state (0 … 15) of the start and after each block-Gibbs step: steps + 1 entries. */
  states: Uint8Array;
}

/** A seeded block-Gibbs chain from a random visible state, every step recorded. */
export function runBlockGibbs(rbm: Rbm, steps: number, seed: number): GibbsRun {
  const rng = createRng(seed);
  const v = visibleOf(rng.int(GIBBS_STATES));
  const h = new Uint8Array(GIBBS_HIDDEN);
  const states = new Uint8Array(steps + 1);
  states[0] = indexOf(v);
  for (let t = 1; t <= steps; t++) {
    rbm.gibbsStep(v, h, rng);
    states[t] = indexOf(v);
  }
  return { steps, states };
}

/** How often each state was visited in steps 1 … shown (the start is not a draw from the chain). */
export function visitCounts(run: GibbsRun, shown: number): Int32Array {
  const counts = new Int32Array(GIBBS_STATES);
  for (let t = 1; t <= shown; t++) counts[run.states[t]]++;
  return counts;
}

/** ½ Σ |count/n − p|. */
export function totalVariation(counts: ArrayLike<number>, n: number, exact: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < exact.length; k++) sum += Math.abs(counts[k] / n - exact[k]);
  return sum / 2;
}

/** TV after each of the given step counts (increasing), in one pass over the run. */
export function tvCurve(
  run: GibbsRun,
  exact: ArrayLike<number>,
  checkpoints: ArrayLike<number>,
): Float64Array {
  const counts = new Int32Array(GIBBS_STATES);
  const tv = new Float64Array(checkpoints.length);
  let t = 0;
  for (let c = 0; c < checkpoints.length; c++) {
    while (t < checkpoints[c]) counts[run.states[++t]]++;
    tv[c] = totalVariation(counts, t, exact);
  }
  return tv;
}

/**
 * The TV that n independent draws from p would leave on average: each |p̂_k − p_k| is about half-normal with
 * sd √(p_k(1 − p_k)/n), mean √(2p_k(1 − p_k)/(πn)) ≤ √(2p_k/(πn)); halved and summed. A chain with
 * autocorrelation behaves like fewer draws, n_eff < n.
 */
export function independentTv(exact: ArrayLike<number>, n: number): number {
  let sum = 0;
  for (let k = 0; k < exact.length; k++) sum += Math.sqrt((2 * exact[k] * (1 - exact[k])) / (Math.PI * n));
  return sum / 2;
}

/**
 * Which mode each state belongs to: the local maximum of p(v) that a climb by single-unit flips reaches, always
 * taking the most probable neighbour. With strong weights p(v) has two modes, 1100 and 0011.
 */
export function modesOf(exact: ArrayLike<number>): Uint8Array {
  const mode = new Uint8Array(GIBBS_STATES);
  for (let k = 0; k < GIBBS_STATES; k++) {
    let at = k;
    for (;;) {
      let best = at;
      for (let i = 0; i < GIBBS_VISIBLE; i++) if (exact[at ^ (1 << i)] > exact[best]) best = at ^ (1 << i);
      if (best === at) break;
      at = best;
    }
    mode[k] = at;
  }
  return mode;
}

export interface StuckChain {
  /** The mode the chain is in (a state index) and the other one that holds the most exact mass. */
  mode: number;
  missed: number;
  /** Steps since the chain last came into this mode's basin. */
  stay: number;
  /** The exact probability of the basin it is stuck in, and the share of the steps it spent there. */
  modeMass: number;
  share: number;
}

/**
 * Mixing has visibly failed when, after at least 200 steps, ≥ 95 % of the steps lie in one mode's basin although
 * the exact p(v) gives that basin at most 80 %: the rest of the distribution is all but unvisited.
 */
export function stuckChain(
  run: GibbsRun,
  shown: number,
  exact: ArrayLike<number>,
  mode: Uint8Array,
): StuckChain | null {
  if (shown < 200) return null;
  const current = mode[run.states[shown]];
  let inside = 0;
  for (let t = 1; t <= shown; t++) if (mode[run.states[t]] === current) inside++;
  const share = inside / shown;
  const mass = new Float64Array(GIBBS_STATES);
  for (let k = 0; k < GIBBS_STATES; k++) mass[mode[k]] += exact[k];
  if (share < 0.95 || mass[current] > 0.8) return null;
  let stay = 0;
  while (stay < shown && mode[run.states[shown - stay]] === current) stay++;
  let missed = current === 0 ? 1 : 0;
  for (let k = 0; k < GIBBS_STATES; k++) if (k !== current && mass[k] > mass[missed]) missed = k;
  return { mode: current, missed, stay, modeMass: mass[current], share };
}
