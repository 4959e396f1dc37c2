/**
 * The figures beside the walk cloud, read from the run at one moment (the simulation's readout, refreshed every few
 * frames): the KS distance, the shares within 1σ and 2σ, the histogram of x against the exact density, and the
 * history the plots draw. Orchestration only: every number comes from the core.
 */
import {
  fractionWithin,
  gaussianMassWithin,
  histogram,
  ksCriticalValue,
  theoreticalMsd,
  type WalkDimension,
  walkerDensity,
  walkerTime,
} from '../../../core';
import { currentKs, type WalkCloudRun, walkHistogramBins } from './walkCloudRun';

export interface WalkCloudReadout {
  /** Steps taken n, walkers N, dimension d, and the run's last step. */
  steps: number;
  walkers: number;
  dimension: WalkDimension;
  maxSteps: number;
  /** KS distance of the x-coordinates to N(0, 2Dt), NaN before the first step; its 5 % critical value. */
  ks: number;
  critical: number;
  /** Shares of walkers within 1σ and 2σ (NaN before the first step), and the Gaussian's. */
  within1: number;
  within2: number;
  exact1: number;
  exact2: number;
  /** Mean squared displacement now, its exact value 2·d·D·t, and the exact line's slope per step. */
  msdNow: number;
  msdExact: number;
  slope: number;
  /** The x-coordinates' histogram on its bins, and the exact density N(0, 2Dt) (null while all are at 0). */
  bins: { min: number; max: number; bins: number };
  hist: { edges: Float64Array; density: Float64Array };
  density: ((x: number) => number) | null;
  /** The run's history (append-only, valid up to `steps` and `ksCount`). */
  msd: Float64Array;
  ksSteps: Float64Array;
  ksValues: Float64Array;
  ksCount: number;
}

export function readWalkCloud(run: WalkCloudRun): WalkCloudReadout {
  const { ensemble, settings } = run;
  const n = ensemble.steps;
  const d = ensemble.dimension;
  const time = walkerTime(ensemble);
  const D = ensemble.diffusionCoefficient;
  const sigma = Math.sqrt(2 * D * time);
  const started = n >= 1;
  const ks = started ? currentKs(run) : Number.NaN; // also fills run.xs with the x-coordinates
  if (!started) run.xs.fill(0);
  const bins = walkHistogramBins(settings.kind, settings.stepSize, n);
  return {
    steps: n,
    walkers: ensemble.count,
    dimension: d,
    maxSteps: settings.maxSteps,
    ks,
    critical: ksCriticalValue(ensemble.count, 0.05),
    within1: started ? fractionWithin(ensemble.positions, d, sigma) : Number.NaN,
    within2: started ? fractionWithin(ensemble.positions, d, 2 * sigma) : Number.NaN,
    exact1: gaussianMassWithin(1, d),
    exact2: gaussianMassWithin(2, d),
    msdNow: run.msd[n],
    msdExact: theoreticalMsd(time, D, d),
    slope: theoreticalMsd(ensemble.dt, D, d) / ensemble.dt,
    bins,
    hist: histogram(run.xs, bins),
    density: started ? (x) => walkerDensity(x, time, D) : null,
    msd: run.msd,
    ksSteps: run.ksSteps,
    ksValues: run.ksValues,
    ksCount: run.ksCount,
  };
}
