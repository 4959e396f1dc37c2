import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dawson, erf, erfc, erfi, logErfi } from '../../src/core';

/** Reference values from mpmath at 30 digits (mp.dps = 30), rounded to doubles. */
const ERF = [
  [1e-5, 0.000011283791670579],
  [0.3, 0.3286267594591274],
  [0.5, 0.5204998778130465],
  [1, 0.8427007929497149],
  [1.9, 0.9927904292352575],
  [2, 0.9953222650189527],
  [2.1, 0.997020533343667],
  [4, 0.9999999845827421],
] as const;
const ERFI = [
  [0.5, 0.614952094696511],
  [1, 1.6504257587975428],
  [2, 18.564802414575553],
  [3, 1629.9946226015657],
  [5, 8298273880.676804],
  [5.99, 365432114113739.8],
  [6, 411275145582823.9],
  [6.01, 462963122582807.9],
] as const;
const LOG_ERFI = [
  [10, 97.13011406360889],
  [26, 672.1702795367281],
  [30, 896.0269940046969],
  [100, 9994.822514877338],
] as const;
const DAWSON = [
  [0.1, 0.09933599239785287],
  [1, 0.5380795069127684],
  [6, 0.08454268897454385],
  [10, 0.050253847187598524],
  [50, 0.010002001201201684],
] as const;

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('erf', () => {
  it('matches high-precision values, near 0 as well as in the tails', () => {
    for (const [x, v] of ERF) {
      expect(relative(erf(x), v), `erf(${x})`).toBeLessThan(2e-15);
      expect(erf(-x)).toBe(-erf(x));
    }
    expect(erf(0)).toBe(0);
  });

  it('is 1 − erfc, and odd, for any x', () => {
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (x) => {
        expect(Math.abs(erf(x) - (1 - erfc(x)))).toBeLessThan(4e-16 + 1e-15 * Math.abs(erf(x)));
        expect(erf(-x)).toBeCloseTo(-erf(x), 15);
      }),
    );
  });
});

describe('erfi, Dawson and log erfi', () => {
  it('match high-precision values on both sides of the switch to the asymptotic series (x = 6)', () => {
    for (const [x, v] of ERFI) {
      expect(relative(erfi(x), v), `erfi(${x})`).toBeLessThan(1e-14);
      expect(erfi(-x)).toBe(-erfi(x));
      expect(Math.abs(logErfi(x) - Math.log(v))).toBeLessThan(1e-14 * Math.max(1, Math.log(v)));
    }
    for (const [x, v] of DAWSON) expect(relative(dawson(x), v), `F(${x})`).toBeLessThan(1e-14);
  });

  it('log erfi stays finite where erfi overflows', () => {
    for (const [x, v] of LOG_ERFI) expect(relative(logErfi(x), v), `log erfi(${x})`).toBeLessThan(1e-15);
    expect(erfi(30)).toBe(Number.POSITIVE_INFINITY);
    expect(() => logErfi(0)).toThrow(RangeError);
    expect(() => logErfi(-1)).toThrow(RangeError);
  });

  it('d/dx log erfi(x) = (2/√π) e^{x²} / erfi(x) = 1/F(x): central differences agree, across the switch too', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.2, max: 40, noNaN: true }), (x) => {
        const h = 1e-5 * x;
        const slope = (logErfi(x + h) - logErfi(x - h)) / (2 * h);
        expect(relative(slope, 1 / dawson(x))).toBeLessThan(1e-5);
      }),
    );
  });
});
