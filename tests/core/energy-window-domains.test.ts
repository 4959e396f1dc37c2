import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  divergentSideOf,
  erf,
  FIELD_DOMAINS,
  fieldPartitionByListing,
  fieldPartitionByQuadrature,
  fieldPartitionClosedForm,
  logErfi,
  logWindowArea,
  logWindowAreas,
  realLineVerdicts,
  unitIntervalFactor,
} from '../../src/core';

/**
 * log ∫_{−L}^{L} e^{−βx²} dx in closed form: √(π/β) erf(√β L) for β > 0, 2L at β = 0, √(π/|β|) erfi(√|β| L) for
 * β < 0 (through log erfi, since erfi(100) overflows).
 */
function closedLogArea(beta: number, L: number): number {
  if (beta > 0) return 0.5 * Math.log(Math.PI / beta) + Math.log(erf(Math.sqrt(beta) * L));
  if (beta === 0) return Math.log(2 * L);
  return 0.5 * Math.log(Math.PI / -beta) + logErfi(Math.sqrt(-beta) * L);
}

/** Plain composite midpoint rule of ∫ e^{g} on [a, b], factoring out e^{max g}: an independent check in log space. */
function midpointLog(g: (x: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) max = Math.max(max, g(a + (i + 0.5) * h));
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp(g(a + (i + 0.5) * h) - max);
  return max + Math.log(s * h);
}

