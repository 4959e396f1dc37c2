/**
 * Training chapter 7's score network by denoising score matching, one "epoch" (a fixed number of Adam steps on
 * fresh batches) per step, as a job for a worker. The trainer's own rng (seeded by `seed`) draws every batch, and
 * the measurements after an epoch draw nothing, so a run depends on its parameters alone, however it is paused.
 * After each epoch: the mean loss of its steps, and the mean squared difference between the learned and the exact
 * score on a grid at a few noise levels. The snapshot carries θ, from which the page draws the learned field at
 * whatever noise level the reader picks (and samples with it) without touching the run.
 */

import {
  continuousSchedule,
  exactScoreGrid,
  type GridBox,
  learnedScoreGrid,
  meanSquaredDifference,
  NoisedGaussianMixture,
  pointMixture,
  type ScheduleKind,
  ScoreTrainer,
} from '../core';
import type { JobDefinition } from './protocol';

export interface ScoreTrainingParams {
  seed: number;
  schedule: ScheduleKind;
  /** the data points d_k, interleaved; the data law is the mixture Σ_k N(d_k, σ₀² I) / K */
  data: Float64Array;
  sigma0: number;
  /** H, hidden units per layer */
  hidden: number;
  learningRate: number;
  batchSize: number;
  /** Adam steps per epoch */
  stepsPerEpoch: number;
  epochs: number;
}

export interface ScoreTrainingProgress {
  epoch: number;
  epochs: number;
  hidden: number;
  /** θ after the last epoch, a copy */
  weights: Float64Array;
  /** mean loss E‖ε̂ − ε‖² over each epoch's steps (length `epoch`) */
  loss: Float64Array;
  /** MSD at SCORE_TRAINING_MSD_TIMES[l] after epoch e at msd[e · levels + l] (length epoch · levels) */
  msd: Float64Array;
  /** training examples seen */
  examples: number;
  /** examples per second of wall time during the last epoch (the one figure that is not reproducible) */
  examplesPerSecond: number;
}

export interface ScoreTrainingState {
  readonly params: ScoreTrainingParams;
  readonly trainer: ScoreTrainer;
  readonly exact: Float64Array[];
  readonly loss: Float64Array;
  readonly msd: Float64Array;
  epoch: number;
  examplesPerSecond: number;
}

export const SCORE_TRAINING_HIDDEN = { min: 16, max: 128 } as const;
/** Noise levels t at which the learned score is compared with the exact one after every epoch. */
export const SCORE_TRAINING_MSD_TIMES = [0.1, 0.3, 0.6] as const;
/** The comparison grid: 16 × 16 points over the square where the shapes and most of the noised cloud lie. */
export const SCORE_TRAINING_MSD_BOX: GridBox = { xMin: -2.5, xMax: 2.5, yMin: -2.5, yMax: 2.5 };
export const SCORE_TRAINING_MSD_GRID = 16;

function check(ok: boolean, message: string) {
  if (!ok) throw new RangeError(message);
}

const isCount = (v: number, min: number, max: number) => Number.isInteger(v) && v >= min && v <= max;

function checkParams(p: ScoreTrainingParams) {
  const { min, max } = SCORE_TRAINING_HIDDEN;
  check(isCount(p.hidden, min, max), `hidden must be an integer in ${min}…${max}, got ${p.hidden}`);
  check(isCount(p.seed, 0, 0xffffffff), `seed must be an integer ≥ 0, got ${p.seed}`);
  check(Number.isFinite(p.learningRate) && p.learningRate > 0, 'learningRate must be > 0');
  check(Number.isFinite(p.sigma0) && p.sigma0 > 0, 'sigma0 must be > 0');
  check(isCount(p.batchSize, 1, 4096), 'batchSize must be an integer in 1…4096');
  check(isCount(p.stepsPerEpoch, 1, 100_000), 'stepsPerEpoch must be an integer in 1…100000');
  check(isCount(p.epochs, 1, 100_000), 'epochs must be an integer in 1…100000');
  check(
    p.data instanceof Float64Array && p.data.length >= 2 && p.data.length % 2 === 0,
    'data must be a Float64Array of interleaved 2-D points',
  );
}

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export const scoreTraining: JobDefinition<ScoreTrainingParams, ScoreTrainingState, ScoreTrainingProgress> = {
  name: 'scoreTraining',

  init(params) {
    checkParams(params);
    const schedule = continuousSchedule(params.schedule);
    const mixture = new NoisedGaussianMixture(pointMixture(params.data, params.sigma0));
    // the exact fields do not change during the run: computed once
    const exact = SCORE_TRAINING_MSD_TIMES.map((t) =>
      exactScoreGrid(mixture, schedule, t, SCORE_TRAINING_MSD_BOX, SCORE_TRAINING_MSD_GRID),
    );
    return {
      params,
      trainer: new ScoreTrainer({
        data: params.data,
        sigma0: params.sigma0,
        schedule,
        hidden: params.hidden,
        seed: params.seed,
        batchSize: params.batchSize,
        learningRate: params.learningRate,
      }),
      exact,
      loss: new Float64Array(params.epochs),
      msd: new Float64Array(params.epochs * SCORE_TRAINING_MSD_TIMES.length),
      epoch: 0,
      examplesPerSecond: 0,
    };
  },

  step(state) {
    const { trainer, params } = state;
    const started = clock();
    state.loss[state.epoch] = trainer.train(params.stepsPerEpoch);
    const seconds = (clock() - started) / 1000;
    state.examplesPerSecond = seconds > 0 ? (params.stepsPerEpoch * trainer.batchSize) / seconds : 0;
    const schedule = continuousSchedule(params.schedule);
    const levels = SCORE_TRAINING_MSD_TIMES.length;
    SCORE_TRAINING_MSD_TIMES.forEach((t, l) => {
      const learned = learnedScoreGrid(
        trainer.net,
        schedule,
        t,
        SCORE_TRAINING_MSD_BOX,
        SCORE_TRAINING_MSD_GRID,
      );
      state.msd[state.epoch * levels + l] = meanSquaredDifference(learned, state.exact[l]);
    });
    state.epoch++;
    return state.epoch >= params.epochs;
  },

  progress(state) {
    return {
      epoch: state.epoch,
      epochs: state.params.epochs,
      hidden: state.params.hidden,
      weights: state.trainer.net.params.slice(),
      loss: state.loss.slice(0, state.epoch),
      msd: state.msd.slice(0, state.epoch * SCORE_TRAINING_MSD_TIMES.length),
      examples: state.trainer.examples,
      examplesPerSecond: state.examplesPerSecond,
    };
  },

  transferables(progress) {
    return [progress.weights.buffer, progress.loss.buffer, progress.msd.buffer];
  },
};
