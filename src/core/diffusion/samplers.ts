/**
 * Reverse samplers: from noise back to data, driven by a score ∇ log p_t (chapter 7).
 *
 * Both samplers take the score as a plain function of a whole cloud, so the exact Gaussian-mixture score
 * (`NoisedGaussianMixture.scoreCloud`) and, later, a learned one plug in the same way. Clouds are
 * interleaved Float64Arrays updated IN PLACE; the caller fills them with N(0, I) noise to start.
 * The noise-prediction form of a score is  ε̂(x, t) = −√(1 − ᾱ_t) ∇ log p_t(x)  (Tweedie: for
 * x_t = √ᾱ x_0 + √(1 − ᾱ) ε, E[ε | x_t] = −√(1 − ᾱ) ∇ log p_t(x_t)).
 */

import type { Rng } from '../random';
import type { ContinuousSchedule, NoiseSchedule } from './schedules';

/** Writes ∇ log p_t(points) into out (same layout), for the noise level ᾱ = ᾱ(t). */
export type CloudScore = (points: Float64Array, alphaBar: number, out: Float64Array) => void;

/**
 * Variance of the fresh noise in a DDPM step: 'posterior' is σ_t² = β̃_t = β_t (1 − ᾱ_{t−1})/(1 − ᾱ_t),
 * the variance of q(x_{t−1} | x_t, x_0); 'beta' is σ_t² = β_t. Ho et al. found both work.
 */
export type DdpmVariance = 'posterior' | 'beta';

function scratchFor(points: Float64Array, scratch?: Float64Array): Float64Array {
  if (scratch === undefined) return new Float64Array(points.length);
  if (scratch.length !== points.length) {
    throw new RangeError(`scratch has length ${scratch.length}, the cloud ${points.length}`);
  }
  return scratch;
}

/**
 * One DDPM ancestral step x_t → x_{t−1}, in place (Ho et al. 2020, Algorithm 2):
 *   x_{t−1} = (x_t − β_t/√(1 − ᾱ_t) · ε̂) / √α_t + σ_t z,   z ~ N(0, I).
 * With ε̂ = −√(1 − ᾱ_t) ∇ log p_t the mean is simply (x_t + β_t ∇ log p_t(x_t)) / √α_t.
 * `scratch` (same length as points) receives the score; pass one in to avoid an allocation per step.
 */
export function ddpmStep(
  points: Float64Array,
  score: CloudScore,
  schedule: NoiseSchedule,
  t: number,
  rng: Rng,
  scratch?: Float64Array,
  variance: DdpmVariance = 'posterior',
): Float64Array {
  if (!(Number.isInteger(t) && t >= 1 && t <= schedule.steps)) {
    throw new RangeError(`t must be an integer in [1, ${schedule.steps}], got ${t}`);
  }
  const s = scratchFor(points, scratch);
  const beta = schedule.beta[t];
  const ab = schedule.alphaBar[t];
  const abPrev = schedule.alphaBar[t - 1];
  score(points, ab, s);
  const invSqrtAlpha = 1 / Math.sqrt(schedule.alpha[t]);
  const sigma2 = variance === 'beta' ? beta : (beta * (1 - abPrev)) / (1 - ab);
  const sigma = Math.sqrt(sigma2);
  for (let i = 0; i < points.length; i++) points[i] = (points[i] + beta * s[i]) * invSqrtAlpha;
  // The score is used up: its buffer takes the fresh noise, drawn in one go (the same stream as normal() per
  // coordinate, so a run is the same either way).
  rng.fillNormal(s);
  for (let i = 0; i < points.length; i++) points[i] += sigma * s[i];
  return points;
}

export interface DdpmSampleOptions {
  /** start at this step (default T); the cloud should then be a sample of p_{from} (≈ N(0, I) at T) */
  fromStep?: number;
  /** stop at this step (default 0: clean data) */
  toStep?: number;
  variance?: DdpmVariance;
}

