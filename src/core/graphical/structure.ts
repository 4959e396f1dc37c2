/**
 * The graph behind a factorisation (chapter 2). Two variables are neighbours when some factor contains both:
 * this is the Markov network whose cliques the factors live on. The Markov blanket of v is its set of
 * neighbours: given them, v is independent of everything else (the local Markov property).
 */

import type { DiscreteModel } from './model';

/** Adjacency matrix (n × n, row-major, 1 = neighbours) of the model's Markov network. */
export function adjacency(model: DiscreteModel): Uint8Array {
  const n = model.cardinalities.length;
  const adj = new Uint8Array(n * n);
  for (const f of model.factors) {
    for (const a of f.scope) {
      for (const b of f.scope) if (a !== b) adj[a * n + b] = 1;
    }
  }
  return adj;
}

/** Markov blanket of v: all variables sharing a factor with v, in increasing order. */
export function markovBlanket(model: DiscreteModel, v: number): Int32Array {
  const n = model.cardinalities.length;
  if (!Number.isInteger(v) || v < 0 || v >= n) throw new RangeError(`variable ${v} is not in 0…${n - 1}`);
  const mark = new Uint8Array(n);
  for (const f of model.factorsOf[v]) for (const u of model.factors[f].scope) if (u !== v) mark[u] = 1;
  const out: number[] = [];
  for (let u = 0; u < n; u++) if (mark[u]) out.push(u);
  return Int32Array.from(out);
}

/**
 * Adjacency matrix (n × n, row-major, 1 = neighbours) of a plain undirected graph given by its edges (pairs of
 * distinct vertices in 0 … n − 1; an edge listed twice is the same edge). Throws RangeError on a bad edge.
 */
export function graphAdjacency(n: number, edges: ReadonlyArray<readonly [number, number]>): Uint8Array {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`vertex count must be an integer ≥ 0, got ${n}`);
  const adj = new Uint8Array(n * n);
  for (const [a, b] of edges) {
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0 || a >= n || b >= n || a === b) {
      throw new RangeError(`edge ${a}–${b} is not a pair of distinct vertices in 0…${n - 1}`);
    }
    adj[a * n + b] = 1;
    adj[b * n + a] = 1;
  }
  return adj;
}

/**
 * All maximal cliques of the Markov network (see graphMaximalCliques). A factorisation over exactly these cliques
 * is the most general one the graph allows (Hammersley–Clifford).
 */
export function maximalCliques(model: DiscreteModel): Int32Array[] {
  return graphMaximalCliques(adjacency(model), model.cardinalities.length);
}

/**
 * All maximal cliques of the graph with adjacency matrix adj (n × n), by Bron–Kerbosch with pivoting, each
 * sorted, listed in lexicographic order. An isolated vertex is a maximal clique of its own.
 */
export function graphMaximalCliques(adj: Uint8Array, n: number): Int32Array[] {
  if (adj.length !== n * n)
    throw new RangeError(`adjacency has ${adj.length} entries, expected ${n}² = ${n * n}`);
  const cliques: number[][] = [];
  // R: current clique, P: candidates that extend it, X: vertices already tried (to avoid repeats)
  const expand = (R: number[], P: number[], X: number[]): void => {
    if (P.length === 0 && X.length === 0) {
      cliques.push([...R].sort((a, b) => a - b));
      return;
    }
    // pivot u with the most neighbours in P: only P \ N(u) needs branching
    let pivot = -1;
    let best = -1;
    for (const u of [...P, ...X]) {
      let count = 0;
      for (const w of P) if (adj[u * n + w]) count++;
      if (count > best) {
        best = count;
        pivot = u;
      }
    }
    for (const v of P.filter((w) => !adj[pivot * n + w])) {
      expand(
        [...R, v],
        P.filter((w) => adj[v * n + w]),
        X.filter((w) => adj[v * n + w]),
      );
      P = P.filter((w) => w !== v);
      X = [...X, v];
    }
  };
  expand(
    [],
    Array.from({ length: n }, (_, i) => i),
    [],
  );
  cliques.sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  });
  return cliques.map((c) => Int32Array.from(c));
}
