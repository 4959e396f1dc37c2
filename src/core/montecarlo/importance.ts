/**
 * Self-normalised importance sampling, all in log space.
 *
 * To estimate μ = E_p[f(X)] for a target known only up to a constant, p̃ = Z p, draw X_i ~ q and weigh
 *   log w_i = log p̃(X_i) − log q(X_i),   w̄_i = w_i / Σ_j w_j = exp(log w_i − LSE(log w)),
 *   μ̂ = Σ_i w̄_i f(X_i).
 * Z cancels in the ratio, which is why p̃ need not be normalised; the price is a small O(1/N) bias.
 * Delta-method standard error (Owen, "Monte Carlo theory, methods and examples", §9.2):
 *   SE² ≈ Σ_i w̄_i² (f(X_i) − μ̂)².
 * Effective sample size ESS = (Σ w)² / Σ w² = 1 / Σ w̄²: N when q = p, near 1 when one weight dominates.
 * Also log Ẑ = LSE(log w) − log N estimates log Z (unbiased on the Z scale, if q is normalised).
 */

import { clampCount } from '../params';
import type { Rng } from '../random';
import { logSumExp } from '../stats';
import type { Proposal1D } from './rejection';

export type ImportanceResult =
  | {
      kind: 'estimate';
      n: number;
      /** μ̂ = Σ w̄_i f(X_i). */
      estimate: number;
      /** Delta-method SE, √(Σ w̄_i² (f_i − μ̂)²). */
      standardError: number;
      /** (Σ w)² / Σ w². */
      ess: number;
      /** w̄_i, summing to 1. */
      weights: Float64Array;
      /** log w_i (unnormalised). */
      logWeights: Float64Array;
      /** LSE(log w) − log N: an estimate of log Z = log ∫ p̃. */
      logNormaliser: number;
    }
  | {
      /** A log-weight was NaN or +∞, or f was not finite where the weight is positive. */
      kind: 'not-finite';
      index: number;
      message: string;
    }
  | {
      /** Every weight is zero: q never proposed anywhere p̃ > 0. */
      kind: 'all-weights-zero';
      message: string;
    };

/**
 * The estimator from given log-weights and values f(X_i) (both length N). Pure: no sampling.
 * log-weights of −∞ are fine (weight 0); NaN or +∞ give a 'not-finite' verdict.
 */
export function importanceFromLogWeights(
  logWeights: ArrayLike<number>,
  values: ArrayLike<number>,
): ImportanceResult {
  const n = logWeights.length;
  if (values.length !== n) throw new RangeError(`importance: ${n} log-weights but ${values.length} values`);
  if (n === 0) throw new RangeError('importance: no samples');
  for (let i = 0; i < n; i++) {
    const lw = logWeights[i];
    if (Number.isNaN(lw) || lw === Number.POSITIVE_INFINITY) {
      return { kind: 'not-finite', index: i, message: `log-weight ${i} is ${lw}` };
    }
  }
  const lse = logSumExp(logWeights);
  if (lse === Number.NEGATIVE_INFINITY) {
    return {
      kind: 'all-weights-zero',
      message: 'every importance weight is 0: the proposal misses the target',
    };
  }
  const weights = new Float64Array(n);
  let estimate = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const w = Math.exp(logWeights[i] - lse); // w̄_i ∈ [0, 1]
    weights[i] = w;
    if (w === 0) continue;
    const f = values[i];
    if (!Number.isFinite(f)) return { kind: 'not-finite', index: i, message: `f is ${f} at sample ${i}` };
    estimate += w * f;
    sumSq += w * w;
  }
  let varSum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === 0) continue;
    const d = values[i] - estimate;
    varSum += w * w * d * d;
  }
  return {
    kind: 'estimate',
    n,
    estimate,
    standardError: Math.sqrt(varSum),
    ess: 1 / sumSq,
    weights,
    logWeights: Float64Array.from(logWeights),
    logNormaliser: lse - Math.log(n),
  };
}

export interface ImportanceOptions {
  /** log p̃(x); −∞ where the target is zero. */
  logTarget: (x: number) => number;
  /** q: draws and log-density. */
  proposal: Pick<Proposal1D, 'sample' | 'logPdf'>;
  /** The function whose expectation we want; default f(x) = x. */
  f?: (x: number) => number;
  /** Number of draws; clamped to [1, 1e7]. */
  n: number;
}

/** Draw N points from q, weigh them, and estimate E_p[f]. The samples are returned for drawing. */
export function selfNormalisedImportance(
  rng: Rng,
  opts: ImportanceOptions,
): ImportanceResult & { samples?: Float64Array } {
  const n = clampCount(opts.n, 1, 1e7, 'n');
  const f = opts.f ?? ((x: number) => x);
  const samples = new Float64Array(n);
  const logWeights = new Float64Array(n);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = opts.proposal.sample(rng);
    samples[i] = x;
    const lp = opts.logTarget(x);
    const lq = opts.proposal.logPdf(x);
    if (Number.isNaN(lp) || lp === Number.POSITIVE_INFINITY) {
      return { kind: 'not-finite', index: i, message: `log target not finite at x = ${x} (${lp})` };
    }
    // lp = −∞: weight 0. lq = −∞ at a point q itself proposed would be a broken proposal.
    logWeights[i] = lp === Number.NEGATIVE_INFINITY ? lp : lp - lq;
    values[i] = f(x);
  }
  const result = importanceFromLogWeights(logWeights, values);
  if (result.kind !== 'estimate') return result;
  return { ...result, logWeights, samples };
}
