/**
 * Training the score network by denoising score matching on a point cloud (chapter 7), and using it as a score.
 * The data law is the same mixture the exact score is computed for: a data point d_k picked uniformly, plus
 * N(0, σ₀² I). Each batch draws fresh k, jitter, t ~ U(t_min, t_max) and ε from the trainer's own seeded rng, so a
 * run is reproducible from (seed, settings) alone, however it is paused.
 */

import { createRng, type Rng } from '../../random';
import type { CloudScore } from '../samplers';
import type { ContinuousSchedule } from '../schedules';
import { type Adam, adamStep, createAdam } from './adam';
import {
  createScoreNetwork,
  type DsmBatch,
  dsmLoss,
  NetworkScratch,
  predictNoise,
  type ScoreNetwork,
} from './network';

/** Times below this carry almost no noise, and the ε-target there is nearly unlearnable (x_t ≈ x₀): skip them. */
export const TRAIN_T_MIN = 1e-3;

export interface ScoreTrainerOptions {
  data: Float64Array;
  sigma0: number;
  schedule: ContinuousSchedule;
  hidden: number;
  seed: number;
  batchSize?: number;
  learningRate?: number;
}

export class ScoreTrainer {
  readonly net: ScoreNetwork;
  readonly adam: Adam;
  readonly batchSize: number;
  private readonly rng: Rng;
  private readonly batch: DsmBatch;
  private readonly grad: Float64Array;
  private readonly scratch: NetworkScratch;
  private readonly options: ScoreTrainerOptions;
  examples = 0;

  constructor(options: ScoreTrainerOptions) {
    this.options = options;
    this.net = createScoreNetwork(options.hidden, options.seed);
    this.adam = createAdam(this.net.params.length, options.learningRate ?? 2e-3);
    this.batchSize = Math.max(1, Math.round(options.batchSize ?? 128));
    this.rng = createRng((options.seed + 0x51ed27) >>> 0);
    const B = this.batchSize;
    this.batch = {
      x0: new Float64Array(2 * B),
      eps: new Float64Array(2 * B),
      t: new Float64Array(B),
      alphaBar: new Float64Array(B),
    };
    this.grad = new Float64Array(this.net.params.length);
    this.scratch = new NetworkScratch(options.hidden);
  }

  /** A fresh batch: x₀ from the mixture, t ~ U(t_min, t_max), ε ~ N(0, I). */
  private drawBatch(): void {
    const { data, sigma0, schedule } = this.options;
    const K = data.length >> 1;
    const b = this.batch;
    for (let i = 0; i < this.batchSize; i++) {
      const k = this.rng.int(K);
      b.x0[2 * i] = data[2 * k] + sigma0 * this.rng.normal();
      b.x0[2 * i + 1] = data[2 * k + 1] + sigma0 * this.rng.normal();
      const t = TRAIN_T_MIN + (schedule.tMax - TRAIN_T_MIN) * this.rng.uniform();
      b.t[i] = t;
      b.alphaBar[i] = schedule.alphaBar(t);
    }
    this.rng.fillNormal(b.eps);
  }

  /** `steps` Adam steps on fresh batches; returns their mean loss. */
  train(steps: number): number {
    let sum = 0;
    for (let s = 0; s < steps; s++) {
      this.drawBatch();
      sum += dsmLoss(this.net, this.batch, this.scratch, this.grad);
      adamStep(this.adam, this.net.params, this.grad);
      this.examples += this.batchSize;
    }
    return sum / Math.max(1, steps);
  }
}

/**
 * The score of a network, ∇ log p_t(x) ≈ −ε̂_θ(x, t) / √(1 − ᾱ), as a CloudScore (t recovered from ᾱ by the
 * schedule), so the reverse samplers run on it exactly as on the exact score.
 */
export function networkScore(net: ScoreNetwork, schedule: ContinuousSchedule): CloudScore {
  const scratch = new NetworkScratch(net.layout.hidden);
  return (points, alphaBar, out) => {
    const t = schedule.timeForAlphaBar(alphaBar);
    const k = -1 / Math.sqrt(Math.max(1 - alphaBar, 1e-12));
    const n = points.length >> 1;
    for (let i = 0; i < n; i++) {
      predictNoise(net, points[2 * i], points[2 * i + 1], t, scratch, out, 2 * i);
      out[2 * i] *= k;
      out[2 * i + 1] *= k;
    }
  };
}
