import { describe, expect, it } from 'vitest';
import {
  freeEnergyAt,
  jointEnergy,
  type LatentGaussianModel,
  latentPosterior,
  latentPrior,
  logMarginalPartition,
  logMarginalPartitionByQuadrature,
} from '../../../src/core';

const model = (offsets: number[]): LatentGaussianModel => ({ means: [-2, 0, 2.5], offsets });
const XS = [-6, -2, -0.7, 0, 1.3, 2.5, 7];

describe('free energy of a latent-variable model', () => {
  it('F(x) = −log Σ_h e^{−E(x, h)} matches direct summation', () => {
    const m = model([0, 1, 2]);
    for (const x of XS) {
      let sum = 0;
      for (let h = 0; h < 3; h++) sum += Math.exp(-((x - m.means[h]) ** 2) / 2 - m.offsets[h]);
      expect(freeEnergyAt(m, x)).toBeCloseTo(-Math.log(sum), 12);
    }
  });

  it('stays finite for offsets beyond a double’s exponent range (a = ±700) and shifts exactly by the offset', () => {
    for (const a of [700, -700]) {
      const m = model([a, a, a]);
      const base = model([0, 0, 0]);
      for (const x of XS) {
        const F = freeEnergyAt(m, x);
        expect(Number.isFinite(F)).toBe(true);
        expect(F - a).toBeCloseTo(freeEnergyAt(base, x), 9);
      }
    }
    const mixed = model([-700, 0, 700]);
    expect(Number.isFinite(freeEnergyAt(mixed, 0))).toBe(true);
    expect(Number.isFinite(logMarginalPartition(mixed))).toBe(true);
  });

  it('is a soft minimum: min_h E − log 3 ≤ F ≤ min_h E', () => {
    for (const offsets of [
      [0, 1, 2],
      [-3, 3, 0],
      [2, 2, 2],
    ]) {
      const m = model(offsets);
      for (const x of XS) {
        const minE = Math.min(...[0, 1, 2].map((h) => jointEnergy(m, x, h)));
        const F = freeEnergyAt(m, x);
        expect(F).toBeLessThanOrEqual(minE + 1e-12);
        expect(F).toBeGreaterThanOrEqual(minE - Math.log(3) - 1e-12);
      }
    }
    // equal energies reach the lower bound exactly: F = E − log 3 at x where all three coincide (a flat model)
    const flat: LatentGaussianModel = { means: [0, 0, 0], offsets: [1, 1, 1] };
    expect(freeEnergyAt(flat, 0.4)).toBeCloseTo(0.08 + 1 - Math.log(3), 12);
  });

  it('Z = √(2π) Σ e^{−a_h} in closed form agrees with quadrature to 1e-9 relative', () => {
    for (const offsets of [
      [0, 1, 2],
      [-3, 3, -1],
      [3, -3, 0.5],
      [400, 401, 399],
    ]) {
      const m = model(offsets);
      const closed = logMarginalPartition(m);
      let direct = 0;
      for (const a of offsets) direct += Math.exp(-a);
      if (offsets[0] < 100) expect(closed).toBeCloseTo(Math.log(Math.sqrt(2 * Math.PI) * direct), 12);
      // relative error of Z is the absolute error of log Z
      expect(Math.abs(logMarginalPartitionByQuadrature(m) - closed)).toBeLessThan(1e-9);
    }
  });

  it('P(h | x) sums to 1 and is Bayes’ rule P(h) N(x; μ_h, 1) / Σ_k P(k) N(x; μ_k, 1)', () => {
    const m = model([0.5, -1, 2]);
    const prior = latentPrior(m);
    expect(prior.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 14);
    for (const x of XS) {
      const post = latentPosterior(m, x);
      expect(post.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
      const joint = [0, 1, 2].map((h) => prior[h] * Math.exp(-((x - m.means[h]) ** 2) / 2));
      const evidence = joint.reduce((s, v) => s + v, 0);
      for (let h = 0; h < 3; h++) expect(post[h]).toBeCloseTo(joint[h] / evidence, 12);
    }
    expect(() => freeEnergyAt({ means: [0, 1], offsets: [0] }, 0)).toThrow(RangeError);
  });
});
