/**
 * Summary of the first m states of one coordinate of a chain, all from the core's estimators: autocorrelation up
 * to lag 50, effective sample size (Geyer's initial monotone sequence), mean, and the Monte Carlo standard error
 * sd·√(1/ESS) of that mean.
 */

import { autocorrelation, effectiveSampleSize, mean, variance } from '../../../../core';

export const MAX_LAG = 50;

export interface ChainSummary {
  n: number;
  acf: Float64Array;
  ess: number;
  mean: number;
  /** sd/√ESS: the standard error of the chain average, correlation included. */
  mcse: number;
}

/** null when the chain is too short to say anything (fewer than 4 states). */
export function summariseChain(chain: Float64Array): ChainSummary | null {
  const n = chain.length;
  if (n < 4) return null;
  const ess = effectiveSampleSize(chain);
  const sd = Math.sqrt(variance(chain));
  return { n, acf: autocorrelation(chain, MAX_LAG), ess, mean: mean(chain), mcse: sd / Math.sqrt(ess) };
}

/**
 * While an animation reveals a chain, recompute its statistics only every `1/40` of the way (and at the end), so a
 * frame never pays for an FFT of the whole chain.
 */
export function statisticsLength(shown: number, total: number): number {
  if (shown >= total) return total;
  const chunk = Math.max(1, Math.round(total / 40));
  return Math.floor(shown / chunk) * chunk;
}
