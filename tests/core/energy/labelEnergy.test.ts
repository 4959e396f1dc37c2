import { describe, expect, it } from 'vitest';
import {
  decideLabel,
  labelEnergies,
  labelGrid,
  labelPosterior,
  type PrototypeClassifier,
} from '../../../src/core';

const model: PrototypeClassifier = {
  prototypes: [
    [-1.5, -1],
    [1.5, -1],
    [0, 1.6],
  ],
  width: 1,
  offsets: [0, 0.5, -0.3],
};

describe('an energy that classifies', () => {
  it('E(x, y) = |x − m_y|²/(2s²) + β_y', () => {
    const e = labelEnergies(model, 0.4, -0.2);
    for (let y = 0; y < 3; y++) {
      const [mx, my] = model.prototypes[y];
      expect(e[y]).toBeCloseTo(((0.4 - mx) ** 2 + (-0.2 - my) ** 2) / 2 + model.offsets[y], 14);
    }
  });

  it('the softmax equals brute-force normalisation of e^{−E/T}', () => {
    const e = labelEnergies(model, 0.4, -0.2);
    for (const T of [0.05, 0.3, 1, 5, 20]) {
      const p = labelPosterior(e, T);
      const w = Array.from(e, (v) => Math.exp(-v / T));
      const z = w.reduce((s, v) => s + v, 0);
      for (let y = 0; y < 3; y++) expect(p[y]).toBeCloseTo(w[y] / z, 12);
    }
  });

  it('T → 0 gives the one-hot argmin and T → ∞ the uniform distribution', () => {
    const e = labelEnergies(model, 0.4, -0.2);
    const best = decideLabel(e);
    const cold = labelPosterior(e, 1e-6);
    for (let y = 0; y < 3; y++) expect(cold[y]).toBeCloseTo(y === best ? 1 : 0, 12);
    const hot = labelPosterior(e, 1e9);
    for (let y = 0; y < 3; y++) expect(hot[y]).toBeCloseTo(1 / 3, 8);
  });

  it('extreme energies stay finite (log-sum-exp)', () => {
    for (const e of [
      [1e5, 1e5 + 1, 1e5 + 2],
      [-1e5, -1e5 + 1, 0],
      [800, 900, 1000],
    ]) {
      const p = labelPosterior(e, 0.05);
      expect(p.every(Number.isFinite)).toBe(true);
      expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      expect(decideLabel(e)).toBe(0);
    }
    expect(() => labelPosterior([0, 1], 0)).toThrow(RangeError);
  });

  it('the decision regions on the grid are the argmin of the energies at each grid point', () => {
    const box = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 };
    const n = 41;
    const grid = labelGrid(model, box, n, 1);
    const seen = new Set<number>();
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const x = -3 + (6 * i) / (n - 1);
        const y = -3 + (6 * j) / (n - 1);
        // brute force: the smallest energy, computed here from the formula
        const energies = model.prototypes.map(
          ([mx, my], k) => ((x - mx) ** 2 + (y - my) ** 2) / 2 + model.offsets[k],
        );
        const argmin = energies.indexOf(Math.min(...energies));
        expect(grid.labels[j * n + i]).toBe(argmin);
        seen.add(argmin);
        expect(grid.confidence[j * n + i]).toBeGreaterThanOrEqual(1 / 3 - 1e-12);
      }
    }
    expect(seen.size).toBe(3);
  });
});
