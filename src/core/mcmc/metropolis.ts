/**
 * Random-walk Metropolis–Hastings on R^d.
 *
 * Target π(x) known up to a constant through log π̃(x). From the current x, propose x' = x + σ ⊙ ξ with
 * ξ ~ N(0, I) (a symmetric proposal, q(x'|x) = q(x|x')), and accept with probability
 *   α = min(1, π̃(x') / π̃(x))   ⇔   accept when log U < log π̃(x') − log π̃(x),
 * otherwise stay at x (and count x again). Detailed balance π(x) q(x'|x) α(x→x') = π(x') q(x|x') α(x'→x)
 * makes π the stationary law; the normalising constant cancels in the ratio.
 * The step size σ trades acceptance against distance travelled: in 1-D on N(0, 1) the acceptance rate
 * is (2/π) arctan(2/σ), and σ ≈ 2.4 (acceptance ≈ 44 %) mixes best.
 *
 * The stepper exposes `current`, `proposal` and `accepted` after each step so a widget can animate the
 * proposal and its fate without any allocation (the MCMC-gallery pattern: the sampler emits, the view draws).
 */

import { clampCount, clampScale } from '../params';
import type { Rng } from '../random';

/** log π̃(x) for x of length d. Return −∞ where the target is zero; never NaN. */
export type LogDensityFn = (x: Float64Array) => number;

export interface RandomWalkMetropolisOptions {
  logDensity: LogDensityFn;
  /** Starting point x₀ (its length is the dimension d ≥ 1); π̃(x₀) must be positive. */
  initial: ArrayLike<number>;
  /** Proposal standard deviation σ, one number for all coordinates or one per coordinate; clamped to [1e-9, 1e9]. */
  stepSize: number | ArrayLike<number>;
  rng: Rng;
}

export interface MetropolisStepper {
  readonly dim: number;
  /** The chain's current state x_t (updated in place). */
  readonly current: Float64Array;
  /** The last proposal x' (updated in place). */
  readonly proposal: Float64Array;
  /** log π̃ at current and at the last proposal. */
  readonly currentLogDensity: number;
  readonly proposalLogDensity: number;
  /** log of the acceptance probability of the last proposal, min(0, Δ log π̃). */
  readonly logAcceptProbability: number;
  /** Whether the last proposal was accepted. */
  readonly accepted: boolean;
  readonly steps: number;
  readonly acceptedCount: number;
  /** acceptedCount / steps (0 before the first step). */
  acceptanceRate(): number;
  /** One Metropolis step; returns whether the proposal was accepted. */
  step(): boolean;
  /** Change σ (e.g. from a slider) without restarting. */
  setStepSize(stepSize: number | ArrayLike<number>): void;
  /** Restart from x₀ (default: the original initial point) and zero the counters. */
  reset(initial?: ArrayLike<number>): void;
}

function readStepSizes(stepSize: number | ArrayLike<number>, dim: number, out: Float64Array): void {
  if (typeof stepSize === 'number') {
    out.fill(clampScale(stepSize, 'stepSize'));
    return;
  }
  if (stepSize.length !== dim)
    throw new RangeError(`stepSize has ${stepSize.length} entries for dimension ${dim}`);
  for (let i = 0; i < dim; i++) out[i] = clampScale(stepSize[i], `stepSize[${i}]`);
}

/** Evaluate log π̃ and insist it is a number: NaN or +∞ is a bug in the target, reported with the point. */
export function checkedLogDensity(logDensity: LogDensityFn, x: Float64Array): number {
  const l = logDensity(x);
  if (Number.isNaN(l) || l === Number.POSITIVE_INFINITY) {
    throw new RangeError(`log-density is ${l} at x = (${Array.from(x).join(', ')})`);
  }
  return l;
}

export function startingPoint(
  initial: ArrayLike<number>,
  logDensity: LogDensityFn,
): { x: Float64Array; l: number } {
  if (initial.length < 1) throw new RangeError('initial point must have at least one coordinate');
  const x = Float64Array.from(initial);
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) throw new RangeError(`initial coordinate ${i} is ${x[i]}`);
  }
  const l = checkedLogDensity(logDensity, x);
  if (l === Number.NEGATIVE_INFINITY) {
    throw new RangeError(`the target is zero at the initial point (${Array.from(x).join(', ')})`);
  }
  return { x, l };
}

