import { describe, expect, it } from 'vitest';
import {
  continuousSchedule,
  createRng,
  diagonalMixtureMoments,
  drawForwardNoise,
  energyDistance,
  meanPairDistance,
  NoisedGaussianMixture,
  noiseCloud,
  pointMixture,
  ReverseRun,
  respacedSchedule,
  sampleDiagonalMixture2D,
  shapeCloud,
} from '../../../src/core';

describe('energyDistance', () => {
  it('equals the brute-force sum over all pairs on tiny sets', () => {
    const rng = createRng(2);
    for (const [n, m] of [
      [1, 1],
      [3, 2],
      [5, 7],
    ]) {
      const x = rng.fillNormal(new Float64Array(2 * n));
      const y = rng.fillNormal(new Float64Array(2 * m));
      const d = (a: Float64Array, i: number, b: Float64Array, j: number) =>
        Math.hypot(a[2 * i] - b[2 * j], a[2 * i + 1] - b[2 * j + 1]);
      let xy = 0;
      let xx = 0;
      let yy = 0;
      for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) xy += d(x, i, y, j);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) xx += d(x, i, x, j);
      for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) yy += d(y, i, y, j);
      const brute = (2 * xy) / (n * m) - xx / (n * n) - yy / (m * m);
      expect(energyDistance(x, y)).toBeCloseTo(Math.max(0, brute), 12);
    }
  });

  it('is 0 for a cloud against itself, matches the general-dimension loop, and rejects ragged input', () => {
    const x = createRng(3).fillNormal(new Float64Array(40));
    expect(energyDistance(x, x)).toBe(0);
    const y = createRng(4).fillNormal(new Float64Array(40));
    // the same numbers read as 4-D points are a different cloud: compare the 2-D fast path with a 1-D reading
    const twoD = meanPairDistance(x, y, 2);
    let brute = 0;
    for (let i = 0; i < 20; i++)
      for (let j = 0; j < 20; j++) brute += Math.hypot(x[2 * i] - y[2 * j], x[2 * i + 1] - y[2 * j + 1]);
    expect(twoD).toBeCloseTo(brute / 400, 12);
    expect(meanPairDistance(new Float64Array([0, 3]), new Float64Array([4, 0]), 1)).toBeCloseTo(2, 12);
    expect(() => energyDistance(new Float64Array(3), x)).toThrow(RangeError);
  });

  it('separates a shifted cloud from the original by about the closed form for two Gaussians', () => {
    // For N(0, 1) against N(μ, 1): D² = 2E|W_μ| − 2E|W_0| with W_μ ~ N(μ, 2); μ = 1 gives ≈ 0.541.
    // The estimate moves with the sample means (dD²/dμ ≈ 1.04, and the difference of the means has standard
    // error √(2/n) ≈ 0.022 at n = 4000): about 0.025 in all, so 0.1 is four standard errors.
    const n = 4000;
    const x = createRng(5).fillNormal(new Float64Array(n));
    const y = createRng(6)
      .fillNormal(new Float64Array(n))
      .map((v) => v + 1);
    const s = Math.SQRT2;
    const phi = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    const cdf = (z: number) => 0.5 * (1 + erfApprox(z / Math.SQRT2));
    const meanAbs = (mu: number) => s * 2 * phi(mu / s) + mu * (2 * cdf(mu / s) - 1);
    const exact = 2 * meanAbs(1) - 2 * meanAbs(0);
    expect(Math.abs(energyDistance(x, y, 1) - exact)).toBeLessThan(0.1);
  });
});

/** Abramowitz–Stegun 7.1.26 (|error| < 1.5e-7), enough for a closed form checked to 0.1. */
function erfApprox(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return x >= 0 ? y : -y;
}

describe('respacedSchedule', () => {
  it('hits the continuous ᾱ at every respaced time, for both kinds', () => {
    for (const kind of ['linear', 'cosine'] as const) {
      const c = continuousSchedule(kind);
      for (const S of [5, 37, 1000]) {
        const s = respacedSchedule(c, S);
        for (const k of [0, 1, Math.floor(S / 2), S]) {
          expect(s.alpha[k]).toBeCloseTo(1 - s.beta[k], 14);
          // a β clipped at 0.999 (the cosine's last step when S is small) leaves ᾱ a little above the target
          if (s.beta.subarray(0, k + 1).some((b) => b >= 0.999)) continue;
          expect(s.alphaBar[k]).toBeCloseTo(c.alphaBar((k / S) * c.tMax), 10);
        }
      }
    }
  });
});

