import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chainCoordinate,
  createBivariateGaussianGibbs,
  createLangevin,
  createRandomWalkMetropolis,
  runBivariateGaussianGibbs,
  runLangevin,
  runRandomWalkMetropolis,
  runSystematicScan,
  ulaParticles,
} from '../../src/core/mcmc';
import { gaussianMixture1D, gaussianMixture2D } from '../../src/core/montecarlo';
import { createRng } from '../../src/core/random';
import { autocorrelation, effectiveSampleSize, mean, variance } from '../../src/core/stats';

/**
 * Check that a correlated chain estimates E[g] = target within 4 Monte Carlo standard errors, where the
 * standard error uses the chain's own ESS:  SE = sd(g) / √ESS(g).
 */
function expectWithinMcse(values: Float64Array, target: number, extra = 0): void {
  const ess = effectiveSampleSize(values);
  const se = Math.sqrt(variance(values) / ess);
  expect(Math.abs(mean(values) - target)).toBeLessThan(4 * se + extra);
}

/** Mean and variance of a 1-D chain, each within 4 ESS-based SE (plus an optional known bias allowance). */
function expectMoments(xs: Float64Array, mu: number, sigma2: number, bias = 0): void {
  expectWithinMcse(xs, mu, bias);
  const sq = xs.map((x) => (x - mu) * (x - mu));
  expectWithinMcse(sq, sigma2, bias);
}

/** Both means, both variances and the covariance of a 2-D chain. */
function expectMoments2D(chain: Float64Array, m: Float64Array, c: Float64Array, bias = 0): void {
  const n = chain.length / 2;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const xy = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    xs[t] = chain[2 * t];
    ys[t] = chain[2 * t + 1];
    xy[t] = (xs[t] - m[0]) * (ys[t] - m[1]);
  }
  expectMoments(xs, m[0], c[0], bias);
  expectMoments(ys, m[1], c[3], bias);
  expectWithinMcse(xy, c[1], bias);
}

// 1-D bimodal target: 0.4 N(−1, 0.6²) + 0.6 N(1.2, 0.7²)
const mix1 = gaussianMixture1D({ weights: [0.4, 0.6], means: [-1, 1.2], sds: [0.6, 0.7] });
const logP1 = (x: Float64Array) => mix1.logPdf(x[0]);
const grad1 = (x: Float64Array, out: Float64Array) => {
  out[0] = mix1.gradLogPdf(x[0]);
};

// 2-D bimodal target with tilted components
const mix2 = gaussianMixture2D([
  { weight: 0.5, mean: [-0.8, -0.4], sd: [0.7, 0.6], rho: 0.4 },
  { weight: 0.5, mean: [0.9, 0.6], sd: [0.6, 0.8], rho: -0.3 },
]);