export function createRandomWalkMetropolis(opts: RandomWalkMetropolisOptions): MetropolisStepper {
  const { logDensity, rng } = opts;
  const start = startingPoint(opts.initial, logDensity);
  const dim = start.x.length;
  const initial = Float64Array.from(start.x);
  const current = start.x;
  const proposal = new Float64Array(dim);
  const sigma = new Float64Array(dim);
  readStepSizes(opts.stepSize, dim, sigma);
  let currentLog = start.l;
  let proposalLog = start.l;
  let logAlpha = 0;
  let accepted = false;
  let steps = 0;
  let acceptedCount = 0;

  const stepper: MetropolisStepper = {
    dim,
    current,
    proposal,
    get currentLogDensity() {
      return currentLog;
    },
    get proposalLogDensity() {
      return proposalLog;
    },
    get logAcceptProbability() {
      return logAlpha;
    },
    get accepted() {
      return accepted;
    },
    get steps() {
      return steps;
    },
    get acceptedCount() {
      return acceptedCount;
    },
    acceptanceRate: () => (steps > 0 ? acceptedCount / steps : 0),
    step() {
      // x' = x + σ ⊙ ξ
      for (let i = 0; i < dim; i++) proposal[i] = current[i] + sigma[i] * rng.normal();
      proposalLog = checkedLogDensity(logDensity, proposal);
      // log α = min(0, log π̃(x') − log π̃(x)); −∞ when the proposal has zero density
      const delta = proposalLog - currentLog;
      logAlpha = Math.min(0, delta);
      accepted = Math.log(rng.uniform()) < logAlpha;
      if (accepted) {
        current.set(proposal);
        currentLog = proposalLog;
        acceptedCount++;
      }
      steps++;
      return accepted;
    },
    setStepSize(stepSize) {
      readStepSizes(stepSize, dim, sigma);
    },
    reset(x0) {
      const s = startingPoint(x0 ?? initial, logDensity);
      if (s.x.length !== dim) throw new RangeError(`reset: expected ${dim} coordinates`);
      current.set(s.x);
      currentLog = s.l;
      proposalLog = s.l;
      logAlpha = 0;
      accepted = false;
      steps = 0;
      acceptedCount = 0;
    },
  };
  return stepper;
}

export interface ChainResult {
  /** States x_1 … x_n after burn-in, row-major: chain[t·d + i]. */
  chain: Float64Array;
  dim: number;
  /** Number of rows n. */
  length: number;
  /** Accepted / proposed over the recorded steps. */
  acceptanceRate: number;
}

/** Copy coordinate i of a row-major chain into its own array (for traces, ESS, autocorrelation). */
export function chainCoordinate(result: Pick<ChainResult, 'chain' | 'dim'>, i: number): Float64Array {
  const { chain, dim } = result;
  if (!(i >= 0 && i < dim)) throw new RangeError(`coordinate ${i} out of range for dimension ${dim}`);
  const n = Math.floor(chain.length / dim);
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) out[t] = chain[t * dim + i];
  return out;
}

/**
 * Run `burnIn` unrecorded steps, then record `steps` states, one every `thin` steps (default 1).
 * steps and burnIn are clamped to [1, 1e7] and [0, 1e7], thin to [1, 1e4].
 */
export function runRandomWalkMetropolis(
  opts: RandomWalkMetropolisOptions & { steps: number; burnIn?: number; thin?: number },
): ChainResult {
  const stepper = createRandomWalkMetropolis(opts);
  const n = clampCount(opts.steps, 1, 1e7, 'steps');
  const burnIn = clampCount(opts.burnIn ?? 0, 0, 1e7, 'burnIn');
  const thin = clampCount(opts.thin ?? 1, 1, 1e4, 'thin');
  for (let t = 0; t < burnIn; t++) stepper.step();
  const d = stepper.dim;
  const chain = new Float64Array(n * d);
  let acceptedCount = 0;
  for (let t = 0; t < n; t++) {
    for (let k = 0; k < thin; k++) if (stepper.step()) acceptedCount++;
    chain.set(stepper.current, t * d);
  }
  return { chain, dim: d, length: n, acceptanceRate: acceptedCount / (n * thin) };
}