/** Run DDPM ancestral sampling from step `fromStep` down to `toStep`, in place. */
export function ddpmSample(
  points: Float64Array,
  score: CloudScore,
  schedule: NoiseSchedule,
  rng: Rng,
  options: DdpmSampleOptions = {},
): Float64Array {
  const from = Math.round(options.fromStep ?? schedule.steps);
  const to = Math.round(options.toStep ?? 0);
  if (!(from >= to && to >= 0 && from <= schedule.steps)) {
    throw new RangeError(`need 0 ≤ toStep ≤ fromStep ≤ ${schedule.steps}, got ${to} and ${from}`);
  }
  const s = new Float64Array(points.length);
  for (let t = from; t > to; t--) ddpmStep(points, score, schedule, t, rng, s, options.variance);
  return points;
}

/**
 * How one step of the probability-flow ODE is taken.
 *   The ODE (Song et al. 2021) for the VP SDE:  dx/dt = −½ β(t) [x + ∇ log p_t(x)].
 *   - 'euler-t': Euler on exactly that equation in t (the textbook form; needs many steps near t = 1,
 *                where β(t) is large).
 *   - 'euler' / 'heun': the same ODE in the variables y = x/√ᾱ and σ = √(1 − ᾱ)/√ᾱ, where it becomes
 *                dy/dσ = ε̂(x, t)  (Song, Meng & Ermon 2021; Karras et al. 2022). No stiff β(t) appears,
 *                so big steps are fine; Euler in these variables is exactly DDIM, Heun adds a
 *                trapezoidal corrector (second order).
 */
export type OdeMethod = 'euler' | 'heun' | 'euler-t';

/**
 * One probability-flow step from time tFrom to tTo (tTo < tFrom), in place. `scratch` and `scratch2`
 * (same length as points) hold scores; pass them in to avoid allocating.
 */
export function probabilityFlowStep(
  points: Float64Array,
  score: CloudScore,
  schedule: ContinuousSchedule,
  tFrom: number,
  tTo: number,
  method: OdeMethod = 'heun',
  scratch?: Float64Array,
  scratch2?: Float64Array,
): Float64Array {
  const abA = schedule.alphaBar(tFrom);
  const abB = schedule.alphaBar(tTo);
  const s1 = scratchFor(points, scratch);
  if (method === 'euler-t') {
    score(points, abA, s1);
    const h = tTo - tFrom; // negative: we go backwards in time
    const k = -0.5 * schedule.beta(tFrom) * h;
    for (let i = 0; i < points.length; i++) points[i] += k * (points[i] + s1[i]);
    return points;
  }
  if (method !== 'euler' && method !== 'heun') throw new RangeError(`unknown ODE method ${String(method)}`);
  if (!(abA > 0)) throw new RangeError(`ᾱ(${tFrom}) = 0: start the ODE at a time where ᾱ > 0`);
  const sqrtA = Math.sqrt(abA);
  const sqrtB = Math.sqrt(abB);
  const noiseA = Math.sqrt(1 - abA); // √(1 − ᾱ_a)
  const noiseB = Math.sqrt(1 - abB);
  const dSigma = noiseB / sqrtB - noiseA / sqrtA; // σ_b − σ_a (negative)
  // Euler:  y_b = y_a + (σ_b − σ_a) ε̂_a   ⇒   x̃_b = √ᾱ_b (x_a/√ᾱ_a + (σ_b − σ_a) ε̂_a)
  score(points, abA, s1);
  for (let i = 0; i < points.length; i++) {
    const epsA = -noiseA * s1[i];
    s1[i] = epsA; // keep ε̂_a for the corrector
    points[i] = sqrtB * (points[i] / sqrtA + dSigma * epsA);
  }
  if (method === 'euler') return points;
  // Heun: y_b = y_a + (σ_b − σ_a)(ε̂_a + ε̂_b)/2 with ε̂_b taken at the Euler guess x̃_b;
  // in terms of x̃_b that is  x_b = x̃_b + √ᾱ_b (σ_b − σ_a)(ε̂_b − ε̂_a)/2.
  const s2 = scratchFor(points, scratch2);
  score(points, abB, s2);
  const k = 0.5 * sqrtB * dSigma;
  for (let i = 0; i < points.length; i++) points[i] += k * (-noiseB * s2[i] - s1[i]);
  return points;
}

