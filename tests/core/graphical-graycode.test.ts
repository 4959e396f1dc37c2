import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chainEdges,
  createDiscreteModel,
  type FactorSpec,
  filledGridEdges,
  grayState,
  gridEdges,
  type IsingSpec,
  isingChain,
  isingGrayChunk,
  isingGrid,
  isingLogPartitionGray,
  isingSpecOf,
  logPartition,
  mergePartials,
  partialLog,
  prepareIsing,
  randomIsingOptions,
} from '../../src/core/graphical';
import { createRng } from '../../src/core/random';

/**
 * log Z by the plainest loop there is, independent of grayCode.ts: decode every index 0 … 2ⁿ − 1 into spins, add
 * up every coupling and field term, and log-sum-exp around the largest log p̃ (found in a first pass).
 */
function plainLogZ(spec: IsingSpec): number {
  const { n, edges, couplings, fields } = spec;
  const s = new Float64Array(n);
  const logWeight = (x: number) => {
    for (let v = 0; v < n; v++) s[v] = (x >>> v) & 1 ? 1 : -1;
    let l = spec.offset ?? 0;
    for (let e = 0; e < edges.length; e++) l += couplings[e] * s[edges[e][0]] * s[edges[e][1]];
    for (let v = 0; v < n; v++) l += fields[v] * s[v];
    return l;
  };
  let max = Number.NEGATIVE_INFINITY;
  for (let x = 0; x < 2 ** n; x++) max = Math.max(max, logWeight(x));
  let sum = 0;
  for (let x = 0; x < 2 ** n; x++) sum += Math.exp(logWeight(x) - max);
  return max + Math.log(sum);
}

/** A seeded chain (open or periodic) or grid of up to 16 spins, with couplings and fields of a random scale. */
const arbIsing = fc
  .record({
    layout: fc.constantFrom('chain', 'grid'),
    rows: fc.integer({ min: 1, max: 4 }),
    length: fc.integer({ min: 1, max: 16 }),
    periodic: fc.boolean(),
    seed: fc.integer({ min: 0, max: 1e6 }),
    couplingScale: fc.double({ min: 0, max: 3, noNaN: true }),
    fieldScale: fc.double({ min: 0, max: 2, noNaN: true }),
  })
  .map(({ layout, rows, length, periodic, seed, couplingScale, fieldScale }) => {
    const rng = createRng(seed);
    if (layout === 'chain') {
      const edges = chainEdges(length, periodic);
      const options = randomIsingOptions(rng, edges.length, length, {
        coupling: couplingScale,
        field: fieldScale,
      });
      return isingChain(length, { ...options, periodic });
    }
    const cols = Math.max(1, Math.floor(length / rows));
    const edges = gridEdges(rows, cols, periodic);
    const options = randomIsingOptions(rng, edges.length, rows * cols, {
      coupling: couplingScale,
      field: fieldScale,
    });
    return isingGrid(rows, cols, { ...options, periodic });
  });

