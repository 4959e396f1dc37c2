import {
  cellCounts,
  cellMasses,
  createParticleCloud,
  createRng,
  expectedNoiseTv,
  type Landscape,
  type ParticleCloud,
  type SamplerKind,
  totalVariation,
} from '../../../core';

/** The coarse grid the distance is measured on. */
export const CELLS = 10;
/** A run: this many sweeps, the distance recorded after each. */
export const MAX_SWEEPS = 3000;

export interface ParticleRun {
  cloud: ParticleCloud;
  masses: Float64Array;
  noise: number;
  counts: Float64Array;
  /** TV after sweep k (index 0 = the uniform start). */
  tv: Float64Array;
  xs: Float64Array;
  ys: Float64Array;
}

export function createRun(options: {
  landscape: Landscape;
  temperature: number;
  sampler: SamplerKind;
  stepSize: number;
  n: number;
  seed: number;
}): ParticleRun {
  const cloud = createParticleCloud({
    n: options.n,
    landscape: options.landscape,
    temperature: options.temperature,
    sampler: options.sampler,
    stepSize: options.stepSize,
    rng: createRng(options.seed),
  });
  const masses = cellMasses(options.landscape, options.temperature, CELLS);
  const run: ParticleRun = {
    cloud,
    masses,
    noise: expectedNoiseTv(masses, options.n),
    counts: new Float64Array(CELLS * CELLS),
    tv: new Float64Array(MAX_SWEEPS + 1),
    xs: new Float64Array(options.n),
    ys: new Float64Array(options.n),
  };
  record(run);
  return run;
}

/** Measure TV now and copy the positions for drawing. */
function record(run: ParticleRun): void {
  const { cloud } = run;
  cellCounts(cloud.positions, CELLS, run.counts);
  run.tv[Math.min(cloud.sweeps, MAX_SWEEPS)] = totalVariation(run.counts, run.masses);
  for (let p = 0; p < cloud.n; p++) {
    run.xs[p] = cloud.positions[2 * p];
    run.ys[p] = cloud.positions[2 * p + 1];
  }
}

export function stepRun(run: ParticleRun): void {
  run.cloud.sweep();
  record(run);
}

/** A dragged expert or a new temperature: new target, new exact cell masses, the particles stay where they are. */
export function retarget(run: ParticleRun, landscape: Landscape, temperature: number): void {
  run.cloud.setTarget(landscape, temperature);
  run.masses = cellMasses(landscape, temperature, CELLS);
  run.noise = expectedNoiseTv(run.masses, run.cloud.n);
  run.cloud.resetAcceptance();
  record(run);
}
