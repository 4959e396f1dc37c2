import {
  conditionalMutualInformation,
  createDiscreteModel,
  createRng,
  type DiscreteModel,
  graphAdjacency,
  markovBlanket,
  unblockedPath,
} from '../../../core';
import { type GraphEdge, MAX_GRAPH_NODES } from '../../common/graph';
import type { Roles } from './roles';

/**
 * The random pair potentials: on spins s = 2x − 1 = ±1, log φ_ab(x_a, x_b) = J s_a s_b + h_a s_a + h_b s_b with a
 * coupling J ~ N(0, 1.5²) and small biases h ~ N(0, 0.5²). Any 2×2 table is a constant plus such terms; drawing
 * the four entries independently instead gives biases as large as the coupling, which pin the variables near one
 * value and leave dependence through a path of a few edges at 10⁻⁶ nats, too small to read.
 */
export const COUPLING_SD = 1.5;
export const BIAS_SD = 0.5;

/**
 * One 2×2 table of log φ for every pair of the eight possible nodes, drawn from the seed in a fixed order. An edge
 * takes its pair's table, so adding or removing one edge leaves every other edge's potential as it was.
 */
export function pairTables(seed: number): Float64Array {
  const rng = createRng(seed);
  const tables = new Float64Array(MAX_GRAPH_NODES * MAX_GRAPH_NODES * 4);
  for (let a = 0; a < MAX_GRAPH_NODES; a++) {
    for (let b = a + 1; b < MAX_GRAPH_NODES; b++) {
      const J = COUPLING_SD * rng.normal();
      const ha = BIAS_SD * rng.normal();
      const hb = BIAS_SD * rng.normal();
      // rows (x_a, x_b) = 00, 01, 10, 11, i.e. (s_a, s_b) = (−,−), (−,+), (+,−), (+,+)
      tables.set([J - ha - hb, -J - ha + hb, -J + ha - hb, J + ha + hb], (a * MAX_GRAPH_NODES + b) * 4);
    }
  }
  return tables;
}

/** The binary pairwise model p̃(x) = ∏_{(a,b) ∈ E} φ_ab(x_a, x_b) with the seed's tables. */
export function pairwiseModel(
  nodes: number,
  edges: readonly GraphEdge[],
  tables: Float64Array,
): DiscreteModel {
  return createDiscreteModel({
    cardinalities: new Array(nodes).fill(2),
    factors: edges.map(([a, b]) => {
      const start = (a * MAX_GRAPH_NODES + b) * 4;
      return { scope: [a, b], logPotential: tables.subarray(start, start + 4) };
    }),
  });
}

export interface SeparationAnalysis {
  /** A shortest path from A to B avoiding S (null: S separates them). */
  path: number[] | null;
  /** Are A and B joined by any path at all (with nothing observed)? */
  connected: boolean;
  /** I(A; B | S) and I(A; B) in nats, exact (all 2ⁿ states enumerated). */
  conditional: number;
  marginal: number;
  /** The Markov blanket of the chosen node (its neighbours), if one is chosen. */
  blanket: number[];
}

export function analyseSeparation(
  nodes: number,
  edges: readonly GraphEdge[],
  roles: Roles,
  tables: Float64Array,
): SeparationAnalysis {
  const adj = graphAdjacency(nodes, edges);
  const path = unblockedPath(adj, nodes, roles.a, roles.b, roles.observed);
  const model = pairwiseModel(nodes, edges, tables);
  return {
    path: path && Array.from(path),
    connected: unblockedPath(adj, nodes, roles.a, roles.b, []) !== null,
    conditional: conditionalMutualInformation(model, roles.a, roles.b, roles.observed),
    marginal: conditionalMutualInformation(model, roles.a, roles.b, []),
    blanket: roles.blanket === null ? [] : Array.from(markovBlanket(model, roles.blanket)),
  };
}