describe('the forward cloud', () => {
  it('has the exact mixture moments of p_t (5σ of the sample mean and a 5 % band on the variance)', () => {
    const data = shapeCloud('smiley', 200, createRng(7));
    const mixture = pointMixture(data, 0.08);
    const n = 40_000;
    const rng = createRng(8);
    const x0 = sampleDiagonalMixture2D(mixture, n, rng);
    const eps = drawForwardNoise(x0.length, rng);
    for (const alphaBar of [0.9, 0.3, 0.01]) {
      const xt = noiseCloud(x0, eps, alphaBar);
      const exact = diagonalMixtureMoments(mixture, alphaBar);
      let mx = 0;
      let my = 0;
      for (let i = 0; i < n; i++) {
        mx += xt[2 * i] / n;
        my += xt[2 * i + 1] / n;
      }
      let vx = 0;
      let vy = 0;
      for (let i = 0; i < n; i++) {
        vx += (xt[2 * i] - mx) ** 2 / (n - 1);
        vy += (xt[2 * i + 1] - my) ** 2 / (n - 1);
      }
      expect(Math.abs(mx - exact.meanX)).toBeLessThan(5 * Math.sqrt(exact.varX / n));
      expect(Math.abs(my - exact.meanY)).toBeLessThan(5 * Math.sqrt(exact.varY / n));
      expect(Math.abs(vx / exact.varX - 1)).toBeLessThan(0.05);
      expect(Math.abs(vy / exact.varY - 1)).toBeLessThan(0.05);
    }
  });
});

describe('reverse sampling with the exact score', () => {
  // 120 data points, 200 generated: the floor (a perfect sample of the mixture against the data) is measured the
  // same way, averaged over 6 draws; good runs must land within 3 × that floor, 5 coarse steps clearly above it.
  const data = shapeCloud('twoMoons', 120, createRng(11));
  const mixture = pointMixture(data, 0.08);
  const score = new NoisedGaussianMixture(mixture).scoreCloud;
  let floor = 0;
  for (let k = 0; k < 6; k++)
    floor += energyDistance(sampleDiagonalMixture2D(mixture, 200, createRng(50 + k)), data) / 6;
  const run = (sampler: 'ddpm' | 'ode', steps: number) => {
    const r = new ReverseRun({
      score,
      schedule: 'linear',
      sampler,
      steps,
      particles: 200,
      seed: 12,
      track: 2,
    });
    r.advance(1e9);
    return { energy: energyDistance(r.points, data), run: r };
  };

  it('reaches the data within 3 × the floor at 1000 steps, for both samplers', () => {
    expect(floor).toBeGreaterThan(0);
    expect(run('ddpm', 1000).energy).toBeLessThan(3 * floor);
    expect(run('ode', 1000).energy).toBeLessThan(3 * floor);
  }, 30_000);

  it('is clearly worse with 5 DDPM steps (more than 5 × the floor), and 5 ODE steps beat 5 DDPM steps', () => {
    const ddpm5 = run('ddpm', 5).energy;
    expect(ddpm5).toBeGreaterThan(5 * floor);
    expect(run('ode', 5).energy).toBeLessThan(ddpm5);
  });

  it('does not depend on how the run is sliced, and records the tracked paths from x_T to the end', () => {
    const whole = run('ddpm', 40).run;
    const sliced = new ReverseRun({
      score,
      schedule: 'linear',
      sampler: 'ddpm',
      steps: 40,
      particles: 200,
      seed: 12,
      track: 2,
    });
    while (!sliced.advance(7));
    expect(Array.from(sliced.points)).toEqual(Array.from(whole.points));
    const start = createRng(12).fillNormal(new Float64Array(4));
    expect(whole.trajectories[0]).toBe(start[0]);
    expect(whole.trajectories[(0 * 41 + 40) * 2]).toBe(whole.points[0]);
    expect(whole.trajectories[(1 * 41 + 40) * 2 + 1]).toBe(whole.points[3]);
  });
});
