/**
 * Langevin dynamics: the bridge from MCMC to diffusion models.
 *
 * The overdamped Langevin SDE  dX = ∇log π(X) dt + √2 dW  has π as its stationary law. Discretised with
 * step ε (Euler–Maruyama) it becomes the Unadjusted Langevin Algorithm (ULA):
 *   x' = x + ε ∇log π(x) + √(2ε) ξ,   ξ ~ N(0, I).
 * Only the score ∇log π is needed — not π, not its normaliser — which is exactly what a diffusion model
 * learns. ULA is biased by O(ε): on N(0, σ²) its stationary variance is σ² / (1 − ε/(2σ²)).
 *
 * MALA (Metropolis-adjusted Langevin) treats the ULA move as a proposal q(x'|x) = N(x'; x + ε∇log π(x), 2ε I)
 * and accepts with
 *   α = min(1, π(x') q(x|x') / (π(x) q(x'|x))),  log q(b|a) = −|b − a − ε∇log π(a)|² / (4ε) + const,
 * which removes the bias at the cost of needing log π (up to a constant) too.
 */

import { clampCount, clampScale } from '../params';
import type { Rng } from '../random';
import { checkedLogDensity, type LogDensityFn, startingPoint } from './metropolis';

/** Writes ∇log π(x) into out (same length as x). */
export type GradLogDensityFn = (x: Float64Array, out: Float64Array) => void;

export interface LangevinOptions {
  /** The score ∇log π. */
  gradLogDensity: GradLogDensityFn;
  /** log π̃, required when adjusted (MALA); optional for ULA. */
  logDensity?: LogDensityFn;
  initial: ArrayLike<number>;
  /** Step ε (time units of the SDE); clamped to [1e-9, 1e9]. */
  stepSize: number;
  /** false: ULA (every move accepted); true: MALA. */
  adjusted: boolean;
  rng: Rng;
}

export interface LangevinStepper {
  readonly dim: number;
  readonly current: Float64Array;
  /** The last proposal x + ε∇log π(x) + √(2ε)ξ. */
  readonly proposal: Float64Array;
  /** ∇log π at the current state. */
  readonly currentGrad: Float64Array;
  readonly accepted: boolean;
  readonly steps: number;
  readonly acceptedCount: number;
  /** Always 1 for ULA. */
  acceptanceRate(): number;
  /**
   * ULA only: true once a step produced a non-finite state (ε too large for the curvature: the discrete
   * dynamics blew up). The state is then left at the last finite point and further steps do nothing.
   */
  readonly diverged: boolean;
  step(): boolean;
  setStepSize(stepSize: number): void;
}

function allFinite(x: Float64Array): boolean {
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i])) return false;
  return true;
}

