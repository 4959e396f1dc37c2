import { describe, expect, it } from 'vitest';
import { integrateUniform } from '../../src/core/montecarlo';
import { INTEGRAND_IDS, INTEGRANDS } from '../../src/core/montecarlo/integrands';
import { createRng } from '../../src/core/random';

/** Composite Simpson's rule with m (even) intervals: an independent check of the closed forms. */
function simpson(g: (x: number) => number, a: number, b: number, m = 20000): number {
  const h = (b - a) / m;
  let sum = g(a) + g(b);
  for (let i = 1; i < m; i++) sum += (i % 2 === 1 ? 4 : 2) * g(a + i * h);
  return (sum * h) / 3;
}

describe('test integrands: exact values', () => {
  it('match textbook constants', () => {
    // erf(2) = 0.99532226501895273 (Abramowitz & Stegun table 7.1), so (√π/2) erf 2 = 0.88208139076242...
    expect(INTEGRANDS.gauss.exact).toBeCloseTo((Math.sqrt(Math.PI) / 2) * 0.9953222650189527, 14);
    expect(INTEGRANDS.sine.exact).toBe(2);
    expect(INTEGRANDS.peak.exact).toBeCloseTo(Math.atan(5) / 5, 15);
    expect(INTEGRANDS.square.exact).toBeCloseTo(1 / 3, 15);
  });

  for (const id of INTEGRAND_IDS) {
    it(`${id}: ∫f and ∫f² agree with Simpson's rule; σ² = (b−a)∫f² − I² agrees with a direct variance`, () => {
      const { f, a, b, exact, integralOfSquare, sigma, maxValue } = INTEGRANDS[id];
      expect(simpson(f, a, b)).toBeCloseTo(exact, 11);
      expect(simpson((x) => f(x) ** 2, a, b)).toBeCloseTo(integralOfSquare, 11);
      // Var[(b − a) f(U)] = (1/(b−a)) ∫ ((b − a) f(x) − I)² dx, computed without the closed form.
      const direct = simpson((x) => ((b - a) * f(x) - exact) ** 2, a, b) / (b - a);
      expect(sigma * sigma).toBeCloseTo(direct, 10);
      expect(sigma).toBeGreaterThan(0);
      expect(simpson((x) => Math.max(0, f(x) - maxValue), a, b)).toBe(0);
    });
  }

  it('the sine has the largest σ; the peak the largest σ relative to its integral', () => {
    const bySigma = [...INTEGRAND_IDS].sort((p, q) => INTEGRANDS[q].sigma - INTEGRANDS[p].sigma);
    expect(bySigma[0]).toBe('sine');
    const relative = (id: (typeof INTEGRAND_IDS)[number]) => INTEGRANDS[id].sigma / INTEGRANDS[id].exact;
    const byRelative = [...INTEGRAND_IDS].sort((p, q) => relative(q) - relative(p));
    expect(byRelative[0]).toBe('peak');
  });

  it('Monte Carlo estimates land within 4 SE of the exact value and their SE matches σ/√N', () => {
    const n = 40000;
    for (const id of INTEGRAND_IDS) {
      const { f, a, b, exact, sigma } = INTEGRANDS[id];
      const result = integrateUniform(createRng(11), f, a, b, n);
      if (result.kind !== 'estimate') throw new Error(result.message);
      const se = sigma / Math.sqrt(n);
      expect(Math.abs(result.estimate - exact)).toBeLessThan(4 * se);
      expect(result.standardError / se).toBeGreaterThan(0.97);
      expect(result.standardError / se).toBeLessThan(1.03);
    }
  });
});
