/**
 * Rejection sampling.
 *
 * Target p̃(x) ≥ 0 (need not be normalised, ∫p̃ = Z), proposal q we can sample, and a constant k with
 * the envelope condition  k q(x) ≥ p̃(x)  for every x. Draw X ~ q and a height Y = U · k q(X), U ~ U(0, 1):
 * the point (X, Y) is uniform under the curve k q. Keep X when Y < p̃(X); the kept points are uniform
 * under p̃, so the kept X have density p̃/Z. The acceptance probability is Z / k (area under p̃ over area
 * under k q): a loose envelope wastes proposals.
 *
 * If the envelope fails somewhere (k q(x) < p̃(x)), the samples come from min(p̃, k q) instead — silently
 * wrong. checkEnvelope finds such places on a grid before sampling, and rejectionSample counts every
 * proposal where it sees p̃ > k q.
 */

import { clampCount, clampParameter, requireFinite } from '../params';
import type { Rng } from '../random';

/** What rejection and importance sampling need from a proposal q: draws and its density. */
export interface Proposal1D {
  sample(rng: Rng): number;
  pdf(x: number): number;
  logPdf(x: number): number;
}

const MIN_K = 1e-12;
const MAX_K = 1e12;

export interface RejectionOptions {
  /** p̃(x) ≥ 0, need not be normalised. */
  target: (x: number) => number;
  proposal: Proposal1D;
  /** Envelope constant; clamped to [1e-12, 1e12]. */
  k: number;
  /** Number of proposals to make; clamped to [1, 1e7]. */
  n: number;
}

export interface RejectionResult {
  /**
   * 'ok'; 'envelope-violated' — some proposal had p̃(x) > k q(x), the samples are biased there;
   * 'target-not-finite' — p̃ was NaN, negative or infinite at x, and sampling stopped.
   */
  verdict: 'ok' | 'envelope-violated' | 'target-not-finite';
  message: string;
  /** Accepted draws, in order. */
  samples: Float64Array;
  /** Every proposal X_i, its height Y_i = U_i k q(X_i) and whether it was kept — for drawing the darts. */
  proposals: Float64Array;
  heights: Float64Array;
  accepted: Uint8Array;
  acceptedCount: number;
  /** Proposals actually made (fewer than n only if sampling stopped on a bad target value). */
  proposalsMade: number;
  /** acceptedCount / proposalsMade; compare with Z / k. */
  acceptanceRate: number;
  /** Proposals where p̃(x) > k q(x) was seen, and the first such x (NaN-free: null if none). */
  violations: number;
  firstViolationAt: number | null;
  /** x where the target was not finite, or null. */
  badTargetAt: number | null;
}

/** Run n proposals of rejection sampling and keep everything a picture needs. */
export function rejectionSample(rng: Rng, opts: RejectionOptions): RejectionResult {
  const k = clampParameter(opts.k, MIN_K, MAX_K, 'k');
  const n = clampCount(opts.n, 1, 1e7, 'n');
  const { target, proposal } = opts;
  const proposals = new Float64Array(n);
  const heights = new Float64Array(n);
  const accepted = new Uint8Array(n);
  const kept = new Float64Array(n);
  let acceptedCount = 0;
  let violations = 0;
  let firstViolationAt: number | null = null;
  let badTargetAt: number | null = null;
  let made = 0;
  for (let i = 0; i < n; i++) {
    const x = proposal.sample(rng);
    const p = target(x);
    if (!(p >= 0) || p === Number.POSITIVE_INFINITY) {
      badTargetAt = x;
      break;
    }
    const envelope = k * proposal.pdf(x);
    if (p > envelope) {
      violations++;
      if (firstViolationAt === null) firstViolationAt = x;
    }
    const y = rng.uniform() * envelope; // uniform height under k q(x)
    proposals[i] = x;
    heights[i] = y;
    made++;
    if (y < p) {
      accepted[i] = 1;
      kept[acceptedCount++] = x;
    }
  }
  let verdict: RejectionResult['verdict'] = 'ok';
  let message = `accepted ${acceptedCount} of ${made} proposals`;
  if (badTargetAt !== null) {
    verdict = 'target-not-finite';
    message = `target not finite at x = ${badTargetAt} (p̃(x) = ${target(badTargetAt)}); stopped after ${made} proposals`;
  } else if (violations > 0) {
    verdict = 'envelope-violated';
    message = `k q(x) < p̃(x) at ${violations} proposals (first at x = ${firstViolationAt}): increase k`;
  }
  return {
    verdict,
    message,
    samples: kept.slice(0, acceptedCount),
    proposals: proposals.subarray(0, made),
    heights: heights.subarray(0, made),
    accepted: accepted.subarray(0, made),
    acceptedCount,
    proposalsMade: made,
    acceptanceRate: made > 0 ? acceptedCount / made : 0,
    violations,
    firstViolationAt,
    badTargetAt,
  };
}

/**
 * One proposal at a time, for animation: `step(rng)` makes a proposal and returns whether it was kept;
 * `x`, `y` and `envelope` (k q(x)) describe the last dart. Nothing is allocated per step.
 * A non-finite or negative target value throws a RangeError naming x.
 */
export interface RejectionStepper {
  x: number;
  y: number;
  envelope: number;
  target: number;
  accepted: boolean;
  proposals: number;
  acceptedCount: number;
  violations: number;
  step(rng: Rng): boolean;
}

