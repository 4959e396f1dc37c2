/**
 * The figures of chapter 1's crossover plot, read off one grain's LagStatistics (msdCurve.ts): the ballistic and
 * diffusive slopes of its MSD, the velocity memory time τ_v from its velocity autocorrelation, D from the MSD's
 * slope and D from Einstein's relation with γ = M/τ_v, each with a jackknife error over the run's blocks.
 *
 * Two measurements that do not share a fit: τ_v comes from the VACF alone (its e-folding time), D from the MSD
 * alone (the slope of its straight part). The Langevin picture ties them, D = k_BT/γ = k_BT τ_v/M; that the two
 * agree within their errors is the fluctuation–dissipation relation seen in the molecules themselves.
 */

import type { LagCurves, LagStatistics } from './msdCurve';
import { eFoldingTime, jackknifeError, linearFit, logLogSlope, ouMsd2D } from './msdFits';

/** The ballistic slope is fitted over these lags (ps): far below τ_v ≈ 50–350 ps at every grain size offered. */
export const BALLISTIC_RANGE_PS = [1, 8] as const;
/**
 * The straight part starts at this many τ_v: there the OU MSD's local slope d ln MSD/d ln τ is below
 * 1 + 1/(8 − 1) ≈ 1.14 and falls towards 1, and the exponential left in 4D(1 − e^{−τ/τ_v}) is e^{−8} ≈ 3·10⁻⁴.
 */
export const DIFFUSIVE_START_TAU_V = 8;

export interface CrossoverPhysics {
  /** time between samples, ps */
  timeStep: number;
  /** k_B T, amu·nm²/ps² */
  kT: number;
  /** grain mass M, amu */
  mass: number;
}

/** A figure with its jackknife standard error (NaN while there are fewer than two blocks). */
export interface JackknifeEstimate {
  value: number;
  error: number;
}

export interface CrossoverEstimates {
  /** log–log slope of the MSD over BALLISTIC_RANGE_PS (2 for free flight) */
  ballisticSlope: JackknifeEstimate;
  /** the lags (ps) the diffusive slope and D are fitted over: [8τ_v, longest lag], or its last half if shorter */
  diffusiveRange: readonly [number, number];
  /** log–log slope of the MSD over diffusiveRange (→ 1) */
  diffusiveSlope: JackknifeEstimate;
  /** the OU MSD's log–log slope at the same lags, with the measured τ_v (D cancels out of it) */
  ouSlope: number;
  /** velocity memory time, ps: the e-folding time of the VACF */
  tauV: JackknifeEstimate;
  /** D from the MSD: a quarter of the slope of MSD against τ over diffusiveRange, nm²/ps */
  diffusion: JackknifeEstimate;
  /** Einstein's D = k_BT/γ with γ = M/τ_v, i.e. k_BT τ_v/M, nm²/ps */
  einstein: JackknifeEstimate;
  /** diffusion / einstein (1 when the Langevin picture holds) */
  ratio: JackknifeEstimate;
}

/** MSD lags in ps, from the statistics' lags in samples. */
export function msdLagsPs(stats: LagStatistics, timeStep: number): Float64Array {
  return Float64Array.from(stats.msdLags, (lag) => lag * timeStep);
}

/** Where the diffusive fit starts and ends (ps): from 8τ_v, but never later than half the longest lag. */
export function diffusiveRange(tauV: number, longestLagPs: number): readonly [number, number] {
  const start = Number.isFinite(tauV) ? DIFFUSIVE_START_TAU_V * tauV : longestLagPs / 2;
  return [Math.min(start, longestLagPs / 2), longestLagPs];
}

interface PointEstimates {
  ballisticSlope: number;
  diffusiveSlope: number;
  tauV: number;
  diffusion: number;
  einstein: number;
}

function pointEstimates(
  curves: LagCurves,
  lagsPs: Float64Array,
  range: readonly [number, number],
  vacfStepPs: number,
  physics: CrossoverPhysics,
): PointEstimates {
  const tauV = eFoldingTime(curves.vacf, vacfStepPs);
  return {
    ballisticSlope: logLogSlope(lagsPs, curves.msd, BALLISTIC_RANGE_PS[0], BALLISTIC_RANGE_PS[1]).slope,
    diffusiveSlope: logLogSlope(lagsPs, curves.msd, range[0], range[1]).slope,
    tauV,
    diffusion: linearFit(lagsPs, curves.msd, range[0], range[1]).slope / 4,
    einstein: (physics.kT * tauV) / physics.mass,
  };
}

/** The crossover figures of the samples so far; NaN where there are not yet enough (e.g. no 1/e crossing). */
export function crossoverEstimates(stats: LagStatistics, physics: CrossoverPhysics): CrossoverEstimates {
  const lagsPs = msdLagsPs(stats, physics.timeStep);
  const vacfStepPs = stats.vacfStride * physics.timeStep;
  const full = stats.curves();
  const tauV = eFoldingTime(full.vacf, vacfStepPs);
  const range = diffusiveRange(tauV, lagsPs[lagsPs.length - 1]);
  const all = pointEstimates(full, lagsPs, range, vacfStepPs, physics);
  // the same window for every leave-one-out estimate, so the errors are those of the figures, not of the window
  const leftOut: PointEstimates[] = [];
  for (let b = 0; b < stats.filledBlocks && stats.filledBlocks >= 2; b++) {
    leftOut.push(pointEstimates(stats.curves(b), lagsPs, range, vacfStepPs, physics));
  }
  const estimate = (pick: (p: PointEstimates) => number): JackknifeEstimate => ({
    value: pick(all),
    error: jackknifeError(leftOut.map(pick)),
  });
  const ouCurve = Number.isFinite(tauV)
    ? lagsPs.map((tau) => ouMsd2D(tau, 1, tauV))
    : lagsPs.map(() => Number.NaN);
  return {
    ballisticSlope: estimate((p) => p.ballisticSlope),
    diffusiveRange: range,
    diffusiveSlope: estimate((p) => p.diffusiveSlope),
    ouSlope: logLogSlope(lagsPs, ouCurve, range[0], range[1]).slope,
    tauV: estimate((p) => p.tauV),
    diffusion: estimate((p) => p.diffusion),
    einstein: estimate((p) => p.einstein),
    ratio: estimate((p) => p.diffusion / p.einstein),
  };
}
