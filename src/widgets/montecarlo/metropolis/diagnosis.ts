/** Acceptance above this: steps too small; below the other: steps too large (the words under the plots). */
export const TOO_SMALL_ACCEPTANCE = 0.85;
export const TOO_LARGE_ACCEPTANCE = 0.1;

export type StepDiagnosis = 'tooSmall' | 'tooLarge' | 'fine';

/** What the acceptance rate says about the proposal scale; null before 20 steps, too few to say anything. */
export function diagnoseSteps(acceptance: number, steps: number): StepDiagnosis | null {
  if (steps < 20) return null;
  if (acceptance > TOO_SMALL_ACCEPTANCE) return 'tooSmall';
  if (acceptance < TOO_LARGE_ACCEPTANCE) return 'tooLarge';
  return 'fine';
}

/**
 * How many of its own standard errors the chain average is from the exact mean (0 where the mean is unknown).
 * More than 4: the chain's error bar cannot be believed — it has not explored the target yet.
 */
export function standardErrorsOff(
  summary: { mean: number; mcse: number } | null,
  exactMean: number | null,
): number {
  return summary && exactMean !== null ? Math.abs(summary.mean - exactMean) / summary.mcse : 0;
}
