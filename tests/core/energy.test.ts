import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boltzmann1D,
  boltzmann2D,
  boltzmannGrid2D,
  doubleWellEnergy,
  freeEnergyFromLogZ,
  gaussianEnergy2D,
  harmonicEnergy,
  logIntegrate,
  mixtureOfExperts1D,
  partitionFunction1D,
  partitionFunction2D,
  partitionOfQuadratic,
  productOfExperts1D,
  productOfExperts2D,
  quadraticEnergy,
  ridgeExpert2D,
  studentTEnergy,
} from '../../src/core/energy';

/** Plain composite midpoint rule, an independent check on a box that holds the mass. */
function midpoint(f: (x: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let s = 0;
  for (let i = 0; i < n; i++) s += f(a + (i + 0.5) * h);
  return s * h;
}

function finiteLogZ(r: ReturnType<typeof partitionFunction1D>): number {
  if (r.kind !== 'finite') throw new Error(`expected a finite Z, got: ${r.reason}`);
  return r.logZ;
}

describe('partition function of φ(x) = exp(−βx²) on ℝ', () => {
  it('quadrature gives Z = √(π/β) for β > 0 (relative error < 1e-9)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-4, max: 1e4, noNaN: true }), (beta) => {
        const logZ = finiteLogZ(partitionFunction1D(quadraticEnergy(beta)));
        expect(Math.abs(logZ - 0.5 * Math.log(Math.PI / beta))).toBeLessThan(1e-9);
      }),
      { numRuns: 40 },
    );
  });

  it('is divergent (with a reason, never NaN) for β ≤ 0, numerically and in closed form', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 0, noNaN: true }), (beta) => {
        const r = partitionFunction1D(quadraticEnergy(beta));
        expect(r.kind).toBe('divergent');
        if (r.kind === 'divergent') expect(r.reason.length).toBeGreaterThan(10);
        expect(partitionOfQuadratic(beta).kind).toBe('divergent');
      }),
      { numRuns: 30 },
    );
  });

  it('closed form on [a, b] (erfc) matches quadrature (relative error < 1e-9)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 20, noNaN: true }), // β a² ≤ 500: the erfc values stay normal numbers
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (beta, a, width) => {
          const domain = [a, a + width] as const;
          const closed = partitionOfQuadratic(beta, domain);
          if (closed.kind !== 'finite') throw new Error('closed form should be finite');
          const logZ = finiteLogZ(partitionFunction1D(quadraticEnergy(beta), { domain }));
          expect(Math.abs(logZ - closed.logZ)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('divergence verdicts', () => {
  it('energy overflow gives a divergence verdict, not NaN', () => {
    const cases = [
      (x: number) => -Math.exp(x), // E → −∞ (overflows to −Infinity at x > 709)
      (x: number) => x ** 10 - x ** 12, // ∞ − ∞ = NaN far out; the points before it show growth
      (x: number) => -1e300 * x * x, // −Infinity already at moderate x
      () => Number.NEGATIVE_INFINITY,
    ];
    for (const E of cases) {
      const r = partitionFunction1D(E);
      expect(r.kind).toBe('divergent');
      expect(JSON.stringify(r)).not.toContain('NaN');
    }
  });

  it('Student-t expert α log(1 + x²): finite iff α > ½; Z = π at α = 1 and π/2 at α = 2 (1e-9)', () => {
    expect(partitionFunction1D(studentTEnergy(0.4)).kind).toBe('divergent');
    expect(partitionFunction1D(studentTEnergy(0.5)).kind).toBe('divergent');
    expect(Math.abs(finiteLogZ(partitionFunction1D(studentTEnergy(1))) - Math.log(Math.PI))).toBeLessThan(
      1e-9,
    );
    expect(Math.abs(finiteLogZ(partitionFunction1D(studentTEnergy(2))) - Math.log(Math.PI / 2))).toBeLessThan(
      1e-9,
    );
  });

  it('E = a·x on [0, ∞): Z = 1/a for a > 0, divergent for a ≤ 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (a) => {
        const logZ = finiteLogZ(partitionFunction1D((x) => a * x, { domain: [0, Number.POSITIVE_INFINITY] }));
        expect(Math.abs(logZ + Math.log(a))).toBeLessThan(1e-9);
        expect(partitionFunction1D((x) => -a * x, { domain: [0, Number.POSITIVE_INFINITY] }).kind).toBe(
          'divergent',
        );
      }),
      { numRuns: 20 },
    );
    expect(partitionFunction1D(() => 0, { domain: [0, Number.POSITIVE_INFINITY] }).kind).toBe('divergent');
  });

  it('an increasing energy on a finite interval is always finite', () => {
    const logZ = finiteLogZ(partitionFunction1D(quadraticEnergy(-3), { domain: [-2, 2] }));
    const reference = Math.log(midpoint((x) => Math.exp(3 * x * x), -2, 2, 200000));
    expect(Math.abs(logZ - reference)).toBeLessThan(1e-8);
  });
});

