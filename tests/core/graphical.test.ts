import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDiscreteModel,
  type DiscreteModel,
  discreteGibbsSample,
  enumerationSize,
  exactInference,
  type FactorSpec,
  independentBinary,
  isingChain,
  isingGrid,
  jointDistribution,
  localConditional,
  logPartition,
  logProbability,
  logUnnormalised,
  MAX_ENUMERATION_STATES,
  markovBlanket,
  maximalCliques,
  stateFromIndex,
  stateIndex,
} from '../../src/core/graphical';
import { createRng } from '../../src/core/random';
import { chiSquareCriticalValue, chiSquareStatistic } from '../../src/core/stats';

/** log Z by brute force: decode every index and call logUnnormalised (no shared incremental indexing). */
function bruteLogZ(model: DiscreteModel): number {
  const logs: number[] = [];
  const x = new Int32Array(model.cardinalities.length);
  for (let s = 0; s < model.stateCount; s++) logs.push(logUnnormalised(model, stateFromIndex(model, s, x)));
  const max = Math.max(...logs);
  return max + Math.log(logs.reduce((acc, l) => acc + Math.exp(l - max), 0));
}

/** A random model: n variables with cardinalities 1…3, a few factors over 1…3 distinct variables. */
const arbModel = fc
  .record({
    cards: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 6 }),
    seed: fc.integer({ min: 0, max: 1e6 }),
    factorCount: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ cards, seed, factorCount }) => {
    const rng = createRng(seed);
    const factors: FactorSpec[] = [];
    for (let f = 0; f < factorCount; f++) {
      const size = 1 + rng.int(Math.min(3, cards.length));
      const scope: number[] = [];
      while (scope.length < size) {
        const v = rng.int(cards.length);
        if (!scope.includes(v)) scope.push(v);
      }
      const entries = scope.reduce((p, v) => p * cards[v], 1);
      factors.push({ scope, logPotential: Array.from({ length: entries }, () => 4 * rng.normal()) });
    }
    return createDiscreteModel({ cardinalities: cards, factors });
  });

/** Merge bins whose expected count is < 5 into one bin (the usual χ² validity rule). */
function mergeSmall(observed: number[], expected: number[]) {
  const o: number[] = [];
  const e: number[] = [];
  let restO = 0;
  let restE = 0;
  for (let k = 0; k < expected.length; k++) {
    if (expected[k] >= 5) {
      o.push(observed[k]);
      e.push(expected[k]);
    } else {
      restO += observed[k];
      restE += expected[k];
    }
  }
  if (restE > 0) {
    o.push(restO);
    e.push(restE);
  }
  return { o, e };
}