describe('random-walk Metropolis–Hastings', () => {
  it('1-D Gaussian mixture: mean and variance within 4 ESS-based SE (200 000 steps, σ = 1.8)', () => {
    const r = runRandomWalkMetropolis({
      logDensity: logP1,
      initial: [0],
      stepSize: 1.8,
      rng: createRng(1),
      steps: 200_000,
      burnIn: 1000,
    });
    expectMoments(r.chain, mix1.mean, mix1.variance);
    expect(r.acceptanceRate).toBeGreaterThan(0.2);
    expect(r.acceptanceRate).toBeLessThan(0.8);
  });

  it('2-D Gaussian mixture: means, variances and covariance within 4 ESS-based SE (200 000 steps)', () => {
    const r = runRandomWalkMetropolis({
      logDensity: mix2.logDensity,
      initial: [0, 0],
      stepSize: [1.2, 1.2],
      rng: createRng(2),
      steps: 200_000,
      burnIn: 1000,
    });
    expectMoments2D(r.chain, mix2.mean, mix2.covariance);
  });

  it('acceptance on N(0, 1) matches the closed form (2/π) arctan(2/σ) within 0.01', () => {
    for (const sigma of [0.5, 2.4, 6]) {
      const r = runRandomWalkMetropolis({
        logDensity: (x) => -0.5 * x[0] * x[0],
        initial: [0],
        stepSize: sigma,
        rng: createRng(3),
        steps: 100_000,
      });
      expect(Math.abs(r.acceptanceRate - (2 / Math.PI) * Math.atan(2 / sigma))).toBeLessThan(0.01);
    }
  });

  it('the stepper exposes proposal and fate: accepted ⇒ current = proposal, rejected ⇒ current unchanged', () => {
    const s = createRandomWalkMetropolis({
      logDensity: mix2.logDensity,
      initial: [0.1, 0.2],
      stepSize: 1,
      rng: createRng(4),
    });
    const before = new Float64Array(2);
    let accepted = 0;
    for (let t = 0; t < 500; t++) {
      before.set(s.current);
      const ok = s.step();
      expect(ok).toBe(s.accepted);
      if (ok) {
        accepted++;
        expect(Array.from(s.current)).toEqual(Array.from(s.proposal));
      } else expect(Array.from(s.current)).toEqual(Array.from(before));
      // log α = min(0, Δ log π̃), checked against the target directly
      expect(s.logAcceptProbability).toBeCloseTo(
        Math.min(0, mix2.logDensity(s.proposal) - mix2.logDensity(before)),
        12,
      );
    }
    expect(s.acceptedCount).toBe(accepted);
    expect(s.acceptanceRate()).toBe(accepted / 500);
  });

  it('the stepper and the batch runner give the same chain for the same seed', () => {
    const opts = { logDensity: logP1, initial: [0.5], stepSize: 1, rng: createRng(5) };
    const batch = runRandomWalkMetropolis({ ...opts, steps: 300 });
    const s = createRandomWalkMetropolis({ ...opts, rng: createRng(5) });
    for (let t = 0; t < 300; t++) {
      s.step();
      expect(s.current[0]).toBe(batch.chain[t]);
    }
    // thin = 3 keeps every third state of the same stream
    const thinned = runRandomWalkMetropolis({ ...opts, rng: createRng(5), steps: 100, thin: 3 });
    for (let t = 0; t < 100; t++) expect(thinned.chain[t]).toBe(batch.chain[3 * t + 2]);
  });

  it('guards: zero density at the start, NaN log-density, NaN step size; −∞ proposals are simply rejected', () => {
    const halfLine = (x: Float64Array) => (x[0] > 0 ? -x[0] : Number.NEGATIVE_INFINITY);
    expect(() =>
      createRandomWalkMetropolis({ logDensity: halfLine, initial: [-1], stepSize: 1, rng: createRng(1) }),
    ).toThrow(/zero at the initial point/);
    const nanAt = (x: Float64Array) => (x[0] > 3 ? Number.NaN : -0.5 * x[0] * x[0]);
    const s = createRandomWalkMetropolis({ logDensity: nanAt, initial: [0], stepSize: 5, rng: createRng(1) });
    expect(() => {
      for (let t = 0; t < 1000; t++) s.step();
    }).toThrow(/log-density is NaN/);
    expect(() =>
      createRandomWalkMetropolis({
        logDensity: logP1,
        initial: [0],
        stepSize: Number.NaN,
        rng: createRng(1),
      }),
    ).toThrow(RangeError);
    const r = runRandomWalkMetropolis({
      logDensity: halfLine,
      initial: [1],
      stepSize: 2,
      rng: createRng(6),
      steps: 20_000,
    });
    expect(r.chain.every((x) => x > 0)).toBe(true);
    // Exp(1) on the half-line: mean 1
    expectWithinMcse(r.chain, 1);
  });

  it('clamped step sizes (0, −3, 1e300) never produce NaN', () => {
    for (const stepSize of [0, -3, 1e300]) {
      const r = runRandomWalkMetropolis({
        logDensity: logP1,
        initial: [0],
        stepSize,
        rng: createRng(7),
        steps: 2000,
      });
      expect(r.chain.some(Number.isNaN)).toBe(false);
      expect(Number.isNaN(r.acceptanceRate)).toBe(false);
    }
  });
});

