import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactInference, isingChain, periodicChainByEnumeration, periodicChainLogZ } from '../../src/core';

const chain = fc.record({
  n: fc.integer({ min: 3, max: 10 }),
  J: fc.double({ min: -2, max: 2, noNaN: true }),
  h: fc.double({ min: -1.5, max: 1.5, noNaN: true }),
});

describe('the periodic Ising chain, two independent ways', () => {
  it('the transfer matrix equals the sum over all 2ⁿ states, and both equal the core model', () => {
    fc.assert(
      fc.property(chain, ({ n, J, h }) => {
        const listed = periodicChainByEnumeration(n, J, h);
        expect(periodicChainLogZ(n, J, h)).toBeCloseTo(listed.logZ, 10);
        const model = isingChain(n, { coupling: J, field: h, periodic: true });
        expect(exactInference(model).logZ).toBeCloseTo(listed.logZ, 10);
      }),
      { numRuns: 150, seed: 3 },
    );
  });

  it('closed form at h = 0: Z = (2 cosh J)ⁿ + (2 sinh J)ⁿ', () => {
    for (const [n, J] of [
      [3, 1],
      [4, -0.7],
      [7, 0.3],
    ]) {
      const Z = (2 * Math.cosh(J)) ** n + (2 * Math.sinh(J)) ** n;
      expect(periodicChainLogZ(n, J, 0)).toBeCloseTo(Math.log(Z), 12);
    }
    // n = 3, J = 1 by hand: the 8 states have C = 3 (all equal, 2 states) or −1 (the other 6).
    expect(Math.exp(periodicChainByEnumeration(3, 1, 0).logZ)).toBeCloseTo(
      2 * Math.E ** 3 + 6 * Math.E ** -1,
      10,
    );
  });

  it('∂ log Z/∂J = E[Σ sᵢsᵢ₊₁] and ∂² log Z/∂J² = Var[Σ sᵢsᵢ₊₁] ≥ 0 (finite differences)', () => {
    fc.assert(
      fc.property(chain, ({ n, J, h }) => {
        const d = 1e-4;
        const [minus, centre, plus] = [J - d, J, J + d].map((j) => periodicChainLogZ(n, j, h));
        const listed = periodicChainByEnumeration(n, J, h);
        expect((plus - minus) / (2 * d)).toBeCloseTo(listed.meanCoupling, 5);
        expect((plus - 2 * centre + minus) / (d * d)).toBeCloseTo(listed.varianceCoupling, 2);
        expect(listed.varianceCoupling).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 100, seed: 4 },
    );
  });

  it('no overflow for strong couplings, and bad inputs are refused', () => {
    expect(Number.isFinite(periodicChainLogZ(12, 50, 3))).toBe(true);
    expect(periodicChainLogZ(12, 50, 0)).toBeCloseTo(Math.log(2) + 12 * 50, 8);
    expect(() => periodicChainLogZ(2, 1, 0)).toThrow(RangeError);
    expect(() => periodicChainByEnumeration(5, Number.NaN, 0)).toThrow(RangeError);
  });
});
