import { describe, expect, it } from 'vitest';
import {
  createDiagonalMixture2D,
  diagonalMixtureMoments,
  NoisedGaussianMixture,
} from '../../src/core/diffusion/gaussianMixture';
import {
  ddpmSample,
  ddpmStep,
  probabilityFlowSample,
  probabilityFlowStep,
  probabilityFlowTimes,
} from '../../src/core/diffusion/samplers';
import {
  continuousCosineSchedule,
  continuousLinearSchedule,
  cosineNoiseSchedule,
  linearNoiseSchedule,
} from '../../src/core/diffusion/schedules';
import { createRng } from '../../src/core/random';
import { ksCriticalValue, ksStatistic, normalCdf } from '../../src/core/stats';

// A lopsided, correlated-looking (through the means) two-component mixture.
const mixture = createDiagonalMixture2D({
  weights: [0.3, 0.7],
  means: [
    [-2, 0.5],
    [1.5, -1],
  ],
  variances: [0.2, [0.4, 0.1]],
});
const target = diagonalMixtureMoments(mixture);
const p = new NoisedGaussianMixture(mixture);
const N = 2000;

/**
 * Sample mean and covariance, each checked against the exact value within 5 standard errors. The SE of a
 * covariance entry is estimated from the samples themselves: sd((x − x̄)(y − ȳ)) / √n. `slack` is a
 * stated allowance for the sampler's discretisation error.
 */
function expectMoments(pts: Float64Array, slack: number): void {
  const n = pts.length / 2;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += pts[2 * i] / n;
    my += pts[2 * i + 1] / n;
  }
  expect(Math.abs(mx - target.meanX)).toBeLessThan(5 * Math.sqrt(target.varX / n) + slack);
  expect(Math.abs(my - target.meanY)).toBeLessThan(5 * Math.sqrt(target.varY / n) + slack);
  const entries: [number, number, number][] = [
    [0, 0, target.varX],
    [1, 1, target.varY],
    [0, 1, target.covXY],
  ];
  const means = [mx, my];
  for (const [a, b, exact] of entries) {
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const prod = (pts[2 * i + a] - means[a]) * (pts[2 * i + b] - means[b]);
      s += prod;
      s2 += prod * prod;
    }
    const est = s / (n - 1);
    const se = Math.sqrt((s2 / n - (s / n) ** 2) / n);
    expect(Math.abs(est - exact)).toBeLessThan(5 * se + slack);
  }
}

/** The exact x-marginal CDF of the data: Σ_k w_k Φ((x − μ_kx)/σ_kx). */
function dataCdfX(x: number): number {
  let F = 0;
  for (let k = 0; k < mixture.count; k++) {
    F += mixture.weights[k] * normalCdf((x - mixture.means[2 * k]) / Math.sqrt(mixture.variances[2 * k]));
  }
  return F;
}

/** The score of N(0, I): s(x) = −x (every p_t is N(0, I) when the data are). */
function minusX(pts: Float64Array, _alphaBar: number, out: Float64Array): void {
  for (let i = 0; i < pts.length; i++) out[i] = -pts[i];
}

