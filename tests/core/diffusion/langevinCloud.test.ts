import { describe, expect, it } from 'vitest';
import {
  cellTotalVariation,
  coarseCellMasses,
  createDiagonalMixture2D,
  createLangevinCloud,
  createRng,
  ksCriticalValue,
  ksStatistic,
  NoisedGaussianMixture,
  normalCdf,
  sampleDiagonalMixture2D,
  temperedMarginalCdf,
  temperedMixtureGrid,
} from '../../../src/core';

const BOX = { xMin: -5, xMax: 5, yMin: -5, yMax: 5 };
const S2 = 0.3; // σ² of each component of the two-mode target
const twoModes = new NoisedGaussianMixture(
  createDiagonalMixture2D({
    means: [
      [-1.2, 0],
      [1.2, 0.4],
    ],
    weights: [0.65, 0.35],
    variances: [S2, S2],
  }),
);
twoModes.setAlphaBar(1);
/** Exact x₁-marginal CDF of the mixture: Σ w_k Φ((x − μ_k)/σ). */
const exactCdf = (x: number) =>
  0.65 * normalCdf((x + 1.2) / Math.sqrt(S2)) + 0.35 * normalCdf((x - 1.2) / Math.sqrt(S2));

function runCloud(adjusted: boolean, stepSize: number, steps: number, seed: number, n = 2000) {
  const rng = createRng(seed);
  const initial = new Float64Array(2 * n);
  for (let i = 0; i < 2 * n; i++) initial[i] = 1.5 * rng.normal(); // a wide start, not the target
  const cloud = createLangevinCloud({
    dim: 2,
    initial,
    gradLogDensity: (x, out) => twoModes.score(x[0], x[1], out),
    logDensity: (x) => twoModes.logDensity(x[0], x[1]),
    stepSize,
    adjusted,
    rng,
  });
  for (let s = 0; s < steps; s++) cloud.step();
  const x1 = Float64Array.from({ length: n }, (_, p) => cloud.positions[2 * p]);
  return { cloud, ks: ksStatistic(x1, exactCdf) };
}

// KS at α = 0.01 for n = 2000: D < 1.63/√2000 ≈ 0.036 for exact samples.
const KS_CRITICAL = ksCriticalValue(2000, 0.01);

describe('Langevin on a cloud', () => {
  it('ULA at ε = 0.01 passes KS against the exact x₁-marginal (n = 2000, 1500 steps, α = 0.01)', () => {
    const { ks, cloud } = runCloud(false, 0.01, 1500, 11);
    expect(cloud.lost).toBe(0);
    expect(ks).toBeLessThan(KS_CRITICAL);
  });

  it('at ε = 0.5 MALA passes and ULA fails the same KS test (ULA is biased there, not unstable)', () => {
    const mala = runCloud(true, 0.5, 1500, 12);
    expect(mala.ks).toBeLessThan(KS_CRITICAL);
    expect(mala.cloud.acceptanceRate()).toBeGreaterThan(0.05);
    expect(mala.cloud.acceptanceRate()).toBeLessThan(0.95);
    const ula = runCloud(false, 0.5, 1500, 12);
    expect(ula.cloud.lost).toBe(0);
    expect(ula.ks).toBeGreaterThan(KS_CRITICAL);
  });

  it('ULA on N(0, σ²) settles at variance σ²/(1 − ε/(2σ²)): 4/3 for σ² = 1, ε = 0.5 (within 4 SE)', () => {
    const n = 4000;
    const rng = createRng(5);
    const cloud = createLangevinCloud({
      dim: 2,
      initial: new Float64Array(2 * n),
      gradLogDensity: (x, out) => {
        out[0] = -x[0];
        out[1] = -x[1];
      },
      stepSize: 0.5,
      adjusted: false,
      rng,
    });
    for (let s = 0; s < 200; s++) cloud.step(); // relaxes by (1 − ε/σ²)² = ¼ per step
    let sum = 0;
    for (const v of cloud.positions) sum += v * v;
    const variance = sum / (2 * n);
    const expected = 1 / (1 - 0.5 / 2);
    const se = expected * Math.sqrt(2 / (2 * n));
    expect(Math.abs(variance - expected)).toBeLessThan(4 * se);
    expect(Math.abs(variance - 1)).toBeGreaterThan(4 * se); // and the bias is real
  });

  it('ULA beyond ε = 2σ² blows up: every particle is counted lost and kept finite', () => {
    const rng = createRng(6);
    const cloud = createLangevinCloud({
      dim: 2,
      initial: Float64Array.from({ length: 200 }, () => rng.normal()),
      gradLogDensity: (x, out) => {
        out[0] = -x[0];
        out[1] = -x[1];
      },
      stepSize: 2.5,
      adjusted: false,
      rng,
    });
    for (let s = 0; s < 200; s++) cloud.step();
    expect(cloud.lost).toBe(100);
    expect(cloud.positions.every(Number.isFinite)).toBe(true);
  });
});

describe('the tempered target π_T ∝ p^{1/T} on a grid', () => {
  it('at T = 1 its marginal CDF is the closed-form mixture CDF (to 2e-4: midpoint rule, error O(h²) with h = 0.05)', () => {
    const grid = temperedMixtureGrid(twoModes, 1, BOX, 200);
    for (let x = -3; x <= 3; x += 0.37)
      expect(Math.abs(temperedMarginalCdf(grid, x) - exactCdf(x))).toBeLessThan(2e-4);
  });

  it('at T = 2 a Gaussian N(0, σ²) becomes N(0, 2σ²) (to 2e-4: midpoint rule, error O(h²) with h = 0.05)', () => {
    const one = new NoisedGaussianMixture(createDiagonalMixture2D({ means: [[0, 0]], variances: [0.5] }));
    one.setAlphaBar(1);
    const grid = temperedMixtureGrid(one, 2, BOX, 200);
    for (let x = -3; x <= 3; x += 0.29)
      expect(Math.abs(temperedMarginalCdf(grid, x) - normalCdf(x))).toBeLessThan(2e-4);
  });

  it('exact draws give a TV within 3× its stated noise level; a shifted cloud does not', () => {
    const grid = temperedMixtureGrid(twoModes, 1, BOX, 200);
    const masses = coarseCellMasses(grid, 20);
    const points = sampleDiagonalMixture2D(twoModes.mixture, 3000, createRng(8));
    const exact = cellTotalVariation(points, null, BOX, masses, 20);
    expect(exact.tv).toBeLessThan(1.5 * exact.noise);
    expect(exact.tv).toBeGreaterThan(0.5 * exact.noise);
    for (let p = 0; p < 3000; p++) points[2 * p] += 0.5;
    expect(cellTotalVariation(points, null, BOX, masses, 20).tv).toBeGreaterThan(3 * exact.noise);
  });
});
