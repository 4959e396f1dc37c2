import { describe, expect, it } from 'vitest';
import {
  drawForwardNoise,
  forwardMarginalCdf,
  forwardMarginalDensity,
  noiseCloud,
  noiseCloudAtStep,
} from '../../src/core/diffusion/forward';
import { linearNoiseSchedule } from '../../src/core/diffusion/schedules';
import { smileyCloud } from '../../src/core/diffusion/shapes';
import { createRng } from '../../src/core/random';
import { ksCriticalValue, ksStatistic, normalCdf, variance } from '../../src/core/stats';

const sch = linearNoiseSchedule(1000);

function axis(points: Float64Array, a: number): Float64Array {
  const out = new Float64Array(points.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = points[2 * i + a];
  return out;
}

describe('forward noising of a cloud', () => {
  it('x_t | x_0 ~ N(√ᾱ x_0, 1 − ᾱ): KS at α = 0.001 for several t (x_0 a fixed point)', () => {
    const n = 5000;
    const x0 = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      x0[2 * i] = 1.5;
      x0[2 * i + 1] = -0.7;
    }
    const eps = drawForwardNoise(2 * n, createRng(17));
    for (const t of [1, 50, 300, 1000]) {
      const ab = sch.alphaBar[t];
      const xt = noiseCloudAtStep(x0, eps, sch, t);
      const crit = ksCriticalValue(n, 0.001);
      expect(ksStatistic(axis(xt, 0), (x) => forwardMarginalCdf(x, 1.5, ab))).toBeLessThan(crit);
      expect(ksStatistic(axis(xt, 1), (x) => forwardMarginalCdf(x, -0.7, ab))).toBeLessThan(crit);
    }
  });

  it('a dissolving smiley: its x-marginal is far from N(0,1) at t = 0 and passes KS (α = 0.001) at t = T', () => {
    const n = 4000;
    const x0 = smileyCloud(n, createRng(1));
    const eps = drawForwardNoise(2 * n, createRng(2));
    const crit = ksCriticalValue(n, 0.001);
    const start = ksStatistic(axis(noiseCloudAtStep(x0, eps, sch, 0), 0), normalCdf);
    const end = ksStatistic(axis(noiseCloudAtStep(x0, eps, sch, 1000), 0), normalCdf);
    expect(start).toBeGreaterThan(2 * crit);
    expect(end).toBeLessThan(crit);
    // a unit-variance cloud stays unit-variance all the way: |s² − 1| < 5·√(2/n) + the ε–x_0 sample covariance
    for (const t of [0, 100, 400, 1000]) {
      const xt = noiseCloudAtStep(x0, eps, sch, t);
      expect(Math.abs(variance(axis(xt, 1)) - 1)).toBeLessThan(5 * Math.sqrt(2 / n) + 0.05);
    }
  });

  it('reusing ε makes scrubbing smooth: between neighbouring steps no point moves more than 0.1', () => {
    const n = 2000;
    const x0 = smileyCloud(n, createRng(1));
    const eps = drawForwardNoise(2 * n, createRng(2));
    const a = new Float64Array(2 * n);
    const b = new Float64Array(2 * n);
    noiseCloudAtStep(x0, eps, sch, 0, a);
    let worst = 0;
    for (let t = 1; t <= 1000; t++) {
      noiseCloudAtStep(x0, eps, sch, t, b);
      for (let i = 0; i < 2 * n; i++) worst = Math.max(worst, Math.abs(b[i] - a[i]));
      a.set(b);
    }
    expect(worst).toBeLessThan(0.1);
  });

  it('t = 0 gives x_0 back exactly; out may alias x_0; bad input throws', () => {
    const x0 = Float64Array.from([1, 2, 3, 4]);
    const eps = Float64Array.from([0.5, -0.5, 1, -1]);
    expect(Array.from(noiseCloudAtStep(x0, eps, sch, 0))).toEqual([1, 2, 3, 4]);
    const copy = Float64Array.from(x0);
    noiseCloud(copy, eps, 0.25, copy);
    expect(copy[0]).toBeCloseTo(0.5 * 1 + Math.sqrt(0.75) * 0.5, 15);
    expect(() => noiseCloud(x0, eps, 1.2)).toThrow(RangeError);
    expect(() => noiseCloud(x0, new Float64Array(3), 0.5)).toThrow(RangeError);
  });
});

describe('forward marginal density and CDF', () => {
  it('density integrates to 1 and is the derivative of the CDF (central difference, 1e-7)', () => {
    for (const ab of [0, 0.3, 0.99]) {
      const x0 = 1.2;
      const m = Math.sqrt(ab) * x0;
      const sd = Math.sqrt(1 - ab);
      let integral = 0;
      const k = 4000;
      const h = (20 * sd) / k;
      for (let i = 0; i <= k; i++) {
        integral += (i === 0 || i === k ? 0.5 : 1) * forwardMarginalDensity(m - 10 * sd + i * h, x0, ab);
      }
      expect(integral * h).toBeCloseTo(1, 9);
      for (const x of [-1, 0, 0.7, 2]) {
        const d = 1e-5;
        const fd = (forwardMarginalCdf(x + d, x0, ab) - forwardMarginalCdf(x - d, x0, ab)) / (2 * d);
        expect(Math.abs(fd - forwardMarginalDensity(x, x0, ab))).toBeLessThan(1e-7);
      }
    }
    expect(forwardMarginalCdf(0.5, 0.5, 1)).toBe(1);
    expect(forwardMarginalCdf(0.49, 0.5, 1)).toBe(0);
  });
});
