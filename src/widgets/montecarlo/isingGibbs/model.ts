/**
 * The Ising widget's computation: a 4 × 4 Ising grid with free boundary, p̃(s) = exp(J Σ_⟨ij⟩ s_i s_j + h Σ_i s_i),
 * sampled by the core's systematic-scan Gibbs sampler (the whole run recorded up front, so Play only reveals it),
 * and the exact marginals and neighbour correlations from listing all 2¹⁶ states.
 */

import {
  createDiscreteGibbs,
  createRng,
  type DiscreteModel,
  effectiveSampleSize,
  exactInference,
  gridEdges,
  isingGrid,
} from '../../../core';

export const ISING_SIDE = 4;
export const ISING_SITES = ISING_SIDE * ISING_SIDE;
/** The 24 neighbour pairs, in the order of the model's pair factors (right, then down, site by site). */
export const ISING_EDGES = gridEdges(ISING_SIDE, ISING_SIDE);
export const ISING_SWEEPS = 2000;

export function isingModelOf(coupling: number, field: number): DiscreteModel {
  return isingGrid(ISING_SIDE, ISING_SIDE, { coupling, field });
}

/**
 * The full conditional of one spin given its neighbours, the only thing a Gibbs update needs: with a = J Σ_nb s_j + h,
 * p(s_i = +1 | rest) = e^{a} / (e^{a} + e^{−a}) = σ(2a).
 */
export function conditionalUp(coupling: number, field: number, neighbourSpinSum: number): number {
  const a = coupling * neighbourSpinSum + field;
  return 1 / (1 + Math.exp(-2 * a));
}

export interface IsingRun {
  sweeps: number;
  /** Spin variables x ∈ {0, 1} (s = 2x − 1) of the start and after every sweep: (sweeps + 1) × 16, row-major. */
  states: Uint8Array;
  /** upCounts[n·16 + i] = how many of sweeps 1 … n ended with s_i = +1 (row 0 is all zeros). */
  upCounts: Int32Array;
  /** agreeSums[n·24 + e] = Σ over sweeps 1 … n of s_i s_j for edge e. */
  agreeSums: Int32Array;
  /** Mean spin after each sweep 1 … sweeps: the slowest quantity, whose autocorrelation time sets the error bars. */
  magnetisation: Float64Array;
}

export function runIsingGibbs(coupling: number, field: number, sweeps: number, seed: number): IsingRun {
  const chain = createDiscreteGibbs(isingModelOf(coupling, field), { rng: createRng(seed) });
  const n = ISING_SITES;
  const E = ISING_EDGES.length;
  const states = new Uint8Array((sweeps + 1) * n);
  const upCounts = new Int32Array((sweeps + 1) * n);
  const agreeSums = new Int32Array((sweeps + 1) * E);
  const magnetisation = new Float64Array(sweeps);
  states.set(chain.state, 0);
  for (let t = 1; t <= sweeps; t++) {
    chain.sweep();
    const s = chain.state;
    states.set(s, t * n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      upCounts[t * n + i] = upCounts[(t - 1) * n + i] + s[i];
      total += 2 * s[i] - 1;
    }
    ISING_EDGES.forEach(([i, j], e) => {
      agreeSums[t * E + e] = agreeSums[(t - 1) * E + e] + (s[i] === s[j] ? 1 : -1);
    });
    magnetisation[t - 1] = total / n;
  }
  return { sweeps, states, upCounts, agreeSums, magnetisation };
}

export interface IsingMoments {
  /** P(s_i = +1) for each of the 16 sites. */
  up: Float64Array;
  /** ⟨s_i s_j⟩ for each of the 24 neighbour pairs. */
  neighbour: Float64Array;
}

/** Exact marginals and neighbour correlations, by enumerating all 2¹⁶ states (a few milliseconds). */
export function isingExact(coupling: number, field: number): IsingMoments {
  const result = exactInference(isingModelOf(coupling, field), { factorMarginals: true });
  const up = Float64Array.from(result.marginals, (m) => m[1]);
  const pairs = result.factorMarginals ?? [];
  // pair table over (x_i, x_j) = 00, 01, 10, 11: s_i s_j = +1, −1, −1, +1
  const neighbour = Float64Array.from(
    ISING_EDGES,
    (_, e) => pairs[e][0] - pairs[e][1] - pairs[e][2] + pairs[e][3],
  );
  return { up, neighbour };
}

/** The running estimates after the first `shown` sweeps (null before the first sweep: nothing to average yet). */
export function estimatesAt(run: IsingRun, shown: number): IsingMoments | null {
  if (shown < 1) return null;
  const n = ISING_SITES;
  const E = ISING_EDGES.length;
  const up = new Float64Array(n);
  for (let i = 0; i < n; i++) up[i] = run.upCounts[shown * n + i] / shown;
  const neighbour = new Float64Array(E);
  for (let e = 0; e < E; e++) neighbour[e] = run.agreeSums[shown * E + e] / shown;
  return { up, neighbour };
}

/** The largest |a_i − b_i|. */
export function maxDeviation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
  return max;
}

export function meanOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

export interface ErrorScale {
  /** Integrated autocorrelation time of the magnetisation, in sweeps (n / ESS). */
  tau: number;
  /** The size max |estimate − exact| should have: max_i √(p_i(1 − p_i) τ / n). */
  expected: number;
}

/** How big the marginals' errors should be after `shown` sweeps, with the chain's own autocorrelation time. */
export function errorScale(exact: IsingMoments, run: IsingRun, shown: number): ErrorScale | null {
  if (shown < 4) return null;
  const tau = shown / effectiveSampleSize(run.magnetisation.subarray(0, shown));
  let variance = 0;
  for (let i = 0; i < exact.up.length; i++) variance = Math.max(variance, exact.up[i] * (1 - exact.up[i]));
  return { tau, expected: Math.sqrt((variance * tau) / shown) };
}
