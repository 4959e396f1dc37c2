import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core/random';
import {
  autocorrelation,
  chiSquareCriticalValue,
  chiSquareStatistic,
  effectiveSampleSize,
  erfc,
  histogram,
  importanceEss,
  ksCriticalValue,
  ksStatistic,
  ksStatisticInPlace,
  logSumExp,
  mean,
  normalCdf,
  normalCdfTabulated,
  normalQuantile,
  variance,
} from '../../src/core/stats';

describe('moments', () => {
  it('mean and unbiased variance of small sets match the hand computation', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    // Σ(x − 2.5)² = 2.25 + 0.25 + 0.25 + 2.25 = 5, divided by n − 1 = 3
    expect(variance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 14);
  });

  it('variance does not cancel catastrophically for a large offset', () => {
    expect(variance([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBeCloseTo(1, 9);
  });

  it('rejects empty input and NaN', () => {
    expect(() => mean([])).toThrow(RangeError);
    expect(() => variance([1])).toThrow(RangeError);
    expect(() => mean([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('logSumExp', () => {
  it('equals the naive log Σ e^x where that is safe', () => {
    const xs = [-3, 0.5, 2, 7.25];
    const naive = Math.log(xs.reduce((s, x) => s + Math.exp(x), 0));
    expect(logSumExp(xs)).toBeCloseTo(naive, 13);
  });

  it('stays finite at ±1e4: LSE(c, c) = c + ln 2', () => {
    expect(logSumExp([1e4, 1e4])).toBeCloseTo(1e4 + Math.LN2, 10);
    expect(logSumExp([-1e4, -1e4])).toBeCloseTo(-1e4 + Math.LN2, 10);
    expect(logSumExp([1e4, -1e4])).toBe(1e4);
  });

  it('handles −∞, +∞, empty and NaN explicitly', () => {
    expect(logSumExp([])).toBe(Number.NEGATIVE_INFINITY);
    expect(logSumExp([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBe(Number.NEGATIVE_INFINITY);
    expect(logSumExp([Number.NEGATIVE_INFINITY, 0])).toBe(0);
    expect(logSumExp([1, Number.POSITIVE_INFINITY])).toBe(Number.POSITIVE_INFINITY);
    expect(() => logSumExp([0, Number.NaN])).toThrow(RangeError);
  });

  it('property: LSE(x + c) = LSE(x) + c and max ≤ LSE ≤ max + ln n', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        (xs, c) => {
          const l = logSumExp(xs);
          const max = Math.max(...xs);
          expect(Number.isFinite(l)).toBe(true);
          expect(l).toBeGreaterThanOrEqual(max);
          expect(l).toBeLessThanOrEqual(max + Math.log(xs.length) + 1e-9);
          expect(logSumExp(xs.map((x) => x + c))).toBeCloseTo(l + c, 6);
        },
      ),
      { seed: 2, numRuns: 300 },
    );
  });
});

describe('histogram', () => {
  it('counts by hand, with x = max in the last bin and NaN / out-of-range as outside', () => {
    const h = histogram([0, 0.1, 0.5, 0.99, 1, -0.1, 1.5, Number.NaN], { min: 0, max: 1, bins: 2 });
    expect(Array.from(h.edges)).toEqual([0, 0.5, 1]);
    expect(Array.from(h.counts)).toEqual([2, 3]);
    expect(h.total).toBe(8);
    expect(h.outside).toBe(3);
    // density = count / (total · width) = 2 / (8 · 0.5), 3 / (8 · 0.5)
    expect(Array.from(h.density)).toEqual([0.5, 0.75]);
  });

  it('rejects an empty or non-finite range', () => {
    expect(() => histogram([1], { min: 1, max: 1, bins: 3 })).toThrow(RangeError);
    expect(() => histogram([1], { min: 0, max: Number.POSITIVE_INFINITY, bins: 3 })).toThrow(RangeError);
  });

  it('property: Σ counts + outside = total, Σ density · width = in-range fraction, never NaN', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10 }), { maxLength: 200 }),
        fc.double({ min: -5, max: 4, noNaN: true }),
        fc.double({ min: 0.01, max: 6, noNaN: true }),
        fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constant(Number.NaN), fc.double({ min: 0, max: 50 })),
        (xs, min, span, bins) => {
          const h = histogram(xs, { min, max: min + span, bins });
          const inRange = h.counts.reduce((s, c) => s + c, 0);
          expect(inRange + h.outside).toBe(xs.length);
          const width = span / h.counts.length;
          const integral = h.density.reduce((s, d) => s + d * width, 0);
          const fraction = xs.length === 0 ? 0 : inRange / xs.length;
          expect(Math.abs(integral - fraction)).toBeLessThan(1e-9);
          for (const d of h.density) expect(Number.isNaN(d)).toBe(false);
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });
});

describe('Kolmogorov–Smirnov', () => {
  it('ksStatistic equals a brute-force sup over both sides of every jump of F_n', () => {
    const rng = createRng(31);
    const xs = Array.from({ length: 60 }, () => rng.normal() * 1.3 + 0.2);
    const n = xs.length;
    let brute = 0;
    for (const x of xs) {
      // F_n(x) = #{x_j ≤ x}/n and its left limit #{x_j < x}/n, counted directly
      const le = xs.filter((y) => y <= x).length / n;
      const lt = xs.filter((y) => y < x).length / n;
      const f = normalCdf(x);
      brute = Math.max(brute, Math.abs(le - f), Math.abs(lt - f));
    }
    expect(ksStatistic(xs, normalCdf)).toBeCloseTo(brute, 14);
  });

  it('critical values: c(α) = 1.358, 1.628, 1.949 (Kolmogorov table), divided by √n', () => {
    expect(ksCriticalValue(1, 0.05)).toBeCloseTo(1.3581, 3);
    expect(ksCriticalValue(1, 0.01)).toBeCloseTo(1.6276, 3);
    expect(ksCriticalValue(1, 0.001)).toBeCloseTo(1.9495, 3);
    expect(ksCriticalValue(100, 0.05)).toBeCloseTo(0.13581, 4);
  });

  it('detects a wrong model: N(0.1, 1) data against Φ with n = 20 000 is rejected at α = 0.001', () => {
    const rng = createRng(32);
    const xs = Array.from({ length: 20_000 }, () => rng.normal() + 0.1);
    expect(ksStatistic(xs, normalCdf)).toBeGreaterThan(ksCriticalValue(xs.length, 0.001));
  });
});

describe('χ²', () => {
  it('statistic by hand: O = (10, 20, 30), E = (20, 20, 20) → (100 + 0 + 100)/20 = 10', () => {
    expect(chiSquareStatistic([10, 20, 30], [20, 20, 20])).toBe(10);
    expect(chiSquareStatistic([0, 5], [0, 5])).toBe(0);
    expect(chiSquareStatistic([1, 5], [0, 6])).toBe(Number.POSITIVE_INFINITY);
    expect(() => chiSquareStatistic([1], [1, 2])).toThrow(RangeError);
  });

  it('critical values agree with printed χ² tables (exact for df 1, 2; Wilson–Hilferty within 1 % for df ≥ 3)', () => {
    expect(chiSquareCriticalValue(1, 0.05)).toBeCloseTo(3.8415, 3);
    expect(chiSquareCriticalValue(2, 0.05)).toBeCloseTo(5.9915, 3);
    const table: [number, number, number][] = [
      [3, 0.05, 7.815],
      [10, 0.05, 18.307],
      [10, 0.001, 29.588],
      [30, 0.01, 50.892],
      [100, 0.05, 124.342],
    ];
    for (const [df, alpha, value] of table) {
      expect(Math.abs(chiSquareCriticalValue(df, alpha) / value - 1)).toBeLessThan(0.01);
    }
  });
});

describe('normal CDF and quantile', () => {
  it('erfc and Φ match published values', () => {
    expect(erfc(0.5)).toBeCloseTo(0.4795001221869535, 14);
    expect(erfc(2)).toBeCloseTo(0.004677734981047266, 15);
    expect(erfc(3) / 2.209049699858544e-5).toBeCloseTo(1, 12);
    expect(erfc(-1)).toBeCloseTo(1.8427007929497148, 14);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalCdf(-8) / 6.22096057427178e-16).toBeCloseTo(1, 9);
  });

  it('Φ⁻¹ matches published quantiles and inverts Φ to ~1e-12 across (1e-300, 1 − 1e-16)', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    for (const p of [1e-300, 1e-20, 1e-5, 0.01, 0.02425, 0.3, 0.7, 0.97575, 0.999, 1 - 1e-12]) {
      const x = normalQuantile(p);
      const back = p < 0.5 ? normalCdf(x) : 1 - normalCdf(-x);
      expect(Math.abs(back - p) / Math.min(p, 1 - p)).toBeLessThan(1e-9);
    }
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
  });
});

/** AR(1) x_t = φ x_{t−1} + ξ_t: ρ_k = φ^k and τ = (1 + φ)/(1 − φ) exactly. */
function ar1(phi: number, n: number, seed: number): Float64Array {
  const rng = createRng(seed);
  const xs = new Float64Array(n);
  let x = rng.normal() / Math.sqrt(1 - phi * phi); // start in the stationary law
  for (let t = 0; t < n; t++) {
    x = phi * x + rng.normal();
    xs[t] = x;
  }
  return xs;
}

describe('autocorrelation and ESS', () => {
  it('autocorrelation equals the brute-force definition, on both the direct and the FFT path', () => {
    for (const n of [300, 40_000]) {
      const xs = ar1(0.7, n, 41);
      const lags = n === 300 ? 20 : 299; // 300 · 40 000 > 4e6 takes the FFT branch
      const rho = autocorrelation(xs, lags);
      const m = xs.reduce((s, x) => s + x, 0) / n;
      const gamma = (k: number) => {
        let s = 0;
        for (let t = 0; t + k < n; t++) s += (xs[t] - m) * (xs[t + k] - m);
        return s / n;
      };
      for (const k of [0, 1, 2, 5, 19]) expect(rho[k]).toBeCloseTo(gamma(k) / gamma(0), 10);
    }
  });

  it('AR(1) with φ = 0.9: ρ_k ≈ φ^k and ESS ≈ n(1 − φ)/(1 + φ) within 15 %', () => {
    const n = 100_000;
    const xs = ar1(0.9, n, 42);
    const rho = autocorrelation(xs, 5);
    for (let k = 1; k <= 5; k++) expect(Math.abs(rho[k] - 0.9 ** k)).toBeLessThan(0.02);
    const expected = (n * (1 - 0.9)) / (1 + 0.9);
    expect(Math.abs(effectiveSampleSize(xs) / expected - 1)).toBeLessThan(0.15);
  });

  it('slowly mixing AR(1) with φ = 0.99 (lags beyond the direct limit, FFT path): ESS within 25 % of n(1 − φ)/(1 + φ)', () => {
    const n = 200_000;
    const xs = ar1(0.99, n, 44);
    const expected = (n * (1 - 0.99)) / (1 + 0.99);
    expect(Math.abs(effectiveSampleSize(xs) / expected - 1)).toBeLessThan(0.25);
  });

  it('independent draws have ESS ≈ n (within 10 %); a constant chain has ESS 1 and ρ ≡ 1', () => {
    const n = 20_000;
    const xs = createRng(43).fillNormal(new Float64Array(n));
    expect(Math.abs(effectiveSampleSize(xs) / n - 1)).toBeLessThan(0.1);
    const stuck = new Float64Array(500).fill(2);
    expect(effectiveSampleSize(stuck)).toBe(1);
    expect(Array.from(autocorrelation(stuck, 3))).toEqual([1, 1, 1, 1]);
  });
});

describe('importanceEss', () => {
  it('equal weights → n, one dominant weight → 1, all −∞ → 0', () => {
    expect(importanceEss(new Float64Array(50).fill(-3))).toBeCloseTo(50, 10);
    expect(importanceEss([1000, 0, 0])).toBeCloseTo(1, 10);
    expect(importanceEss([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBe(0);
  });

  it('equals (Σw)²/Σw² computed directly for moderate weights, and is finite at ±1e4', () => {
    const lw = [0.3, -1.2, 2.5, 0, -0.7];
    const w = lw.map(Math.exp);
    const direct = w.reduce((s, x) => s + x, 0) ** 2 / w.reduce((s, x) => s + x * x, 0);
    expect(importanceEss(lw)).toBeCloseTo(direct, 12);
    expect(importanceEss(lw.map((l) => l + 1e4))).toBeCloseTo(direct, 8);
    expect(importanceEss(lw.map((l) => l - 1e4))).toBeCloseTo(direct, 8);
  });

  it('property: 1 ≤ ESS ≤ n whenever some weight is finite', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (lw) => {
          const ess = importanceEss(lw);
          expect(ess).toBeGreaterThanOrEqual(1 - 1e-9);
          expect(ess).toBeLessThanOrEqual(lw.length + 1e-9);
        },
      ),
      { seed: 4, numRuns: 300 },
    );
  });
});

describe('ksStatisticInPlace', () => {
  it('equals stats.ksStatistic on continuous and on lattice (tied) data', () => {
    const rng = createRng(3);
    const continuous = new Float64Array(3000);
    rng.fillNormal(continuous);
    const lattice = new Float64Array(3000);
    for (let i = 0; i < lattice.length; i++) {
      let s = 0;
      for (let k = 0; k < 9; k++) s += rng.uniform() < 0.5 ? -1 : 1;
      lattice[i] = s;
    }
    const wide = (x: number) => normalCdf(x / 3);
    expect(ksStatisticInPlace(Float64Array.from(continuous), normalCdf)).toBeCloseTo(
      ksStatistic(continuous, normalCdf),
      14,
    );
    expect(ksStatisticInPlace(Float64Array.from(lattice), wide)).toBeCloseTo(ksStatistic(lattice, wide), 14);
  });

  it('gives the hand-computed value with ties', () => {
    // F_n jumps from 0 to ½ at 0 and to 1 at 1; F = Φ: gaps ½ − 0 at x = 0 (above) and Φ(1) − ½ at x = 1 (below)
    const d = ksStatisticInPlace(new Float64Array([1, 0, 1, 0]), normalCdf);
    expect(d).toBeCloseTo(Math.max(0.5, normalCdf(1) - 0.5, 1 - normalCdf(1)), 15);
  });

  it('sorts its input in place and rejects empty input and NaN', () => {
    const xs = new Float64Array([3, 1, 2]);
    ksStatisticInPlace(xs, normalCdf);
    expect(Array.from(xs)).toEqual([1, 2, 3]);
    expect(() => ksStatisticInPlace(new Float64Array(0), normalCdf)).toThrow(RangeError);
    expect(() => ksStatisticInPlace(new Float64Array([1, Number.NaN]), normalCdf)).toThrow(RangeError);
  });
});

describe('normalCdfTabulated', () => {
  it('is within 3e-8 of Φ everywhere (dense check) and exact at the ends', () => {
    let worst = 0;
    for (let x = -9; x <= 9; x += 0.000731)
      worst = Math.max(worst, Math.abs(normalCdfTabulated(x) - normalCdf(x)));
    expect(worst).toBeLessThan(3e-8);
    expect(normalCdfTabulated(-100)).toBe(0);
    expect(normalCdfTabulated(100)).toBe(1);
    expect(normalCdfTabulated(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(Number.isNaN(normalCdfTabulated(Number.NaN))).toBe(true);
  });

  it('gives KS distances equal to the exact ones to 1e-7', () => {
    const rng = createRng(8);
    const xs = new Float64Array(5000);
    rng.fillNormal(xs);
    const exact = ksStatistic(xs, normalCdf);
    expect(Math.abs(ksStatisticInPlace(Float64Array.from(xs), normalCdfTabulated) - exact)).toBeLessThan(
      1e-7,
    );
  });
});
