import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conditionalMutualInformation,
  createDiscreteModel,
  type DiscreteModel,
  graphAdjacency,
  graphMaximalCliques,
  logUnnormalised,
  maximalCliques,
  separated,
  stateFromIndex,
  unblockedPath,
} from '../../src/core/graphical';
import { createRng } from '../../src/core/random';

type Edge = [number, number];

/** A random graph on 2…8 vertices: each of the n(n − 1)/2 pairs is an edge with probability `density`. */
const arbGraph = fc
  .record({
    n: fc.integer({ min: 2, max: 8 }),
    density: fc.double({ min: 0, max: 1, noNaN: true }),
    seed: fc.integer({ min: 0, max: 1e6 }),
  })
  .map(({ n, density, seed }) => {
    const rng = createRng(seed);
    const edges: Edge[] = [];
    for (let a = 0; a < n; a++)
      for (let b = a + 1; b < n; b++) if (rng.uniform() < density) edges.push([a, b]);
    return { n, edges, seed };
  });

/** A graph with a query: distinct a, b and an observed set S ⊆ the other vertices. */
const arbQuery = arbGraph.chain((graph) =>
  fc
    .record({
      a: fc.integer({ min: 0, max: graph.n - 1 }),
      offset: fc.integer({ min: 1, max: graph.n - 1 }),
      mask: fc.integer({ min: 0, max: 255 }),
    })
    .map(({ a, offset, mask }) => {
      const b = (a + offset) % graph.n;
      const observed: number[] = [];
      for (let v = 0; v < graph.n; v++) if (v !== a && v !== b && mask & (1 << v)) observed.push(v);
      return { ...graph, a, b, observed };
    }),
);

/** One 2×2 table per edge, log φ ~ N(0, σ²): the kind of model the separation widget builds. */
function pairwiseModel(n: number, edges: Edge[], seed: number, sigma = 1.5): DiscreteModel {
  const rng = createRng(seed);
  return createDiscreteModel({
    cardinalities: new Array(n).fill(2),
    factors: edges.map((scope) => ({
      scope,
      logPotential: Array.from({ length: 4 }, () => sigma * rng.normal()),
    })),
  });
}

/** Maximal cliques by brute force: every subset of vertices that is a clique and to which no vertex can be added. */
function bruteMaximalCliques(n: number, edges: Edge[]): string[] {
  const adjacent = (u: number, v: number) =>
    edges.some(([a, b]) => (a === u && b === v) || (a === v && b === u));
  const isClique = (mask: number) => {
    for (let u = 0; u < n; u++) {
      for (let v = u + 1; v < n; v++) if (mask & (1 << u) && mask & (1 << v) && !adjacent(u, v)) return false;
    }
    return true;
  };
  const found: string[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    if (!isClique(mask)) continue;
    let maximal = true;
    for (let w = 0; w < n && maximal; w++)
      if (!(mask & (1 << w)) && isClique(mask | (1 << w))) maximal = false;
    if (!maximal) continue;
    const members: number[] = [];
    for (let v = 0; v < n; v++) if (mask & (1 << v)) members.push(v);
    found.push(members.join(','));
  }
  return found.sort();
}

/** Reachability from a with S removed, by repeated relaxation (Warshall-like), written independently of the BFS. */
function bruteSeparated(n: number, edges: Edge[], a: number, b: number, observed: number[]): boolean {
  const reach = new Array(n).fill(false);
  reach[a] = true;
  for (let round = 0; round < n; round++) {
    for (const [u, v] of edges) {
      if (observed.includes(u) || observed.includes(v)) continue;
      if (reach[u] || reach[v]) reach[u] = reach[v] = true;
    }
  }
  return !reach[b];
}

/**
 * I(a; b | S) by brute force, written independently of the core: p(x) from logUnnormalised at every decoded index,
 * marginals in Maps keyed by value strings, then I = H(a, S) + H(b, S) − H(a, b, S) − H(S).
 */
function bruteCmi(model: DiscreteModel, a: number, b: number, observed: number[]): number {
  const logs: number[] = [];
  const states: Int32Array[] = [];
  for (let i = 0; i < model.stateCount; i++) {
    const x = stateFromIndex(model, i);
    states.push(x);
    logs.push(logUnnormalised(model, x));
  }
  const max = Math.max(...logs);
  const weights = logs.map((l) => Math.exp(l - max));
  const Z = weights.reduce((s, w) => s + w, 0);
  const entropy = (vars: number[]) => {
    const table = new Map<string, number>();
    states.forEach((x, i) => {
      const key = vars.map((v) => x[v]).join(',');
      table.set(key, (table.get(key) ?? 0) + weights[i] / Z);
    });
    let h = 0;
    for (const q of table.values()) if (q > 0) h -= q * Math.log(q);
    return h;
  };
  return (
    entropy([a, ...observed]) + entropy([b, ...observed]) - entropy([a, b, ...observed]) - entropy(observed)
  );
}

