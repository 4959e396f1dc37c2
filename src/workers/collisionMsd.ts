/**
 * Chapter 1's collision gas (the CollisionBox's: 100 nm box, 2000 molecules at 300 K, steps of 0.5 ps) run for tens
 * of nanoseconds, as a job for a worker: the grain's MSD over lags from 1 to 2000 ps and its velocity
 * autocorrelation, gathered as the run goes (LagStatistics), with the crossover figures read off them
 * (crossoverEstimates). The first step equilibrates the grain, which starts at rest, for 1 ns; every later step
 * runs 1 ns and records the grain's position and velocity after each model step. The model's own rng (seeded by
 * `seed`) drives everything, so a run is reproducible from its parameters alone.
 */

import {
  BOLTZMANN_CONSTANT_MODEL,
  COLLISION_MODEL_PARAMETERS,
  type CollisionModel,
  type CrossoverEstimates,
  createCollisionModel,
  createRng,
  crossoverEstimates,
  LagStatistics,
  logSpacedLags,
  msdLagsPs,
} from '../core';
import type { JobDefinition } from './protocol';

export interface CollisionMsdParams {
  seed: number;
  /** Grain radius R, nm (2…15); its mass follows, M = σ_g π R². */
  grainRadius: number;
  /** Simulated time recorded after the equilibration, ns (1…500). */
  durationNs: number;
}

export interface CollisionMsdProgress {
  /** Recorded simulated time so far, ns (0 during the equilibration). */
  doneNs: number;
  totalNs: number;
  grainRadius: number;
  /** M, amu */
  grainMass: number;
  /** The MSD's lags, ps, and the time-averaged MSD at each, nm² (NaN at lags longer than the data so far). */
  lagsPs: Float64Array;
  msd: Float64Array;
  /** V(t)·V(t + τ) averaged, nm²/ps², at lags 0, vacfStepPs, 2·vacfStepPs, … */
  vacf: Float64Array;
  vacfStepPs: number;
  estimates: CrossoverEstimates;
  /** Wall time spent stepping so far, ms (the only figure that is not reproducible). */
  elapsedMs: number;
}

export interface CollisionMsdState {
  readonly params: CollisionMsdParams;
  readonly model: CollisionModel;
  readonly stats: LagStatistics;
  /** Recorded samples planned: durationNs at one sample per model step. */
  readonly totalSamples: number;
  equilibrated: boolean;
  elapsedMs: number;
}

/** The CollisionBox's settings that this figure keeps fixed (model units: nm, ps, amu, K). */
export const COLLISION_MSD_GAS = {
  boxSize: 100,
  temperature: 300,
  moleculeCount: 2000,
  timeStep: 0.5,
} as const;
export const COLLISION_MSD_RANGES = {
  grainRadius: { min: 2, max: 15 },
  durationNs: { min: 1, max: 500 },
} as const;
/** Model steps per job step: 1 ns, about 60 ms of work, so pause and cancel answer at once. */
export const CHUNK_STEPS = 2000;
/** Lags of the MSD, in samples: 2 … 4000, i.e. 1 … 2000 ps, 40 of them evenly spaced on a log scale. */
const MSD_LAGS = logSpacedLags(2, 4000, 40);
/** VACF at every 4th sample (2 ps) up to 1000 ps: τ_v is 40 … 350 ps over the radii offered. */
const VACF_STRIDE = 4;
const VACF_COUNT = 501;
/** Blocks for the jackknife errors: ten of 10 ns each in a run of 100 ns. */
const BLOCKS = 10;
const NS = 1000; // ps

/** k_B T of the gas, amu·nm²/ps². */
export const COLLISION_MSD_KT = BOLTZMANN_CONSTANT_MODEL * COLLISION_MSD_GAS.temperature;

/** The grain's mass at radius R, amu: M = σ_g π R², as the collision model sets it. */
export function grainMassFor(radius: number): number {
  return COLLISION_MODEL_PARAMETERS.grainArealDensity.default * Math.PI * radius * radius;
}

/** ⟨V²⟩ of the grain at equilibrium, nm²/ps²: equipartition in 2-D, ½M⟨V²⟩ = k_BT, so ⟨V²⟩ = 2k_BT/M. */
export function equipartitionMeanSquareVelocity(radius: number): number {
  return (2 * COLLISION_MSD_KT) / grainMassFor(radius);
}

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function check(ok: boolean, message: string) {
  if (!ok) throw new RangeError(message);
}

function checkParams(p: CollisionMsdParams) {
  const { grainRadius: r, durationNs: d } = COLLISION_MSD_RANGES;
  check(Number.isInteger(p.seed) && p.seed >= 0, 'seed must be an integer ≥ 0');
  check(p.grainRadius >= r.min && p.grainRadius <= r.max, `grainRadius must be in ${r.min}…${r.max} nm`);
  check(p.durationNs >= d.min && p.durationNs <= d.max, `durationNs must be in ${d.min}…${d.max} ns`);
}

export const collisionMsd: JobDefinition<CollisionMsdParams, CollisionMsdState, CollisionMsdProgress> = {
  name: 'collisionMsd',

  init(params) {
    checkParams(params);
    const totalSamples = Math.round((params.durationNs * NS) / COLLISION_MSD_GAS.timeStep);
    const model = createCollisionModel(createRng(params.seed), {
      boxSize: COLLISION_MSD_GAS.boxSize,
      temperature: COLLISION_MSD_GAS.temperature,
      grainRadius: params.grainRadius,
      moleculeCount: COLLISION_MSD_GAS.moleculeCount,
      capacity: COLLISION_MSD_GAS.moleculeCount,
      trailCapacity: 2, // the trail is not used: the statistics keep what they need
    });
    const stats = new LagStatistics({
      msdLags: MSD_LAGS,
      vacfStride: VACF_STRIDE,
      vacfCount: VACF_COUNT,
      blocks: BLOCKS,
      plannedSamples: totalSamples,
    });
    return { params, model, stats, totalSamples, equilibrated: false, elapsedMs: 0 };
  },

  step(state) {
    const { model, stats } = state;
    const dt = COLLISION_MSD_GAS.timeStep;
    const started = clock();
    if (!state.equilibrated) {
      for (let k = 0; k < CHUNK_STEPS; k++) model.step(dt);
      state.equilibrated = true;
    } else {
      const steps = Math.min(CHUNK_STEPS, state.totalSamples - stats.samples);
      for (let k = 0; k < steps; k++) {
        model.step(dt);
        stats.add(model.grainX, model.grainY, model.grainVx, model.grainVy);
      }
    }
    state.elapsedMs += clock() - started;
    return state.equilibrated && stats.samples >= state.totalSamples;
  },

  progress(state) {
    const { stats, model } = state;
    const dt = COLLISION_MSD_GAS.timeStep;
    const curves = stats.curves();
    return {
      doneNs: (stats.samples * dt) / NS,
      totalNs: (state.totalSamples * dt) / NS,
      grainRadius: model.grainRadius,
      grainMass: model.grainMass,
      lagsPs: msdLagsPs(stats, dt),
      msd: curves.msd,
      vacf: curves.vacf,
      vacfStepPs: VACF_STRIDE * dt,
      estimates: crossoverEstimates(stats, { timeStep: dt, kT: COLLISION_MSD_KT, mass: model.grainMass }),
      elapsedMs: state.elapsedMs,
    };
  },

  transferables(progress) {
    return [progress.lagsPs.buffer, progress.msd.buffer, progress.vacf.buffer];
  },
};
