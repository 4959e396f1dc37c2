import { describe, expect, it } from 'vitest';
import { runBivariateGaussianGibbs } from '../../src/core/mcmc';
import { bivariateGibbsTheory, correlatedGaussianEllipse } from '../../src/core/mcmc/gibbsTheory';
import { createRng } from '../../src/core/random';
import { autocorrelation, effectiveSampleSize } from '../../src/core/stats';

describe('Gibbs on a correlated Gaussian: theory against the sampler', () => {
  it('ρ_k = ρ^{2k} matches the x-chain’s autocorrelation (200 000 sweeps, |error| < 0.02 for k ≤ 5)', () => {
    for (const rho of [0.5, 0.9]) {
      const run = runBivariateGaussianGibbs({ rho, sweeps: 200_000, burnIn: 100, rng: createRng(7) });
      const x = new Float64Array(run.length);
      for (let t = 0; t < run.length; t++) x[t] = run.chain[2 * t];
      const acf = autocorrelation(x, 5);
      const theory = bivariateGibbsTheory(rho);
      for (let k = 1; k <= 5; k++) expect(Math.abs(acf[k] - theory.lagCorrelation(k))).toBeLessThan(0.02);
      // ESS = N/τ within 15 % (the ESS estimator's own spread at this N is a few per cent)
      expect(Math.abs(effectiveSampleSize(x) / (run.length / theory.tau) - 1)).toBeLessThan(0.15);
    }
  });

  it('the chapter’s τ values: 1.67 at ρ = 0.5, 9.53 at 0.9, 99.5 at 0.99', () => {
    expect(bivariateGibbsTheory(0.5).tau).toBeCloseTo(5 / 3, 12);
    expect(bivariateGibbsTheory(0.9).tau).toBeCloseTo(1.81 / 0.19, 12);
    expect(bivariateGibbsTheory(0.99).tau).toBeCloseTo(1.9801 / 0.0199, 10);
    expect(bivariateGibbsTheory(0.99).conditionalSd).toBeCloseTo(Math.sqrt(0.0199), 14);
    expect(() => bivariateGibbsTheory(1)).toThrow(RangeError);
  });

  it('every ellipse point has Mahalanobis distance r: xᵀ Σ⁻¹ x = r²', () => {
    for (const rho of [-0.7, 0, 0.95]) {
      for (const r of [1, 2]) {
        const pts = correlatedGaussianEllipse(rho, r, 64);
        expect(pts.length).toBe(130);
        for (let k = 0; k < pts.length; k += 2) {
          const [x, y] = [pts[k], pts[k + 1]];
          const q = (x * x - 2 * rho * x * y + y * y) / (1 - rho * rho);
          expect(q).toBeCloseTo(r * r, 10);
        }
      }
    }
  });
});