describe('maximal cliques of a plain graph', () => {
  it('equal a brute-force enumeration over all subsets, for random graphs of ≤ 8 vertices', () => {
    fc.assert(
      fc.property(arbGraph, ({ n, edges }) => {
        const got = graphMaximalCliques(graphAdjacency(n, edges), n).map((c) => Array.from(c).join(','));
        expect([...got].sort()).toEqual(bruteMaximalCliques(n, edges));
      }),
      { numRuns: 200 },
    );
  });

  it('agree with maximalCliques of a model built on the same edges (the existing export still works)', () => {
    fc.assert(
      fc.property(arbGraph, ({ n, edges, seed }) => {
        const fromModel = maximalCliques(pairwiseModel(n, edges, seed)).map((c) => Array.from(c));
        const fromGraph = graphMaximalCliques(graphAdjacency(n, edges), n).map((c) => Array.from(c));
        expect(fromGraph).toEqual(fromModel);
      }),
      { numRuns: 50 },
    );
  });

  it('hand cases: two triangles sharing an edge, a 4-cycle, a star, an isolated vertex', () => {
    const list = (n: number, edges: Edge[]) =>
      graphMaximalCliques(graphAdjacency(n, edges), n).map((c) => Array.from(c));
    expect(
      list(4, [
        [0, 1],
        [0, 2],
        [1, 2],
        [1, 3],
        [2, 3],
      ]),
    ).toEqual([
      [0, 1, 2],
      [1, 2, 3],
    ]);
    expect(
      list(4, [
        [0, 1],
        [1, 2],
        [2, 3],
        [0, 3],
      ]),
    ).toEqual([
      [0, 1],
      [0, 3],
      [1, 2],
      [2, 3],
    ]);
    expect(
      list(4, [
        [0, 1],
        [0, 2],
        [0, 3],
      ]),
    ).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
    expect(list(3, [[0, 1]])).toEqual([[0, 1], [2]]);
  });

  it('refuses edges that are not pairs of distinct vertices in range', () => {
    expect(() => graphAdjacency(3, [[0, 3]])).toThrow(RangeError);
    expect(() => graphAdjacency(3, [[1, 1]])).toThrow(RangeError);
    expect(() => graphAdjacency(3, [[0.5, 1]])).toThrow(RangeError);
    expect(() => graphMaximalCliques(new Uint8Array(5), 2)).toThrow(RangeError);
  });
});

describe('separation', () => {
  it('agrees with an independent reachability check, and the witness path is a real path avoiding S', () => {
    fc.assert(
      fc.property(arbQuery, ({ n, edges, a, b, observed }) => {
        const adj = graphAdjacency(n, edges);
        expect(separated(adj, n, a, b, observed)).toBe(bruteSeparated(n, edges, a, b, observed));
        const path = unblockedPath(adj, n, a, b, observed);
        if (path === null) return;
        expect(path[0]).toBe(a);
        expect(path[path.length - 1]).toBe(b);
        for (let k = 0; k + 1 < path.length; k++) expect(adj[path[k] * n + path[k + 1]]).toBe(1);
        for (const v of path) expect(observed).not.toContain(v);
      }),
      { numRuns: 300 },
    );
  });

  it('hand cases on the chain x0 – x1 – x2 and the 4-cycle', () => {
    const chain = graphAdjacency(3, [
      [0, 1],
      [1, 2],
    ]);
    expect(separated(chain, 3, 0, 2, [])).toBe(false);
    expect(separated(chain, 3, 0, 2, [1])).toBe(true);
    const cycle = graphAdjacency(4, [
      [0, 1],
      [1, 2],
      [2, 3],
      [0, 3],
    ]);
    expect(separated(cycle, 4, 0, 2, [1])).toBe(false);
    expect(Array.from(unblockedPath(cycle, 4, 0, 2, [1]) ?? [])).toEqual([0, 3, 2]);
    expect(separated(cycle, 4, 0, 2, [1, 3])).toBe(true);
    expect(separated(graphAdjacency(2, []), 2, 0, 1, [])).toBe(true);
  });

  it('refuses a = b, out-of-range vertices, and a queried vertex in S', () => {
    const adj = graphAdjacency(3, [[0, 1]]);
    expect(() => separated(adj, 3, 1, 1, [])).toThrow(RangeError);
    expect(() => separated(adj, 3, 0, 3, [])).toThrow(RangeError);
    expect(() => separated(adj, 3, 0, 2, [2])).toThrow(RangeError);
    expect(() => separated(adj, 3, 0, 2, [1, 1])).toThrow(RangeError);
  });
});

