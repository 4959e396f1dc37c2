import { createRng, type Integrand, integrateUniform } from '../../../core';

/** Independent repetitions of the whole experiment shown under the main run. */
export const REPEATS = 40;
/** How many of the main run's sample points are drawn as sticks (the estimate uses all N). */
export const STICKS = 200;

export interface IntegralRuns {
  /** The main run: estimate and standard error from all N draws. */
  estimate: number;
  standardError: number;
  /** The first min(N, STICKS) sample points x_i of the main run. */
  sampleXs: Float64Array;
  /** REPEATS further runs of N draws each (the same seed continues, so they are independent of the main run). */
  repeatEstimates: Float64Array;
  repeatErrors: Float64Array;
}

/**
 * One seeded experiment: ∫_a^b f by N uniform draws (core.integrateUniform), remembering where the first draws fell,
 * then REPEATS more experiments from the same stream. The integrands are bounded and finite on their intervals,
 * so the core's 'not-finite' verdict cannot occur; it is still turned into an error rather than a wrong number.
 */
export function runIntegral(integrand: Integrand, seed: number, n: number): IntegralRuns {
  const rng = createRng(seed);
  const keep = Math.min(n, STICKS);
  const sampleXs = new Float64Array(keep);
  let seen = 0;
  // integrateUniform calls f exactly once per draw, in order: a recording f sees the sample points.
  const recording = (x: number) => {
    if (seen < keep) sampleXs[seen] = x;
    seen++;
    return integrand.f(x);
  };
  const main = integrateUniform(rng, recording, integrand.a, integrand.b, n);
  if (main.kind !== 'estimate') throw new Error(main.message);
  const repeatEstimates = new Float64Array(REPEATS);
  const repeatErrors = new Float64Array(REPEATS);
  for (let r = 0; r < REPEATS; r++) {
    const run = integrateUniform(rng, integrand.f, integrand.a, integrand.b, n);
    if (run.kind !== 'estimate') throw new Error(run.message);
    repeatEstimates[r] = run.estimate;
    repeatErrors[r] = run.standardError;
  }
  return {
    estimate: main.estimate,
    standardError: main.standardError,
    sampleXs,
    repeatEstimates,
    repeatErrors,
  };
}

/** How many of the first `count` repeated runs have |estimate − exact| ≤ 2 SE (their own SE). */
export function coveredCount(runs: IntegralRuns, exact: number, count: number): number {
  let covered = 0;
  for (let r = 0; r < count; r++) {
    if (Math.abs(runs.repeatEstimates[r] - exact) <= 2 * runs.repeatErrors[r]) covered++;
  }
  return covered;
}
