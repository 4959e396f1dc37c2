/**
 * Generating from noise with a known score, as the chapter 7 widgets need it: a chapter-1 shape turned into an
 * exact mixture, the same time grid for both reverse samplers, and a run cut into slices for a worker.
 *
 *   p_0(x) = (1/K) Σ_k N(x; d_k, σ₀² I)        (one small Gaussian on each data point d_k)
 *
 * keeps every noised marginal p_t a mixture (see gaussianMixture.ts), so the score ∇ log p_t is exact and a
 * sampler can be judged with no learning error in the way.
 *
 * Both samplers walk the same S + 1 times t_k = (k/S) t_max of the continuous schedule:
 *  - DDPM ancestral sampling on the schedule RESPACED to those times (Nichol & Dhariwal 2021):
 *      ᾱ_k = ᾱ(t_k),  β_k = 1 − ᾱ_k / ᾱ_{k−1},
 *    so S = 5 and S = 1000 start from the same noise level and end at the same data, only the step differs;
 *  - the probability-flow ODE with Heun's method (two score evaluations per step).
 */

import { createRng, type Rng } from '../random';
import { createDiagonalMixture2D, type DiagonalMixture2D } from './gaussianMixture';
import { type CloudScore, ddpmStep, probabilityFlowStep, probabilityFlowTimes } from './samplers';
import {
  type ContinuousSchedule,
  continuousCosineSchedule,
  continuousLinearSchedule,
  type NoiseSchedule,
  type ScheduleKind,
} from './schedules';

export type ReverseSampler = 'ddpm' | 'ode';

/** The step counts of the quality figure. */
export const REVERSE_STEP_LADDER: readonly number[] = [5, 10, 20, 50, 100, 200, 500, 1000];

/** The largest β a respaced step may have (as in schedules.ts): β = 1 would divide by √α = 0. */
const MAX_BETA = 0.999;

/** The continuous schedule of a kind. */
export function continuousSchedule(kind: ScheduleKind): ContinuousSchedule {
  if (kind === 'linear') return continuousLinearSchedule();
  if (kind === 'cosine') return continuousCosineSchedule();
  throw new RangeError(`unknown schedule kind ${String(kind)}`);
}

/**
 * A discrete schedule of S steps whose ᾱ_k is the continuous ᾱ at t_k = (k/S) t_max: β_k = 1 − ᾱ_k/ᾱ_{k−1}
 * (clipped to 0.999; ᾱ is then the product of the clipped α, so the arrays agree with each other).
 */
export function respacedSchedule(schedule: ContinuousSchedule, steps: number): NoiseSchedule {
  const S = Math.round(steps);
  if (!(S >= 1 && S <= 100_000)) throw new RangeError(`steps must be in 1 … 100000, got ${steps}`);
  const beta = new Float64Array(S + 1);
  const alpha = new Float64Array(S + 1);
  const alphaBar = new Float64Array(S + 1);
  const sqrtAlphaBar = new Float64Array(S + 1);
  const sqrtOneMinusAlphaBar = new Float64Array(S + 1);
  alpha[0] = 1;
  alphaBar[0] = 1;
  sqrtAlphaBar[0] = 1;
  let previous = 1;
  for (let k = 1; k <= S; k++) {
    const target = schedule.alphaBar((k / S) * schedule.tMax);
    beta[k] = Math.min(MAX_BETA, 1 - target / previous);
    previous = target;
    alpha[k] = 1 - beta[k];
    alphaBar[k] = alphaBar[k - 1] * alpha[k];
    sqrtAlphaBar[k] = Math.sqrt(alphaBar[k]);
    sqrtOneMinusAlphaBar[k] = Math.sqrt(1 - alphaBar[k]);
  }
  return { kind: schedule.kind, steps: S, beta, alpha, alphaBar, sqrtAlphaBar, sqrtOneMinusAlphaBar };
}

/** A shape's points as the means of an equal-weight mixture of isotropic Gaussians of standard deviation σ₀. */
export function pointMixture(points: Float64Array, sigma0: number): DiagonalMixture2D {
  if (!(sigma0 > 0 && Number.isFinite(sigma0))) throw new RangeError(`σ₀ must be > 0, got ${sigma0}`);
  const K = points.length >> 1;
  const means: [number, number][] = [];
  for (let k = 0; k < K; k++) means.push([points[2 * k], points[2 * k + 1]]);
  return createDiagonalMixture2D({ means, variances: means.map(() => sigma0 * sigma0) });
}