describe('Gibbs sampling', () => {
  for (const rho of [0.5, 0.9, 0.99]) {
    it(`bivariate Gaussian ρ = ${rho}: correlation within 4 SE, lag-1 autocorrelation = ρ², ESS ≈ n(1−ρ²)/(1+ρ²)`, () => {
      const n = 100_000;
      const r = runBivariateGaussianGibbs({
        rho,
        mean: [1, -2],
        sd: [2, 0.5],
        rng: createRng(10),
        sweeps: n,
        burnIn: 2000,
      });
      const xs = chainCoordinate(r, 0);
      const ys = chainCoordinate(r, 1);
      // standardised product z_x z_y has mean ρ
      const prod = xs.map((x, t) => ((x - 1) / 2) * ((ys[t] + 2) / 0.5));
      expectWithinMcse(prod, rho);
      // x_{t+1} = μ + ρ² (x_t − μ) + noise: an AR(1) chain with coefficient ρ² (exact)
      const essX = effectiveSampleSize(xs);
      const rho1 = autocorrelation(xs, 1)[1];
      expect(Math.abs(rho1 - rho * rho)).toBeLessThan(
        4 * Math.sqrt((1 - rho ** 4) / essX) + 4 / Math.sqrt(n),
      );
      const expectedEss = (n * (1 - rho * rho)) / (1 + rho * rho);
      expect(Math.abs(essX / expectedEss - 1)).toBeLessThan(0.2);
    });
  }

  it('half-steps draw the staircase: each update moves exactly one coordinate, conditional mean is exact', () => {
    const g = createBivariateGaussianGibbs({ rho: 0.8, rng: createRng(11) });
    for (let k = 0; k < 20; k++) {
      const i = g.nextCoordinate as 0 | 1;
      const other = 1 - i;
      const expectedMean = 0.8 * g.current[other]; // unit sds, zero means
      expect(g.conditionalMean(i)).toBeCloseTo(expectedMean, 14);
      expect(g.updateCoordinate()).toBe(i);
      expect(g.current[other]).toBe(g.previous[other]);
    }
    expect(g.sweeps).toBe(10);
    expect(g.conditionalSd[0]).toBeCloseTo(Math.sqrt(1 - 0.64), 14);
  });

  it('ρ is clamped: ρ = 1.5 and ρ = −1 give |ρ| = 0.9999 and finite chains', () => {
    for (const rho of [1.5, -1]) {
      const g = createBivariateGaussianGibbs({ rho, rng: createRng(12) });
      expect(Math.abs(g.rho)).toBe(0.9999);
      for (let t = 0; t < 1000; t++) g.sweep();
      expect(Number.isFinite(g.current[0]) && Number.isFinite(g.current[1])).toBe(true);
    }
    expect(() => createBivariateGaussianGibbs({ rho: Number.NaN, rng: createRng(1) })).toThrow(RangeError);
  });

  it('generic systematic scan on a 3-D Gaussian with tridiagonal precision recovers Σ = Λ⁻¹ (4 SE)', () => {
    // Λ = [[2, −0.8, 0], [−0.8, 2, −0.8], [0, −0.8, 2]]; x_i | rest ~ N(−Σ_{j≠i} Λ_ij x_j / Λ_ii, 1/Λ_ii)
    const L = [
      [2, -0.8, 0],
      [-0.8, 2, -0.8],
      [0, -0.8, 2],
    ];
    // Λ⁻¹ by hand (cofactors / det): det = 2(4 − 0.64) + 0.8(−1.6) = 5.44
    const det = 5.44;
    const sigma = [
      [3.36 / det, 1.6 / det, 0.64 / det],
      [1.6 / det, 4 / det, 1.6 / det],
      [0.64 / det, 1.6 / det, 3.36 / det],
    ];
    const r = runSystematicScan({
      initial: [3, -3, 3],
      rng: createRng(13),
      sweeps: 60_000,
      burnIn: 500,
      sampleConditional: (i, x, rng) => {
        let s = 0;
        for (let j = 0; j < 3; j++) if (j !== i) s += L[i][j] * x[j];
        return -s / L[i][i] + rng.normal() / Math.sqrt(L[i][i]);
      },
    });
    const cols = [0, 1, 2].map((i) => chainCoordinate(r, i));
    for (let i = 0; i < 3; i++) {
      expectWithinMcse(cols[i], 0);
      for (let j = i; j < 3; j++)
        expectWithinMcse(
          cols[i].map((v, t) => v * cols[j][t]),
          sigma[i][j],
        );
    }
  });
});

