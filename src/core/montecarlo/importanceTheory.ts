/**
 * How much a Gaussian proposal costs an importance sampler of a Gaussian target, in closed form.
 *
 * Target p = N(m, s²), proposal q = N(μ, σ²), weight w = p/q. Since E_q[w] = 1, the effective sample size of N
 * draws is about N / E_q[w²], and
 *   E_q[w²] = ∫ p(x)²/q(x) dx = r² / √(2r² − 1) · exp(δ² / (2r² − 1)),   r = σ/s,  δ = (μ − m)/s,
 * finite only when 2r² > 1, i.e. σ > s/√2. (Complete the square: p²/q ∝ exp(−a z² − b z) with a = 1 − 1/(2r²),
 * b = δ/r², whose integral is √(π/a) e^{b²/(4a)}.) A proposal narrower than s/√2 gives weights of infinite
 * variance: N_eff/N → 0 however many draws are made, the failure a light-tailed proposal is known for.
 */

import { requireFinite } from '../params';

export type ImportanceSecondMoment =
  | { kind: 'finite'; value: number; essFraction: number }
  | { kind: 'infinite'; message: string };

export function gaussianImportanceSecondMoment(
  target: { mean: number; sd: number },
  proposal: { mean: number; sd: number },
): ImportanceSecondMoment {
  const m = requireFinite(target.mean, 'target mean');
  const mu = requireFinite(proposal.mean, 'proposal mean');
  const s = requireFinite(target.sd, 'target sd');
  const sigma = requireFinite(proposal.sd, 'proposal sd');
  if (!(s > 0) || !(sigma > 0)) throw new RangeError(`standard deviations must be > 0, got ${s}, ${sigma}`);
  const r = sigma / s;
  const delta = (mu - m) / s;
  const d = 2 * r * r - 1;
  // 2r² − 1 within rounding of 0 (σ = s/√2 exactly, as a float) is the boundary case: divergent.
  if (!(d > 1e-12)) {
    return {
      kind: 'infinite',
      message: `σ = ${sigma} ≤ s/√2 = ${s / Math.SQRT2}: the weights have infinite variance`,
    };
  }
  const logValue = 2 * Math.log(r) - 0.5 * Math.log(d) + (delta * delta) / d;
  const value = Math.exp(logValue);
  if (!Number.isFinite(value))
    return { kind: 'infinite', message: 'E_q[w²] overflows: the proposal misses the target' };
  return { kind: 'finite', value, essFraction: 1 / value };
}
