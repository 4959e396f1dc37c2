import { describe, expect, it } from 'vitest';
import {
  areaFractionHoldingMass,
  densityOfEnergyGrid,
  energyOnGrid,
  erf,
  expertProfile,
  logPartitionOnSquare,
  type ProjectionExpert,
  productOfExperts2D,
  projectionExpert2D,
  type SquareGrid,
  squareGridCoordinate,
  sumOfGrids,
} from '../../../src/core';

const band = (angle: number, offset: number, strength: number): ProjectionExpert => ({
  shape: 'band',
  angle,
  offset,
  strength,
});

describe('projection experts', () => {
  it('each expert depends on wᵀx − b only: flat along the perpendicular direction', () => {
    for (const shape of ['band', 'well', 'step'] as const) {
      const E = projectionExpert2D({ shape, angle: 30, offset: 0.4, strength: 2 });
      const f = expertProfile(shape, 2);
      const w = [Math.cos(Math.PI / 6), Math.sin(Math.PI / 6)];
      for (const [x, y] of [
        [0.3, -1],
        [2, 1.5],
        [-2.5, 0.2],
      ]) {
        const u = w[0] * x + w[1] * y - 0.4;
        expect(E(x, y)).toBeCloseTo(f(u), 12);
        // moving along the perpendicular (−sin θ, cos θ) changes nothing
        expect(E(x - 5 * w[1], y + 5 * w[0])).toBeCloseTo(E(x, y), 10);
      }
    }
    expect(expertProfile('step', 3)(-2)).toBe(0);
    expect(expertProfile('step', 3)(2)).toBe(12);
    expect(expertProfile('well', 3)(1)).toBe(0);
    expect(expertProfile('well', 3)(-1)).toBe(0);
    expect(expertProfile('well', 3)(0)).toBe(3);
    expect(() => expertProfile('band', 0)).toThrow(RangeError);
  });

  it('two Gaussian bands on non-parallel directions: Z on ℝ² is π / (√(k₁k₂) |sin Δθ|)', () => {
    // E = k₁(w₁ᵀx − b₁)² + k₂(w₂ᵀx − b₂)² is ½ (x − m)ᵀA(x − m) with det A = 4k₁k₂ sin²Δθ, minimum 0 where both vanish.
    for (const [k1, k2, t1, t2, b1, b2] of [
      [1, 2, 0, 90, 0.5, -0.3],
      [0.7, 1.5, 20, 75, -0.4, 0.6],
      [2, 2, 10, 150, 0, 0.2],
    ]) {
      const E = productOfExperts2D([
        projectionExpert2D(band(t1, b1, k1)),
        projectionExpert2D(band(t2, b2, k2)),
      ]);
      const dTheta = ((t2 - t1) * Math.PI) / 180;
      const exact = Math.log(Math.PI / (Math.sqrt(k1 * k2) * Math.abs(Math.sin(dTheta))));
      // Widened box: the Gaussian's mass beyond |x| = 12 is far below 1e-12 for these widths.
      expect(Math.abs(logPartitionOnSquare(E, 12) - exact)).toBeLessThan(1e-8);
    }
  });

  it('axis-aligned bands on the box [−3, 3]²: Z is a product of two erf closed forms', () => {
    const L = 3;
    const onLine = (k: number, b: number) =>
      0.5 * Math.sqrt(Math.PI / k) * (erf(Math.sqrt(k) * (L - b)) + erf(Math.sqrt(k) * (L + b)));
    for (const [k1, b1, k2, b2] of [
      [1, 0.5, 0.3, -1],
      [0.1, 2, 4, 0],
    ]) {
      const E = productOfExperts2D([
        projectionExpert2D(band(0, b1, k1)),
        projectionExpert2D(band(90, b2, k2)),
      ]);
      const exact = Math.log(onLine(k1, b1) * onLine(k2, b2));
      expect(Math.abs(logPartitionOnSquare(E, L) - exact)).toBeLessThan(1e-8);
    }
  });

  it('a single band alone leaves a direction free: its Z on the box grows with the box (∝ L)', () => {
    const E = projectionExpert2D(band(0, 0, 1));
    const z = (L: number) => Math.exp(logPartitionOnSquare(E, L));
    // ∫_{−L}^{L} dy · ∫_{−L}^{L} e^{−x²} dx = 2L · √π erf(L)
    for (const L of [3, 6, 12]) expect(z(L) / (2 * L * Math.sqrt(Math.PI) * erf(L))).toBeCloseTo(1, 9);
  });

  const grid: SquareGrid = { halfWidth: 3, n: 61 };
  const experts = [
    projectionExpert2D({ shape: 'step', angle: 90, offset: 1, strength: 4 }),
    projectionExpert2D({ shape: 'well', angle: 0, offset: 0.3, strength: 2 }),
    projectionExpert2D(band(135, -0.5, 0.8)),
  ];

  it('the grid of the summed energy is the sum of the experts’ grids', () => {
    const grids = experts.map((e) => energyOnGrid(e, grid));
    const summed = sumOfGrids(grids, grid.n * grid.n);
    const direct = energyOnGrid(productOfExperts2D(experts), grid);
    for (let k = 0; k < direct.length; k++) expect(summed[k]).toBeCloseTo(direct[k], 12);
    expect(Array.from(sumOfGrids([], 4))).toEqual([0, 0, 0, 0]);
  });

  it('the product density is the normalised pointwise product of the experts’ densities', () => {
    const size = grid.n * grid.n;
    const product = densityOfEnergyGrid(sumOfGrids(grids(), size), grid).density;
    const each = experts.map((e) => densityOfEnergyGrid(energyOnGrid(e, grid), grid).density);
    const pointwise = new Float64Array(size).fill(1);
    for (const d of each) for (let k = 0; k < size; k++) pointwise[k] *= d[k];
    // normalise the pointwise product by its own trapezoid sum, written out here again
    const h = (2 * grid.halfWidth) / (grid.n - 1);
    let total = 0;
    for (let j = 0; j < grid.n; j++) {
      for (let i = 0; i < grid.n; i++) {
        const w = (i === 0 || i === grid.n - 1 ? 0.5 : 1) * (j === 0 || j === grid.n - 1 ? 0.5 : 1);
        total += w * pointwise[j * grid.n + i] * h * h;
      }
    }
    for (let k = 0; k < size; k++) expect(product[k]).toBeCloseTo(pointwise[k] / total, 10);
    function grids() {
      return experts.map((e) => energyOnGrid(e, grid));
    }
  });

  it('the grid density of a Gaussian integrates to 1 on the box and matches the exact density', () => {
    const E = productOfExperts2D([projectionExpert2D(band(0, 0, 1)), projectionExpert2D(band(90, 0, 1))]);
    const { density } = densityOfEnergyGrid(energyOnGrid(E, grid), grid);
    const Zbox = Math.PI * erf(3) ** 2;
    const centre = (grid.n - 1) / 2;
    expect(squareGridCoordinate(grid, centre)).toBe(0);
    // trapezoid rule error on h = 0.1 for a Gaussian: well under 1e-3 relative
    expect(Math.abs(density[centre * grid.n + centre] * Zbox - 1)).toBeLessThan(1e-3);
  });

  it('90 % of the mass: a uniform density needs 90 % of the box, a product of experts far less than any one', () => {
    const flat = densityOfEnergyGrid(new Float64Array(grid.n * grid.n), grid).density;
    // discreteness: at most one grid point's weight (1/(n − 1)² of the box) beyond 90 %
    expect(Math.abs(areaFractionHoldingMass(flat, grid, 0.9) - 0.9)).toBeLessThanOrEqual(
      1 / (grid.n - 1) ** 2,
    );
    const fraction = (energy: (x: number, y: number) => number) =>
      areaFractionHoldingMass(densityOfEnergyGrid(energyOnGrid(energy, grid), grid).density, grid, 0.9);
    const widest = Math.max(...experts.map(fraction));
    expect(fraction(productOfExperts2D(experts))).toBeLessThan(widest);
    expect(() => areaFractionHoldingMass(flat, grid, 0)).toThrow(RangeError);
  });
});