export function createLangevin(opts: LangevinOptions): LangevinStepper {
  const { gradLogDensity, rng, adjusted } = opts;
  const logDensity = opts.logDensity;
  if (adjusted && !logDensity)
    throw new RangeError('MALA (adjusted) needs logDensity as well as the gradient');
  const start = logDensity
    ? startingPoint(opts.initial, logDensity)
    : { x: Float64Array.from(opts.initial), l: 0 };
  if (start.x.length < 1 || !allFinite(start.x)) throw new RangeError('initial point must be finite, d ≥ 1');
  const current = start.x;
  let currentLog = start.l;
  const dim = current.length;
  const proposal = new Float64Array(dim);
  let currentGrad = new Float64Array(dim);
  let proposalGrad = new Float64Array(dim);
  gradLogDensity(current, currentGrad);
  if (!allFinite(currentGrad)) throw new RangeError('∇log π is not finite at the initial point');
  let eps = clampScale(opts.stepSize, 'stepSize');
  let accepted = false;
  let steps = 0;
  let acceptedCount = 0;
  let diverged = false;

  /** log q(to | from) up to a constant, with fromGrad = ∇log π(from). */
  function logQ(to: Float64Array, from: Float64Array, fromGrad: Float64Array): number {
    let s = 0;
    for (let i = 0; i < dim; i++) {
      const r = to[i] - from[i] - eps * fromGrad[i];
      s += r * r;
    }
    return -s / (4 * eps);
  }

  function step(): boolean {
    if (diverged) return false;
    const noise = Math.sqrt(2 * eps);
    for (let i = 0; i < dim; i++) proposal[i] = current[i] + eps * currentGrad[i] + noise * rng.normal();
    steps++;
    if (!allFinite(proposal)) {
      accepted = false;
      if (!adjusted) diverged = true;
      return false;
    }
    gradLogDensity(proposal, proposalGrad);
    const gradOk = allFinite(proposalGrad);
    if (!adjusted) {
      if (!gradOk) {
        diverged = true;
        accepted = false;
        return false;
      }
    } else {
      const proposalLog = checkedLogDensity(logDensity as LogDensityFn, proposal);
      if (!gradOk || proposalLog === Number.NEGATIVE_INFINITY) {
        accepted = false;
        return false;
      }
      const logAlpha =
        proposalLog -
        currentLog +
        logQ(current, proposal, proposalGrad) -
        logQ(proposal, current, currentGrad);
      if (!(Math.log(rng.uniform()) < logAlpha)) {
        accepted = false;
        return false;
      }
      currentLog = proposalLog;
    }
    current.set(proposal);
    const swap = currentGrad; // reuse buffers: the proposal's gradient becomes the current one
    currentGrad = proposalGrad;
    proposalGrad = swap;
    accepted = true;
    acceptedCount++;
    return true;
  }

  return {
    dim,
    current,
    proposal,
    get currentGrad() {
      return currentGrad;
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
    get diverged() {
      return diverged;
    },
    step,
    setStepSize(stepSize) {
      eps = clampScale(stepSize, 'stepSize');
    },
  };
}

export type LangevinResult =
  | { kind: 'ok'; chain: Float64Array; dim: number; length: number; acceptanceRate: number }
  | {
      /** ULA blew up: `chain` holds the rows recorded before it did. */
      kind: 'diverged';
      atStep: number;
      chain: Float64Array;
      dim: number;
      length: number;
      message: string;
    };

/**
 * Run `burnIn` unrecorded steps, then record `steps` states, keeping one state every `thin` steps
 * (default 1; thinning only saves memory and plotting time — it never adds information).
 */
export function runLangevin(
  opts: LangevinOptions & { steps: number; burnIn?: number; thin?: number },
): LangevinResult {
  const s = createLangevin(opts);
  const n = clampCount(opts.steps, 1, 1e7, 'steps');
  const burnIn = clampCount(opts.burnIn ?? 0, 0, 1e7, 'burnIn');
  const thin = clampCount(opts.thin ?? 1, 1, 1e4, 'thin');
  const d = s.dim;
  const chain = new Float64Array(n * d);
  let acceptedCount = 0;
  let rows = 0;
  for (let t = 0; t < burnIn + n * thin; t++) {
    const ok = s.step();
    if (s.diverged) {
      return {
        kind: 'diverged',
        atStep: t + 1,
        chain: chain.subarray(0, rows * d),
        dim: d,
        length: rows,
        message: `ULA diverged at step ${t + 1}: step size ε = ${opts.stepSize} is too large for this target`,
      };
    }
    if (t >= burnIn) {
      if (ok) acceptedCount++;
      if ((t - burnIn + 1) % thin === 0) chain.set(s.current, rows++ * d);
    }
  }
  return { kind: 'ok', chain, dim: d, length: n, acceptanceRate: acceptedCount / (n * thin) };
}

/**
 * ULA for a cloud of particles at once (the picture of chapter 7: a histogram flowing into the target).
 * positions is row-major n × dim and is updated in place: x ← x + ε s(x) + √(2ε) ξ, `steps` times, with
 * s = score. Returns { kind: 'ok' } or, if any particle became non-finite, a verdict naming it (that
 * particle is restored to its last finite position and the run stops).
 */
export function ulaParticles(
  rng: Rng,
  positions: Float64Array,
  dim: number,
  score: GradLogDensityFn,
  stepSize: number,
  steps: number,
): { kind: 'ok'; steps: number } | { kind: 'diverged'; atStep: number; particle: number; message: string } {
  const d = clampCount(dim, 1, 1e6, 'dim');
  if (positions.length % d !== 0)
    throw new RangeError(`positions length ${positions.length} is not a multiple of ${d}`);
  const eps = clampScale(stepSize, 'stepSize');
  const T = clampCount(steps, 0, 1e7, 'steps');
  const n = positions.length / d;
  const noise = Math.sqrt(2 * eps);
  const x = new Float64Array(d); // scratch copy of one particle: no allocation inside the loops
  const grad = new Float64Array(d);
  for (let t = 0; t < T; t++) {
    for (let p = 0; p < n; p++) {
      const offset = p * d;
      for (let i = 0; i < d; i++) x[i] = positions[offset + i];
      score(x, grad);
      let finite = true;
      for (let i = 0; i < d; i++) {
        x[i] += eps * grad[i] + noise * rng.normal();
        if (!Number.isFinite(x[i])) finite = false;
      }
      if (finite) {
        for (let i = 0; i < d; i++) positions[offset + i] = x[i];
      } else {
        // the particle keeps its last finite position
        return {
          kind: 'diverged',
          atStep: t + 1,
          particle: p,
          message: `ULA diverged at step ${t + 1} (particle ${p}): step size ε = ${eps} is too large`,
        };
      }
    }
  }
  return { kind: 'ok', steps: T };
}