export interface ReverseRunOptions {
  score: CloudScore;
  schedule: ScheduleKind;
  sampler: ReverseSampler;
  /** S, the number of sampler steps (1 … 100000) */
  steps: number;
  /** how many points to generate */
  particles: number;
  /** seeds the starting noise x_T ~ N(0, I) and, separately, DDPM's fresh noise */
  seed: number;
  /** record the path of the first `track` particles (default 0) */
  track?: number;
}

/**
 * One reverse run, advanced a few steps at a time (`advance`), so a worker can report progress and pause
 * between slices; the result depends only on the options, never on how the run was sliced.
 * The starting noise is the same for both samplers and every S at a given seed, so their results differ only
 * by how they integrate.
 */
export class ReverseRun {
  readonly steps: number;
  readonly sampler: ReverseSampler;
  /** the cloud, interleaved; x_T at first, the generated points when done */
  readonly points: Float64Array;
  /** paths of the tracked particles: trajectories[(p · (S + 1) + k) · 2 + axis] after k steps */
  readonly trajectories: Float64Array;
  readonly tracked: number;
  private stepsDone = 0;
  private readonly score: CloudScore;
  private readonly discrete: NoiseSchedule;
  private readonly continuous: ContinuousSchedule;
  private readonly times: Float64Array;
  private readonly rng: Rng;
  private readonly scratch: Float64Array;
  private readonly scratch2: Float64Array;

  constructor(options: ReverseRunOptions) {
    const n = Math.round(options.particles);
    if (!(n >= 1)) throw new RangeError(`particles must be ≥ 1, got ${options.particles}`);
    if (options.sampler !== 'ddpm' && options.sampler !== 'ode') {
      throw new RangeError(`unknown sampler ${String(options.sampler)}`);
    }
    this.sampler = options.sampler;
    this.score = options.score;
    this.continuous = continuousSchedule(options.schedule);
    this.discrete = respacedSchedule(this.continuous, options.steps);
    this.steps = this.discrete.steps;
    this.times = probabilityFlowTimes(this.continuous, this.steps);
    this.points = createRng(options.seed).fillNormal(new Float64Array(2 * n));
    this.rng = createRng((options.seed + 0x632be5ab) >>> 0);
    this.scratch = new Float64Array(2 * n);
    this.scratch2 = new Float64Array(2 * n);
    this.tracked = Math.max(0, Math.min(n, Math.round(options.track ?? 0)));
    this.trajectories = new Float64Array(this.tracked * (this.steps + 1) * 2);
    this.record();
  }

  get done(): boolean {
    return this.stepsDone >= this.steps;
  }

  /** Steps taken so far, 0 … S. */
  get taken(): number {
    return this.stepsDone;
  }

  /** Score evaluations one step costs (Heun evaluates twice). */
  get evaluationsPerStep(): number {
    return this.sampler === 'ode' ? 2 : 1;
  }

  /** Take up to `maxSteps` more steps; true when the run is finished. */
  advance(maxSteps: number): boolean {
    const end = Math.min(this.steps, this.stepsDone + Math.max(1, Math.floor(maxSteps)));
    while (this.stepsDone < end) {
      const k = this.stepsDone;
      if (this.sampler === 'ddpm') {
        // discrete step index S − k goes to S − k − 1
        ddpmStep(this.points, this.score, this.discrete, this.steps - k, this.rng, this.scratch);
      } else {
        const [from, to] = [this.times[k], this.times[k + 1]];
        probabilityFlowStep(
          this.points,
          this.score,
          this.continuous,
          from,
          to,
          'heun',
          this.scratch,
          this.scratch2,
        );
      }
      this.stepsDone++;
      this.record();
    }
    return this.done;
  }

  private record(): void {
    const k = this.stepsDone;
    const stride = this.steps + 1;
    for (let p = 0; p < this.tracked; p++) {
      this.trajectories[(p * stride + k) * 2] = this.points[2 * p];
      this.trajectories[(p * stride + k) * 2 + 1] = this.points[2 * p + 1];
    }
  }
}
