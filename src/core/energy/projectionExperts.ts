/**
 * Experts on projections (chapter 4, product of experts).
 *
 * One expert is a 1-D energy f of one projection of the point:  E_i(x) = f_i(w_iᵀx − b_i),  w_i = (cos θ_i, sin θ_i).
 * It constrains the plane only across w_i: along the perpendicular direction it is flat, so alone it leaves a whole
 * line free. The product of experts has the summed energy E = Σ_i E_i, i.e. p(x) ∝ ∏_i e^{−E_i(x)}
 * (exp(a + b) = exp(a)·exp(b)): a point is likely only if EVERY expert allows it (AND, not OR).
 */

import { logIntegrate } from './quadrature';
import type { Energy1D, Energy2D } from './types';

/** The 1-D shapes an expert can have (u = wᵀx − b). */
export type ExpertShape = 'band' | 'well' | 'step';

export interface ProjectionExpert {
  /** band: k·u² (a soft line); well: k·(u² − 1)² (two soft lines, u = ±1); step: k·max(0, u)² (a soft half-plane u ≤ 0). */
  shape: ExpertShape;
  /** θ in degrees: the direction w = (cos θ, sin θ) the expert looks along. */
  angle: number;
  /** b: where along w the expert's feature sits. */
  offset: number;
  /** k > 0: how hard the constraint is. */
  strength: number;
}

/** f(u) of an expert's shape and strength k. */
export function expertProfile(shape: ExpertShape, strength: number): Energy1D {
  if (!(strength > 0) || !Number.isFinite(strength))
    throw new RangeError(`strength must be > 0, got ${strength}`);
  switch (shape) {
    case 'band':
      return (u) => strength * u * u;
    case 'well':
      return (u) => {
        const v = u * u - 1;
        return strength * v * v;
      };
    case 'step':
      return (u) => (u > 0 ? strength * u * u : 0);
  }
}

/** E_i(x, y) = f(w·(x, y) − b), w = (cos θ, sin θ). */
export function projectionExpert2D(expert: ProjectionExpert): Energy2D {
  const f = expertProfile(expert.shape, expert.strength);
  const radians = (expert.angle * Math.PI) / 180;
  const wx = Math.cos(radians);
  const wy = Math.sin(radians);
  const b = expert.offset;
  return (x, y) => f(wx * x + wy * y - b);
}

/** A square box [−L, L]² sampled at n × n points, ends included; point (i, j) is (x_i, y_j), row j from the bottom. */
export interface SquareGrid {
  halfWidth: number;
  n: number;
}

/** The coordinate of grid index i: −L + 2L·i/(n − 1). */
export function squareGridCoordinate(grid: SquareGrid, i: number): number {
  return -grid.halfWidth + (2 * grid.halfWidth * i) / (grid.n - 1);
}

/** E at every grid point, row-major (index j·n + i). */
export function energyOnGrid(energy: Energy2D, grid: SquareGrid): Float64Array {
  const { n } = grid;
  if (!(n >= 2) || !Number.isInteger(n)) throw new RangeError(`grid size must be an integer ≥ 2, got ${n}`);
  const out = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const y = squareGridCoordinate(grid, j);
    for (let i = 0; i < n; i++) out[j * n + i] = energy(squareGridCoordinate(grid, i), y);
  }
  return out;
}

/** Σ_i E_i on the grid: the product's energy is the pointwise sum of the experts' energy grids (0 with none). */
export function sumOfGrids(grids: readonly Float64Array[], size: number): Float64Array {
  const out = new Float64Array(size);
  for (const grid of grids) {
    if (grid.length !== size) throw new RangeError(`grid of ${grid.length} values, expected ${size}`);
    for (let k = 0; k < size; k++) out[k] += grid[k];
  }
  return out;
}

/** Trapezoid weight of grid point (i, j) in units of the cell area: ½ on an edge, ¼ at a corner. */
function trapezoidWeight(n: number, i: number, j: number): number {
  const wi = i === 0 || i === n - 1 ? 0.5 : 1;
  const wj = j === 0 || j === n - 1 ? 0.5 : 1;
  return wi * wj;
}

export interface GridDensity {
  /** e^{−E}/Z_grid at every grid point, with Z_grid the trapezoid sum over the box (so it integrates to 1 there). */
  density: Float64Array;
  max: number;
}

/** The box-normalised density e^{−E}/Z of an energy grid, with Z by the trapezoid rule (max-shifted: never overflows). */
export function densityOfEnergyGrid(energies: Float64Array, grid: SquareGrid): GridDensity {
  const { n } = grid;
  let minE = Number.POSITIVE_INFINITY;
  for (const e of energies) if (e < minE) minE = e;
  const density = new Float64Array(energies.length);
  let total = 0;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const k = j * n + i;
      density[k] = Math.exp(minE - energies[k]);
      total += trapezoidWeight(n, i, j) * density[k];
    }
  }
  const cell = ((2 * grid.halfWidth) / (n - 1)) ** 2;
  const scale = 1 / (total * cell);
  let max = 0;
  for (let k = 0; k < density.length; k++) {
    density[k] *= scale;
    if (density[k] > max) max = density[k];
  }
  return { density, max };
}

/**
 * The fraction of the box's area that holds `mass` (e.g. 0.9) of a grid density: the smallest set of grid points,
 * densest first, whose trapezoid mass reaches it (the "highest-density region"). A sharper density needs less area.
 */
export function areaFractionHoldingMass(density: Float64Array, grid: SquareGrid, mass: number): number {
  if (!(mass > 0 && mass <= 1)) throw new RangeError(`mass must be in (0, 1], got ${mass}`);
  const { n } = grid;
  const order = Array.from(density.keys()).sort((a, b) => density[b] - density[a]);
  let total = 0;
  let totalWeight = 0;
  for (let k = 0; k < density.length; k++) {
    const w = trapezoidWeight(n, k % n, Math.floor(k / n));
    total += w * density[k];
    totalWeight += w;
  }
  let held = 0;
  let area = 0;
  for (const k of order) {
    if (held >= mass * total) break;
    const w = trapezoidWeight(n, k % n, Math.floor(k / n));
    held += w * density[k];
    area += w;
  }
  return area / totalWeight;
}

/**
 * log Z = log ∫∫_{[−L, L]²} e^{−E(x, y)} dx dy by iterated adaptive Gauss–Kronrod in log space (inner y, outer x).
 * Exact to the tolerance, unlike the grid sums used for drawing.
 */
export function logPartitionOnSquare(energy: Energy2D, halfWidth: number, tolerance = 1e-9): number {
  const L = halfWidth;
  const inner = (x: number) => logIntegrate((y) => -energy(x, y), -L, L, { tolerance, pieces: 4 }).logValue;
  return logIntegrate(inner, -L, L, { tolerance, pieces: 4 }).logValue;
}
