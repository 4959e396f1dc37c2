import { describe, expect, it } from 'vitest';
import {
  createDiagonalMixture2D,
  createRng,
  effectivePointCount,
  NoisedGaussianMixture,
  posteriorWeights,
  tweedieMean,
} from '../../../src/core';

const S0 = 0.05 ** 2; // σ₀²: each data point blurred by σ₀ = 0.05
const rng = createRng(21);
const points: [number, number][] = Array.from({ length: 12 }, () => [
  3 * rng.uniform() - 1.5,
  2 * rng.uniform() - 1,
]);
const density = new NoisedGaussianMixture(
  createDiagonalMixture2D({ means: points, variances: points.map(() => S0) }),
);

/** E[x₀ | x_t] by direct summation: Σ_k r_k (μ_k + (√ᾱ σ₀²/s²)(x_t − √ᾱ μ_k)), with r_k from the Gaussians. */
function directMean(x: number, y: number, ab: number): [number, number] {
  const a = Math.sqrt(ab);
  const s2 = ab * S0 + 1 - ab;
  const w = points.map(([mx, my]) => Math.exp(-((x - a * mx) ** 2 + (y - a * my) ** 2) / (2 * s2)));
  const total = w.reduce((u, v) => u + v, 0);
  const gain = (a * S0) / s2;
  let ex = 0;
  let ey = 0;
  points.forEach(([mx, my], k) => {
    ex += (w[k] / total) * (mx + gain * (x - a * mx));
    ey += (w[k] / total) * (my + gain * (y - a * my));
  });
  return [ex, ey];
}

describe("Tweedie's formula on blurred data points", () => {
  it('equals the posterior-weighted mean by direct summation (1e-10)', () => {
    for (const ab of [0.999, 0.9, 0.5, 0.1, 0.01]) {
      for (let trial = 0; trial < 20; trial++) {
        const x = 4 * rng.uniform() - 2;
        const y = 4 * rng.uniform() - 2;
        const [tx, ty] = tweedieMean(density, x, y, ab);
        const [dx, dy] = directMean(x, y, ab);
        expect(Math.abs(tx - dx)).toBeLessThan(1e-10);
        expect(Math.abs(ty - dy)).toBeLessThan(1e-10);
      }
    }
  });

  it('ᾱ → 1: the estimate is the nearest data point; ᾱ → 0: the data mean', () => {
    const x = 0.3;
    const y = -0.2;
    let nearest = 0;
    points.forEach(([mx, my], k) => {
      if (Math.hypot(mx - x, my - y) < Math.hypot(points[nearest][0] - x, points[nearest][1] - y))
        nearest = k;
    });
    // At ᾱ = 1 − 1e-6 the noise is 1e-3, the blur 0.05: the estimate is x_t pulled almost all the way to point k.
    const w = posteriorWeights(density, x, y, 1 - 1e-6, new Float64Array(points.length));
    expect(w.indexOf(Math.max(...w))).toBe(nearest);
    expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    const [ex, ey] = tweedieMean(density, points[nearest][0] + 0.01, points[nearest][1], 1 - 1e-6);
    expect(Math.hypot(ex - points[nearest][0], ey - points[nearest][1])).toBeLessThan(0.011);
    const meanX = points.reduce((s, p) => s + p[0], 0) / points.length;
    const meanY = points.reduce((s, p) => s + p[1], 0) / points.length;
    const [fx, fy] = tweedieMean(density, x, y, 1e-8);
    expect(Math.hypot(fx - meanX, fy - meanY)).toBeLessThan(1e-3);
    expect(
      effectivePointCount(posteriorWeights(density, x, y, 1e-8, new Float64Array(points.length))),
    ).toBeGreaterThan(11.99);
  });

  it('the score of the mixture class is the one the posterior implies: Σ r_k (√ᾱ μ_k − x)/s²', () => {
    const g = new Float64Array(2);
    for (const ab of [0.95, 0.4]) {
      const s2 = ab * S0 + 1 - ab;
      const x = 0.7;
      const y = 0.1;
      const r = posteriorWeights(density, x, y, ab, new Float64Array(points.length));
      density.score(x, y, g, 0, ab);
      let sx = 0;
      let sy = 0;
      points.forEach(([mx, my], k) => {
        sx += (r[k] * (Math.sqrt(ab) * mx - x)) / s2;
        sy += (r[k] * (Math.sqrt(ab) * my - y)) / s2;
      });
      expect(Math.abs(g[0] - sx)).toBeLessThan(1e-10);
      expect(Math.abs(g[1] - sy)).toBeLessThan(1e-10);
    }
  });
});
