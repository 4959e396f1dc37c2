import { type CollisionModel, createCollisionModel, createRng, timeAveragedMsd2D } from '../../../core';

export const COLLISIONS_PARAMS = {
  temperature: { kind: 'number', min: 50, max: 1000, default: 300, integer: true, step: 10, unit: 'K' },
  grainRadius: { kind: 'number', min: 2, max: 15, default: 5, step: 0.5, unit: 'nm' },
  molecules: { kind: 'number', min: 100, max: 5000, default: 2000, integer: true, step: 100 },
} as const;

/** Model settings that the reader does not change (model units: nm, ps, amu). */
const BOX_NM = 100;
export const TIME_STEP_PS = 0.5;
/** Model steps per animation frame: 4 ps of simulated time per frame. */
export const STEPS_PER_FRAME = 8;
/** The trail keeps one grain position per step, the last 4000 (= 2000 ps). */
const TRAIL_CAPACITY = 4000;
/** The MSD readout's lag τ, ps, and the same in trail samples. */
export const LAG_PS = 50;
const LAG_SAMPLES = Math.round(LAG_PS / TIME_STEP_PS);

/** What the reader sets with the sliders; all three act on the running model. */
export interface CollisionSettings {
  temperature: number;
  grainRadius: number;
  molecules: number;
}

/** The grain's trail copied out of the model (reused buffers, oldest first). */
export interface TrailBuffers {
  x: Float64Array;
  y: Float64Array;
  t: Float64Array;
  count: number;
}

/** One run: the model stepped in place, and the simulated time of the last slider change. */
export interface CollisionRun {
  model: CollisionModel;
  /** The MSD readout only looks at motion after this time (ps): older motion was at other settings. */
  changedAt: number;
  trail: TrailBuffers;
}

export function createRun(seed: number, settings: CollisionSettings): CollisionRun {
  const model = createCollisionModel(createRng(seed), {
    boxSize: BOX_NM,
    temperature: settings.temperature,
    grainRadius: settings.grainRadius,
    moleculeCount: settings.molecules,
    trailCapacity: TRAIL_CAPACITY,
    trailInterval: 1,
    capacity: COLLISIONS_PARAMS.molecules.max,
  });
  const trail = {
    x: new Float64Array(TRAIL_CAPACITY),
    y: new Float64Array(TRAIL_CAPACITY),
    t: new Float64Array(TRAIL_CAPACITY),
    count: 0,
  };
  return { model, changedAt: 0, trail };
}

/**
 * Slider changes act on the running model (the grain livens up at once) and restart the MSD window. Only the
 * settings that differ are set, so an unchanged one does not disturb the gas.
 */
export function applySettings(run: CollisionRun, settings: CollisionSettings): void {
  const { model } = run;
  if (model.temperature !== settings.temperature) model.setTemperature(settings.temperature);
  if (model.grainRadius !== settings.grainRadius) model.setGrainRadius(settings.grainRadius);
  if (model.moleculeCount !== settings.molecules) model.setMoleculeCount(settings.molecules);
  run.changedAt = model.time;
}

/** The grain's trail, copied into the run's buffers. */
export function copyTrail(run: CollisionRun): TrailBuffers {
  const { trail } = run;
  trail.count = run.model.copyTrail(trail.x, trail.y, trail.t);
  return trail;
}

/** The figures beside the box. */
export interface CollisionReadout {
  time: number;
  kicks: number;
  grainMass: number;
  moleculeCount: number;
  grainRadius: number;
  temperature: number;
  /** Time-averaged MSD at lag τ since the last change; null until there is more than τ of trail. */
  msd: { msd: number; pairs: number; window: number } | null;
}

export function readCollisions(run: CollisionRun): CollisionReadout {
  const { model } = run;
  return {
    time: model.time,
    kicks: model.collisionCount,
    grainMass: model.grainMass,
    moleculeCount: model.moleculeCount,
    grainRadius: model.grainRadius,
    temperature: model.temperature,
    msd: msdSince(copyTrail(run), run.changedAt),
  };
}

/** Time-averaged MSD at lag τ over the trail samples recorded since `since` (ps); null until there are enough. */
function msdSince(trail: TrailBuffers, since: number): CollisionReadout['msd'] {
  let first = 0;
  while (first < trail.count && trail.t[first] < since) first++;
  const count = trail.count - first;
  if (count <= LAG_SAMPLES + 1) return null;
  const { msd, pairs } = timeAveragedMsd2D(trail.x, trail.y, first, count, LAG_SAMPLES);
  return { msd, pairs, window: trail.t[trail.count - 1] - trail.t[first] };
}