describe('conditional mutual information', () => {
  it('is < 1e-12 whenever S separates a from b (global Markov property), for random graphs and tables', () => {
    fc.assert(
      fc.property(arbQuery, fc.integer({ min: 0, max: 1e6 }), ({ n, edges, a, b, observed }, seed) => {
        if (!separated(graphAdjacency(n, edges), n, a, b, observed)) return;
        expect(conditionalMutualInformation(pairwiseModel(n, edges, seed), a, b, observed)).toBeLessThan(
          1e-12,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('equals a brute-force entropy computation (|error| < 1e-10)', () => {
    fc.assert(
      fc.property(arbQuery, fc.integer({ min: 0, max: 1e6 }), ({ n, edges, a, b, observed }, seed) => {
        const model = pairwiseModel(n, edges, seed);
        const got = conditionalMutualInformation(model, a, b, observed);
        expect(Math.abs(got - bruteCmi(model, a, b, observed))).toBeLessThan(1e-10);
        expect(got).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });

  it('is usually clearly positive when S does not separate (random potentials are generic)', () => {
    let notSeparated = 0;
    let positive = 0;
    for (let seed = 0; seed < 300; seed++) {
      const rng = createRng(seed);
      const n = 3 + rng.int(6);
      const edges: Edge[] = [];
      for (let u = 0; u < n; u++) for (let v = u + 1; v < n; v++) if (rng.uniform() < 0.4) edges.push([u, v]);
      const observed = rng.uniform() < 0.5 ? [2] : [];
      if (separated(graphAdjacency(n, edges), n, 0, 1, observed)) continue;
      notSeparated++;
      if (conditionalMutualInformation(pairwiseModel(n, edges, seed + 1000), 0, 1, observed) > 1e-6)
        positive++;
    }
    expect(notSeparated).toBeGreaterThan(50);
    expect(positive / notSeparated).toBeGreaterThan(0.9);
  });

  it('hand case: one edge with φ = [[2, 1], [1, 2]] gives I = (2/3) log(4/3) + (1/3) log(2/3)', () => {
    const model = createDiscreteModel({
      cardinalities: [2, 2],
      factors: [{ scope: [0, 1], potential: [2, 1, 1, 2] }],
    });
    const exact = (2 / 3) * Math.log(4 / 3) + (1 / 3) * Math.log(2 / 3);
    expect(conditionalMutualInformation(model, 0, 1, [])).toBeCloseTo(exact, 14);
    expect(conditionalMutualInformation(model, 1, 0, [])).toBeCloseTo(exact, 14);
  });

  it('hand case: x2 = x0 XOR x1 gives I(x0; x1) = 0 but I(x0; x1 | x2) = log 2 (not separated ≠ dependent)', () => {
    // φ(x0, x1, x2) = 1 on even parity, 0 otherwise: four equally likely states
    const model = createDiscreteModel({
      cardinalities: [2, 2, 2],
      factors: [{ scope: [0, 1, 2], potential: [1, 0, 0, 1, 0, 1, 1, 0] }],
    });
    expect(conditionalMutualInformation(model, 0, 1, [])).toBeLessThan(1e-15);
    expect(conditionalMutualInformation(model, 0, 1, [2])).toBeCloseTo(Math.LN2, 14);
  });

  it('hand case: the chain x0 – x1 – x2 is dependent end to end, independent given the middle', () => {
    const model = createDiscreteModel({
      cardinalities: [2, 2, 2],
      factors: [
        { scope: [0, 1], potential: [3, 1, 1, 3] },
        { scope: [1, 2], potential: [1, 2, 2, 1] },
      ],
    });
    expect(conditionalMutualInformation(model, 0, 2, [])).toBeGreaterThan(0.01);
    expect(conditionalMutualInformation(model, 0, 2, [1])).toBeLessThan(1e-15);
  });

  it('handles variables with more than two values, and refuses bad queries', () => {
    const model = createDiscreteModel({
      cardinalities: [3, 2],
      factors: [{ scope: [0, 1], potential: [1, 2, 3, 4, 5, 6] }],
    });
    expect(Math.abs(conditionalMutualInformation(model, 0, 1, []) - bruteCmi(model, 0, 1, []))).toBeLessThan(
      1e-14,
    );
    expect(() => conditionalMutualInformation(model, 0, 0, [])).toThrow(RangeError);
    expect(() => conditionalMutualInformation(model, 0, 1, [1])).toThrow(RangeError);
    expect(() => conditionalMutualInformation(model, 0, 2, [])).toThrow(RangeError);
  });
});
