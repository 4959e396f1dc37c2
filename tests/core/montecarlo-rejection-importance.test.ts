import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkEnvelope,
  createRejectionSampler,
  gaussianMixture1D,
  importanceFromLogWeights,
  normalDistribution,
  rejectionSample,
  selfNormalisedImportance,
  uniformDistribution,
} from '../../src/core/montecarlo';
import { createRng } from '../../src/core/random';
import { importanceEss, ksCriticalValue, ksStatistic, normalCdf } from '../../src/core/stats';

// Bimodal target, written out by hand: p̃(x) = Z · [0.3 N(−2, 0.6²) + 0.7 N(1.5, 1)], Z = 5.
const Z = 5;
const phi = (x: number, m: number, s: number) =>
  Math.exp(-0.5 * ((x - m) / s) ** 2) / (s * Math.sqrt(2 * Math.PI));
const target = (x: number) => Z * (0.3 * phi(x, -2, 0.6) + 0.7 * phi(x, 1.5, 1));
const targetCdf = (x: number) => 0.3 * normalCdf((x + 2) / 0.6) + 0.7 * normalCdf(x - 1.5);

/** sup p̃/q by brute force on a fine grid over [−12, 12] (both tails of p̃/q decrease beyond it for σ_q = 3). */
function supRatio(q: (x: number) => number): { value: number; at: number } {
  let best = { value: 0, at: 0 };
  for (let x = -12; x <= 12; x += 1e-3) {
    const r = target(x) / q(x);
    if (r > best.value) best = { value: r, at: x };
  }
  return best;
}

