import { describe, expect, it } from 'vitest';
import {
  brownianPath,
  createWalkers,
  randomWalkDiffusionCoefficient,
  resetWalkers,
  stepWalkers,
  theoreticalMsd,
  walkerCdf,
  walkerCoordinates,
  walkerDensity,
  walkerMsd,
  walkerTime,
} from '../../src/core/brownian/walkers';
import { createRng } from '../../src/core/random';
import {
  chiSquareCriticalValue,
  chiSquareStatistic,
  ksCriticalValue,
  ksStatistic,
  normalCdf,
} from '../../src/core/stats';

describe('diffusion coefficient of a walk', () => {
  it('is D = a²/(2Δt) for both walk kinds and rejects bad input', () => {
    expect(randomWalkDiffusionCoefficient(0.5, 0.25)).toBeCloseTo(0.5, 15);
    const w = createWalkers({ walkers: 10, dimension: 2, kind: 'lattice', stepSize: 3, dt: 2 });
    expect(w.diffusionCoefficient).toBeCloseTo(9 / 4, 15);
    expect(() => randomWalkDiffusionCoefficient(0, 1)).toThrow(RangeError);
    expect(() => randomWalkDiffusionCoefficient(1, Number.NaN)).toThrow(RangeError);
    expect(() => createWalkers({ walkers: 10, dimension: 3 as 1, kind: 'lattice', stepSize: 1 })).toThrow(
      RangeError,
    );
    // walker counts are clamped, not rejected
    expect(createWalkers({ walkers: 1e9, dimension: 1, kind: 'gaussian', stepSize: 1 }).count).toBe(100_000);
  });
});

describe('Gaussian walk', () => {
  const N = 10_000;
  const steps = 100;
  const a = 0.3;
  const dt = 0.01;
  const w = createWalkers({ walkers: N, dimension: 2, kind: 'gaussian', stepSize: a, dt });
  stepWalkers(w, createRng(11), steps);
  const t = walkerTime(w);
  const D = w.diffusionCoefficient;

  it('has per-axis variance 2Dt: Σx²/(2Dt) ~ χ²_N (known mean 0), two-sided test at α = 0.001', () => {
    expect(t).toBeCloseTo(steps * dt, 12);
    for (const axis of [0, 1]) {
      const xs = walkerCoordinates(w, axis);
      let ss = 0;
      for (const x of xs) ss += x * x;
      const stat = ss / (2 * D * t);
      expect(stat).toBeLessThan(chiSquareCriticalValue(N, 0.0005));
      expect(stat).toBeGreaterThan(chiSquareCriticalValue(N, 0.9995));
    }
  });

  it('each coordinate is N(0, 2Dt): KS at α = 0.001', () => {
    for (const axis of [0, 1]) {
      const d = ksStatistic(walkerCoordinates(w, axis), (x) => walkerCdf(x, t, D));
      expect(d).toBeLessThan(ksCriticalValue(N, 0.001));
    }
  });

  it('MSD = 2·d·D·t within 5 standard errors (|x|²/(2Dt) ~ χ²₂, SE = 2Dt·√(2d/N))', () => {
    const msd = walkerMsd(w);
    const expected = theoreticalMsd(t, D, 2);
    const se = 2 * D * t * Math.sqrt(4 / N);
    expect(Math.abs(msd - expected)).toBeLessThan(5 * se);
  });

  it('the two axes are uncorrelated: |r| < 5/√N', () => {
    const xs = walkerCoordinates(w, 0);
    const ys = walkerCoordinates(w, 1);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < N; i++) {
      sxy += xs[i] * ys[i];
      sxx += xs[i] * xs[i];
      syy += ys[i] * ys[i];
    }
    expect(Math.abs(sxy / Math.sqrt(sxx * syy))).toBeLessThan(5 / Math.sqrt(N));
  });

  it('is deterministic given the seed, and reset returns to the origin', () => {
    const a1 = createWalkers({ walkers: 50, dimension: 1, kind: 'gaussian', stepSize: 1 });
    const a2 = createWalkers({ walkers: 50, dimension: 1, kind: 'gaussian', stepSize: 1 });
    stepWalkers(a1, createRng(5), 20);
    stepWalkers(a2, createRng(5), 20);
    expect(Array.from(a1.positions)).toEqual(Array.from(a2.positions));
    resetWalkers(a1);
    expect(a1.steps).toBe(0);
    expect(walkerMsd(a1)).toBe(0);
  });
});

