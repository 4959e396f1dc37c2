/**
 * Reverse diffusion runs with the exact mixture score (chapter 7), as a job for a worker: one or more
 * (sampler, steps) runs from the same seeded noise, each scored by its energy distance to the data points.
 * The widget uses it twice: for the cloud of the current setting (one run, its points and paths kept) and for
 * the quality figure (the whole ladder of step counts, both samplers).
 */

import {
  type CloudScore,
  continuousSchedule,
  energyDistance,
  NoisedGaussianMixture,
  networkScore,
  pointMixture,
  ReverseRun,
  type ReverseSampler,
  type ScheduleKind,
  scoreNetworkFrom,
} from '../core';
import type { JobDefinition } from './protocol';

export interface ReverseDiffusionParams {
  seed: number;
  schedule: ScheduleKind;
  /** the data points d_k, interleaved (the mixture's means) */
  data: Float64Array;
  /** σ₀ of each mixture component */
  sigma0: number;
  particles: number;
  runs: readonly { sampler: ReverseSampler; steps: number }[];
  /** paths of this many particles are kept for the LAST run (0: none) */
  track: number;
  /** a learned score to sample with instead of the exact one: a score network's width and θ (LearnScore) */
  network?: { hidden: number; weights: Float64Array };
}

export interface ReverseRunResult {
  sampler: ReverseSampler;
  steps: number;
  energy: number;
}

export interface ReverseDiffusionProgress {
  /** finished runs, in order */
  results: ReverseRunResult[];
  runs: number;
  /** fraction of all the score evaluations done, 0 … 1 */
  fraction: number;
  /** the last run's generated points and tracked paths, once it is finished (else empty) */
  points: Float64Array;
  trajectories: Float64Array;
  tracked: number;
}

export interface ReverseDiffusionState {
  readonly params: ReverseDiffusionParams;
  readonly score: CloudScore;
  /** rough cost of one score evaluation of one particle, in mixture-component evaluations */
  readonly cost: number;
  readonly results: ReverseRunResult[];
  /** score evaluations of all runs, and those done */
  readonly work: number;
  workDone: number;
  index: number;
  current: ReverseRun | null;
  finished: ReverseRun | null;
}

/** Particle-component evaluations per slice: about 50–100 ms here, so pause and cancel answer at once. */
const SLICE_WORK = 4_000_000;

function newRun(state: ReverseDiffusionState): ReverseRun {
  const { params } = state;
  const spec = params.runs[state.index];
  return new ReverseRun({
    score: state.score,
    schedule: params.schedule,
    sampler: spec.sampler,
    steps: spec.steps,
    particles: params.particles,
    seed: params.seed,
    track: state.index === params.runs.length - 1 ? params.track : 0,
  });
}

export const reverseDiffusion: JobDefinition<
  ReverseDiffusionParams,
  ReverseDiffusionState,
  ReverseDiffusionProgress
> = {
  name: 'reverseDiffusion',

  init(params) {
    if (params.runs.length === 0) throw new RangeError('reverseDiffusion needs at least one run');
    if (!(Number.isInteger(params.particles) && params.particles >= 1 && params.particles <= 100_000)) {
      throw new RangeError(`particles must be an integer in 1 … 100000, got ${params.particles}`);
    }
    const mixture = pointMixture(params.data, params.sigma0);
    const { network } = params;
    let work = 0;
    for (const run of params.runs) work += run.steps * (run.sampler === 'ode' ? 2 : 1);
    const state: ReverseDiffusionState = {
      params,
      score: network
        ? networkScore(scoreNetworkFrom(network.hidden, network.weights), continuousSchedule(params.schedule))
        : new NoisedGaussianMixture(mixture).scoreCloud,
      // a network evaluation is about 2H² multiply-adds, a component a few dozen operations and an exp
      cost: network ? Math.max(1, (network.hidden * (network.hidden + 12)) / 40) : mixture.count,
      results: [],
      work,
      workDone: 0,
      index: 0,
      current: null,
      finished: null,
    };
    state.current = newRun(state);
    return state;
  },

  step(state) {
    const run = state.current;
    if (!run) return true;
    const perStep = state.params.particles * state.cost * run.evaluationsPerStep;
    const before = run.taken;
    const finished = run.advance(Math.max(1, Math.floor(SLICE_WORK / perStep)));
    state.workDone += (run.taken - before) * run.evaluationsPerStep;
    if (!finished) return false;
    state.results.push({
      sampler: run.sampler,
      steps: run.steps,
      energy: energyDistance(run.points, state.params.data),
    });
    state.index++;
    if (state.index >= state.params.runs.length) {
      state.finished = run;
      state.current = null;
      return true;
    }
    state.current = newRun(state);
    return false;
  },

  progress(state) {
    const last = state.finished;
    return {
      results: state.results.map((r) => ({ ...r })),
      runs: state.params.runs.length,
      fraction: state.work > 0 ? state.workDone / state.work : 1,
      points: last ? last.points.slice() : new Float64Array(0),
      trajectories: last ? last.trajectories.slice() : new Float64Array(0),
      tracked: last ? last.tracked : 0,
    };
  },

  transferables(progress) {
    return [progress.points.buffer, progress.trajectories.buffer];
  },
};
