import { INTEGRANDS, latentPrior } from '../../core';
import { STOKES_EINSTEIN_PARAMS, stokesEinsteinFigures } from '../../widgets/brownian/stokesEinstein/model';
import type { ParamSpecs, ParamValues } from '../../widgets/common/state/urlParams';
import { SEED_SPEC } from '../../widgets/common/state/useWidgetState';
import { componentSpreads, LANGEVIN_PARAMS } from '../../widgets/diffusion/langevin/model';
import { MEANS } from '../../widgets/energy/freeEnergy/model';
import { anatomyRbm } from '../../widgets/rbm/anatomy/model';
import { RBM_ANATOMY_PARAMS } from '../../widgets/rbm/anatomy/params';

/**
 * The checks of the exercises that ask the reader to set a widget (`<WidgetAnswer widget="…" check="…">`). A widget
 * keeps its state in the address as `<widget-id>.<param>`, so a check is a pure function of that widget's decoded
 * parameters, computed with the widget's own maths (its model or the core), never with a copy of it.
 *
 * `params` lists only the parameters a check reads. Where the widget's table lives in its component file, the table
 * is repeated here (importing it would pull the whole widget into the chapter's exercises); tests/book/widgetChecks
 * checks each copy against the widget's own table, so they cannot drift apart. This module is loaded only when a
 * widget exercise is on screen.
 */
export interface WidgetCheck<S extends ParamSpecs = ParamSpecs> {
  /** The registry id of the widget whose state is read. */
  widget: string;
  params: S;
  /** True when the widget is set as the exercise asks. */
  check(values: ParamValues<S>): boolean;
  /** What the check sees now, in symbols both languages read alike (e.g. "β = 0.8, Z = 1.982"). */
  readout(values: ParamValues<S>): string;
}

const defineCheck = <S extends ParamSpecs>(check: WidgetCheck<S>) => check as unknown as WidgetCheck;

const fixed = (value: number, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : '∞');

/** Chapter 1: the grain travels ten times as far in one second as a 1 µm grain in the same liquid. */
const TEN_TIMES_FARTHER = { low: 9.5, high: 10.5 };
function travelRatio(v: { temperature: number; viscosity: number; radius: number }): number {
  const travel = (radius: number) => stokesEinsteinFigures(v.temperature, v.viscosity, radius, 2).travelUm;
  return travel(v.radius) / travel(1000);
}

/** Chapter 2: the you–colleague table of the cold model (the widget's own table, in ColdSpread.tsx). */
const potential = { kind: 'number', min: 0, max: 1e6, default: 0 } as const;
const COLD_TABLE = {
  yc00: { ...potential, default: 2 },
  yc01: { ...potential, default: 1 },
  yc10: { ...potential, default: 1 },
  yc11: { ...potential, default: 10 },
} as const;
/** |log odds ratio| below this counts as "no dependence left" (an odds ratio within about 2 % of 1). */
const ODDS_TOLERANCE = 0.02;
const logOddsRatio = (t: ParamValues<typeof COLD_TABLE>) => Math.log((t.yc00 * t.yc11) / (t.yc01 * t.yc10));

/** Chapter 3: the widget snaps β to its slider step (DivergentIntegral.tsx) before computing Z = √(π/β). */
const DIVERGENT_BETA = { beta: { kind: 'number', min: -1, max: 2, default: 1, step: 0.05 } } as const;
const snapBeta = (beta: number) => Math.round(beta / 0.05) * 0.05;
const gaussianZ = (beta: number) => (beta > 0 ? Math.sqrt(Math.PI / beta) : Number.POSITIVE_INFINITY);
const Z_TOLERANCE = 0.05;

/** Chapter 4: the offsets of the free-energy widget (FreeEnergy.tsx). */
const offset = (value: number) => ({ kind: 'number', min: -3, max: 3, default: value, step: 0.1 }) as const;
const OFFSETS = { a0: offset(0), a1: offset(1), a2: offset(2) } as const;
const PRIOR_TOLERANCE = 0.01;
const prior = (v: ParamValues<typeof OFFSETS>) => latentPrior({ means: MEANS, offsets: [v.a0, v.a1, v.a2] });

/** Chapter 5: the units of the anatomy widget (RbmAnatomy.tsx) and its seed, which draws the machine. */
const RBM_UNITS = { ...RBM_ANATOMY_PARAMS, seed: SEED_SPEC } as const;
type RbmUnits = ParamValues<typeof RBM_UNITS>;
/** For the visible units as set, the hidden state of lowest energy: h_j = 1 exactly when c_j + Σ_i v_i W_ij > 0. */
function lowestHidden(values: RbmUnits): boolean[] {
  const rbm = anatomyRbm(values.seed);
  const v = [values.v1, values.v2, values.v3, values.v4, values.v5, values.v6];
  return Array.from({ length: rbm.hidden }, (_, j) => {
    let input = rbm.hiddenBias[j];
    for (let i = 0; i < rbm.visible; i++) if (v[i]) input += rbm.weights[i * rbm.hidden + j];
    return input > 0;
  });
}
const hiddenOf = (values: RbmUnits) => [values.h1, values.h2, values.h3, values.h4];
const bits = (on: boolean[]) => on.map((b) => (b ? 1 : 0)).join('');