describe('temperature, free energy and densities', () => {
  it('harmonic well ½k(x − x₀)² at temperature T: Z = √(2πT/k), F = −T log Z (1e-9)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (k, x0, T) => {
          const b = boltzmann1D(harmonicEnergy(k, x0), { temperature: T });
          if (b.kind !== 'finite') throw new Error(b.reason);
          const closed = 0.5 * Math.log((2 * Math.PI * T) / k);
          expect(Math.abs(b.logZ - closed)).toBeLessThan(1e-9);
          expect(Math.abs(b.freeEnergy - freeEnergyFromLogZ(closed, T))).toBeLessThan(1e-8 * Math.max(1, T));
          // the density is the normal N(x₀, T/k)
          const sd = Math.sqrt(T / k);
          expect(Math.abs(b.density(x0 + sd) - Math.exp(-0.5) / (sd * Math.sqrt(2 * Math.PI)))).toBeLessThan(
            1e-9 / sd,
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('double well: Z agrees with a fine midpoint rule, and the density integrates to 1 (1e-9)', () => {
    for (const [h, a, T] of [
      [5, 2, 1],
      [1, 1, 0.3],
      [20, 1.5, 2],
    ]) {
      const E = doubleWellEnergy(h, a);
      const b = boltzmann1D(E, { temperature: T });
      if (b.kind !== 'finite') throw new Error(b.reason);
      const reference = midpoint((x) => Math.exp(-E(x) / T), -4 * a, 4 * a, 400000);
      expect(Math.abs(b.logZ - Math.log(reference))).toBeLessThan(1e-9);
      expect(Math.abs(midpoint(b.density, -4 * a, 4 * a, 400000) - 1)).toBeLessThan(1e-9);
    }
  });

  it('a product of Gaussian experts is the Gaussian with summed precisions (1e-9)', () => {
    const E = productOfExperts1D([harmonicEnergy(2, 1), harmonicEnergy(3, -1)]);
    // ½·2(x−1)² + ½·3(x+1)² = ½·5(x − μ)² + c, μ = (2·1 − 3·1)/5 = −0.2, c = 2·3/(2·5)·(1 − (−1))² = 2.4
    const logZ = finiteLogZ(partitionFunction1D(E));
    expect(Math.abs(logZ - (0.5 * Math.log((2 * Math.PI) / 5) - 2.4))).toBeLessThan(1e-9);
    // weights are powers of the experts: λ = (2, 0) doubles the first energy
    const squared = finiteLogZ(
      partitionFunction1D(productOfExperts1D([harmonicEnergy(2, 1), harmonicEnergy(3)], [2, 0])),
    );
    expect(Math.abs(squared - 0.5 * Math.log((2 * Math.PI) / 4))).toBeLessThan(1e-9);
  });

  it('a mixture of normalised experts has Z = 1 (1e-9)', () => {
    const a = harmonicEnergy(1, -3);
    const b = doubleWellEnergy(2, 1);
    const za = finiteLogZ(partitionFunction1D(a));
    const zb = finiteLogZ(partitionFunction1D(b));
    const mix = mixtureOfExperts1D(
      [
        { energy: a, logZ: za },
        { energy: b, logZ: zb },
      ],
      [0.3, 0.7],
    );
    expect(Math.abs(finiteLogZ(partitionFunction1D(mix)))).toBeLessThan(1e-9);
  });

  it('logIntegrate handles weights of e^{±1000} without overflow (1e-10)', () => {
    const r = logIntegrate((x) => 1000 - x * x, -40, 40);
    expect(Math.abs(r.logValue - (1000 + 0.5 * Math.log(Math.PI)))).toBeLessThan(1e-10);
    const s = logIntegrate((x) => -1000 - x * x, -40, 40);
    expect(Math.abs(s.logValue - (-1000 + 0.5 * Math.log(Math.PI)))).toBeLessThan(1e-10);
  });

  it('rejects T ≤ 0 and NaN energies inside the domain with RangeError', () => {
    expect(() => partitionFunction1D(quadraticEnergy(1), { temperature: 0 })).toThrow(RangeError);
    expect(() => partitionFunction1D(() => Number.NaN, { domain: [0, 1] })).toThrow(RangeError);
  });
});

describe('2-D partition functions (iterated integrals with verdicts)', () => {
  it('correlated Gaussian at T = 2: Z = 2π T √det Σ (relative error < 1e-6), density peak 1/Z', () => {
    const covariance = [
      [1, 0.5],
      [0.5, 2],
    ] as const;
    const r = boltzmann2D(gaussianEnergy2D([0.5, -1], covariance), { temperature: 2 });
    if (r.kind !== 'finite') throw new Error(r.reason);
    expect(Math.abs(r.logZ - Math.log(2 * Math.PI * 2 * Math.sqrt(1.75)))).toBeLessThan(1e-6);
    expect(r.relativeError).toBeLessThan(1e-5);
    expect(Math.abs(r.density(0.5, -1) * Math.exp(r.logZ) - 1)).toBeLessThan(1e-12);
    expect(Math.abs(r.freeEnergy + 2 * r.logZ)).toBeLessThan(1e-12);
  });

  it('flat directions diverge: E = x² (no decay in y) and the valley E = (x − y)²', () => {
    expect(partitionFunction2D((x) => x * x).kind).toBe('divergent');
    expect(partitionFunction2D((x, y) => (x - y) ** 2).kind).toBe('divergent');
  });

  it('ridge experts: one alone diverges; two perpendicular ones with α = 1 give Z = π² (1e-6)', () => {
    expect(partitionFunction2D(ridgeExpert2D(1, [1, 1])).kind).toBe('divergent');
    const r = partitionFunction2D(productOfExperts2D([ridgeExpert2D(1, [1, 0]), ridgeExpert2D(1, [0, 1])]), {
      tolerance: 1e-5,
    });
    if (r.kind !== 'finite') throw new Error(r.reason);
    expect(Math.abs(r.logZ - 2 * Math.log(Math.PI))).toBeLessThan(1e-6);
  });

  it('boltzmannGrid2D is normalised over its box (1e-12)', () => {
    const g = boltzmannGrid2D(
      gaussianEnergy2D(
        [0, 0],
        [
          [1, 0.3],
          [0.3, 1],
        ],
      ),
      {
        x: [-3, 3],
        y: [-3, 3],
        nx: 40,
        ny: 30,
        temperature: 0.7,
      },
    );
    let total = 0;
    for (const l of g.logDensity) total += Math.exp(l) * g.dx * g.dy;
    expect(Math.abs(total - 1)).toBeLessThan(1e-12);
  });
});
