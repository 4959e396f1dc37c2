import { describe, expect, it } from 'vitest';
import {
  ascendScore,
  createDiagonalMixture2D,
  fractionNearModes,
  mixtureModes,
  NoisedGaussianMixture,
  scaledDensityGrid,
  scoreGrid,
} from '../../../src/core';
import { createRng } from '../../../src/core/random';

const BOX = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 };

function mixtureOf(means: [number, number][], weights: number[], sigma: number) {
  const density = new NoisedGaussianMixture(
    createDiagonalMixture2D({ means, weights, variances: means.map(() => sigma * sigma) }),
  );
  density.setAlphaBar(1);
  return density;
}

const three = mixtureOf(
  [
    [-1.3, -0.8],
    [1.3, -0.8],
    [0, 1.4],
  ],
  [0.2, 0.5, 0.3],
  0.5,
);

describe('the score of an isotropic mixture', () => {
  it('equals a central finite difference of log p̃ = log c + log p at random points, for any c (relative 1e-6)', () => {
    const rng = createRng(7);
    const out = new Float64Array(2);
    const h = 1e-5;
    for (const c of [1e-3, 1, 1e3]) {
      const logTilde = (x: number, y: number) => Math.log(c) + three.logDensity(x, y);
      for (let trial = 0; trial < 200; trial++) {
        const x = -3 + 6 * rng.uniform();
        const y = -3 + 6 * rng.uniform();
        three.score(x, y, out);
        const fx = (logTilde(x + h, y) - logTilde(x - h, y)) / (2 * h);
        const fy = (logTilde(x, y + h) - logTilde(x, y - h)) / (2 * h);
        const size = Math.max(1, Math.hypot(out[0], out[1]));
        expect(Math.abs(fx - out[0]) / size).toBeLessThan(1e-6);
        expect(Math.abs(fy - out[1]) / size).toBeLessThan(1e-6);
      }
    }
  });

  it('scaling p̃ by c: the score grid is bit-identical, the density grid is c times as large', () => {
    const arrows = scoreGrid(three, BOX, 15);
    const base = scaledDensityGrid(three, BOX, 15, 1);
    for (const c of [1e-3, 0.5, 1e3]) {
      expect(scoreGrid(three, BOX, 15)).toEqual(arrows);
      const scaled = scaledDensityGrid(three, BOX, 15, c);
      expect(scaled.max / base.max).toBeCloseTo(c, 10);
      for (let k = 0; k < base.values.length; k += 17)
        expect(scaled.values[k]).toBeCloseTo(c * base.values[k], 12);
    }
  });

  it('unnormalised weights (every w_k times c) give the same score, to rounding', () => {
    const c = 1234.5;
    const scaled = mixtureOf(
      [
        [-1.3, -0.8],
        [1.3, -0.8],
        [0, 1.4],
      ],
      [0.2 * c, 0.5 * c, 0.3 * c],
      0.5,
    );
    const a = scoreGrid(three, BOX, 11);
    const b = scoreGrid(scaled, BOX, 11);
    for (let k = 0; k < a.length; k++)
      expect(Math.abs(a[k] - b[k])).toBeLessThan(1e-12 * Math.max(1, Math.abs(a[k])));
  });
});

describe('noiseless ascent x ← x + ε∇log p', () => {
  it('finds the modes: the score vanishes there and each lies near its centre when the components are apart', () => {
    const modes = mixtureModes(three);
    expect(modes.length).toBe(6);
    const g = new Float64Array(2);
    for (let m = 0; m < modes.length; m += 2) {
      three.score(modes[m], modes[m + 1], g);
      expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-9);
    }
    // Two components 1σ apart are one hill: one mode, at their midpoint by symmetry.
    const merged = mixtureOf(
      [
        [-0.25, 0],
        [0.25, 0],
      ],
      [1, 1],
      0.5,
    );
    const one = mixtureModes(merged);
    expect(one.length).toBe(2);
    expect(Math.abs(one[0])).toBeLessThan(1e-6);
  });

  it('carries a uniform cloud onto the modes: all within 0.3 of a mode after 200 steps of ε = σ²/10', () => {
    const rng = createRng(3);
    const n = 500;
    const points = new Float64Array(2 * n);
    for (let i = 0; i < 2 * n; i++) points[i] = -3 + 6 * rng.uniform();
    const modes = mixtureModes(three);
    const before = fractionNearModes(points, modes, 0.3);
    expect(before).toBeLessThan(0.2); // three discs of radius 0.3 cover 2.4 % of the box
    const scratch = new Float64Array(2 * n);
    for (let s = 0; s < 200; s++) ascendScore(three, points, 0.025, scratch);
    expect(fractionNearModes(points, modes, 0.3)).toBe(1);
    // Ascent: one more step raises log p at every particle (or leaves it, at a mode).
    const before2 = Array.from({ length: n }, (_, i) => three.logDensity(points[2 * i], points[2 * i + 1]));
    ascendScore(three, points, 0.025, scratch);
    for (let i = 0; i < n; i++)
      expect(three.logDensity(points[2 * i], points[2 * i + 1])).toBeGreaterThanOrEqual(before2[i] - 1e-12);
  });
});
