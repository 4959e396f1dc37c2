import {
  chainEdges,
  conditionalMutualInformation,
  createDiscreteModel,
  exactInference,
  graphAdjacency,
  graphMaximalCliques,
  gridEdges,
  logProbability,
  separated,
} from '../../../src/core';
import type { AnswerComputations } from './types';

/**
 * Chapter 2. The cold model has the variables (h_y, h_r, h_c) = 0, 1, 2 and the default table φ = (2, 1, 1, 10)
 * on (you, colleague) and (you, roommate), row-major (00, 01, 10, 11). Every probability is computed by the core's
 * exact enumeration, every table count from the core's maximal cliques.
 */
const DEFAULT_TABLE = [2, 1, 1, 10];
const cold = () =>
  createDiscreteModel({
    cardinalities: [2, 2, 2],
    factors: [
      { scope: [0, 2], potential: DEFAULT_TABLE },
      { scope: [0, 1], potential: DEFAULT_TABLE },
    ],
  });
const FREE = -1;
/** P(h_r = 1 | evidence), evidence as [h_y, h_r, h_c] with −1 for a free variable. */
const roommateHealthy = (evidence: number[]) => exactInference(cold(), { evidence }).marginals[1][1];

/** Σ_C 2^|C| over the maximal cliques of the graph with these edges. */
function tableEntries(n: number, edges: [number, number][]): number {
  return graphMaximalCliques(graphAdjacency(n, edges), n).reduce((sum, c) => sum + 2 ** c.length, 0);
}
function completeEdges(n: number): [number, number][] {
  const edges: [number, number][] = [];
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) edges.push([a, b]);
  return edges;
}

/** The house: square 1–2–3–4–1 (0-based 0–1–2–3–0) and the roof 5 (index 4) joined to 1 and 2. */
const HOUSE: [number, number][] = [
  [0, 1],
  [1, 2],
  [2, 3],
  [3, 0],
  [4, 0],
  [4, 1],
];

/** The 4 × 4 pixel grid, pixel (r, c) = 4r + c. */
const GRID = gridEdges(4, 4);
function smallestSeparator(): number {
  const n = 16;
  const adj = graphAdjacency(n, GRID);
  const [a, b] = [0, 15];
  const others = Array.from({ length: n }, (_, i) => i).filter((i) => i !== a && i !== b);
  let best = Number.POSITIVE_INFINITY;
  for (let mask = 0; mask < 1 << others.length; mask++) {
    const S = others.filter((_, k) => mask & (1 << k));
    if (S.length < best && separated(adj, n, a, b, S)) best = S.length;
  }
  return best;
}

/** The counterexample on the cycle x1–x2–x3–x4–x1: 1/8 on each of eight states, 0 elsewhere. */
const SUPPORT = ['0000', '1000', '1100', '1110', '1111', '0111', '0011', '0001'];
const counterexample = () =>
  createDiscreteModel({
    cardinalities: [2, 2, 2, 2],
    factors: [
      {
        scope: [0, 1, 2, 3],
        potential: Array.from({ length: 16 }, (_, i) =>
          SUPPORT.includes(i.toString(2).padStart(4, '0')) ? 1 : 0,
        ),
      },
    ],
  });
/** Entries of the four edge tables that some state of positive probability forces to be positive. */
function forcedEntries(): number {
  const cycle = chainEdges(4, true);
  let forced = 0;
  for (const [i, j] of cycle) forced += new Set(SUPPORT.map((s) => s[i] + s[j])).size;
  return forced;
}

export const ANSWERS: AnswerComputations = {
  'cold-by-hand': {
    z: () => Math.exp(exactInference(cold()).logZ),
    'all-healthy': () => Math.exp(logProbability(cold(), [1, 1, 1])),
    'you-healthy': () => exactInference(cold()).marginals[0][1],
  },
  'for-any-tables': {
    'you-sick': () => roommateHealthy([0, FREE, 1]),
  },
  'without-observing-you': {
    'given-healthy': () => roommateHealthy([FREE, FREE, 1]),
    'given-sick': () => roommateHealthy([FREE, FREE, 0]),
  },
  'counting-entries': {
    chain: () => tableEntries(10, chainEdges(10)),
    cycle: () => tableEntries(4, chainEdges(4, true)),
    complete: () => tableEntries(5, completeEdges(5)),
  },
  'house-cliques': {
    cliques: () => graphMaximalCliques(graphAdjacency(5, HOUSE), 5).length,
    entries: () => tableEntries(5, HOUSE),
  },
  'pixel-grid': {
    // pixel (0, 1): on the top border, not a corner
    'edge-blanket': () => GRID.filter(([a, b]) => a === 1 || b === 1).length,
    separator: smallestSeparator,
    entries: () => tableEntries(16, GRID),
  },
  'positivity-counterexample': {
    information: () => conditionalMutualInformation(counterexample(), 0, 2, [1, 3]),
    forced: forcedEntries,
  },
};