describe('rejection sampling', () => {
  const proposal = normalDistribution(0, 3);
  const sup = supRatio(proposal.pdf);

  it('with a valid k, accepted samples pass KS against the target CDF (α = 0.001) and acceptance ≈ Z/k (4 SE)', () => {
    const k = 1.1 * sup.value;
    const n = 60_000;
    const r = rejectionSample(createRng(1), { target, proposal, k, n });
    expect(r.verdict).toBe('ok');
    expect(r.violations).toBe(0);
    expect(ksStatistic(r.samples, targetCdf)).toBeLessThan(ksCriticalValue(r.samples.length, 0.001));
    const p = Z / k;
    expect(Math.abs(r.acceptanceRate - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    // bookkeeping for the picture: heights are under k q(x), and kept ⇔ height < p̃(x)
    let consistent = true;
    for (let i = 0; i < r.proposalsMade; i++) {
      const x = r.proposals[i];
      if (!(r.heights[i] >= 0 && r.heights[i] <= k * proposal.pdf(x))) consistent = false;
      if ((r.accepted[i] === 1) !== r.heights[i] < target(x)) consistent = false;
    }
    expect(consistent).toBe(true);
  });

  it('a uniform proposal on [−5, 5] with k = 10 · max p̃ works the same way (KS α = 0.001)', () => {
    const q = uniformDistribution(-5, 5);
    const k = 10 * 1.05 * supRatio(() => 1).value; // q = 1/10 on its support
    const r = rejectionSample(createRng(2), { target, proposal: q, k, n: 60_000 });
    // p̃ beyond [−5, 5] has mass ≈ 1e-7 of Z: conditioning on the window is invisible to KS at this n
    expect(r.verdict).toBe('ok');
    expect(ksStatistic(r.samples, targetCdf)).toBeLessThan(ksCriticalValue(r.samples.length, 0.001));
  });

  it('envelope check: too small k is DETECTED with intervals where k q < p̃; a valid k passes', () => {
    const good = checkEnvelope(target, proposal.pdf, 1.01 * sup.value, { min: -10, max: 10 });
    expect(good.verdict).toBe('ok');
    expect(good.violations).toHaveLength(0);
    // the grid's smallest passing k agrees with the brute-force supremum
    expect(Math.abs(good.minimalK / sup.value - 1)).toBeLessThan(1e-3);

    const k = 0.6 * sup.value;
    const bad = checkEnvelope(target, proposal.pdf, k, { min: -10, max: 10 });
    expect(bad.verdict).toBe('violated');
    expect(bad.violations.length).toBeGreaterThan(0);
    // every fine-grid point with p̃ > k q lies inside a reported interval, and vice versa away from the ends
    for (let x = -10; x <= 10; x += 0.003) {
      const violates = target(x) > k * proposal.pdf(x);
      const inside = bad.violations.some((v) => x >= v.from - 1e-9 && x <= v.to + 1e-9);
      expect(inside).toBe(violates);
    }
    // at the interval ends p̃ = k q (to bisection precision)
    for (const v of bad.violations) {
      for (const end of [v.from, v.to]) {
        expect(Math.abs(target(end) / (k * proposal.pdf(end)) - 1)).toBeLessThan(1e-9);
      }
    }
    expect(bad.violations.some((v) => sup.at >= v.from && sup.at <= v.to)).toBe(true);
  });

  it('a proposal with bounded support cannot cover a target with wider support: minimalK = ∞', () => {
    const q = uniformDistribution(-4, 4);
    const check = checkEnvelope(target, q.pdf, 1e6, { min: -6, max: 6 });
    expect(check.verdict).toBe('violated');
    expect(check.minimalK).toBe(Number.POSITIVE_INFINITY);
    expect(check.violations[0].from).toBe(-6);
    expect(check.violations[0].to).toBeLessThanOrEqual(-4);
    expect(check.violations[check.violations.length - 1].from).toBeGreaterThanOrEqual(4);
  });

  it('sampling with too small k reports envelope-violated', () => {
    const r = rejectionSample(createRng(3), { target, proposal, k: 0.5 * sup.value, n: 20_000 });
    expect(r.verdict).toBe('envelope-violated');
    expect(r.violations).toBeGreaterThan(0);
    expect(r.firstViolationAt).not.toBeNull();
  });

  it('a target that is NaN somewhere gives the verdict "target not finite at x"', () => {
    const broken = (x: number) => (x > 2 ? Number.NaN : target(x));
    const r = rejectionSample(createRng(4), { target: broken, proposal, k: 1.1 * sup.value, n: 10_000 });
    expect(r.verdict).toBe('target-not-finite');
    expect(r.badTargetAt).toBeGreaterThan(2);
    expect(r.message).toMatch(/target not finite at x/);
    const c = checkEnvelope(broken, proposal.pdf, 100, { min: -5, max: 5 });
    expect(c.verdict).toBe('target-not-finite');
    expect(c.badTargetAt).toBeGreaterThan(2);
    const stepper = createRejectionSampler({ target: broken, proposal, k: 100 });
    const rng = createRng(5);
    expect(() => {
      for (let i = 0; i < 1000; i++) stepper.step(rng);
    }).toThrow(/target not finite/);
  });

  it('the step-by-step sampler makes the same decisions as the batch sampler for the same seed', () => {
    const k = 1.1 * sup.value;
    const batch = rejectionSample(createRng(6), { target, proposal, k, n: 500 });
    const stepper = createRejectionSampler({ target, proposal, k });
    const rng = createRng(6);
    for (let i = 0; i < 500; i++) {
      const kept = stepper.step(rng);
      expect(stepper.x).toBe(batch.proposals[i]);
      expect(kept).toBe(batch.accepted[i] === 1);
    }
    expect(stepper.acceptedCount).toBe(batch.acceptedCount);
  });
});

describe('self-normalised importance sampling', () => {
  // target N(1, 0.5²) known only up to Z = 7: log p̃(x) = log 7 + log N(x; 1, 0.25)
  const p = normalDistribution(1, 0.5);
  const logTarget = (x: number) => Math.log(7) + p.logPdf(x);

  it('estimates E[X] = 1 and E[X²] = 1.25 within 4 SE, and Ẑ ≈ 7 (N = 50 000, q = N(0, 2²))', () => {
    const proposal = normalDistribution(0, 2);
    const m1 = selfNormalisedImportance(createRng(20), { logTarget, proposal, n: 50_000 });
    const m2 = selfNormalisedImportance(createRng(21), { logTarget, proposal, f: (x) => x * x, n: 50_000 });
    if (m1.kind !== 'estimate' || m2.kind !== 'estimate') throw new Error('unexpected verdict');
    expect(Math.abs(m1.estimate - 1)).toBeLessThan(4 * m1.standardError);
    expect(Math.abs(m2.estimate - 1.25)).toBeLessThan(4 * m2.standardError);
    // relative SE of Ẑ = √((∫p²/q − 1)/N); for these Gaussians ∫p²/q = σq² e^{(μp−μq)²/(2σq²−σp²)} / (σp √(2σq²−σp²))
    // = 3.27, so SE ≈ 0.67 %: 3 % is a 4.5-SE band
    expect(Math.abs(Math.exp(m1.logNormaliser) / 7 - 1)).toBeLessThan(0.03);
    // ESS ≈ N / ∫p²/q = 50 000 / 3.27 ≈ 15 300
    expect(Math.abs(m1.ess / (50_000 / 3.27) - 1)).toBeLessThan(0.1);
  });

  it('q = p gives equal weights: ESS = N exactly and the estimate is the plain sample mean', () => {
    const r = selfNormalisedImportance(createRng(22), { logTarget, proposal: p, n: 2000 });
    if (r.kind !== 'estimate' || !r.samples) throw new Error('unexpected verdict');
    expect(r.ess).toBeCloseTo(2000, 6);
    const plain = r.samples.reduce((s, x) => s + x, 0) / 2000;
    expect(r.estimate).toBeCloseTo(plain, 12);
    expect(Math.abs(r.estimate - 1)).toBeLessThan(4 * r.standardError);
  });

  it('the delta-method 95 % interval covers the truth in 89–99 % of 300 runs (N = 400)', () => {
    const rng = createRng(23);
    const proposal = normalDistribution(0.3, 1.2);
    let covered = 0;
    for (let i = 0; i < 300; i++) {
      const r = selfNormalisedImportance(rng, { logTarget, proposal, n: 400 });
      if (r.kind !== 'estimate') throw new Error('unexpected verdict');
      if (Math.abs(r.estimate - 1) < 1.96 * r.standardError) covered++;
    }
    expect(covered / 300).toBeGreaterThan(0.89);
    expect(covered / 300).toBeLessThan(0.99);
  });

  it('log-weights shifted by ±1e4 give the same finite answer', () => {
    const proposal = normalDistribution(0, 2);
    const base = selfNormalisedImportance(createRng(24), { logTarget, proposal, n: 1000 });
    for (const shift of [1e4, -1e4]) {
      const r = selfNormalisedImportance(createRng(24), {
        logTarget: (x) => logTarget(x) + shift,
        proposal,
        n: 1000,
      });
      if (r.kind !== 'estimate' || base.kind !== 'estimate') throw new Error('unexpected verdict');
      expect(r.estimate).toBeCloseTo(base.estimate, 9);
      expect(r.ess).toBeCloseTo(base.ess, 6);
      expect(r.logNormaliser - base.logNormaliser).toBeCloseTo(shift, 6);
    }
  });

  it('verdicts instead of NaN: NaN log-target, all weights zero, non-finite f', () => {
    const proposal = normalDistribution(0, 1);
    const nan = selfNormalisedImportance(createRng(25), { logTarget: () => Number.NaN, proposal, n: 10 });
    expect(nan.kind).toBe('not-finite');
    const zero = selfNormalisedImportance(createRng(25), {
      logTarget: () => Number.NEGATIVE_INFINITY,
      proposal,
      n: 10,
    });
    expect(zero.kind).toBe('all-weights-zero');
    const badF = importanceFromLogWeights([0, 0], [1, Number.POSITIVE_INFINITY]);
    expect(badF.kind).toBe('not-finite');
    // but an infinite f where the weight is exactly zero does not matter
    const ok = importanceFromLogWeights([0, Number.NEGATIVE_INFINITY], [1, Number.POSITIVE_INFINITY]);
    expect(ok.kind === 'estimate' && ok.estimate === 1).toBe(true);
  });

  it('property: normalised weights sum to 1, ESS ∈ [1, N] and equals stats.importanceEss, never NaN', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.constant(Number.NEGATIVE_INFINITY)),
          {
            minLength: 1,
            maxLength: 60,
          },
        ),
        (lw) => {
          fc.pre(lw.some((l) => l > Number.NEGATIVE_INFINITY));
          const values = lw.map((_, i) => Math.sin(i));
          const r = importanceFromLogWeights(lw, values);
          if (r.kind !== 'estimate') throw new Error(r.message);
          const sum = r.weights.reduce((s, w) => s + w, 0);
          expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
          expect(r.ess).toBeGreaterThanOrEqual(1 - 1e-9);
          expect(r.ess).toBeLessThanOrEqual(lw.length + 1e-9);
          expect(r.ess / importanceEss(lw)).toBeCloseTo(1, 9);
          expect(Number.isNaN(r.estimate) || Number.isNaN(r.standardError)).toBe(false);
        },
      ),
      { seed: 26, numRuns: 300 },
    );
  });
});