describe('exact enumeration against closed forms', () => {
  it('independent φ_i = exp(b_i x_i) on {0,1}^n: Z = ∏(1 + e^{b_i}), p(x_i = 1) = σ(b_i) (|error| < 1e-10)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -30, max: 30, noNaN: true }), { minLength: 1, maxLength: 10 }),
        (b) => {
          const model = independentBinary(b);
          const result = exactInference(model);
          const closed = b.reduce((acc, bi) => acc + Math.log1p(Math.exp(bi)), 0);
          expect(Math.abs(result.logZ - closed)).toBeLessThan(1e-10 * Math.max(1, Math.abs(closed)));
          b.forEach((bi, i) => {
            expect(Math.abs(result.marginals[i][1] - 1 / (1 + Math.exp(-bi)))).toBeLessThan(1e-10);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('log-space: 12 variables with b = 800 give log Z = 12·log(1 + e^800) (no overflow, |error| < 1e-9)', () => {
    const model = independentBinary(new Array(12).fill(800));
    const { logZ, marginals } = exactInference(model);
    expect(logZ).toBeCloseTo(12 * (800 + Math.log1p(Math.exp(-800))), 9);
    for (const m of marginals) expect(m[1]).toBe(1);
  });

  it('open Ising chain with h = 0: Z = 2 (2 cosh J)^{n−1} (relative error < 1e-12)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 14 }), fc.double({ min: -3, max: 3, noNaN: true }), (n, J) => {
        const logZ = logPartition(isingChain(n, { coupling: J }));
        const closed = Math.log(2) + (n - 1) * Math.log(2 * Math.cosh(J));
        expect(Math.abs(logZ - closed)).toBeLessThan(1e-12 * Math.max(1, Math.abs(closed)));
      }),
      { numRuns: 40 },
    );
  });

  it('periodic Ising chain with field: Z = λ₊ⁿ + λ₋ⁿ from the transfer matrix (relative error < 1e-10)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 14 }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        (n, J, h) => {
          const logZ = logPartition(isingChain(n, { coupling: J, field: h, periodic: true }));
          // T(s, s') = exp(J s s' + h (s + s')/2): eigenvalues e^J cosh h ± √(e^{2J} sinh² h + e^{−2J})
          const root = Math.sqrt(Math.exp(2 * J) * Math.sinh(h) ** 2 + Math.exp(-2 * J));
          const lp = Math.exp(J) * Math.cosh(h) + root;
          const lm = Math.exp(J) * Math.cosh(h) - root;
          const closed = Math.log(lp ** n + lm ** n);
          expect(Math.abs(logZ - closed)).toBeLessThan(1e-10 * Math.max(1, Math.abs(closed)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('log Z of random models equals brute force over logUnnormalised (|error| < 1e-10)', () => {
    fc.assert(
      fc.property(arbModel, (model) => {
        expect(Math.abs(logPartition(model) - bruteLogZ(model))).toBeLessThan(1e-10);
      }),
      { numRuns: 60 },
    );
  });

  it('every marginal sums to 1 and factor marginals sum out to the variable marginals (1e-12)', () => {
    fc.assert(
      fc.property(arbModel, (model) => {
        const r = exactInference(model, { factorMarginals: true });
        for (const m of r.marginals) expect(Math.abs(m.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
        model.factors.forEach((f, fi) => {
          const table = r.factorMarginals?.[fi] as Float64Array;
          expect(Math.abs(table.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
          // sum the table over all scope variables but the first: must equal the first variable's marginal
          const v = f.scope[0];
          const K = model.cardinalities[v];
          for (let k = 0; k < K; k++) {
            let s = 0;
            for (let t = k * f.strides[0]; t < (k + 1) * f.strides[0]; t++) s += table[t];
            expect(Math.abs(s - r.marginals[v][k])).toBeLessThan(1e-12);
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  it('conditioning: marginals given evidence and log p(e) agree with the joint table (1e-12)', () => {
    fc.assert(
      fc.property(arbModel, fc.integer({ min: 0, max: 1e6 }), (model, seed) => {
        const rng = createRng(seed);
        const n = model.cardinalities.length;
        const evidence = Array.from(model.cardinalities, (k) => (rng.uniform() < 0.4 ? rng.int(k) : -1));
        const joint = jointDistribution(model);
        const x = new Int32Array(n);
        let pe = 0;
        const cond = Array.from(model.cardinalities, (k) => new Float64Array(k));
        for (let s = 0; s < joint.length; s++) {
          stateFromIndex(model, s, x);
          if (evidence.some((e, v) => e >= 0 && x[v] !== e)) continue;
          pe += joint[s];
          for (let v = 0; v < n; v++) cond[v][x[v]] += joint[s];
        }
        if (pe < 1e-300) return; // impossible evidence is tested separately
        const r = exactInference(model, { evidence });
        expect(Math.abs(r.logZ - logPartition(model) - Math.log(pe))).toBeLessThan(1e-10);
        for (let v = 0; v < n; v++) {
          for (let k = 0; k < model.cardinalities[v]; k++) {
            expect(Math.abs(r.marginals[v][k] - cond[v][k] / pe)).toBeLessThan(1e-12);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('localConditional equals the ratio of joint probabilities (1e-12)', () => {
    fc.assert(
      fc.property(arbModel, fc.integer({ min: 0, max: 1e6 }), (model, seed) => {
        const rng = createRng(seed);
        const joint = jointDistribution(model);
        const x = Int32Array.from(model.cardinalities, (k) => rng.int(k));
        const v = rng.int(x.length);
        const probs = localConditional(model, v, x);
        const y = x.slice();
        const column: number[] = [];
        for (let k = 0; k < model.cardinalities[v]; k++) {
          y[v] = k;
          column.push(joint[stateIndex(model, y)]);
        }
        const total = column.reduce((a, b) => a + b, 0);
        if (total < 1e-280) return; // underflow of the joint table: nothing to compare
        for (let k = 0; k < column.length; k++)
          expect(Math.abs(probs[k] - column[k] / total)).toBeLessThan(1e-12);
        expect(Math.abs(logProbability(model, x) - Math.log(joint[stateIndex(model, x)]))).toBeLessThan(1e-9);
      }),
      { numRuns: 60 },
    );
  });
});

describe('limits and validation', () => {
  it(`refuses more than 2^24 = ${MAX_ENUMERATION_STATES} states before doing any work`, () => {
    expect(MAX_ENUMERATION_STATES).toBe(2 ** 24);
    const big = independentBinary(new Array(25).fill(0.1));
    const start = performance.now();
    expect(() => exactInference(big)).toThrow(RangeError);
    expect(() => logPartition(big)).toThrow(/2\^24/);
    expect(() => jointDistribution(big)).toThrow(RangeError);
    expect(performance.now() - start).toBeLessThan(50); // thrown up front, not after enumerating
    expect(enumerationSize(big)).toBe(2 ** 25);
    // clamping variables shrinks the enumeration below the limit
    const evidence = new Array(25).fill(-1);
    evidence[0] = 1;
    expect(enumerationSize(big, evidence)).toBe(MAX_ENUMERATION_STATES);
  });

  it('rejects malformed factors and impossible evidence with RangeError', () => {
    expect(() =>
      createDiscreteModel({ cardinalities: [2, 2], factors: [{ scope: [0, 0], potential: [1, 1, 1, 1] }] }),
    ).toThrow(RangeError);
    expect(() =>
      createDiscreteModel({ cardinalities: [2, 2], factors: [{ scope: [0, 1], potential: [1, 1, 1] }] }),
    ).toThrow(/4 entries/);
    expect(() =>
      createDiscreteModel({ cardinalities: [2], factors: [{ scope: [0], potential: [1, -1] }] }),
    ).toThrow(RangeError);
    expect(() =>
      createDiscreteModel({ cardinalities: [2], factors: [{ scope: [0], logPotential: [0, Number.NaN] }] }),
    ).toThrow(RangeError);
    expect(() =>
      createDiscreteModel({ cardinalities: [2], factors: [{ scope: [3], potential: [1, 1] }] }),
    ).toThrow(RangeError);
    const zeroOne = createDiscreteModel({ cardinalities: [2], factors: [{ scope: [0], potential: [1, 0] }] });
    expect(exactInference(zeroOne).marginals[0][0]).toBe(1);
    expect(() => exactInference(zeroOne, { evidence: [1] })).toThrow(/probability 0/);
  });
});

describe('graph structure', () => {
  it('maximal cliques equal brute force over all vertex subsets', () => {
    fc.assert(
      fc.property(arbModel, (model) => {
        const n = model.cardinalities.length;
        const adj = (a: number, b: number) =>
          model.factors.some((f) => f.scope.includes(a) && f.scope.includes(b));
        const isClique = (mask: number) => {
          for (let a = 0; a < n; a++)
            for (let b = a + 1; b < n; b++)
              if (mask & (1 << a) && mask & (1 << b) && !adj(a, b)) return false;
          return true;
        };
        const expected: string[] = [];
        for (let mask = 1; mask < 1 << n; mask++) {
          if (!isClique(mask)) continue;
          let maximal = true;
          for (let v = 0; v < n; v++) if (!(mask & (1 << v)) && isClique(mask | (1 << v))) maximal = false;
          if (maximal)
            expected.push(
              Array.from({ length: n }, (_, v) => v)
                .filter((v) => mask & (1 << v))
                .join(','),
            );
        }
        const got = maximalCliques(model).map((c) => Array.from(c).join(','));
        expect([...got].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 80 },
    );
  });

  it('Markov blanket of an interior site of a 4 × 4 Ising grid is its 4 neighbours', () => {
    const grid = isingGrid(4, 4, { coupling: 0.3 });
    expect(Array.from(markovBlanket(grid, 5))).toEqual([1, 4, 6, 9]);
  });
});

describe('Gibbs sampling against exact enumeration (χ², α = 0.001)', () => {
  it('a mixed-cardinality model: state frequencies fit p(x)', () => {
    const rng = createRng(2024);
    const cards = [2, 3, 2, 2, 3];
    const pairs = [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 0],
      [1, 3],
    ];
    const factors: FactorSpec[] = pairs.map((scope) => ({
      scope,
      logPotential: Array.from({ length: cards[scope[0]] * cards[scope[1]] }, () => 0.8 * rng.normal()),
    }));
    const model = createDiscreteModel({ cardinalities: cards, factors });
    const joint = jointDistribution(model);
    const N = 20000;
    const samples = discreteGibbsSample(model, { rng: createRng(7), samples: N, burnIn: 200, thin: 5 });
    const counts = new Array(joint.length).fill(0);
    for (let s = 0; s < N; s++) counts[stateIndex(model, samples.subarray(s * 5, s * 5 + 5))]++;
    const { o, e } = mergeSmall(
      counts,
      Array.from(joint, (p) => p * N),
    );
    const chi2 = chiSquareStatistic(o, e);
    expect(chi2).toBeLessThan(chiSquareCriticalValue(o.length - 1, 0.001));
  });

  it('a 3 × 3 Ising grid with evidence: free sites fit the conditional p(x_free | e)', () => {
    const model = isingGrid(3, 3, { coupling: 0.4, field: 0.15 });
    const evidence = [1, -1, -1, -1, 0, -1, -1, -1, -1];
    const joint = jointDistribution(model);
    const x = new Int32Array(9);
    const expected = new Array(joint.length).fill(0);
    let pe = 0;
    for (let s = 0; s < joint.length; s++) {
      stateFromIndex(model, s, x);
      if (x[0] !== 1 || x[4] !== 0) continue;
      expected[s] = joint[s];
      pe += joint[s];
    }
    const N = 20000;
    const samples = discreteGibbsSample(model, {
      rng: createRng(11),
      samples: N,
      burnIn: 100,
      thin: 3,
      evidence,
    });
    const counts = new Array(joint.length).fill(0);
    for (let s = 0; s < N; s++) {
      const row = samples.subarray(s * 9, s * 9 + 9);
      expect(row[0]).toBe(1);
      expect(row[4]).toBe(0);
      counts[stateIndex(model, row)]++;
    }
    const keep = expected.map((p, s) => [counts[s], (p / pe) * N]).filter(([, ex]) => ex > 0);
    const { o, e } = mergeSmall(
      keep.map(([c]) => c),
      keep.map(([, ex]) => ex),
    );
    expect(chiSquareStatistic(o, e)).toBeLessThan(chiSquareCriticalValue(o.length - 1, 0.001));
  });
});
