/**
 * Integrals as expectations.
 *
 *   E_p[f(X)] ≈ f̄ = (1/N) Σ f(X_i),  X_i ~ p,   SE = s/√N,  s² = Σ (f(X_i) − f̄)² / (N − 1)
 * (the central limit theorem gives the ±1.96 SE band). An ordinary integral is an expectation in disguise:
 *   ∫_a^b f(x) dx = (b − a) · E_{U(a,b)}[f(U)].
 * Sums use Welford's update (mean and squared deviations in one pass, without cancellation).
 */

import { clampCount, requireFinite } from '../params';
import type { Rng } from '../random';
import { Z95 } from './pi';

export type McEstimate =
  | {
      kind: 'estimate';
      n: number;
      estimate: number;
      /** s/√N, times (b − a) for an integral. */
      standardError: number;
      /** Sample standard deviation s of the summands (times |b − a| for an integral). */
      sd: number;
      lower: number;
      upper: number;
    }
  | {
      /** f returned NaN or ±∞ at x: the estimator is meaningless there, and we say where. */
      kind: 'not-finite';
      x: number;
      value: number;
      message: string;
    };

const MAX_N = 1e8;

/**
 * Estimate E_p[f(X)] from n draws of `draw` (a sampler of p). n is clamped to [2, 1e8].
 */
export function expectation(
  rng: Rng,
  draw: (rng: Rng) => number,
  f: (x: number) => number,
  n: number,
): McEstimate {
  const N = clampCount(n, 2, MAX_N, 'n');
  let mean = 0;
  let m2 = 0; // Σ (f_i − running mean)², Welford
  for (let i = 0; i < N; i++) {
    const x = draw(rng);
    const fx = f(x);
    if (!Number.isFinite(fx)) return notFinite(x, fx);
    const delta = fx - mean;
    mean += delta / (i + 1);
    m2 += delta * (fx - mean);
  }
  const sd = Math.sqrt(m2 / (N - 1));
  const standardError = sd / Math.sqrt(N);
  return {
    kind: 'estimate',
    n: N,
    estimate: mean,
    standardError,
    sd,
    lower: mean - Z95 * standardError,
    upper: mean + Z95 * standardError,
  };
}

/**
 * ∫_a^b f(x) dx ≈ (b − a) · (1/N) Σ f(U_i), U_i ~ U(a, b), with SE = |b − a| s/√N.
 * a > b gives −∫_b^a (the usual orientation); a = b gives exactly 0.
 */
export function integrateUniform(
  rng: Rng,
  f: (x: number) => number,
  a: number,
  b: number,
  n: number,
): McEstimate {
  requireFinite(a, 'a');
  requireFinite(b, 'b');
  const width = b - a;
  const inner = expectation(rng, (r) => a + width * r.uniform(), f, n);
  if (inner.kind !== 'estimate') return inner;
  const scale = Math.abs(width);
  return {
    ...inner,
    estimate: width * inner.estimate,
    standardError: scale * inner.standardError,
    sd: scale * inner.sd,
    lower: width * inner.estimate - Z95 * scale * inner.standardError,
    upper: width * inner.estimate + Z95 * scale * inner.standardError,
  };
}

/**
 * The running estimate of E_p[f(X)] after 1, 2, …, N draws (N = estimate.length), and if given its
 * standard error s_n/√n (0 for n = 1). `scale` multiplies both — pass b − a for an integral over U(a, b).
 * Returns null on success, or a 'not-finite' verdict (the arrays are then filled up to that draw).
 */
export function runningExpectation(
  rng: Rng,
  draw: (rng: Rng) => number,
  f: (x: number) => number,
  estimate: Float64Array,
  standardError?: Float64Array,
  scale = 1,
): Extract<McEstimate, { kind: 'not-finite' }> | null {
  if (standardError && standardError.length !== estimate.length) {
    throw new RangeError('runningExpectation: standardError must match the estimate length');
  }
  requireFinite(scale, 'scale');
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < estimate.length; i++) {
    const x = draw(rng);
    const fx = f(x);
    if (!Number.isFinite(fx)) return notFinite(x, fx);
    const delta = fx - mean;
    mean += delta / (i + 1);
    m2 += delta * (fx - mean);
    estimate[i] = scale * mean;
    if (standardError) standardError[i] = i === 0 ? 0 : Math.abs(scale) * Math.sqrt(m2 / i / (i + 1));
  }
  return null;
}

function notFinite(x: number, value: number): Extract<McEstimate, { kind: 'not-finite' }> {
  return { kind: 'not-finite', x, value, message: `f is not finite at x = ${x} (f(x) = ${value})` };
}
