/**
 * The importance widget's computation: state → core calls → arrays for drawing. Self-normalised importance
 * sampling from the core, the exact answer in closed form (built-in target) or by quadrature (typed target), and
 * the theoretical N_eff/N = 1/E_q[w²] where it has a closed form.
 */

import {
  createRng,
  expectationByQuadrature,
  gaussianImportanceSecondMoment,
  type ImportanceResult,
  type ImportanceSecondMoment,
  normalDistribution,
  selfNormalisedImportance,
} from '../../../core';
import { restrictedDensity1D } from '../../common/inputs/formula/gridCheck';
import type { TypedDensity } from '../../common/inputs/formula/parseFormula';
import { IMPORTANCE_FUNCTIONS, type ImportanceFunctionId, RANGE_1D, STANDARD_NORMAL } from '../targets';

export const GRID_POINTS = 481;

export interface ImportanceInput {
  typed: TypedDensity | null;
  f: ImportanceFunctionId;
  centre: number;
  width: number;
  n: number;
  seed: number;
}

export interface ImportanceModel {
  xs: Float64Array;
  /** Normalised target p and proposal q on the grid. */
  target: Float64Array;
  proposal: Float64Array;
  result: (ImportanceResult & { samples?: Float64Array }) | null;
  samples: Float64Array | null;
  /** E_p[f]: closed form for N(0, 1), quadrature for a typed target. */
  exact: number;
  exactIsNumerical: boolean;
  /** 1/E_q[w²] and its verdict (built-in target only). */
  theory: ImportanceSecondMoment | null;
  /** A typed formula met a bad value between grid points while sampling. */
  badValueAt: number | null;
}

export function computeImportance(input: ImportanceInput): ImportanceModel {
  const fn = IMPORTANCE_FUNCTIONS[input.f];
  const q = normalDistribution(input.centre, input.width);
  let badValueAt: number | null = null;
  const pTilde = input.typed
    ? restrictedDensity1D(input.typed, RANGE_1D, (x) => {
        badValueAt = x;
      })
    : null;

  let exact: number;
  let z = 1;
  if (pTilde) {
    const quad = expectationByQuadrature(pTilde, fn.f, RANGE_1D.min, RANGE_1D.max, fn.breaks);
    exact = quad.expectation;
    z = quad.normaliser.value;
  } else {
    exact = fn.exactUnderNormal;
  }

  const logTarget = pTilde ? (x: number) => Math.log(pTilde(x)) : STANDARD_NORMAL.logPdf;
  const result = selfNormalisedImportance(createRng(input.seed), {
    logTarget,
    proposal: q,
    f: fn.f,
    n: input.n,
  });

  const xs = new Float64Array(GRID_POINTS);
  const target = new Float64Array(GRID_POINTS);
  const proposal = new Float64Array(GRID_POINTS);
  for (let i = 0; i < GRID_POINTS; i++) {
    const x = RANGE_1D.min + ((RANGE_1D.max - RANGE_1D.min) * i) / (GRID_POINTS - 1);
    xs[i] = x;
    target[i] = pTilde ? pTilde(x) / z : STANDARD_NORMAL.pdf(x);
    proposal[i] = q.pdf(x);
  }

  return {
    xs,
    target,
    proposal,
    result,
    samples: result.kind === 'estimate' ? (result.samples ?? null) : null,
    exact,
    exactIsNumerical: pTilde !== null,
    theory: pTilde
      ? null
      : gaussianImportanceSecondMoment({ mean: 0, sd: 1 }, { mean: input.centre, sd: input.width }),
    badValueAt,
  };
}