/** Chapter 6: the integral estimator (IntegralEstimator.tsx): its SE is σ/√N with σ of one draw 2e^{−U²}. */
const INTEGRAL = {
  f: { kind: 'enum', values: ['gauss', 'sine', 'peak', 'square'], default: 'gauss' },
  n: { kind: 'number', min: 10, max: 20000, default: 1000, integer: true, scale: 'log' },
} as const;
const TARGET_SE = 0.005;
const standardError = (v: ParamValues<typeof INTEGRAL>) => INTEGRANDS[v.f].sigma / Math.sqrt(v.n);

/** Chapter 7: ULA's bound ε < 2Tσ² on the narrowest component of the target (langevin/model.ts). */
const narrowestBound = (v: { target: ParamValues<typeof LANGEVIN_PARAMS>['target']; temperature: number }) =>
  Math.min(...componentSpreads(v.target, v.temperature, 0).map((spread) => spread.bound));
const LANGEVIN = {
  target: LANGEVIN_PARAMS.target,
  method: LANGEVIN_PARAMS.method,
  stepSize: LANGEVIN_PARAMS.stepSize,
  temperature: LANGEVIN_PARAMS.temperature,
};

export const WIDGET_CHECKS: Record<string, WidgetCheck> = {
  'ten-times-farther': defineCheck({
    widget: 'stokes-einstein',
    params: {
      temperature: STOKES_EINSTEIN_PARAMS.temperature,
      viscosity: STOKES_EINSTEIN_PARAMS.viscosity,
      radius: STOKES_EINSTEIN_PARAMS.radius,
    },
    check: (v) => {
      const ratio = travelRatio(v);
      return ratio >= TEN_TIMES_FARTHER.low && ratio <= TEN_TIMES_FARTHER.high;
    },
    readout: (v) => `r = ${fixed(v.radius, 1)} nm, ×${fixed(travelRatio(v), 2)}`,
  }),
  'colleague-independent': defineCheck({
    widget: 'cold',
    params: COLD_TABLE,
    check: (t) =>
      t.yc00 > 0 && t.yc01 > 0 && t.yc10 > 0 && t.yc11 > 0 && Math.abs(logOddsRatio(t)) <= ODDS_TOLERANCE,
    readout: (t) => `φ(0,0)φ(1,1) / φ(0,1)φ(1,0) = ${fixed(Math.exp(logOddsRatio(t)), 3)}`,
  }),
  'z-equals-two': defineCheck({
    widget: 'divergent',
    params: DIVERGENT_BETA,
    check: (v) => Math.abs(gaussianZ(snapBeta(v.beta)) - 2) <= Z_TOLERANCE,
    readout: (v) => `β = ${fixed(snapBeta(v.beta), 2)}, Z = ${fixed(gaussianZ(snapBeta(v.beta)), 3)}`,
  }),
  'half-on-the-third': defineCheck({
    widget: 'free-energy',
    params: OFFSETS,
    check: (v) => {
      const [p0, p1, p2] = prior(v);
      return Math.abs(p2 - 0.5) <= PRIOR_TOLERANCE && Math.abs(p0 - p1) <= PRIOR_TOLERANCE;
    },
    readout: (v) => `P(h) = (${[...prior(v)].map((p) => fixed(p, 3)).join(', ')})`,
  }),
  'lowest-energy-hidden': defineCheck({
    widget: 'rbm-anatomy',
    params: RBM_UNITS,
    // The exercise first switches v₁ off, so the defaults (whatever h they hold) never count as solved.
    check: (v) => !v.v1 && bits(hiddenOf(v)) === bits(lowestHidden(v)),
    readout: (v) => `h = ${bits(hiddenOf(v))}`,
  }),
  'se-below-target': defineCheck({
    widget: 'integral',
    params: INTEGRAL,
    check: (v) => v.f === 'gauss' && standardError(v) < TARGET_SE,
    readout: (v) => `N = ${v.n}, σ/√N = ${fixed(standardError(v), 4)}`,
  }),
  'ula-leaves-narrow-mode': defineCheck({
    widget: 'langevin',
    params: LANGEVIN,
    check: (v) => v.target === 'narrow' && v.method === 'ula' && v.stepSize >= narrowestBound(v),
    readout: (v) => `ε = ${fixed(v.stepSize, 3)}, 2Tσ² = ${fixed(narrowestBound(v), 3)}`,
  }),
};
