import {
  continuousSchedule,
  createScoreNetwork,
  exactScoreGrid,
  type GridBox,
  learnedScoreGrid,
  meanSquaredDifference,
  NoisedGaussianMixture,
  pointMixture,
  type ScoreNetwork,
  scoreNetworkFrom,
} from '../../../core';
import type { ScoreTrainingProgress } from '../../../workers/scoreTraining';
import { SIGMA0 } from '../common/mixtureData';

export const LEARN_SCORE_PARAMS = {
  shape: { kind: 'enum', values: ['twoMoons', 'smiley', 'spiral', 'heart'], default: 'twoMoons' },
  hiddenUnits: { kind: 'number', min: 16, max: 128, default: 64, integer: true, step: 16 },
  fieldTime: { kind: 'number', min: 0.02, max: 1, default: 0.1, step: 0.01 },
} as const;

/** The schedule of the whole chapter's demos; training and sampling use the same one. */
export const SCHEDULE = 'linear' as const;
export const schedule = continuousSchedule(SCHEDULE);
/** Adam steps of 128 examples per epoch: 5120 examples, a few tenths of a second at H = 64. */
export const STEPS_PER_EPOCH = 40;
export const BATCH_SIZE = 128;
export const EPOCHS = 200;
export const LEARNING_RATE = 2e-3;
/** DDPM steps of "Generate", for the learned and the exact score alike. */
export const GENERATE_STEPS = 200;

/** The arrows' grid: 15 × 15 over the canvases' view. */
export const FIELD_BOX: GridBox = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 };
export const FIELD_GRID = 15;

/** The exact mixture whose noised score the network learns. */
export const exactMixture = (data: Float64Array) => new NoisedGaussianMixture(pointMixture(data, SIGMA0));

/**
 * The network to draw: the run's latest θ when the snapshot belongs to this width, else the seeded initial network
 * (the very one a run with these settings starts from), so before training the drawing is a function of the state.
 */
export function shownNetwork(
  progress: ScoreTrainingProgress | null,
  hidden: number,
  seed: number,
): ScoreNetwork {
  if (progress && progress.hidden === hidden) return scoreNetworkFrom(hidden, progress.weights);
  return createScoreNetwork(hidden, seed);
}

export interface Fields {
  learned: Float64Array;
  exact: Float64Array;
  msd: number;
  /** σ_t = √(ᾱ σ₀² + 1 − ᾱ), the spread of one noised component: a score is of order 1/σ_t */
  sigmaT: number;
  alphaBar: number;
}

/** Both fields at noise level t on the arrows' grid, and their mean squared difference there. */
export function fieldsAt(net: ScoreNetwork, mixture: NoisedGaussianMixture, t: number): Fields {
  const exact = exactScoreGrid(mixture, schedule, t, FIELD_BOX, FIELD_GRID);
  const learned = learnedScoreGrid(net, schedule, t, FIELD_BOX, FIELD_GRID);
  const alphaBar = schedule.alphaBar(t);
  const sigmaT = Math.sqrt(alphaBar * SIGMA0 * SIGMA0 + 1 - alphaBar);
  return { learned, exact, msd: meanSquaredDifference(learned, exact), sigmaT, alphaBar };
}

/** Arrow scale: |s| = 1.5/σ_t draws 76 % of a cell at every noise level, in both panels alike. */
export const arrowScale = (sigmaT: number) => 1.5 / sigmaT;
