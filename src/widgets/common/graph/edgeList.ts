/**
 * Graphs as the reader edits them and as a link carries them. Inside the widgets, vertices are 0 … n − 1 and an
 * edge is a sorted pair [a, b] with a < b; in the URL and on screen they are numbered from 1 (x₁ … x₈), the way
 * the chapter names them, so `1-2.2-3` is the chain x₁ – x₂ – x₃.
 */

export type GraphEdge = readonly [number, number];

/** The largest graph the editors offer: 2⁸ = 256 joint states of binary variables, cheap to enumerate. */
export const MAX_GRAPH_NODES = 8;

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** The name of vertex v as the chapter writes it: x₁ for v = 0. */
export function nodeName(v: number): string {
  return `x${String(v + 1).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)])}`;
}

/** Both ends of an edge by name: "x₁–x₂". */
export function edgeName([a, b]: GraphEdge): string {
  return `${nodeName(a)}–${nodeName(b)}`;
}

function sortEdges(edges: GraphEdge[]): GraphEdge[] {
  return edges.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** The URL text of an edge list: `1-2.2-3` (sorted, numbered from 1; '.' needs no escaping in a URL). */
export function formatEdgeList(edges: readonly GraphEdge[]): string {
  return sortEdges([...edges])
    .map(([a, b]) => `${a + 1}-${b + 1}`)
    .join('.');
}

/** Items of a list written by hand or by a link: separated by '.', ',', ';', '_' or spaces. */
function tokens(text: string): string[] {
  return text.split(/[.,;_\s]+/).filter((token) => token !== '');
}

/**
 * Read an edge list for a graph of n vertices. Items that are not `a-b` with a ≠ b both in 1 … n are `rejected`
 * (for a notice) and dropped; repeats are merged silently (the edge is there either way).
 */
export function parseEdgeList(text: string, n: number): { edges: GraphEdge[]; rejected: string[] } {
  const seen = new Set<number>();
  const edges: GraphEdge[] = [];
  const rejected: string[] = [];
  for (const token of tokens(text)) {
    const match = /^(\d{1,2})-(\d{1,2})$/.exec(token);
    const a = match ? Number(match[1]) - 1 : -1;
    const b = match ? Number(match[2]) - 1 : -1;
    if (a < 0 || b < 0 || a >= n || b >= n || a === b) {
      rejected.push(token);
      continue;
    }
    const edge: GraphEdge = a < b ? [a, b] : [b, a];
    const key = edge[0] * n + edge[1];
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push(edge);
  }
  return { edges: sortEdges(edges), rejected };
}

/** The URL text of a set of vertices: `2.5` (sorted, numbered from 1). */
export function formatNodeSet(nodes: readonly number[]): string {
  return [...nodes]
    .sort((a, b) => a - b)
    .map((v) => String(v + 1))
    .join('.');
}

/** Read a set of vertices 1 … n; anything else is `rejected`, repeats are merged. */
export function parseNodeSet(text: string, n: number): { nodes: number[]; rejected: string[] } {
  const nodes: number[] = [];
  const rejected: string[] = [];
  for (const token of tokens(text)) {
    const v = /^\d{1,2}$/.test(token) ? Number(token) - 1 : -1;
    if (v < 0 || v >= n) rejected.push(token);
    else if (!nodes.includes(v)) nodes.push(v);
  }
  return { nodes: nodes.sort((a, b) => a - b), rejected };
}

export function hasEdge(edges: readonly GraphEdge[], a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return edges.some(([p, q]) => p === lo && q === hi);
}

/** The edge list with the edge a–b added if it was absent, removed if it was there. */
export function toggleEdge(edges: readonly GraphEdge[], a: number, b: number): GraphEdge[] {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  if (hasEdge(edges, lo, hi)) return edges.filter(([p, q]) => p !== lo || q !== hi);
  return sortEdges([...edges, [lo, hi]]);
}

/** The edges of the graph on the first n vertices (what is left when the reader removes vertices). */
export function edgesWithin(edges: readonly GraphEdge[], n: number): GraphEdge[] {
  return edges.filter(([a, b]) => a < n && b < n);
}

/** The neighbours of v, in increasing order. */
export function neighbours(edges: readonly GraphEdge[], v: number): number[] {
  const out: number[] = [];
  for (const [a, b] of edges) {
    if (a === v) out.push(b);
    else if (b === v) out.push(a);
  }
  return out.sort((p, q) => p - q);
}