/**
 * Where the ODE solver stops on its way from tStart down to tEnd.
 *   - 'uniform': equal steps in t.
 *   - 'karras':  equal steps in σ^{1/ρ} with ρ = 7 down to σ_min = 0.002, then one step to tEnd
 *                (Karras et al. 2022, eq. 5), σ = √(1 − ᾱ)/√ᾱ:
 *                big steps while the cloud is still almost pure noise (nothing happens there), small
 *                steps near the data, where the score changes fastest. Times come back through
 *                schedule.timeForAlphaBar(1/(1 + σ²)).
 */
export type TimeGrid = 'uniform' | 'karras';

const KARRAS_RHO = 7;
const KARRAS_SIGMA_MIN = 0.002;

/** The steps + 1 times t_0 = tStart > t_1 > … > t_steps = tEnd of a solver grid. */
export function probabilityFlowTimes(
  schedule: ContinuousSchedule,
  steps: number,
  tStart: number = schedule.tMax,
  tEnd = 0,
  grid: TimeGrid = 'uniform',
): Float64Array {
  const n = Math.round(steps);
  if (!(n >= 1)) throw new RangeError(`steps must be ≥ 1, got ${steps}`);
  if (!(tStart > tEnd && tEnd >= 0 && tStart <= 1)) {
    throw new RangeError(`need 0 ≤ tEnd < tStart ≤ 1, got ${tEnd} and ${tStart}`);
  }
  const times = new Float64Array(n + 1);
  if (grid === 'uniform') {
    for (let k = 0; k <= n; k++) times[k] = tStart + ((tEnd - tStart) * k) / n;
  } else if (grid === 'karras') {
    const sigma = (t: number) => {
      const ab = schedule.alphaBar(t);
      return Math.sqrt((1 - ab) / ab);
    };
    // Like Karras et al., stop the geometric-ish grid at σ_min = 0.002 and take one last step to tEnd
    // when tEnd is cleaner than that (σ → 0 would crowd the last points closer than t can resolve).
    const sigmaEnd = sigma(tEnd);
    const last = sigmaEnd < KARRAS_SIGMA_MIN ? n - 1 : n;
    const hi = sigma(tStart) ** (1 / KARRAS_RHO);
    const lo = Math.max(sigmaEnd, KARRAS_SIGMA_MIN) ** (1 / KARRAS_RHO);
    for (let k = 0; k <= last; k++) {
      const sg = last === 0 ? hi ** KARRAS_RHO : (hi + ((lo - hi) * k) / last) ** KARRAS_RHO;
      times[k] = schedule.timeForAlphaBar(1 / (1 + sg * sg));
    }
  } else {
    throw new RangeError(`unknown time grid ${String(grid)}`);
  }
  times[0] = tStart; // exact ends, whatever rounding the inverse map did
  times[n] = tEnd;
  return times;
}

export interface ProbabilityFlowOptions {
  /** number of ODE steps (default 100) */
  steps?: number;
  method?: OdeMethod;
  /** starting time (default schedule.tMax, where p_t ≈ N(0, I)) */
  tStart?: number;
  /** final time (default 0: the data) */
  tEnd?: number;
  /** default 'uniform' (best for the linear schedule; 'karras' does better for cosine at ≤ 20 steps) */
  grid?: TimeGrid;
}

/**
 * Integrate the probability-flow ODE from tStart down to tEnd, in place.
 * Deterministic: the same starting cloud always lands on the same points.
 */
export function probabilityFlowSample(
  points: Float64Array,
  score: CloudScore,
  schedule: ContinuousSchedule,
  options: ProbabilityFlowOptions = {},
): Float64Array {
  const times = probabilityFlowTimes(
    schedule,
    options.steps ?? 100,
    options.tStart ?? schedule.tMax,
    options.tEnd ?? 0,
    options.grid ?? 'uniform',
  );
  const method = options.method ?? 'heun';
  const s1 = new Float64Array(points.length);
  const s2 = new Float64Array(points.length);
  for (let k = 0; k + 1 < times.length; k++) {
    if (times[k + 1] < times[k])
      probabilityFlowStep(points, score, schedule, times[k], times[k + 1], method, s1, s2);
  }
  return points;
}