describe('Langevin dynamics', () => {
  it('MALA, 1-D mixture: mean and variance within 4 ESS-based SE; acceptance reported in (0, 1)', () => {
    const r = runLangevin({
      logDensity: logP1,
      gradLogDensity: grad1,
      initial: [0],
      stepSize: 0.3,
      adjusted: true,
      rng: createRng(20),
      steps: 200_000,
      burnIn: 1000,
    });
    if (r.kind !== 'ok') throw new Error(r.message);
    expectMoments(r.chain, mix1.mean, mix1.variance);
    expect(r.acceptanceRate).toBeGreaterThan(0.5);
    expect(r.acceptanceRate).toBeLessThan(1);
  });

  it('MALA, 2-D mixture: means, variances, covariance within 4 ESS-based SE', () => {
    const r = runLangevin({
      logDensity: mix2.logDensity,
      gradLogDensity: mix2.gradLogDensity,
      initial: [0, 0],
      stepSize: 0.25,
      adjusted: true,
      rng: createRng(21),
      steps: 200_000,
      burnIn: 1000,
    });
    if (r.kind !== 'ok') throw new Error(r.message);
    expectMoments2D(r.chain, mix2.mean, mix2.covariance);
  });

  it('ULA on N(0, 1) has the exact biased variance 1/(1 − ε/2); MALA at the same ε removes the bias', () => {
    const eps = 0.4; // ULA variance 1.25
    const common = {
      logDensity: (x: Float64Array) => -0.5 * x[0] * x[0],
      gradLogDensity: (x: Float64Array, out: Float64Array) => {
        out[0] = -x[0];
      },
      initial: [0],
      stepSize: eps,
      steps: 100_000,
      burnIn: 500,
    };
    const ula = runLangevin({ ...common, adjusted: false, rng: createRng(22) });
    const mala = runLangevin({ ...common, adjusted: true, rng: createRng(23) });
    if (ula.kind !== 'ok' || mala.kind !== 'ok') throw new Error('diverged');
    expect(ula.acceptanceRate).toBe(1);
    expectMoments(ula.chain, 0, 1 / (1 - eps / 2));
    expectMoments(mala.chain, 0, 1);
    // and the two really differ: the ULA variance is not 1 (its 4-SE band excludes 1)
    const sq = ula.chain.map((x) => x * x);
    expect(mean(sq) - 1).toBeGreaterThan(4 * Math.sqrt(variance(sq) / effectiveSampleSize(sq)));
  });

  it('ULA with small ε on the 1-D and 2-D mixtures: moments within 4 SE plus the O(ε) bias allowance ε', () => {
    const eps = 0.02;
    // 300 000 steps, every 10th recorded (thinning keeps the ESS computation cheap)
    const common = { stepSize: eps, adjusted: false, steps: 30_000, thin: 10, burnIn: 1000 } as const;
    const r1 = runLangevin({ ...common, gradLogDensity: grad1, initial: [0], rng: createRng(24) });
    const r2 = runLangevin({
      ...common,
      gradLogDensity: mix2.gradLogDensity,
      initial: [0, 0],
      rng: createRng(25),
    });
    if (r1.kind !== 'ok' || r2.kind !== 'ok') throw new Error('diverged');
    // for a Gaussian the variance bias is σ⁴ε/2 / (σ² − ε/2) ≈ ε/2·σ²: ε bounds it for these σ ≤ 1.3
    expectMoments(r1.chain, mix1.mean, mix1.variance, eps);
    expectMoments2D(r2.chain, mix2.mean, mix2.covariance, eps);
  });

  it('ULA with a step too large for the curvature reports divergence instead of NaN', () => {
    // target N(0, 0.01): x' = x(1 − ε/0.01) + …, unstable for ε > 0.02
    const grad = (x: Float64Array, out: Float64Array) => {
      out[0] = -x[0] / 0.01;
    };
    const r = runLangevin({
      gradLogDensity: grad,
      initial: [1],
      stepSize: 0.5,
      adjusted: false,
      rng: createRng(26),
      steps: 10_000,
    });
    expect(r.kind).toBe('diverged');
    if (r.kind === 'diverged') {
      expect(r.message).toMatch(/diverged/);
      expect(r.chain.every(Number.isFinite)).toBe(true);
    }
    const s = createLangevin({
      gradLogDensity: grad,
      initial: [1],
      stepSize: 0.5,
      adjusted: false,
      rng: createRng(26),
    });
    for (let t = 0; t < 5000; t++) s.step();
    expect(s.diverged).toBe(true);
    expect(Number.isFinite(s.current[0])).toBe(true);
    // MALA at the same step simply rejects: it never diverges
    const m = runLangevin({
      logDensity: (x) => (-0.5 * x[0] * x[0]) / 0.01,
      gradLogDensity: grad,
      initial: [0],
      stepSize: 0.5,
      adjusted: true,
      rng: createRng(27),
      steps: 2000,
    });
    expect(m.kind).toBe('ok');
  });

  it('MALA without a log-density is refused', () => {
    expect(() =>
      createLangevin({
        gradLogDensity: grad1,
        initial: [0],
        stepSize: 0.1,
        adjusted: true,
        rng: createRng(1),
      }),
    ).toThrow(RangeError);
  });

  it('ulaParticles: a cloud started at 0 flows into N(2, 0.5²) (ε = 0.01, variance bias ε/2·σ² allowed)', () => {
    const n = 4000;
    const positions = new Float64Array(n);
    const score = (x: Float64Array, out: Float64Array) => {
      out[0] = -(x[0] - 2) / 0.25;
    };
    const r = ulaParticles(createRng(28), positions, 1, score, 0.01, 400);
    expect(r.kind).toBe('ok');
    // after 400 steps the mean has contracted by (1 − 0.04)^400 ≈ 8e-8: independent particles, plain SE
    const stationaryVar = 0.25 / (1 - 0.01 / (2 * 0.25));
    expect(Math.abs(mean(positions) - 2)).toBeLessThan(4 * Math.sqrt(stationaryVar / n));
    expect(Math.abs(variance(positions) - stationaryVar)).toBeLessThan(4 * stationaryVar * Math.sqrt(2 / n));
    const blow = ulaParticles(
      createRng(29),
      new Float64Array(10).fill(1),
      1,
      (x, out) => {
        out[0] = -x[0] / 1e-4;
      },
      1,
      1000,
    );
    expect(blow.kind).toBe('diverged');
  });
});

