/**
 * Which typed density a widget actually uses: the committed formula if it parses and passes the grid check,
 * otherwise the widget's default (the case of a hand-edited link; the field then shows why).
 */

import type { FormulaError } from './errors';
import type { GridValues } from './gridCheck';
import { parseDensityFormula, type TypedDensity } from './parseFormula';
import type { Variable } from './whitelist';

export interface ResolvedDensity {
  density: TypedDensity;
  /** The density on the widget's plotting grid. */
  values: Float64Array;
  max: number;
  /** Why the committed formula could not be used (then `density` is the fallback), or null. */
  problem: FormulaError | null;
}

/** Parse and grid-check one formula. */
export function checkFormula(
  source: string,
  variables: readonly Variable[],
  onGrid: (density: TypedDensity) => GridValues,
):
  | { ok: true; density: TypedDensity; values: Float64Array; max: number }
  | { ok: false; error: FormulaError } {
  const parsed = parseDensityFormula(source, variables);
  if (!parsed.ok) return parsed;
  const grid = onGrid(parsed.density);
  if (!grid.ok) return grid;
  return { ok: true, density: parsed.density, values: grid.values, max: grid.max };
}

export function resolveFormula(
  source: string,
  fallback: string,
  variables: readonly Variable[],
  onGrid: (density: TypedDensity) => GridValues,
): ResolvedDensity {
  const first = checkFormula(source, variables, onGrid);
  if (first.ok) return { density: first.density, values: first.values, max: first.max, problem: null };
  const second = checkFormula(fallback, variables, onGrid);
  if (!second.ok) throw new Error(`the default formula "${fallback}" is not a valid density`);
  return { density: second.density, values: second.values, max: second.max, problem: first.error };
}
