/**
 * One run of the random-walk cloud: the walkers (core), their random stream, and the history the plots need.
 * Orchestration only — every number comes from the core. A run is reproducible: the walkers always advance
 * one step per core call from a generator seeded afresh, so the cloud after n steps depends only on
 * (seed, parameters, n), never on how the steps were grouped into animation frames.
 */
import {
  createRng,
  createWalkers,
  ksStatisticInPlace,
  normalCdfTabulated,
  type Rng,
  resetWalkers,
  stepWalkers,
  type WalkDimension,
  type WalkerEnsemble,
  type WalkKind,
  walkerCoordinates,
  walkerMsd,
  walkerTime,
} from '../../../core';

export interface WalkCloudSettings {
  seed: number;
  walkers: number;
  dimension: WalkDimension;
  kind: WalkKind;
  stepSize: number;
  maxSteps: number;
}

export interface WalkCloudRun {
  readonly settings: WalkCloudSettings;
  readonly ensemble: WalkerEnsemble;
  rng: Rng;
  /** msd[n] = empirical mean squared displacement after n steps, for n = 0 … steps taken */
  readonly msd: Float64Array;
  /** KS distance of the x-coordinates to the exact N(0, 2Dt) CDF, at the steps listed in ksSteps */
  readonly ksSteps: Float64Array;
  readonly ksValues: Float64Array;
  ksCount: number;
  /** scratch: the walkers' x-coordinates (reused) */
  readonly xs: Float64Array;
}

/** The play-through lasts about this many frames (4 s at 60 Hz) when the work per frame allows it. */
const FRAMES_PER_RUN = 240;
/**
 * At most this many Gaussian draws per frame: one draw per walker and axis per step is the costly part of a
 * Gaussian walk (lattice steps take one random bit each and need no cap). 40,000 draws take 1–2 ms here.
 */
const MAX_NORMALS_PER_FRAME = 40_000;

/** Walk steps per animation frame for these settings (at least 1). */
export function stepsPerFrame(settings: WalkCloudSettings): number {
  const wanted = Math.max(1, Math.round(settings.maxSteps / FRAMES_PER_RUN));
  if (settings.kind !== 'gaussian') return wanted;
  const affordable = Math.floor(MAX_NORMALS_PER_FRAME / (settings.walkers * settings.dimension));
  return Math.max(1, Math.min(wanted, affordable));
}

/** Steps at which the KS distance is recorded: every step up to 10, then about 50 more, and the last step. */
export function recordsKs(n: number, maxSteps: number): boolean {
  if (n < 1) return false;
  return n <= 10 || n === maxSteps || n % Math.max(1, Math.ceil(maxSteps / 50)) === 0;
}

function ksCapacity(maxSteps: number): number {
  let count = 0;
  for (let n = 1; n <= maxSteps; n++) if (recordsKs(n, maxSteps)) count++;
  return count;
}

export function createWalkCloudRun(settings: WalkCloudSettings): WalkCloudRun {
  const ensemble = createWalkers({
    walkers: settings.walkers,
    dimension: settings.dimension,
    kind: settings.kind,
    stepSize: settings.stepSize,
  });
  const capacity = ksCapacity(settings.maxSteps);
  return {
    settings,
    ensemble,
    rng: createRng(settings.seed),
    msd: new Float64Array(settings.maxSteps + 1),
    ksSteps: new Float64Array(capacity),
    ksValues: new Float64Array(capacity),
    ksCount: 0,
    xs: new Float64Array(ensemble.count),
  };
}

/**
 * KS distance D_N = sup |F_N(x) − Φ(x/√(2Dt))| of the current x-coordinates (needs t > 0). Leaves the
 * x-coordinates, sorted, in run.xs (the histogram does not care about order).
 */
export function currentKs(run: WalkCloudRun): number {
  const { ensemble } = run;
  const t = walkerTime(ensemble);
  const D = ensemble.diffusionCoefficient;
  walkerCoordinates(ensemble, 0, run.xs);
  // The exact law of x is N(0, 2Dt) (walkerCdf = Φ(x/σ)); the tabulated Φ agrees with it to 3e-8 and keeps a
  // KS distance of 10,000 continuous positions inside one animation frame.
  const sigma = Math.sqrt(2 * D * t);
  return ksStatisticInPlace(run.xs, (x) => normalCdfTabulated(x / sigma));
}

/** Advance by one step (if not at the end) and record the history. Returns false when already at the end. */
export function stepRun(run: WalkCloudRun): boolean {
  const n = run.ensemble.steps;
  if (n >= run.settings.maxSteps) return false;
  stepWalkers(run.ensemble, run.rng, 1);
  const now = n + 1;
  run.msd[now] = walkerMsd(run.ensemble);
  if (recordsKs(now, run.settings.maxSteps) && run.ksCount < run.ksSteps.length) {
    run.ksSteps[run.ksCount] = now;
    run.ksValues[run.ksCount] = currentKs(run);
    run.ksCount++;
  }
  return true;
}

/** Back to t = 0 with the generator seeded afresh: replaying gives exactly the same cloud. */
export function restartRun(run: WalkCloudRun): void {
  resetWalkers(run.ensemble);
  run.rng = createRng(run.settings.seed);
  run.msd.fill(0);
  run.ksCount = 0;
}

/** Advance to step n (clamped to the run's maximum). */
export function advanceRunTo(run: WalkCloudRun, n: number): void {
  const target = Math.min(run.settings.maxSteps, Math.max(0, Math.floor(n)));
  while (run.ensemble.steps < target && stepRun(run)) {
    // one core call per step keeps the cloud independent of how steps are grouped
  }
}

/**
 * Histogram bins for the x-coordinates after n steps, about ±4σ wide with σ = a√n.
 * Lattice walks only visit x ∈ a·{−n, −n + 2, …, n}: bins are a multiple of 2a wide with edges halfway between
 * visited points, so every bin holds the same number of lattice sites (otherwise every other bin would be empty
 * and the histogram would comb). Gaussian walks get plain equal bins centred on 0.
 */
export function walkHistogramBins(
  kind: WalkKind,
  stepSize: number,
  n: number,
  targetBins = 41,
): { min: number; max: number; bins: number } {
  const sigma = stepSize * Math.sqrt(Math.max(1, n));
  const half = 4 * sigma;
  if (kind === 'gaussian') return { min: -half, max: half, bins: targetBins };
  const width = 2 * stepSize * Math.max(1, Math.round((2 * half) / targetBins / (2 * stepSize)));
  const anchor = (n % 2) * stepSize + stepSize; // an edge: halfway between two visited sites
  const low = Math.floor((-half - anchor) / width);
  const high = Math.ceil((half - anchor) / width);
  return { min: anchor + low * width, max: anchor + high * width, bins: high - low };
}
