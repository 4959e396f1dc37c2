import { describe, expect, it } from 'vitest';
import { integrateNonNegative } from '../../src/core/montecarlo/densityIntegrals';
import { selfNormalisedImportance } from '../../src/core/montecarlo/importance';
import { gaussianImportanceSecondMoment } from '../../src/core/montecarlo/importanceTheory';
import { normalDistribution } from '../../src/core/montecarlo/inverseCdf';
import { createRng } from '../../src/core/random';

describe('E_q[w²] for Gaussian target and proposal', () => {
  it('matches numerical quadrature of ∫ p²/q for several (μ, σ) and targets (relative error < 1e-8)', () => {
    for (const [m, s, mu, sigma] of [
      [0, 1, 0, 2],
      [0, 1, 1.5, 1.2],
      [0, 1, -0.7, 0.8],
      [2, 0.5, 1.5, 3],
    ]) {
      const p = normalDistribution(m, s);
      const q = normalDistribution(mu, sigma);
      const numeric = integrateNonNegative(
        (x) => Math.exp(2 * p.logPdf(x) - q.logPdf(x)),
        m - 40 * s,
        m + 40 * s,
      ).value;
      const closed = gaussianImportanceSecondMoment({ mean: m, sd: s }, { mean: mu, sd: sigma });
      expect(closed.kind).toBe('finite');
      if (closed.kind === 'finite') expect(Math.abs(closed.value / numeric - 1)).toBeLessThan(1e-8);
    }
  });

  it('the chapter’s numbers: σ = 2 gives 4/√7 ≈ 1.51; q = p gives 1; σ ≤ 1/√2 diverges', () => {
    const wide = gaussianImportanceSecondMoment({ mean: 0, sd: 1 }, { mean: 0, sd: 2 });
    expect(wide.kind === 'finite' && wide.value).toBeCloseTo(4 / Math.sqrt(7), 12);
    const same = gaussianImportanceSecondMoment({ mean: 0, sd: 1 }, { mean: 0, sd: 1 });
    expect(same.kind === 'finite' && same.essFraction).toBeCloseTo(1, 12);
    expect(gaussianImportanceSecondMoment({ mean: 0, sd: 1 }, { mean: 0, sd: Math.SQRT1_2 }).kind).toBe(
      'infinite',
    );
    expect(gaussianImportanceSecondMoment({ mean: 0, sd: 1 }, { mean: 3, sd: 0.5 }).kind).toBe('infinite');
  });

  it('predicts the sampled N_eff/N within 5 % for a well-behaved proposal (N = 200 000)', () => {
    const q = normalDistribution(0.8, 1.5);
    const r = selfNormalisedImportance(createRng(5), {
      logTarget: normalDistribution(0, 1).logPdf,
      proposal: q,
      n: 200_000,
    });
    const theory = gaussianImportanceSecondMoment({ mean: 0, sd: 1 }, { mean: 0.8, sd: 1.5 });
    expect(r.kind).toBe('estimate');
    if (r.kind === 'estimate' && theory.kind === 'finite') {
      expect(Math.abs(r.ess / r.n / theory.essFraction - 1)).toBeLessThan(0.05);
    }
  });

  it('refuses non-positive or non-finite parameters', () => {
    expect(() => gaussianImportanceSecondMoment({ mean: 0, sd: 0 }, { mean: 0, sd: 1 })).toThrow(RangeError);
    expect(() => gaussianImportanceSecondMoment({ mean: Number.NaN, sd: 1 }, { mean: 0, sd: 1 })).toThrow(
      RangeError,
    );
  });
});