describe('lattice walk', () => {
  it('sits on the lattice: x/a ≡ n (mod 2) after n steps', () => {
    const w = createWalkers({ walkers: 500, dimension: 2, kind: 'lattice', stepSize: 0.5 });
    stepWalkers(w, createRng(3), 17);
    for (const x of w.positions) {
      const k = x / 0.5;
      expect(Number.isInteger(k)).toBe(true);
      expect(Math.abs(k) % 2).toBe(1);
    }
  });

  it('matches the exact binomial law: x = a(2K − n), K ~ Bin(n, ½); χ² at α = 0.001 on both axes', () => {
    const N = 20_000;
    const n = 60;
    const a = 1.5;
    const w = createWalkers({ walkers: N, dimension: 2, kind: 'lattice', stepSize: a });
    stepWalkers(w, createRng(2024), n);
    // exact pmf by the recurrence P(K = k + 1) = P(K = k)·(n − k)/(k + 1), P(K = 0) = 2^−n
    const pmf = new Float64Array(n + 1);
    pmf[0] = 2 ** -n;
    for (let k = 0; k < n; k++) pmf[k + 1] = (pmf[k] * (n - k)) / (k + 1);
    // bins: tails merged until every expected count is ≥ 5
    let lo = 0;
    while (pmf[lo] * N < 5) lo++;
    const hi = n - lo;
    for (const axis of [0, 1]) {
      const observed = new Float64Array(hi - lo + 1);
      const expected = new Float64Array(hi - lo + 1);
      for (let k = 0; k <= n; k++) expected[Math.min(hi, Math.max(lo, k)) - lo] += pmf[k] * N;
      for (const x of walkerCoordinates(w, axis)) {
        const k = Math.round((x / a + n) / 2);
        observed[Math.min(hi, Math.max(lo, k)) - lo]++;
      }
      const chi2 = chiSquareStatistic(observed, expected);
      expect(chi2).toBeLessThan(chiSquareCriticalValue(observed.length - 1, 0.001));
    }
  });

  it('per-axis mean square = n·a² within 5 SE (exact: Var(x²) = a⁴(2n² − 2n) for n ±1 steps)', () => {
    const N = 10_000;
    const n = 200;
    const a = 0.7;
    const w = createWalkers({ walkers: N, dimension: 1, kind: 'lattice', stepSize: a, dt: 0.5 });
    stepWalkers(w, createRng(99), n);
    const se = a * a * Math.sqrt((2 * n * n - 2 * n) / N);
    expect(Math.abs(walkerMsd(w) - n * a * a)).toBeLessThan(5 * se);
    // and n·a² = 2·D·t with D = a²/(2Δt), t = nΔt
    expect(n * a * a).toBeCloseTo(2 * w.diffusionCoefficient * walkerTime(w), 10);
  });

  it('approaches N(0, 2Dt): the KS distance to the Gaussian shrinks from 16 to 1600 steps', () => {
    const N = 5_000;
    const ks: number[] = [];
    for (const n of [16, 1600]) {
      const w = createWalkers({ walkers: N, dimension: 1, kind: 'lattice', stepSize: 1 });
      stepWalkers(w, createRng(8), n);
      const t = walkerTime(w);
      ks.push(ksStatistic(walkerCoordinates(w, 0), (x) => walkerCdf(x, t, w.diffusionCoefficient)));
    }
    // A lattice law has jumps of about P(mode) ≈ 2/√(2πn); the KS distance is roughly half of that.
    expect(ks[0]).toBeGreaterThan(0.05);
    expect(ks[1]).toBeLessThan(ks[0] / 3);
  });
});

describe('exact law of a coordinate', () => {
  it('walkerDensity is the derivative of walkerCdf (central difference, 1e-7) and integrates to 1', () => {
    const D = 0.8;
    const t = 2.5;
    for (const x of [-4, -1, 0, 0.3, 2, 5]) {
      const h = 1e-5;
      const fd = (walkerCdf(x + h, t, D) - walkerCdf(x - h, t, D)) / (2 * h);
      expect(Math.abs(fd - walkerDensity(x, t, D))).toBeLessThan(1e-7);
    }
    // trapezoid rule over ±10 standard deviations
    const sd = Math.sqrt(2 * D * t);
    let integral = 0;
    const m = 4000;
    const h = (20 * sd) / m;
    for (let i = 0; i <= m; i++)
      integral += (i === 0 || i === m ? 0.5 : 1) * walkerDensity(-10 * sd + i * h, t, D);
    expect(integral * h).toBeCloseTo(1, 9);
    expect(walkerCdf(sd, t, D)).toBeCloseTo(normalCdf(1), 14);
  });

  it('is a point mass at t = 0 and rejects negative times', () => {
    expect(walkerCdf(-1e-9, 0, 1)).toBe(0);
    expect(walkerCdf(0, 0, 1)).toBe(1);
    expect(walkerDensity(0.1, 0, 1)).toBe(0);
    expect(() => walkerCdf(0, -1, 1)).toThrow(RangeError);
  });
});

describe('brownianPath', () => {
  it('has independent N(0, 2DΔt) increments: KS at α = 0.001', () => {
    const steps = 20_000;
    const dt = 0.01;
    const D = 3;
    const path = brownianPath(createRng(77), steps, dt, D, 1);
    expect(path[0]).toBe(0);
    const inc = new Float64Array(steps);
    for (let k = 0; k < steps; k++) inc[k] = path[k + 1] - path[k];
    const sd = Math.sqrt(2 * D * dt);
    expect(ksStatistic(inc, (x) => normalCdf(x / sd))).toBeLessThan(ksCriticalValue(steps, 0.001));
    // lag-1 correlation of the increments ≈ 0: |r| < 5/√n
    let s01 = 0;
    let s00 = 0;
    for (let k = 0; k + 1 < steps; k++) {
      s01 += inc[k] * inc[k + 1];
      s00 += inc[k] * inc[k];
    }
    expect(Math.abs(s01 / s00)).toBeLessThan(5 / Math.sqrt(steps));
  });
});