describe('clamped parameters never give NaN (fast-check)', () => {
  it('rejection k and proposal scale, importance proposal scale: rates, estimates and weights are numbers', () => {
    const wild = fc.oneof(
      fc.double({ noNaN: true }),
      fc.constantFrom(0, -2, 1e-300, 1e300, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    );
    fc.assert(
      fc.property(wild, wild, fc.integer({ min: 0, max: 1e6 }), (k, scale, seed) => {
        const q = normalDistribution(0, scale);
        const r = rejectionSample(createRng(seed), { target, proposal: q, k, n: 50 });
        expect(Number.isNaN(r.acceptanceRate)).toBe(false);
        expect(r.samples.some(Number.isNaN)).toBe(false);
        const c = checkEnvelope(target, q.pdf, k, { min: -5, max: 5 }, 101);
        expect(Number.isNaN(c.minimalK)).toBe(false);
        const is = selfNormalisedImportance(createRng(seed), {
          logTarget: (x) => Math.log(target(x)),
          proposal: q,
          n: 50,
        });
        if (is.kind === 'estimate') {
          expect(Number.isNaN(is.estimate) || Number.isNaN(is.standardError) || Number.isNaN(is.ess)).toBe(
            false,
          );
          expect(is.weights.some(Number.isNaN)).toBe(false);
        } else expect(is.message.length).toBeGreaterThan(0);
      }),
      { seed: 31, numRuns: 200 },
    );
  });
});

describe('Gaussian mixture helper', () => {
  it('matches the hand-written density and CDF, and its gradient matches finite differences', () => {
    const m = gaussianMixture1D({ weights: [3, 7], means: [-2, 1.5], sds: [0.6, 1] });
    for (const x of [-4, -2, -0.3, 0, 1.5, 3.2]) {
      expect(m.pdf(x)).toBeCloseTo(target(x) / Z, 13);
      expect(m.cdf(x)).toBeCloseTo(targetCdf(x), 13);
      const h = 1e-5;
      expect(m.gradLogPdf(x)).toBeCloseTo((m.logPdf(x + h) - m.logPdf(x - h)) / (2 * h), 6);
    }
    // E X = 0.3(−2) + 0.7(1.5) = 0.45; Var = 0.3(0.36 + 4) + 0.7(1 + 2.25) − 0.45²
    expect(m.mean).toBeCloseTo(0.45, 14);
    expect(m.variance).toBeCloseTo(0.3 * 4.36 + 0.7 * 3.25 - 0.45 ** 2, 13);
    const xs = Float64Array.from(
      { length: 20_000 },
      (() => {
        const rng = createRng(30);
        return () => m.sample(rng);
      })(),
    );
    expect(ksStatistic(xs, targetCdf)).toBeLessThan(ksCriticalValue(xs.length, 0.001));
  });
});
