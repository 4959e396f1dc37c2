import type { GraphEdge } from './edgeList';

/**
 * Small graphs the chapter talks about, on vertices 0 … n − 1. Each returns the vertex count it needs with its
 * edges, so a preset button can set both.
 */
export interface GraphPreset {
  nodes: number;
  edges: GraphEdge[];
}

/** The chain x₁ – x₂ – … – xₙ. */
export function chainGraph(n: number): GraphPreset {
  return { nodes: n, edges: Array.from({ length: n - 1 }, (_, i): GraphEdge => [i, i + 1]) };
}

/** The cycle x₁ – x₂ – … – xₙ – x₁ (n ≥ 3). */
export function cycleGraph(n: number): GraphPreset {
  const { edges } = chainGraph(n);
  return { nodes: n, edges: n >= 3 ? [...edges, [0, n - 1]] : edges };
}

/** x₁ joined to every other vertex, no other edges. */
export function starGraph(n: number): GraphPreset {
  return { nodes: n, edges: Array.from({ length: n - 1 }, (_, i): GraphEdge => [0, i + 1]) };
}

/** Every pair joined: one clique of all n vertices. */
export function completeGraph(n: number): GraphPreset {
  const edges: GraphEdge[] = [];
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) edges.push([a, b]);
  return { nodes: n, edges };
}

/** Two triangles x₁x₂x₃ and x₂x₃x₄ sharing the edge x₂ – x₃: two maximal cliques of three. */
export function twoTrianglesGraph(): GraphPreset {
  return {
    nodes: 4,
    edges: [
      [0, 1],
      [0, 2],
      [1, 2],
      [1, 3],
      [2, 3],
    ],
  };
}