describe('Gray-code enumeration of an Ising model', () => {
  it('visits every state once, one spin flip per step', () => {
    for (const n of [1, 2, 5, 10]) {
      const seen = new Set<string>();
      let previous = grayState(n, 0);
      seen.add(previous.join());
      for (let k = 1; k < 2 ** n; k++) {
        const state = grayState(n, k);
        let flips = 0;
        for (let v = 0; v < n; v++) if (state[v] !== previous[v]) flips++;
        expect(flips).toBe(1);
        seen.add(state.join());
        previous = state;
      }
      expect(seen.size).toBe(2 ** n);
    }
  });

  it('equals the enumeration of enumerate.ts (logPartition) to 1e-9 on random chains and grids', () => {
    fc.assert(
      fc.property(arbIsing, (model) => {
        expect(Math.abs(isingLogPartitionGray(model) - logPartition(model))).toBeLessThan(1e-9);
      }),
      { numRuns: 80 },
    );
  });

  it('equals a plain loop over every state written here', () => {
    fc.assert(
      fc.property(arbIsing, (model) => {
        expect(Math.abs(isingLogPartitionGray(model) - plainLogZ(isingSpecOf(model)))).toBeLessThan(1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('reads any binary pairwise model in spin form (general tables, constants included)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 1e6 }), (n, seed) => {
        const rng = createRng(seed);
        const factors: FactorSpec[] = [{ scope: [], logPotential: [rng.normal()] }];
        for (let f = 0; f < 2 * n; f++) {
          const i = rng.int(n);
          const j = (i + 1 + rng.int(n - 1)) % n;
          const unary = rng.uniform() < 0.3;
          factors.push({
            scope: unary ? [i] : [i, j],
            logPotential: Array.from({ length: unary ? 2 : 4 }, () => 2 * rng.normal()),
          });
        }
        const model = createDiscreteModel({ cardinalities: new Array(n).fill(2), factors });
        expect(Math.abs(isingLogPartitionGray(model) - logPartition(model))).toBeLessThan(1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('chunked equals whole, however the states are cut', () => {
    fc.assert(
      fc.property(
        arbIsing,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (model, cuts) => {
          const ising = prepareIsing(model);
          const total = 2 ** ising.n;
          const bounds = [0, ...cuts.map((c) => Math.floor(c * total)).sort((a, b) => a - b), total];
          let partial = { reference: Number.NEGATIVE_INFINITY, sum: 0 };
          for (let k = 0; k + 1 < bounds.length; k++) {
            partial = mergePartials(partial, isingGrayChunk(ising, bounds[k], bounds[k + 1] - bounds[k]));
          }
          expect(Math.abs(partialLog(partial) - isingLogPartitionGray(ising))).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 60 },
    );
    const ising = prepareIsing(isingGrid(3, 4, randomIsingOptions(createRng(3), 17, 12)));
    expect(isingLogPartitionGray(ising, 1)).toBeCloseTo(isingLogPartitionGray(ising), 12);
    expect(isingLogPartitionGray(ising, 777)).toBeCloseTo(isingLogPartitionGray(ising), 12);
    expect(partialLog(isingGrayChunk(ising, 100, 0))).toBe(Number.NEGATIVE_INFINITY);
  });

  it('stays exact when log p̃ spans far more than the 600 nats of one reference (rescaling)', () => {
    // All fields 120 on 10 spins: log p̃ runs from −1200 (the first state, all spins −1) to +1200.
    const fields = new Float64Array(10).fill(120);
    const chain = isingChain(10, { coupling: 0, field: fields });
    const exact = 10 * Math.log(2 * Math.cosh(120)); // independent spins: Z = ∏ 2 cosh h
    expect(Math.abs(isingLogPartitionGray(chain) - exact)).toBeLessThan(1e-9);
    expect(Math.abs(isingLogPartitionGray(chain, 3) - exact)).toBeLessThan(1e-9);
    // Strong unequal couplings with fields: huge positive and negative terms together.
    const strong = isingChain(12, randomIsingOptions(createRng(9), 11, 12, { coupling: 150, field: 60 }));
    expect(Math.abs(isingLogPartitionGray(strong) - logPartition(strong))).toBeLessThan(1e-9);
  });

  // The plain loop over 2²⁴ states takes over 10 s here, so the unit test sums 2²⁰ (a 4 × 5 grid); the 4 × 6 grid's
  // 2²⁴ states are compared with the plain loop by bench/partition.bench.ts.
  it('at 2²⁰ states (a 4 × 5 grid, unequal couplings and fields) it matches the plain loop to 1e-9', () => {
    const model = isingGrid(4, 5, randomIsingOptions(createRng(2024), gridEdges(4, 5).length, 20));
    const gray = isingLogPartitionGray(model);
    expect(Number.isFinite(gray)).toBe(true);
    expect(Math.abs(gray - plainLogZ(isingSpecOf(model)))).toBeLessThan(1e-9);
  }, 30_000);

  it('rejects what it cannot sum with RangeError', () => {
    const fields = new Float64Array(31);
    expect(() => prepareIsing({ n: 31, edges: [], couplings: [], fields })).toThrow(/1…30/);
    expect(() => prepareIsing({ n: 3, edges: [[0, 3]], couplings: [1], fields: [0, 0, 0] })).toThrow(
      RangeError,
    );
    expect(() => prepareIsing({ n: 3, edges: [[1, 1]], couplings: [1], fields: [0, 0, 0] })).toThrow(
      RangeError,
    );
    expect(() => prepareIsing({ n: 2, edges: [[0, 1]], couplings: [], fields: [0, 0] })).toThrow(RangeError);
    expect(() => prepareIsing({ n: 2, edges: [[0, 1]], couplings: [Number.NaN], fields: [0, 0] })).toThrow(
      RangeError,
    );
    const three = createDiscreteModel({
      cardinalities: [2, 2, 2],
      factors: [{ scope: [0, 1, 2], logPotential: new Array(8).fill(0) }],
    });
    expect(() => isingLogPartitionGray(three)).toThrow(/pairs at most/);
    const zero = createDiscreteModel({ cardinalities: [2], factors: [{ scope: [0], potential: [1, 0] }] });
    expect(() => isingLogPartitionGray(zero)).toThrow(/zero potential/);
    const ternary = createDiscreteModel({ cardinalities: [3], factors: [] });
    expect(() => isingLogPartitionGray(ternary)).toThrow(/not binary/);
    const ising = prepareIsing(isingChain(4, { coupling: 1 }));
    expect(() => isingGrayChunk(ising, 10, 7)).toThrow(RangeError);
    expect(() => isingGrayChunk(ising, -1, 2)).toThrow(RangeError);
    expect(() => isingLogPartitionGray(ising, 0)).toThrow(RangeError);
  });
});

describe('Ising builders for chapter 3', () => {
  it('filledGridEdges of rows · cols sites is the full grid, renumbered down the columns', () => {
    const rows = 4;
    const cols = 6;
    const rowMajorOf = (i: number) => (i % rows) * cols + Math.floor(i / rows);
    const renumbered = filledGridEdges(rows * cols, rows)
      .map(([a, b]) => [rowMajorOf(a), rowMajorOf(b)].sort((x, y) => x - y).join('-'))
      .sort();
    const grid = gridEdges(rows, cols)
      .map(([a, b]) => [a, b].sort((x, y) => x - y).join('-'))
      .sort();
    expect(renumbered).toEqual(grid);
    expect(filledGridEdges(5, 4)).toEqual([
      [0, 1],
      [0, 4],
      [1, 2],
      [2, 3],
    ]);
    expect(filledGridEdges(1, 4)).toEqual([]);
  });

  it('seeded couplings and fields: the same seed gives the same model, inside the given scales', () => {
    const a = randomIsingOptions(createRng(5), 10, 8, { coupling: 0.7, field: 0.2 });
    const b = randomIsingOptions(createRng(5), 10, 8, { coupling: 0.7, field: 0.2 });
    expect(a).toEqual(b);
    expect(Math.max(...a.coupling.map(Math.abs))).toBeLessThanOrEqual(0.7);
    expect(Math.max(...a.field.map(Math.abs))).toBeLessThanOrEqual(0.2);
    expect(new Set(a.coupling).size).toBe(10);
    expect(() => randomIsingOptions(createRng(1), 2, 2, { coupling: -1 })).toThrow(RangeError);
  });

  it('a coupling per edge gives each edge its own pair factor; lengths are checked', () => {
    const model = isingChain(3, { coupling: [0.5, -2] });
    expect(Array.from(model.factors[1].logPotential)).toEqual([-2, 2, 2, -2]);
    expect(() => isingChain(3, { coupling: [1] })).toThrow(/2 edges/);
    expect(() => isingChain(3, { coupling: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(chainEdges(4, true)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
    ]);
  });
});
