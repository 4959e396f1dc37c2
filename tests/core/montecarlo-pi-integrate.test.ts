import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimatePi,
  expectation,
  integrateUniform,
  piFromHits,
  piRmsError,
  piStandardError,
  runningExpectation,
  runningPiEstimate,
  runningPiSeries,
  throwDarts,
} from '../../src/core/montecarlo';
import { createRng } from '../../src/core/random';

describe('π by darts', () => {
  it('estimate is within 4 standard errors of π (n = 200 000, seeds 1–3)', () => {
    for (const seed of [1, 2, 3]) {
      const r = estimatePi(createRng(seed), 200_000);
      expect(Math.abs(r.estimate - Math.PI)).toBeLessThan(4 * piStandardError(r.n));
      // the plug-in SE agrees with the exact one to within 1 %
      expect(Math.abs(r.standardError / piStandardError(r.n) - 1)).toBeLessThan(0.01);
    }
  });

  it('SE ∝ 1/√N: RMS error over 300 repeats is within 15 % of 4√(p(1−p)/N), and the log–log slope is −½ ± 0.05', () => {
    const ns = [50, 500, 5000];
    const rmse = piRmsError(createRng(4), ns, 300);
    for (let k = 0; k < ns.length; k++) {
      expect(Math.abs(rmse[k] / piStandardError(ns[k]) - 1)).toBeLessThan(0.15);
    }
    const slope = Math.log(rmse[2] / rmse[0]) / Math.log(ns[2] / ns[0]);
    expect(Math.abs(slope + 0.5)).toBeLessThan(0.05);
  });

  it('the 95 % band covers π in 91–99 % of 400 experiments of 1000 darts (binomial ±4 SE around 95 %)', () => {
    const rng = createRng(5);
    let covered = 0;
    for (let r = 0; r < 400; r++) {
      const e = estimatePi(rng, 1000);
      if (e.lower <= Math.PI && Math.PI <= e.upper) covered++;
    }
    expect(covered / 400).toBeGreaterThan(0.91);
    expect(covered / 400).toBeLessThan(0.99);
  });

  it('running series ends where estimatePi ends for the same seed, and its band brackets the estimate', () => {
    const n = 5000;
    const series = runningPiSeries(createRng(6), n);
    const direct = estimatePi(createRng(6), n);
    expect(series.hits).toBe(direct.hits);
    expect(series.estimate[n - 1]).toBe(direct.estimate);
    expect(series.lower[n - 1]).toBeCloseTo(direct.lower, 12);
    expect(series.upper[n - 1]).toBeCloseTo(direct.upper, 12);
    let bracketed = true;
    for (let i = 0; i < n; i++) {
      if (!(series.lower[i] <= series.estimate[i] && series.estimate[i] <= series.upper[i]))
        bracketed = false;
    }
    expect(bracketed).toBe(true);
    expect(() =>
      runningPiEstimate(createRng(1), new Float64Array(3), {
        lower: new Float64Array(2),
        upper: new Float64Array(3),
      }),
    ).toThrow(RangeError);
  });

  it('throwDarts: points lie in [−1, 1]², flags agree with x² + y² ≤ 1, hits = number of flags', () => {
    const n = 2000;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    const inside = new Uint8Array(n);
    const hits = throwDarts(createRng(7), xs, ys, inside);
    let flags = 0;
    for (let i = 0; i < n; i++) {
      expect(Math.abs(xs[i])).toBeLessThanOrEqual(1);
      expect(Math.abs(ys[i])).toBeLessThanOrEqual(1);
      expect(inside[i]).toBe(xs[i] * xs[i] + ys[i] * ys[i] <= 1 ? 1 : 0);
      flags += inside[i];
    }
    expect(hits).toBe(flags);
  });

  it('property: clamped dart counts and hit counts never give NaN', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ noNaN: true }), (n, h) => {
        const e = piFromHits(h, n);
        for (const v of [e.estimate, e.standardError, e.lower, e.upper]) expect(Number.isNaN(v)).toBe(false);
        expect(e.hits).toBeLessThanOrEqual(e.n);
      }),
      { seed: 8, numRuns: 300 },
    );
    expect(() => estimatePi(createRng(1), Number.NaN)).toThrow(RangeError);
    expect(estimatePi(createRng(1), -3).n).toBe(1);
  });
});

