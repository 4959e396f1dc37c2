/**
 * The exact target of a Langevin run at temperature T: π_T(x) ∝ p(x)^{1/T} for a 2-D mixture p (chapter 7).
 * For T = 1 it is the mixture itself; for T ≠ 1 a power of a sum of Gaussians has no closed-form normaliser, so
 * π_T is normalised NUMERICALLY: evaluated at the centres of an n × n grid of cells over a box (midpoint rule), and
 * its x₁-marginal, CDF and coarse cell masses are sums over that grid. Outside the box π_T is taken as 0.
 *   π_T(x_ij) ≈ exp(log p(x_ij)/T) / Σ_kl exp(log p(x_kl)/T) h²,   marginal m(x_i) = Σ_j π_T(x_ij) h.
 */

import type { NoisedGaussianMixture } from './gaussianMixture';
import type { GridBox } from './scoreField';

export interface TemperedGrid {
  box: GridBox;
  /** cells per axis */
  n: number;
  /** cell side h (the box must be square) */
  h: number;
  /** π_T at cell centres, row j = y from the bottom; Σ values h² = 1 */
  values: Float64Array;
  /** the x₁-marginal density at the cell centres x_i */
  marginal: Float64Array;
  /** F(x₁) at the cell edges (n + 1 values, F(xMin) = 0, F(xMax) = 1) */
  edgeCdf: Float64Array;
  max: number;
}

/** π_T ∝ p^{1/T} on the grid (log-sum-exp style: the largest exponent is subtracted before exp). */
export function temperedMixtureGrid(
  density: NoisedGaussianMixture,
  temperature: number,
  box: GridBox,
  n: number,
): TemperedGrid {
  if (!(temperature > 0 && Number.isFinite(temperature)))
    throw new RangeError(`T must be positive, got ${temperature}`);
  const h = (box.xMax - box.xMin) / n;
  if (Math.abs((box.yMax - box.yMin) / n - h) > 1e-12 * h) throw new RangeError('the box must be square');
  const values = new Float64Array(n * n);
  let top = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < n; j++) {
    const y = box.yMin + (j + 0.5) * h;
    for (let i = 0; i < n; i++) {
      const l = density.logDensity(box.xMin + (i + 0.5) * h, y) / temperature;
      values[j * n + i] = l;
      if (l > top) top = l;
    }
  }
  let total = 0;
  for (let k = 0; k < values.length; k++) {
    values[k] = Math.exp(values[k] - top);
    total += values[k];
  }
  const norm = 1 / (total * h * h);
  let max = 0;
  const marginal = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const v = values[j * n + i] * norm;
      values[j * n + i] = v;
      marginal[i] += v * h;
      if (v > max) max = v;
    }
  }
  const edgeCdf = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) edgeCdf[i + 1] = edgeCdf[i] + marginal[i] * h;
  return { box, n, h, values, marginal, edgeCdf, max };
}

/** F(x₁) of the grid's marginal: linear between cell edges (the marginal is constant per cell). */
export function temperedMarginalCdf(grid: TemperedGrid, x: number): number {
  const u = (x - grid.box.xMin) / grid.h;
  if (u <= 0) return 0;
  if (u >= grid.n) return 1;
  const i = Math.floor(u);
  return grid.edgeCdf[i] + (u - i) * (grid.edgeCdf[i + 1] - grid.edgeCdf[i]);
}

/** Probability of each of m × m coarse cells (n must be a multiple of m): sums of fine cells. */
export function coarseCellMasses(grid: TemperedGrid, m: number): Float64Array {
  if (grid.n % m !== 0) throw new RangeError(`${grid.n} cells do not split into ${m}`);
  const f = grid.n / m;
  const masses = new Float64Array(m * m);
  for (let j = 0; j < grid.n; j++) {
    for (let i = 0; i < grid.n; i++)
      masses[Math.floor(j / f) * m + Math.floor(i / f)] += grid.values[j * grid.n + i] * grid.h * grid.h;
  }
  return masses;
}

/**
 * Total-variation distance between points (the first dim = 2 coordinates of alive rows) and exact cell masses on
 * the m × m coarse grid of the box: ½ Σ_c |n_c/N − P_c|, points outside the box counted in one extra cell of
 * exact mass 0. Also the level sampling noise alone gives for N exact draws, E TV ≈ ½ Σ_c √(2 P_c (1 − P_c)/(π N))
 * (each |n_c/N − P_c| is about half-normal), so a run is judged against it rather than against 0.
 */
export function cellTotalVariation(
  positions: Float64Array,
  alive: Uint8Array | null,
  box: GridBox,
  masses: Float64Array,
  m: number,
): { tv: number; noise: number; count: number } {
  const counts = new Float64Array(m * m + 1);
  const cw = (box.xMax - box.xMin) / m;
  const ch = (box.yMax - box.yMin) / m;
  let count = 0;
  const rows = positions.length >> 1;
  for (let p = 0; p < rows; p++) {
    if (alive && !alive[p]) continue;
    count++;
    const i = Math.floor((positions[2 * p] - box.xMin) / cw);
    const j = Math.floor((positions[2 * p + 1] - box.yMin) / ch);
    counts[i >= 0 && i < m && j >= 0 && j < m ? j * m + i : m * m]++;
  }
  if (count === 0) return { tv: Number.NaN, noise: Number.NaN, count };
  let tv = counts[m * m] / count;
  let noise = 0;
  for (let c = 0; c < m * m; c++) {
    tv += Math.abs(counts[c] / count - masses[c]);
    noise += Math.sqrt((2 * masses[c] * (1 - masses[c])) / (Math.PI * count));
  }
  return { tv: tv / 2, noise: noise / 2, count };
}
