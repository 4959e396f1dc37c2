import { describe, expect, it } from 'vitest';
import {
  createDiagonalMixture2D,
  diagonalMixtureMoments,
  NoisedGaussianMixture,
  sampleDiagonalMixture2D,
} from '../../src/core/diffusion/gaussianMixture';
import { createRng } from '../../src/core/random';
import { ksCriticalValue, ksStatistic, normalCdf } from '../../src/core/stats';

const mixture = createDiagonalMixture2D({
  weights: [0.2, 0.5, 0.3],
  means: [
    [-2, 1],
    [1.5, -0.5],
    [0.3, 2.2],
  ],
  variances: [0.05, [0.4, 0.1], 0.2],
});

describe('exact score of a noised Gaussian mixture', () => {
  const p = new NoisedGaussianMixture(mixture);
  const out = new Float64Array(2);

  it('equals a central finite difference of log p_t (|Δ| ≤ 1e-5·max(1, |score|)), near and far', () => {
    const rng = createRng(4);
    const points: [number, number][] = [
      [60, -45], // far out: every N_k underflows, only log-sum-exp survives
      [-30, 80],
      [0, 0],
    ];
    for (let i = 0; i < 40; i++) points.push([4 * rng.normal(), 4 * rng.normal()]);
    for (const ab of [1, 0.9, 0.5, 0.05, 0]) {
      p.setAlphaBar(ab);
      for (const [x, y] of points) {
        p.score(x, y, out);
        const h = 1e-5;
        const fx = (p.logDensity(x + h, y) - p.logDensity(x - h, y)) / (2 * h);
        const fy = (p.logDensity(x, y + h) - p.logDensity(x, y - h)) / (2 * h);
        expect(Number.isFinite(out[0]) && Number.isFinite(out[1])).toBe(true);
        expect(Math.abs(out[0] - fx)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(out[0])));
        expect(Math.abs(out[1] - fy)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(out[1])));
      }
    }
  });

  it('is −x for ᾱ = 0 (pure noise) and the closed form −(x − √ᾱμ)/(ᾱσ² + 1 − ᾱ) for one component', () => {
    p.setAlphaBar(0);
    p.score(1.7, -0.4, out);
    expect(out[0]).toBeCloseTo(-1.7, 13);
    expect(out[1]).toBeCloseTo(0.4, 13);
    const single = new NoisedGaussianMixture(
      createDiagonalMixture2D({ means: [[2, -1]], variances: [[0.3, 2]] }),
    );
    const ab = 0.6;
    single.score(0.5, 0.5, out, 0, ab);
    expect(out[0]).toBeCloseTo(-(0.5 - Math.sqrt(ab) * 2) / (ab * 0.3 + 1 - ab), 13);
    expect(out[1]).toBeCloseTo(-(0.5 + Math.sqrt(ab)) / (ab * 2 + 1 - ab), 13);
  });

  it('log p_t is normalised: a Riemann sum over [−9, 9]² is 1 within 1e-6 for several ᾱ', () => {
    for (const ab of [1, 0.5, 0.01]) {
      p.setAlphaBar(ab);
      const m = 600;
      const h = 18 / m;
      let sum = 0;
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < m; j++) sum += Math.exp(p.logDensity(-9 + (i + 0.5) * h, -9 + (j + 0.5) * h));
      }
      expect(Math.abs(sum * h * h - 1)).toBeLessThan(1e-6);
    }
  });

  it('scoreCloud agrees with score point by point', () => {
    const pts = sampleDiagonalMixture2D(mixture, 50, createRng(3));
    const s = new Float64Array(100);
    p.scoreCloud(pts, 0.3, s);
    for (let i = 0; i < 50; i++) {
      p.score(pts[2 * i], pts[2 * i + 1], out, 0, 0.3);
      expect(s[2 * i]).toBe(out[0]);
      expect(s[2 * i + 1]).toBe(out[1]);
    }
  });

  it('rejects ᾱ outside [0, 1] and bad mixtures with RangeError', () => {
    expect(() => p.setAlphaBar(1.1)).toThrow(RangeError);
    expect(() => new NoisedGaussianMixture(mixture).score(0, 0, out)).toThrow(RangeError); // ᾱ never set
    expect(() => createDiagonalMixture2D({ means: [[0, 0]], variances: [0] })).toThrow(RangeError);
    expect(() => createDiagonalMixture2D({ means: [[0, 0]], variances: [1], weights: [-1] })).toThrow(
      RangeError,
    );
    expect(() => createDiagonalMixture2D({ means: [], variances: [] })).toThrow(RangeError);
  });
});

describe('mixture sampling and moments', () => {
  it('samples follow the mixture: KS of the x-marginal Σ w_k Φ((x − μ_k)/σ_k) at α = 0.001', () => {
    const n = 10_000;
    const pts = sampleDiagonalMixture2D(mixture, n, createRng(8));
    const xs = new Float64Array(n);
    for (let i = 0; i < n; i++) xs[i] = pts[2 * i];
    const cdf = (x: number) => {
      let F = 0;
      for (let k = 0; k < mixture.count; k++) {
        F += mixture.weights[k] * normalCdf((x - mixture.means[2 * k]) / Math.sqrt(mixture.variances[2 * k]));
      }
      return F;
    };
    expect(ksStatistic(xs, cdf)).toBeLessThan(ksCriticalValue(n, 0.001));
  });

  it('diagonalMixtureMoments at ᾱ matches brute-force noised samples within 5 SE', () => {
    const n = 20_000;
    const rng = createRng(12);
    const ab = 0.4;
    const pts = sampleDiagonalMixture2D(mixture, n, rng);
    for (let i = 0; i < 2 * n; i++) pts[i] = Math.sqrt(ab) * pts[i] + Math.sqrt(1 - ab) * rng.normal();
    const mom = diagonalMixtureMoments(mixture, ab);
    let mx = 0;
    let my = 0;
    for (let i = 0; i < n; i++) {
      mx += pts[2 * i] / n;
      my += pts[2 * i + 1] / n;
    }
    expect(Math.abs(mx - mom.meanX)).toBeLessThan(5 * Math.sqrt(mom.varX / n));
    expect(Math.abs(my - mom.meanY)).toBeLessThan(5 * Math.sqrt(mom.varY / n));
    // at ᾱ = 0 the moments are those of N(0, I) exactly
    const pure = diagonalMixtureMoments(mixture, 0);
    expect([pure.meanX, pure.meanY, pure.varX, pure.varY, pure.covXY]).toEqual([0, 0, 1, 1, 0]);
  });
});