describe('integrals as expectations', () => {
  const cases: {
    name: string;
    f: (x: number) => number;
    a: number;
    b: number;
    exact: number;
    variance: number;
  }[] = [
    // Var of (b − a) f(U): (b − a)² (E f² − (E f)²), all by hand
    { name: '∫₀¹ x² dx = 1/3', f: (x) => x * x, a: 0, b: 1, exact: 1 / 3, variance: 1 / 5 - 1 / 9 },
    {
      name: '∫₀^π sin x dx = 2',
      f: Math.sin,
      a: 0,
      b: Math.PI,
      exact: 2,
      variance: Math.PI ** 2 * (0.5 - (2 / Math.PI) ** 2),
    },
    {
      name: '∫₋₁² eˣ dx = e² − e⁻¹',
      f: Math.exp,
      a: -1,
      b: 2,
      exact: Math.E ** 2 - 1 / Math.E,
      variance: 9 * ((Math.E ** 4 - Math.E ** -2) / 6 - ((Math.E ** 2 - 1 / Math.E) / 3) ** 2),
    },
  ];

  for (const c of cases) {
    it(`${c.name}: within 4 SE, and the SE within 3 % of the exact √(Var/N) (N = 10⁵)`, () => {
      const n = 100_000;
      const r = integrateUniform(createRng(10), c.f, c.a, c.b, n);
      if (r.kind !== 'estimate') throw new Error(r.message);
      expect(Math.abs(r.estimate - c.exact)).toBeLessThan(4 * r.standardError);
      expect(Math.abs(r.standardError / Math.sqrt(c.variance / n) - 1)).toBeLessThan(0.03);
    });
  }

  it('E_{N(0,1)}[X²] = 1 and E[cos X] = e^{−1/2} within 4 SE', () => {
    const r = expectation(
      createRng(11),
      (g) => g.normal(),
      (x) => x * x,
      50_000,
    );
    const s = expectation(createRng(12), (g) => g.normal(), Math.cos, 50_000);
    if (r.kind !== 'estimate' || s.kind !== 'estimate') throw new Error('unexpected verdict');
    expect(Math.abs(r.estimate - 1)).toBeLessThan(4 * r.standardError);
    expect(Math.abs(s.estimate - Math.exp(-0.5))).toBeLessThan(4 * s.standardError);
  });

  it('orientation: reversed limits negate, equal limits give 0', () => {
    const fwd = integrateUniform(createRng(13), (x) => x, 0, 2, 1000);
    const back = integrateUniform(createRng(13), (x) => x, 2, 0, 1000);
    if (fwd.kind !== 'estimate' || back.kind !== 'estimate') throw new Error('unexpected verdict');
    // same uniforms, x = a + (b − a)u: fwd uses 2u, back uses 2 − 2u — both estimate ±2 within 4 SE
    expect(Math.abs(back.estimate + 2)).toBeLessThan(4 * back.standardError);
    expect(back.standardError).toBeGreaterThan(0);
    const zero = integrateUniform(createRng(13), (x) => x, 1, 1, 100);
    expect(zero.kind === 'estimate' && zero.estimate === 0).toBe(true);
  });

  it('a non-finite integrand gives a verdict naming x, not NaN', () => {
    const r = integrateUniform(createRng(14), (x) => (x > 0.5 ? Number.NaN : x), 0, 1, 1000);
    expect(r.kind).toBe('not-finite');
    if (r.kind === 'not-finite') expect(r.x).toBeGreaterThan(0.5);
    expect(() => integrateUniform(createRng(1), (x) => x, 0, Number.POSITIVE_INFINITY, 10)).toThrow(
      RangeError,
    );
  });

  it('running estimate ends at the batch estimate and SE (same seed); SE_n · √n settles near the true sd', () => {
    const n = 20_000;
    const est = new Float64Array(n);
    const se = new Float64Array(n);
    const verdict = runningExpectation(
      createRng(15),
      (g) => 2 * g.uniform(),
      (x) => x * x,
      est,
      se,
      2,
    );
    expect(verdict).toBeNull();
    const batch = integrateUniform(createRng(15), (x) => x * x, 0, 2, n);
    if (batch.kind !== 'estimate') throw new Error('unexpected verdict');
    expect(est[n - 1]).toBeCloseTo(batch.estimate, 10);
    expect(se[n - 1]).toBeCloseTo(batch.standardError, 10);
    // Var of 2·(2U)² = 64 (E U⁴ − (E U²)²) = 64 (1/5 − 1/9)
    expect(Math.abs((se[n - 1] * Math.sqrt(n)) / Math.sqrt(64 * (1 / 5 - 1 / 9)) - 1)).toBeLessThan(0.03);
  });
});