describe('clamped parameters never give NaN (fast-check)', () => {
  const wild = fc.oneof(
    fc.double({ noNaN: true }),
    fc.constantFrom(0, -0, -1, 1e-320, 1e308, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  );

  it('MH step size, Gibbs ρ and sd, Langevin ε: every recorded state is a number', () => {
    fc.assert(
      fc.property(wild, wild, wild, fc.integer({ min: 0, max: 1e6 }), (step, rho, sd, seed) => {
        const mh = runRandomWalkMetropolis({
          logDensity: mix2.logDensity,
          initial: [0, 0],
          stepSize: step,
          rng: createRng(seed),
          steps: 50,
        });
        expect(mh.chain.some(Number.isNaN)).toBe(false);
        const g = runBivariateGaussianGibbs({ rho, sd: [sd, 1], rng: createRng(seed), sweeps: 50 });
        expect(g.chain.some(Number.isNaN)).toBe(false);
        const l = runLangevin({
          logDensity: logP1,
          gradLogDensity: grad1,
          initial: [0],
          stepSize: step,
          adjusted: true,
          rng: createRng(seed),
          steps: 50,
        });
        expect(l.chain.some(Number.isNaN)).toBe(false);
        const u = runLangevin({
          gradLogDensity: grad1,
          initial: [0],
          stepSize: step,
          adjusted: false,
          rng: createRng(seed),
          steps: 50,
        });
        expect(u.chain.some(Number.isNaN)).toBe(false);
      }),
      { seed: 30, numRuns: 200 },
    );
  });
});