function xs(pts: Float64Array): Float64Array {
  const out = new Float64Array(pts.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = pts[2 * i];
  return out;
}

describe('DDPM ancestral sampling with the exact score', () => {
  for (const schedule of [linearNoiseSchedule(1000), cosineNoiseSchedule(1000)]) {
    it(`${schedule.kind}, T = 1000, from N(0, I): mean and covariance within 5 SE + 0.02, x-marginal KS α = 0.001`, () => {
      const rng = createRng(7);
      const pts = rng.fillNormal(new Float64Array(2 * N));
      ddpmSample(pts, p.scoreCloud, schedule, rng);
      expectMoments(pts, 0.02);
      expect(ksStatistic(xs(pts), dataCdfX)).toBeLessThan(ksCriticalValue(N, 0.001));
    });
  }

  it('one step uses mean (x + β s)/√α and the posterior variance: checked on N(0, I) data where s = −x', () => {
    // If the data are N(0, I), every p_t is N(0, I) and s(x) = −x. Then
    // x_{t−1} = (1 − β_t) x_t/√α_t + σ_t z = √α_t x_t + σ_t z, σ_t² = β_t(1 − ᾱ_{t−1})/(1 − ᾱ_t).
    const sch = linearNoiseSchedule(100, { scaleToSteps: true });
    const t = 40;
    const n = 20_000;
    const rng = createRng(9);
    const x = Float64Array.from({ length: n }, () => 2);
    ddpmStep(x, minusX, sch, t, rng);
    const mean = Math.sqrt(sch.alpha[t]) * 2;
    const sd = Math.sqrt((sch.beta[t] * (1 - sch.alphaBar[t - 1])) / (1 - sch.alphaBar[t]));
    expect(ksStatistic(x, (v) => normalCdf((v - mean) / sd))).toBeLessThan(ksCriticalValue(n, 0.001));
    expect(() => ddpmStep(x, p.scoreCloud, sch, 0, rng)).toThrow(RangeError);
  });
});

describe('probability-flow ODE with the exact score', () => {
  const cases = [
    { schedule: continuousLinearSchedule(), method: 'heun', steps: 100, grid: 'uniform', slack: 0.02 },
    { schedule: continuousLinearSchedule(), method: 'euler', steps: 400, grid: 'uniform', slack: 0.05 },
    { schedule: continuousLinearSchedule(), method: 'euler-t', steps: 400, grid: 'uniform', slack: 0.03 },
    { schedule: continuousCosineSchedule(), method: 'heun', steps: 100, grid: 'karras', slack: 0.02 },
  ] as const;
  for (const c of cases) {
    it(`${c.schedule.kind}, ${c.method}, ${c.steps} steps (${c.grid} grid): moments within 5 SE + ${c.slack}, x-marginal KS α = 0.001`, () => {
      const rng = createRng(7);
      const pts = rng.fillNormal(new Float64Array(2 * N));
      probabilityFlowSample(pts, p.scoreCloud, c.schedule, {
        method: c.method,
        steps: c.steps,
        grid: c.grid,
      });
      expectMoments(pts, c.slack);
      expect(ksStatistic(xs(pts), dataCdfX)).toBeLessThan(ksCriticalValue(N, 0.001));
    });
  }

  it('Heun converges with second order: halving the step cuts the error by ≈ 4 (ratio > 3)', () => {
    const sch = continuousLinearSchedule();
    const start = createRng(3).fillNormal(new Float64Array(400));
    const run = (steps: number) =>
      probabilityFlowSample(Float64Array.from(start), p.scoreCloud, sch, { method: 'heun', steps });
    const ref = run(3200);
    const err = (pts: Float64Array) => {
      let e = 0;
      for (let i = 0; i < pts.length; i++) e = Math.max(e, Math.abs(pts[i] - ref[i]));
      return e;
    };
    expect(err(run(50)) / err(run(100))).toBeGreaterThan(3);
  });

  it('is deterministic; with N(0, I) data (s = −x) the drift −½β(x + s) vanishes and points stay put', () => {
    const sch = continuousLinearSchedule();
    const a = createRng(5).fillNormal(new Float64Array(100));
    const b = Float64Array.from(a);
    probabilityFlowSample(a, p.scoreCloud, sch, { steps: 20 });
    probabilityFlowSample(b, p.scoreCloud, sch, { steps: 20 });
    expect(Array.from(a)).toEqual(Array.from(b));
    // 'euler-t' steps along the drift itself: exactly zero
    const x = Float64Array.from([0.3, -1.2, 2.5]);
    probabilityFlowStep(x, minusX, sch, 0.8, 0.5, 'euler-t');
    expect(Array.from(x)).toEqual([0.3, -1.2, 2.5]);
    // 'euler' / 'heun' step in σ, where the exact solution y ∝ √(1 + σ²) is curved, so one step from
    // 0.5 + h to 0.5 errs by O(h²) (Euler) and O(h³) (Heun): halving h divides the error by ≈ 4 and ≈ 8.
    const stepError = (method: 'euler' | 'heun', h: number) => {
      const y = Float64Array.from([2.5]);
      probabilityFlowStep(y, minusX, sch, 0.5 + h, 0.5, method);
      return Math.abs(y[0] - 2.5);
    };
    expect(stepError('euler', 0.02) / stepError('euler', 0.01)).toBeGreaterThan(3);
    expect(stepError('heun', 0.02) / stepError('heun', 0.01)).toBeGreaterThan(6);
    expect(stepError('heun', 0.01)).toBeLessThan(stepError('euler', 0.01) / 10);
  });

  it('time grids run from tStart to tEnd, strictly decreasing', () => {
    for (const sch of [continuousLinearSchedule(), continuousCosineSchedule()]) {
      for (const grid of ['uniform', 'karras'] as const) {
        const ts = probabilityFlowTimes(sch, 30, sch.tMax, 0, grid);
        expect(ts.length).toBe(31);
        expect(ts[0]).toBe(sch.tMax);
        expect(ts[30]).toBe(0);
        for (let k = 1; k <= 30; k++) expect(ts[k]).toBeLessThan(ts[k - 1]);
      }
    }
    expect(() => probabilityFlowTimes(continuousLinearSchedule(), 0)).toThrow(RangeError);
  });
});
