/**
 * A typed formula is a density only if it is finite and ≥ 0 wherever it is used. The widgets use it on their
 * plotted range (and set it to 0 outside), so we evaluate it on the plotting grid — the same values the plot then
 * draws — and report the first grid point where it is negative or not a finite number, or that it is 0 everywhere.
 */

import type { FormulaError } from './errors';
import type { TypedDensity } from './parseFormula';

export interface Grid1D {
  min: number;
  max: number;
  /** Number of grid points, ends included (≥ 2). */
  points: number;
}

export interface Grid2D {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  /** Points along x and y, ends included (≥ 2 each). Values are stored row by row: index = j · nx + i. */
  nx: number;
  ny: number;
}

export type GridValues = { ok: true; values: Float64Array; max: number } | { ok: false; error: FormulaError };

/** x of grid point i. */
export function gridX(grid: Grid1D, i: number): number {
  return i === grid.points - 1 ? grid.max : grid.min + ((grid.max - grid.min) * i) / (grid.points - 1);
}

/** Evaluate on a 1-D grid; `out` (length points) is filled and returned when the formula is a usable density. */
export function densityOnGrid1D(density: TypedDensity, grid: Grid1D, out?: Float64Array): GridValues {
  const values = out ?? new Float64Array(grid.points);
  let max = 0;
  for (let i = 0; i < grid.points; i++) {
    const x = gridX(grid, i);
    const v = density.evaluate(x, 0);
    const problem = judge(v, x);
    if (problem) return { ok: false, error: problem };
    values[i] = v;
    if (v > max) max = v;
  }
  if (!(max > 0)) return { ok: false, error: { code: 'all-zero' } };
  return { ok: true, values, max };
}

/** Evaluate on a 2-D grid (row j is y_j, from yMin up). */
export function densityOnGrid2D(density: TypedDensity, grid: Grid2D, out?: Float64Array): GridValues {
  const values = out ?? new Float64Array(grid.nx * grid.ny);
  let max = 0;
  for (let j = 0; j < grid.ny; j++) {
    const y = grid.yMin + ((grid.yMax - grid.yMin) * j) / (grid.ny - 1);
    for (let i = 0; i < grid.nx; i++) {
      const x = grid.xMin + ((grid.xMax - grid.xMin) * i) / (grid.nx - 1);
      const v = density.evaluate(x, y);
      const problem = judge(v, x, y);
      if (problem) return { ok: false, error: problem };
      values[j * grid.nx + i] = v;
      if (v > max) max = v;
    }
  }
  if (!(max > 0)) return { ok: false, error: { code: 'all-zero' } };
  return { ok: true, values, max };
}

function judge(v: number, x: number, y?: number): FormulaError | null {
  if (!Number.isFinite(v)) return y === undefined ? { code: 'not-finite', x } : { code: 'not-finite', x, y };
  if (v < 0)
    return y === undefined ? { code: 'negative', x, value: v } : { code: 'negative', x, y, value: v };
  return null;
}

/**
 * The density as the samplers use it: the formula inside the box, 0 outside; a value that is negative or not finite
 * between grid points is reported through `onBad` (once) and treated as 0 so the sampler can finish.
 */
export function restrictedDensity1D(
  density: TypedDensity,
  range: { min: number; max: number },
  onBad: (x: number) => void,
): (x: number) => number {
  let reported = false;
  return (x) => {
    if (!(x >= range.min && x <= range.max)) return 0;
    const v = density.evaluate(x, 0);
    if (v >= 0 && v < Number.POSITIVE_INFINITY) return v;
    if (!reported) {
      reported = true;
      onBad(x);
    }
    return 0;
  };
}

/** log of the restricted 2-D density (−∞ outside the box or where the density is 0). */
export function restrictedLogDensity2D(
  density: TypedDensity,
  box: { xMin: number; xMax: number; yMin: number; yMax: number },
  onBad: (x: number, y: number) => void,
): (x: number, y: number) => number {
  let reported = false;
  return (x, y) => {
    if (!(x >= box.xMin && x <= box.xMax && y >= box.yMin && y <= box.yMax)) return Number.NEGATIVE_INFINITY;
    const v = density.evaluate(x, y);
    if (v >= 0 && v < Number.POSITIVE_INFINITY) return Math.log(v);
    if (!reported) {
      reported = true;
      onBad(x, y);
    }
    return Number.NEGATIVE_INFINITY;
  };
}
