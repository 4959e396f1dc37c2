import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cauchyDistribution,
  exponentialDistribution,
  fillByInverseCdf,
  inverseCdfSampler,
  normalDistribution,
  piecewiseDensity,
  uniformDistribution,
} from '../../src/core/montecarlo';
import { createRng } from '../../src/core/random';
import { ksCriticalValue, ksStatistic, normalCdf } from '../../src/core/stats';

const N = 20_000;
const crit = ksCriticalValue(N, 0.001);

/** Simpson's rule on [a, b] with m (even) panels: exact for polynomials up to degree 3. */
function simpson(f: (x: number) => number, a: number, b: number, m = 2): number {
  const h = (b - a) / m;
  let s = f(a) + f(b);
  for (let i = 1; i < m; i++) s += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

describe('closed-form quantiles: samples pass KS (n = 20 000, α = 0.001) against textbook CDFs', () => {
  it('normal N(1, 2²) against Φ((x − 1)/2)', () => {
    const xs = normalDistribution(1, 2).fill(createRng(1), new Float64Array(N));
    expect(ksStatistic(xs, (x) => normalCdf((x - 1) / 2))).toBeLessThan(crit);
  });

  it('exponential λ = 0.5 against 1 − e^{−x/2}', () => {
    const xs = exponentialDistribution(0.5).fill(createRng(2), new Float64Array(N));
    expect(ksStatistic(xs, (x) => (x <= 0 ? 0 : 1 - Math.exp(-0.5 * x)))).toBeLessThan(crit);
  });

  it('Cauchy(−1, 0.5) against ½ + arctan(2(x + 1))/π', () => {
    const xs = cauchyDistribution(-1, 0.5).fill(createRng(3), new Float64Array(N));
    expect(ksStatistic(xs, (x) => 0.5 + Math.atan(2 * (x + 1)) / Math.PI)).toBeLessThan(crit);
  });

  it('uniform(−2, 3) against (x + 2)/5', () => {
    const xs = uniformDistribution(-2, 3).fill(createRng(4), new Float64Array(N));
    expect(ksStatistic(xs, (x) => Math.min(1, Math.max(0, (x + 2) / 5)))).toBeLessThan(crit);
  });

  it('a hand-written quantile through inverseCdfSampler: triangular on [0, 1] with F = x², F⁻¹ = √u', () => {
    const draw = inverseCdfSampler(Math.sqrt);
    const rng = createRng(5);
    const xs = Float64Array.from({ length: N }, () => draw(rng));
    expect(ksStatistic(xs, (x) => Math.min(1, Math.max(0, x * x)))).toBeLessThan(crit);
    const ys = fillByInverseCdf(createRng(6), Math.sqrt, new Float64Array(N));
    expect(ksStatistic(ys, (x) => Math.min(1, Math.max(0, x * x)))).toBeLessThan(crit);
  });

  it('the wrong CDF is rejected: exponential draws against a rate-0.45 CDF', () => {
    const xs = exponentialDistribution(0.5).fill(createRng(7), new Float64Array(N));
    expect(ksStatistic(xs, (x) => (x <= 0 ? 0 : 1 - Math.exp(-0.45 * x)))).toBeGreaterThan(crit);
  });

  it('quantile ∘ cdf = identity and pdf integrates to the CDF difference', () => {
    for (const d of [normalDistribution(0.5, 1.5), exponentialDistribution(2), cauchyDistribution(0, 3)]) {
      for (const u of [1e-6, 0.01, 0.3, 0.5, 0.77, 0.999]) expect(d.cdf(d.quantile(u))).toBeCloseTo(u, 12);
      const a = d.quantile(0.2);
      const b = d.quantile(0.7);
      expect(simpson(d.pdf, a, b, 2000)).toBeCloseTo(0.5, 9);
    }
  });

  it('edge quantiles and guards: F⁻¹(0), F⁻¹(1), u outside [0, 1], clamped scales never NaN', () => {
    expect(normalDistribution().quantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(cauchyDistribution().quantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(exponentialDistribution().quantile(0)).toBe(0);
    expect(() => normalDistribution().quantile(1.1)).toThrow(RangeError);
    expect(() => normalDistribution(Number.NaN)).toThrow(RangeError);
    expect(() => uniformDistribution(1, 1)).toThrow(RangeError);
    const squeezed = normalDistribution(0, -4); // σ clamped to 1e-9
    expect(Number.isNaN(squeezed.sample(createRng(1)))).toBe(false);
    expect(Number.isNaN(exponentialDistribution(0).quantile(0.5))).toBe(false);
  });
});

describe('piecewise densities drawn by the reader', () => {
  const breakpoints = [-2, -1, 0.5, 1, 3];

  /** Independent CDF of the piecewise-constant density, by summing whole and partial rectangles. */
  function constantCdf(hs: number[]) {
    const widths = hs.map((_, j) => breakpoints[j + 1] - breakpoints[j]);
    const Z = hs.reduce((s, h, j) => s + h * widths[j], 0);
    return (x: number) => {
      let area = 0;
      for (let j = 0; j < hs.length; j++) {
        const left = breakpoints[j];
        const right = breakpoints[j + 1];
        if (x >= right) area += hs[j] * (right - left);
        else if (x > left) area += hs[j] * (x - left);
      }
      return area / Z;
    };
  }

  /** Independent CDF of the piecewise-linear density, by Simpson's rule on each piece (exact for quadratics). */
  function linearCdf(hs: number[]) {
    const h = (x: number) => {
      for (let j = 0; j + 1 < breakpoints.length; j++) {
        if (x >= breakpoints[j] && x <= breakpoints[j + 1]) {
          const t = (x - breakpoints[j]) / (breakpoints[j + 1] - breakpoints[j]);
          return hs[j] + t * (hs[j + 1] - hs[j]);
        }
      }
      return 0;
    };
    const areaUpTo = (x: number) => {
      let area = 0;
      for (let j = 0; j + 1 < breakpoints.length; j++) {
        const left = breakpoints[j];
        const right = Math.min(breakpoints[j + 1], x);
        if (right > left) area += simpson(h, left, right);
      }
      return area;
    };
    const Z = areaUpTo(breakpoints[breakpoints.length - 1]);
    return (x: number) => Math.min(1, areaUpTo(x) / Z);
  }

  it('piecewise-constant (with an empty segment) passes KS against a direct rectangle sum', () => {
    const hs = [1, 0, 3, 0.5];
    const d = piecewiseDensity({ breakpoints, heights: hs, kind: 'constant' });
    const xs = d.fill(createRng(10), new Float64Array(N));
    expect(ksStatistic(xs, constantCdf(hs))).toBeLessThan(crit);
    // nothing may land in the zero-height segment (−1, 0.5)
    expect(xs.some((x) => x > -1 && x < 0.5)).toBe(false);
  });

  it('piecewise-linear (rising, falling, touching zero) passes KS against Simpson-integrated CDF', () => {
    const hs = [0, 2, 0.5, 0, 1.5];
    const d = piecewiseDensity({ breakpoints, heights: hs, kind: 'linear' });
    const xs = d.fill(createRng(11), new Float64Array(N));
    expect(ksStatistic(xs, linearCdf(hs))).toBeLessThan(crit);
  });

  it('exact CDF: matches the independent CDFs at many points; quantile inverts it', () => {
    const hc = [1, 0, 3, 0.5];
    const hl = [0, 2, 0.5, 0, 1.5];
    const c = piecewiseDensity({ breakpoints, heights: hc, kind: 'constant' });
    const l = piecewiseDensity({ breakpoints, heights: hl, kind: 'linear' });
    const refC = constantCdf(hc);
    const refL = linearCdf(hl);
    for (let x = -2.5; x <= 3.5; x += 0.0625) {
      expect(c.cdf(x)).toBeCloseTo(refC(x), 13);
      expect(l.cdf(x)).toBeCloseTo(refL(x), 12);
    }
    for (const u of [0, 0.001, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1]) {
      expect(c.cdf(c.quantile(u))).toBeCloseTo(u, 12);
      expect(l.cdf(l.quantile(u))).toBeCloseTo(u, 12);
    }
  });

  it('a flat linear piece (zero slope) and a tiny slope use the cancellation-free root', () => {
    const d = piecewiseDensity({ breakpoints: [0, 1, 2], heights: [1, 1, 1 + 1e-12], kind: 'linear' });
    for (const u of [0.1, 0.4, 0.6, 0.95]) expect(d.quantile(u)).toBeCloseTo(2 * u, 10);
  });

  it('rejects malformed input with RangeError, clamps negative heights to 0', () => {
    expect(() => piecewiseDensity({ breakpoints: [0, 1], heights: [1, 1], kind: 'constant' })).toThrow(
      RangeError,
    );
    expect(() => piecewiseDensity({ breakpoints: [0, 0, 1], heights: [1, 1], kind: 'constant' })).toThrow(
      RangeError,
    );
    expect(() => piecewiseDensity({ breakpoints: [0, 1], heights: [0], kind: 'constant' })).toThrow(
      RangeError,
    );
    expect(() => piecewiseDensity({ breakpoints: [0, 1], heights: [Number.NaN, 1], kind: 'linear' })).toThrow(
      RangeError,
    );
    const d = piecewiseDensity({ breakpoints: [0, 1, 2], heights: [-5, 2], kind: 'constant' });
    expect(d.heights[0]).toBe(0);
    expect(d.cdf(1)).toBe(0);
  });

  it('property: density integrates to 1, CDF is monotone from 0 to 1, quantiles stay in range, never NaN', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 5, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.double({ min: -1, max: 10, noNaN: true }), { minLength: 13, maxLength: 13 }),
        fc.boolean(),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (widths, rawHeights, linear, us) => {
          const bps = [-3];
          for (const w of widths) bps.push(bps[bps.length - 1] + w);
          const kind = linear ? 'linear' : 'constant';
          const count = linear ? bps.length : bps.length - 1;
          const heights = rawHeights.slice(0, count);
          fc.pre(heights.some((h) => h > 0.01));
          const d = piecewiseDensity({ breakpoints: bps, heights, kind });
          let total = 0;
          for (let j = 0; j + 1 < bps.length; j++) {
            // Simpson on each piece avoids the jumps of the constant case at breakpoints
            const a = bps[j];
            const b = bps[j + 1];
            const inner = (x: number) => d.pdf(Math.min(b - 1e-12 * (b - a), Math.max(a, x)));
            total += kind === 'linear' ? simpson(inner, a, b) : d.pdf(0.5 * (a + b)) * (b - a);
          }
          expect(Math.abs(total - 1)).toBeLessThan(1e-9);
          expect(d.cdfAtBreakpoints[0]).toBe(0);
          expect(d.cdfAtBreakpoints[bps.length - 1]).toBe(1);
          for (let j = 1; j < bps.length; j++) {
            expect(d.cdfAtBreakpoints[j]).toBeGreaterThanOrEqual(d.cdfAtBreakpoints[j - 1]);
          }
          for (const u of us) {
            const q = d.quantile(u);
            expect(Number.isNaN(q)).toBe(false);
            expect(q).toBeGreaterThanOrEqual(bps[0]);
            expect(q).toBeLessThanOrEqual(bps[bps.length - 1]);
            expect(Math.abs(d.cdf(q) - u)).toBeLessThan(1e-9);
          }
        },
      ),
      { seed: 12, numRuns: 300 },
    );
  });
});
