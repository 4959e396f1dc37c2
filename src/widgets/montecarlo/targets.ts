/**
 * The built-in targets of the rejection, importance, Metropolis and Gibbs widgets, with the plotting ranges they
 * are drawn on and everything exact we know about them. Typed targets live on the same ranges (0 outside).
 */

import {
  bananaDensity,
  gaussianMixture1D,
  gaussianMixture2D,
  normalCdf,
  normalDistribution,
} from '../../core';
import type { Box2D } from '../common/plots/DensityMap';

// ---------------------------------------------------------------------------------------------------------------
// 1-D
// ---------------------------------------------------------------------------------------------------------------

/** Where 1-D targets are drawn, checked and (for typed formulas) defined. */
export const RANGE_1D = { min: -6, max: 6 } as const;

/** The rejection widget's two-humped target: a normalised two-component normal mixture. */
export const BIMODAL = gaussianMixture1D({ weights: [0.35, 0.65], means: [-1.8, 1.5], sds: [0.6, 0.9] });

/** Far enough out that the mixture's mass beyond it is below 1e-40: integrals over it are integrals over ℝ. */
export const BIMODAL_FULL_RANGE = { min: -15, max: 15 } as const;

/** The importance widget's built-in target p = N(0, 1). */
export const STANDARD_NORMAL = normalDistribution(0, 1);

export type ImportanceFunctionId = 'square' | 'tail' | 'identity';

export interface ImportanceFunction {
  id: ImportanceFunctionId;
  f: (x: number) => number;
  /** E_p[f] for p = N(0, 1), in closed form. */
  exactUnderNormal: number;
  /** Jumps of f, for quadrature. */
  breaks: readonly number[];
}

export const IMPORTANCE_FUNCTIONS: Readonly<Record<ImportanceFunctionId, ImportanceFunction>> = {
  // E[X²] = Var X = 1.
  square: { id: 'square', f: (x) => x * x, exactUnderNormal: 1, breaks: [] },
  // P(X > 2) = Φ(−2) ≈ 0.02275: a rare event, which a proposal centred at 0 rarely sees.
  tail: { id: 'tail', f: (x) => (x > 2 ? 1 : 0), exactUnderNormal: normalCdf(-2), breaks: [2] },
  identity: { id: 'identity', f: (x) => x, exactUnderNormal: 0, breaks: [] },
};

/** The example of the brief and of the chapter's prose: not normalised, three bumps on a bell. */
export const DEFAULT_FORMULA_1D = 'exp(-x^2/2) * (1 + sin(3*x)^2)';

// ---------------------------------------------------------------------------------------------------------------
// 2-D (Metropolis)
// ---------------------------------------------------------------------------------------------------------------

/** The box a 2-D target is drawn on (the density map's own type). */
export type { Box2D };

export type Target2DId = 'banana' | 'mixture' | 'correlated';

export interface Target2D {
  id: Target2DId;
  box: Box2D;
  logDensity: (x: number, y: number) => number;
  /** Where the chain starts: away from the bulk (banana, correlated) or inside one mode (mixture). */
  start: readonly [number, number];
  /** E[x] under the target, exact. */
  meanX: number;
  /** Var x under the target, exact. */
  varianceX: number;
}

const banana = bananaDensity({ sx: 1.2, b: 0.4, c: -1.2, sy: 0.5 });
const twoModes = gaussianMixture2D([
  { weight: 0.5, mean: [-2, -1.5], sd: [0.7, 0.7] },
  { weight: 0.5, mean: [2, 1.5], sd: [0.7, 0.7] },
]);
const correlated = gaussianMixture2D([{ weight: 1, mean: [0, 0], sd: [1, 1], rho: 0.9 }]);
const point = new Float64Array(2);
/** The core's mixtures take a point as a vector; the widgets ask for log p̃(x, y). One scratch vector, no allocation. */
const ofXY =
  (logDensity: (v: Float64Array) => number) =>
  (x: number, y: number): number => {
    point[0] = x;
    point[1] = y;
    return logDensity(point);
  };

export const TARGETS_2D: Readonly<Record<Target2DId, Target2D>> = {
  banana: {
    id: 'banana',
    box: { xMin: -4, xMax: 4, yMin: -2.5, yMax: 5.5 },
    logDensity: banana.logDensity,
    start: [3, -2],
    meanX: banana.mean[0],
    varianceX: banana.covariance[0],
  },
  mixture: {
    id: 'mixture',
    box: { xMin: -4.5, xMax: 4.5, yMin: -4.5, yMax: 4.5 },
    logDensity: ofXY(twoModes.logDensity),
    start: [-2, -1.5],
    meanX: twoModes.mean[0],
    varianceX: twoModes.covariance[0],
  },
  correlated: {
    id: 'correlated',
    box: { xMin: -3.5, xMax: 3.5, yMin: -3.5, yMax: 3.5 },
    logDensity: ofXY(correlated.logDensity),
    start: [2.5, -2.5],
    meanX: correlated.mean[0],
    varianceX: correlated.covariance[0],
  },
};

/** Box for typed 2-D formulas. */
export const FORMULA_BOX_2D: Box2D = { xMin: -4, xMax: 4, yMin: -4, yMax: 4 };

/** The example of the chapter's prose. */
export const DEFAULT_FORMULA_2D = 'exp(-(x^2 + y^2)/2) * (1 + sin(3*x)^2)';
