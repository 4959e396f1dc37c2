import { describe, expect, it } from 'vitest';
import { bananaDensity } from '../../src/core/mcmc/banana';
import {
  expectationByQuadrature,
  integrateMinimum,
  integrateNonNegative,
} from '../../src/core/montecarlo/densityIntegrals';
import { gaussianMixture1D } from '../../src/core/montecarlo/mixture';
import { createRng } from '../../src/core/random';
import { normalCdf } from '../../src/core/stats';

describe('banana target', () => {
  const banana = bananaDensity({ sx: 1.2, b: 0.4, c: -1.2, sy: 0.5 });

  it('integrates to 1 (2-D midpoint rule on a wide box, error < 1e-6)', () => {
    // The midpoint rule is spectrally accurate for a smooth, rapidly decaying integrand on a box that holds it.
    const n = 600;
    const [x0, x1, y0, y1] = [-9, 9, -4, 34];
    const hx = (x1 - x0) / n;
    const hy = (y1 - y0) / n;
    let total = 0;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) total += banana.density(x0 + (i + 0.5) * hx, y0 + (j + 0.5) * hy);
    expect(Math.abs(total * hx * hy - 1)).toBeLessThan(1e-6);
  });

  it('direct samples match the stated mean and covariance within 4 standard errors (n = 200 000)', () => {
    const rng = createRng(11);
    const out = new Float64Array(2);
    const n = 200_000;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let syy = 0;
    let sxy = 0;
    for (let t = 0; t < n; t++) {
      banana.sample(rng, out);
      sx += out[0];
      sy += out[1];
      sxx += out[0] * out[0];
      syy += out[1] * out[1];
      sxy += out[0] * out[1];
    }
    const [vx, , , vy] = banana.covariance;
    expect(Math.abs(sx / n - banana.mean[0])).toBeLessThan(4 * Math.sqrt(vx / n));
    expect(Math.abs(sy / n - banana.mean[1])).toBeLessThan(4 * Math.sqrt(vy / n));
    const varY = syy / n - (sy / n) ** 2;
    // Var of the sample variance of Y is about (μ4 − σ⁴)/n; 5 % is many standard errors at this n.
    expect(Math.abs(varY / vy - 1)).toBeLessThan(0.05);
    expect(Math.abs(sxx / n / vx - 1)).toBeLessThan(0.02);
    expect(Math.abs(sxy / n - (sx / n) * (sy / n))).toBeLessThan(4 * Math.sqrt((vx * vy * 3) / n));
  });

  it('log-density is the log of the density and refuses bad parameters', () => {
    expect(banana.logDensity(0.7, 0.2)).toBeCloseTo(Math.log(banana.density(0.7, 0.2)), 12);
    expect(() => bananaDensity({ sx: 0, b: 1, c: 0, sy: 1 })).toThrow(RangeError);
    expect(() => bananaDensity({ sx: 1, b: Number.NaN, c: 0, sy: 1 })).toThrow(RangeError);
  });
});

describe('integrals of densities on an interval', () => {
  const phi = (x: number) => Math.exp(-0.5 * x * x);

  it('Z of an unnormalised Gaussian on [−6, 6] matches √(2π)(Φ(6) − Φ(−6)) to 1e-9', () => {
    const z = integrateNonNegative(phi, -6, 6);
    expect(Math.abs(z.value - Math.sqrt(2 * Math.PI) * (normalCdf(6) - normalCdf(-6)))).toBeLessThan(1e-9);
    expect(z.error).toBeLessThan(1e-6);
  });

  it('E[X²], P(X > 2) (a jump, given as a break) and E[X] under N(0, 1) truncated to [−8, 8]', () => {
    const square = expectationByQuadrature(phi, (x) => x * x, -8, 8);
    expect(Math.abs(square.expectation - 1)).toBeLessThan(1e-9);
    const tail = expectationByQuadrature(phi, (x) => (x > 2 ? 1 : 0), -8, 8, [2]);
    expect(
      Math.abs(tail.expectation - (normalCdf(-2) - normalCdf(-8)) / (1 - 2 * normalCdf(-8))),
    ).toBeLessThan(1e-10);
    const shifted = expectationByQuadrature(
      (x) => phi(x - 1.5),
      (x) => x,
      -8,
      10,
    );
    expect(Math.abs(shifted.expectation - 1.5)).toBeLessThan(1e-9);
  });

  it('∫ min(p, k q) equals the brute-force Riemann sum, and equals Z when k q ≥ p everywhere', () => {
    const p = gaussianMixture1D({ weights: [0.4, 0.6], means: [-1.5, 1.8], sds: [0.6, 0.9] });
    const q = (x: number) => Math.exp(-0.5 * (x / 2) ** 2) / (2 * Math.sqrt(2 * Math.PI));
    for (const k of [1.2, 2.5]) {
      const quad = integrateMinimum(p.pdf, (x) => k * q(x), -8, 8).value;
      let riemann = 0;
      const n = 200_000;
      const h = 16 / n;
      for (let i = 0; i < n; i++) {
        const x = -8 + (i + 0.5) * h;
        riemann += Math.min(p.pdf(x), k * q(x)) * h;
      }
      expect(Math.abs(quad - riemann)).toBeLessThan(1e-7);
    }
    const generous = integrateMinimum(p.pdf, (x) => 50 * q(x), -8, 8).value;
    expect(Math.abs(generous - (p.cdf(8) - p.cdf(-8)))).toBeLessThan(1e-9);
  });

  it('refuses negative or non-finite integrands and empty intervals', () => {
    expect(() => integrateNonNegative((x) => x, -1, 1)).toThrow(RangeError);
    expect(() => integrateNonNegative(() => Number.NaN, -1, 1)).toThrow(RangeError);
    expect(() => integrateNonNegative(phi, 1, 1)).toThrow(RangeError);
    expect(() =>
      expectationByQuadrature(
        () => 0,
        (x) => x,
        -1,
        1,
      ),
    ).toThrow(RangeError);
  });
});