export function createRejectionSampler(opts: Omit<RejectionOptions, 'n'>): RejectionStepper {
  const k = clampParameter(opts.k, MIN_K, MAX_K, 'k');
  const { target, proposal } = opts;
  const s: RejectionStepper = {
    x: 0,
    y: 0,
    envelope: 0,
    target: 0,
    accepted: false,
    proposals: 0,
    acceptedCount: 0,
    violations: 0,
    step(rng) {
      const x = proposal.sample(rng);
      const p = target(x);
      if (!(p >= 0) || p === Number.POSITIVE_INFINITY)
        throw new RangeError(`target not finite at x = ${x} (p̃ = ${p})`);
      s.x = x;
      s.target = p;
      s.envelope = k * proposal.pdf(x);
      if (p > s.envelope) s.violations++;
      s.y = rng.uniform() * s.envelope;
      s.accepted = s.y < p;
      s.proposals++;
      if (s.accepted) s.acceptedCount++;
      return s.accepted;
    },
  };
  return s;
}

export interface EnvelopeViolation {
  /** The interval where k q(x) < p̃(x) (ends refined by bisection between grid points). */
  from: number;
  to: number;
  /** Grid point with the largest ratio p̃/q inside the interval, and that ratio. */
  worstX: number;
  worstRatio: number;
}

export interface EnvelopeCheck {
  verdict: 'ok' | 'violated' | 'target-not-finite';
  message: string;
  violations: EnvelopeViolation[];
  /** max over the grid of p̃(x)/q(x): the smallest k that passes this grid (∞ where q = 0 < p̃). */
  minimalK: number;
  /** x where the target was not finite, or null. */
  badTargetAt: number | null;
}

/**
 * Check the envelope k q(x) ≥ p̃(x) on `gridPoints` equally spaced points of [min, max] (default 2001,
 * clamped to [3, 1e6]). Returns every maximal run of violating grid points as an interval whose ends are
 * located by bisection on the sign of p̃ − k q, plus the smallest k that would pass. A grid can miss
 * a violation narrower than its spacing; the sampler's own violation count is the second line of defence.
 */
export function checkEnvelope(
  target: (x: number) => number,
  proposalPdf: (x: number) => number,
  kIn: number,
  domain: { min: number; max: number },
  gridPoints = 2001,
): EnvelopeCheck {
  const k = clampParameter(kIn, MIN_K, MAX_K, 'k');
  const min = requireFinite(domain.min, 'domain.min');
  const max = requireFinite(domain.max, 'domain.max');
  if (!(min < max)) throw new RangeError(`checkEnvelope needs min < max, got [${min}, ${max}]`);
  const m = clampCount(gridPoints, 3, 1e6, 'gridPoints');
  const h = (max - min) / (m - 1);
  const violates = (x: number) => target(x) > k * proposalPdf(x) * (1 + 1e-12);
  const violations: EnvelopeViolation[] = [];
  let minimalK = 0;
  let run: EnvelopeViolation | null = null;
  let previousX = min;
  for (let i = 0; i < m; i++) {
    const x = i === m - 1 ? max : min + i * h;
    const p = target(x);
    if (!(p >= 0) || p === Number.POSITIVE_INFINITY) {
      return {
        verdict: 'target-not-finite',
        message: `target not finite at x = ${x} (p̃(x) = ${p})`,
        violations,
        minimalK,
        badTargetAt: x,
      };
    }
    const q = proposalPdf(x);
    const ratio = p === 0 ? 0 : q > 0 ? p / q : Number.POSITIVE_INFINITY;
    if (ratio > minimalK) minimalK = ratio;
    const bad = p > k * q * (1 + 1e-12);
    if (bad && run === null) {
      run = { from: i === 0 ? min : bisect(violates, previousX, x), to: x, worstX: x, worstRatio: ratio };
    } else if (bad && run !== null) {
      run.to = x;
      if (ratio > run.worstRatio) {
        run.worstRatio = ratio;
        run.worstX = x;
      }
    } else if (!bad && run !== null) {
      run.to = bisect(violates, x, previousX);
      violations.push(run);
      run = null;
    }
    previousX = x;
  }
  if (run !== null) violations.push(run);
  const verdict = violations.length > 0 ? 'violated' : 'ok';
  const message =
    verdict === 'ok'
      ? `k q(x) ≥ p̃(x) on all ${m} grid points of [${min}, ${max}]`
      : `k q(x) < p̃(x) on ${violations.length} interval(s), e.g. [${violations[0].from.toPrecision(4)}, ${violations[0].to.toPrecision(4)}]; k ≥ ${minimalK.toPrecision(4)} needed`;
  return { verdict, message, violations, minimalK, badTargetAt: null };
}

/**
 * Boundary between a good point and a bad point by bisection (60 halvings: to the last bit).
 * Returns the bad-side end, so the reported interval never includes points known to be fine.
 */
function bisect(violates: (x: number) => boolean, good: number, bad: number): number {
  let g = good;
  let b = bad;
  for (let i = 0; i < 60; i++) {
    const mid = 0.5 * (g + b);
    if (mid === g || mid === b) break;
    if (violates(mid)) b = mid;
    else g = mid;
  }
  return b;
}
