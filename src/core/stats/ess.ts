/**
 * The two kinds of "effective sample size" the book uses:
 *   - MCMC ESS  n / τ  with τ = 1 + 2 Σ_k ρ_k  (how many independent draws a correlated chain is worth);
 *   - importance-sampling ESS  (Σ w)² / Σ w²  (how many equally weighted draws a weighted sample is worth).
 */

import { autocovariance } from './autocorrelation';
import { logSumExp } from './logSumExp';
import { mean, requireNonEmpty } from './moments';

/**
 * Effective sample size of an MCMC chain,  ESS = n / τ,  τ = −1 + 2 Σ_{m≥0} Γ_m,  Γ_m = ρ_{2m} + ρ_{2m+1}
 * (Geyer's initial positive sequence: for a reversible chain the pair sums Γ_m are positive and
 * decreasing, so we sum them until the first one that is not positive — beyond that point the estimates
 * are noise — and force them to be non-increasing: the "initial monotone sequence").
 * τ = 1 + 2 Σ_{k≥1} ρ_k is the integrated autocorrelation time: how many steps one independent draw costs.
 * Result is clamped to [1, n · log10 n] (antithetic chains can beat n a little; more is estimation noise).
 * A constant chain gives 1.
 */
export function effectiveSampleSize(chain: ArrayLike<number>): number {
  requireNonEmpty(chain, 'effectiveSampleSize');
  const n = chain.length;
  if (n < 4) return n;
  const m = mean(chain);
  if (!Number.isFinite(m)) throw new RangeError('effectiveSampleSize: the chain contains non-finite values');
  const centred = new Float64Array(n);
  for (let t = 0; t < n; t++) centred[t] = chain[t] - m;
  // Lags are computed directly, one at a time, as long as that is cheap (well-mixing chains stop after a
  // few dozen lags); a slowly mixing chain switches to the FFT for all lags at once.
  const directLimit = Math.max(64, Math.floor(2e7 / n));
  let all: Float64Array | null = null;
  const gammaAt = (k: number): number => {
    if (all !== null) return all[k];
    if (k >= directLimit) {
      all = autocovariance(chain, n - 1);
      return all[k];
    }
    let s = 0;
    for (let t = 0; t + k < n; t++) s += centred[t] * centred[t + k];
    return s / n;
  };
  const gamma0 = gammaAt(0);
  if (!(gamma0 > 0)) return 1;
  let tau = -1;
  let previousPair = Number.POSITIVE_INFINITY;
  for (let k = 0; k + 1 < n; k += 2) {
    let pair = (gammaAt(k) + gammaAt(k + 1)) / gamma0;
    if (!(pair > 0)) break;
    if (pair > previousPair) pair = previousPair;
    previousPair = pair;
    tau += 2 * pair;
  }
  const upper = n * Math.max(1, Math.log10(n));
  return Math.min(upper, Math.max(1, n / tau));
}

/**
 * Effective sample size of a weighted sample, ESS = (Σ w_i)² / Σ w_i², from log-weights ℓ_i = log w_i:
 *   log ESS = 2 · LSE(ℓ) − LSE(2ℓ)
 * so weights like e^{1000} never overflow. Equal weights → n; one dominant weight → 1; all −∞ or
 * empty → 0 (nothing has any weight).
 */
export function importanceEss(logWeights: ArrayLike<number>): number {
  if (logWeights.length === 0) return 0;
  const lse = logSumExp(logWeights);
  if (lse === Number.NEGATIVE_INFINITY) return 0;
  const doubled = new Float64Array(logWeights.length);
  for (let i = 0; i < logWeights.length; i++) doubled[i] = 2 * logWeights[i];
  const lse2 = logSumExp(doubled);
  if (lse === Number.POSITIVE_INFINITY) {
    throw new RangeError('importanceEss: a log-weight is +∞; the weights cannot be normalised');
  }
  return Math.exp(2 * lse - lse2);
}