describe('∫_{−L}^{L} e^{−βx²} dx by log-space quadrature', () => {
  it('matches the closed forms (erf, 2L, erfi) for β in [−1, 2] and L in [0.5, 100], in log space', () => {
    fc.assert(
      fc.property(
        // β = 0 exactly, or |β| ≥ 10⁻⁸ (a subnormal β makes √(π/β) overflow in the closed form, not the quadrature)
        fc.oneof(
          fc.constant(0),
          fc.double({ min: -1, max: 2, noNaN: true }).filter((v) => Math.abs(v) >= 1e-8),
        ),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        (beta, L) => {
          const exact = closedLogArea(beta, L);
          expect(Math.abs(logWindowArea(beta, L) - exact)).toBeLessThan(1e-11 * Math.max(1, Math.abs(exact)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is exactly 2L at β = 0 and reaches about 10⁴³⁴¹ at β = −1, L = 100 without overflowing', () => {
    for (const L of [0.5, 1, 7.3, 100]) expect(logWindowArea(0, L)).toBeCloseTo(Math.log(2 * L), 13);
    const log10Area = logWindowArea(-1, 100) * Math.LOG10E;
    expect(log10Area).toBeGreaterThan(4340);
    expect(log10Area).toBeLessThan(4341);
    // For large L, 2∫_0^L e^{x²} dx ≈ (e^{L²}/L)(1 + 1/(2L²) + 3/(4L⁴)): log10 = 10⁴ log10 e − 2 + log10(1.00005…)
    expect(log10Area).toBeCloseTo(1e4 * Math.LOG10E - 2 + Math.log10(1 + 1 / 2e4 + 3 / 4e8), 9);
  });

  it('agrees with a plain midpoint rule where the midpoint rule is easy (moderate β L²)', () => {
    for (const [beta, L] of [
      [0.7, 3],
      [-0.3, 4],
      [-1, 6],
    ]) {
      const g = (x: number) => -beta * x * x;
      // the midpoint rule's own error is h²/24 · (4β²x² − 2β) ≈ 2·10⁻⁸ of the value at β = −1, L = 6
      expect(logWindowArea(beta, L)).toBeCloseTo(midpointLog(g, -L, L, 200000), 6);
    }
  });

  it('a whole curve in one call: increasing, settling at √(π/β) for β > 0, each point as the single call gives', () => {
    const Ls = [0.5, 1, 2, 4, 8, 16, 50, 100];
    for (const beta of [2, 0.3, 0, -0.05, -1]) {
      const { logArea, relativeError } = logWindowAreas(beta, Ls);
      expect(relativeError).toBeLessThan(1e-9);
      for (let k = 0; k < Ls.length; k++) {
        // (β = 2 saturates: the area at L = 50 and L = 100 is the same double)
        if (k > 0) expect(logArea[k]).toBeGreaterThanOrEqual(logArea[k - 1]);
        expect(logArea[k]).toBeCloseTo(logWindowArea(beta, Ls[k]), 9);
      }
      if (beta > 0) expect(logArea[Ls.length - 1]).toBeCloseTo(0.5 * Math.log(Math.PI / beta), 12);
    }
  });

  it('refuses half-widths that are not positive and increasing', () => {
    expect(() => logWindowAreas(1, [1, 1])).toThrow(RangeError);
    expect(() => logWindowAreas(1, [0])).toThrow(RangeError);
    expect(() => logWindowAreas(Number.NaN, [1])).toThrow(RangeError);
  });
});

/** Fields on the sliders' range: 0 exactly, or |b| ≥ 10⁻⁶ (see realLineVerdicts on vanishing b). */
const field = fc.oneof(
  fc.constant(0),
  fc.double({ min: -3, max: 3, noNaN: true }).filter((v) => Math.abs(v) >= 1e-6),
);
const fields = fc.array(field, { minLength: 1, maxLength: 4 });
const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('p̃(x) = ∏ e^{b_i x_i} on four domains', () => {
  it('{0,1}ⁿ: ∏ (1 + e^{b_i}) equals the sum over all 2ⁿ states, and P(x₁ = 1) = σ(b₁)', () => {
    fc.assert(
      fc.property(fields, (b) => {
        const closed = fieldPartitionClosedForm(b, 'binary');
        const listed = fieldPartitionByListing(b, 'binary');
        expect(closed.kind).toBe('finite');
        if (closed.kind !== 'finite') return;
        expect(listed.states).toHaveLength(2 ** b.length);
        expect(relative(listed.z, closed.z)).toBeLessThan(1e-13);
        expect(listed.firstMarginal[1]).toBeCloseTo(1 / (1 + Math.exp(-b[0])), 13);
        expect(listed.states.reduce((s, x) => s + x.probability, 0)).toBeCloseTo(1, 13);
      }),
    );
  });

  it('{−1,+1}ⁿ: ∏ 2 cosh b_i equals the sum over all states, and E[x₁] = tanh b₁', () => {
    fc.assert(
      fc.property(fields, (b) => {
        const closed = fieldPartitionClosedForm(b, 'spin');
        const listed = fieldPartitionByListing(b, 'spin');
        if (closed.kind !== 'finite') throw new Error('spins always have a Z');
        expect(relative(listed.z, closed.z)).toBeLessThan(1e-13);
        expect(listed.firstMarginal[1] - listed.firstMarginal[0]).toBeCloseTo(Math.tanh(b[0]), 13);
      }),
    );
  });

  it('[0,1]ⁿ: ∏ (e^{b_i} − 1)/b_i equals the product of quadratures, and each factor a midpoint rule', () => {
    fc.assert(
      fc.property(fields, (b) => {
        const closed = fieldPartitionClosedForm(b, 'unit');
        const quadrature = fieldPartitionByQuadrature(b);
        if (closed.kind !== 'finite') throw new Error('the unit cube always has a Z');
        expect(relative(quadrature.z, closed.z)).toBeLessThan(1e-12);
        expect(quadrature.relativeError).toBeLessThan(1e-9);
        expect(Math.exp(midpointLog((x) => b[0] * x, 0, 1, 20000))).toBeCloseTo(quadrature.factors[0], 7);
      }),
    );
  });

  it('[0,1]: the factor tends to 1 as b → 0, smoothly and without cancellation (1 + b/2 + b²/6 + …)', () => {
    expect(unitIntervalFactor(0)).toBe(1);
    for (const b of [1e-300, 1e-16, -1e-12, 1e-8, -1e-6, 1e-4]) {
      expect(relative(unitIntervalFactor(b), 1 + b / 2 + (b * b) / 6 + (b * b * b) / 24)).toBeLessThan(1e-15);
    }
    // the naive (e^b − 1)/b loses every digit here; expm1 does not
    expect((Math.exp(1e-15) - 1) / 1e-15).not.toBeCloseTo(1, 3);
    expect(unitIntervalFactor(1e-15)).toBeCloseTo(1, 14);
    expect(fieldPartitionByQuadrature([0]).factors[0]).toBeCloseTo(1, 14);
  });

  it('ℝⁿ: divergent for every b, b = 0 included; the tail test names the side (+∞ for b > 0, −∞ for b < 0, both at 0)', () => {
    fc.assert(
      fc.property(fields, (b) => {
        const closed = fieldPartitionClosedForm(b, 'real');
        expect(closed.kind).toBe('divergent');
        if (closed.kind !== 'divergent') return;
        expect(closed.sides).toEqual(b.map(divergentSideOf));
        expect(realLineVerdicts(b)).toEqual(closed.sides);
      }),
      { numRuns: 60 },
    );
    expect(realLineVerdicts([0, 0.1, -0.1, 3, -3])).toEqual(['both', 'plus', 'minus', 'plus', 'minus']);
    // on a grid of slider values, every one of them
    const grid = Array.from({ length: 61 }, (_, k) => Number((-3 + k / 10).toFixed(1)));
    expect(realLineVerdicts(grid).every((side, k) => side === divergentSideOf(grid[k]))).toBe(true);
  });

  it('every domain is listed, and non-finite fields are refused', () => {
    expect(FIELD_DOMAINS).toEqual(['binary', 'spin', 'unit', 'real']);
    for (const domain of FIELD_DOMAINS) {
      expect(() => fieldPartitionClosedForm([Number.NaN], domain)).toThrow(RangeError);
    }
  });
});
