import type { JackknifeEstimate } from '../../../core';
import {
  COLLISION_MSD_RANGES,
  type CollisionMsdProgress,
  equipartitionMeanSquareVelocity,
} from '../../../workers/collisionMsd';

/** Parameter table; the job (src/workers/collisionMsd.ts) checks the same ranges, and allows shorter runs. */
export const MSD_CROSSOVER_PARAMS = {
  grainRadius: {
    kind: 'number',
    min: COLLISION_MSD_RANGES.grainRadius.min,
    max: COLLISION_MSD_RANGES.grainRadius.max,
    default: 5,
    step: 0.5,
    unit: 'nm',
  },
  durationNs: { kind: 'number', min: 20, max: 200, default: 100, scale: 'log', unit: 'ns' },
} as const;

/** The plot's lag axis, ps: the MSD is measured from 1 ps to 2000 ps. */
export const LAG_DOMAIN_PS = [1, 2000] as const;
/** The plot's MSD axis, nm²: ⟨v²⟩τ² at 1 ps for the heaviest grain to 4Dτ at 2000 ps for the lightest, and more. */
export const MSD_DOMAIN_NM2 = [1e-4, 1e4] as const;
/** The VACF plot's lags, ps: τ_v is 40 … 350 ps over the radii offered. */
export const VACF_DOMAIN_PS = [0, 1000] as const;

/** Guide lines are drawn through these lags (ps), evenly spaced on the log axis. */
export const GUIDE_LAGS_PS = Array.from(
  { length: 61 },
  (_, k) => LAG_DOMAIN_PS[0] * (LAG_DOMAIN_PS[1] / LAG_DOMAIN_PS[0]) ** (k / 60),
);

export interface GuidePoint {
  tau: number;
  msd: number;
}

/** The ballistic law ⟨v²⟩τ² with ⟨v²⟩ = 2k_BT/M (equipartition in 2-D): no fit, it depends on R through M alone. */
export function ballisticGuide(radius: number): GuidePoint[] {
  const v2 = equipartitionMeanSquareVelocity(radius);
  return GUIDE_LAGS_PS.map((tau) => ({ tau, msd: v2 * tau * tau }));
}

/** The diffusive law 4Dτ, with D read off the data; none while D is not known yet. */
export function diffusiveGuide(diffusion: number): GuidePoint[] {
  if (!(diffusion > 0)) return [];
  return GUIDE_LAGS_PS.map((tau) => ({ tau, msd: 4 * diffusion * tau }));
}

export interface VacfPoint {
  tau: number;
  /** C(τ)/C(0) */
  value: number;
}

/** The measured VACF normalised by its value at lag 0 (empty until there is one). */
export function normalisedVacf(progress: CollisionMsdProgress | null): VacfPoint[] {
  if (!progress || !(progress.vacf[0] > 0)) return [];
  const c0 = progress.vacf[0];
  const points: VacfPoint[] = [];
  for (let k = 0; k < progress.vacf.length; k++) {
    if (Number.isFinite(progress.vacf[k]))
      points.push({ tau: k * progress.vacfStepPs, value: progress.vacf[k] / c0 });
  }
  return points;
}

/** The measured MSD points with data so far. */
export function msdPoints(progress: CollisionMsdProgress | null): GuidePoint[] {
  if (!progress) return [];
  const points: GuidePoint[] = [];
  for (let l = 0; l < progress.lagsPs.length; l++) {
    if (progress.msd[l] > 0) points.push({ tau: progress.lagsPs[l], msd: progress.msd[l] });
  }
  return points;
}

/** How D from the slope compares with k_BTτ_v/M: their ratio, and whether it is 1 within twice its error. */
export type Verdict =
  | { kind: 'pending' }
  | { kind: 'agree' | 'differ'; percent: number; errorPercent: number };

export function verdictOf(ratio: JackknifeEstimate): Verdict {
  if (!Number.isFinite(ratio.value) || !Number.isFinite(ratio.error)) return { kind: 'pending' };
  const percent = (ratio.value - 1) * 100;
  return {
    kind: Math.abs(ratio.value - 1) <= 2 * ratio.error ? 'agree' : 'differ',
    percent,
    errorPercent: ratio.error * 100,
  };
}
