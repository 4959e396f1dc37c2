/**
 * Langevin dynamics for a cloud of independent particles (chapter 7's LangevinSampler): every particle takes the
 * ULA move, or the MALA proposal with its own accept test, at the same step ε.
 *   ULA:  x' = x + ε ∇log π(x) + √(2ε) ξ,   ξ ~ N(0, I)
 *   MALA: propose x' as above, accept with α = min(1, π(x') q(x | x') / (π(x) q(x' | x))),
 *         log q(b | a) = −|b − a − ε ∇log π(a)|² / (4ε).
 * A ULA particle whose position becomes non-finite, or flies beyond `escapeRadius` (the discrete dynamics blew up:
 * ε is beyond the stability bound of some component), is marked lost and frozen: it is counted, never drawn as NaN.
 */

import { clampScale } from '../params';
import type { Rng } from '../random';
import type { GradLogDensityFn } from './langevin';

export interface LangevinCloudOptions {
  dim: number;
  /** Starting positions, row-major n × dim; copied. */
  initial: Float64Array;
  gradLogDensity: GradLogDensityFn;
  /** log π̃ (any constant), needed by MALA. */
  logDensity?: (x: Float64Array) => number;
  stepSize: number;
  adjusted: boolean;
  rng: Rng;
  /** Beyond this distance from the origin a particle counts as blown up (default 10⁶). */
  escapeRadius?: number;
}

export interface LangevinCloud {
  readonly dim: number;
  readonly count: number;
  /** Positions, row-major n × dim (a lost particle keeps its last finite position). */
  readonly positions: Float64Array;
  /** 1 while a particle is in play, 0 once it blew up. */
  readonly alive: Uint8Array;
  readonly lost: number;
  readonly steps: number;
  /** MALA: accepted proposals / proposals over all particles and steps (1 for ULA). */
  acceptanceRate(): number;
  step(): void;
}

export function createLangevinCloud(opts: LangevinCloudOptions): LangevinCloud {
  const { dim, gradLogDensity, logDensity, adjusted, rng } = opts;
  if (adjusted && !logDensity) throw new RangeError('MALA needs logDensity as well as the gradient');
  if (!(dim >= 1) || opts.initial.length % dim !== 0) throw new RangeError('initial is not n × dim');
  const eps = clampScale(opts.stepSize, 'stepSize');
  const escape2 = (opts.escapeRadius ?? 1e6) ** 2;
  const n = opts.initial.length / dim;
  const positions = Float64Array.from(opts.initial);
  const alive = new Uint8Array(n).fill(1);
  const grads = new Float64Array(n * dim);
  const logs = new Float64Array(n);
  const x = new Float64Array(dim);
  const y = new Float64Array(dim);
  const gy = new Float64Array(dim);
  const g = new Float64Array(dim);
  for (let p = 0; p < n; p++) {
    for (let i = 0; i < dim; i++) x[i] = positions[p * dim + i];
    gradLogDensity(x, g);
    grads.set(g, p * dim);
    if (logDensity) logs[p] = logDensity(x);
  }
  const noise = Math.sqrt(2 * eps);
  let lost = 0;
  let steps = 0;
  let proposals = 0;
  let accepted = 0;

  /** log q(to | from) + const, with fromGrad = ∇log π(from). */
  const logQ = (to: Float64Array, from: Float64Array, fromGrad: Float64Array) => {
    let s = 0;
    for (let i = 0; i < dim; i++) {
      const r = to[i] - from[i] - eps * fromGrad[i];
      s += r * r;
    }
    return -s / (4 * eps);
  };

  function stepParticle(p: number): void {
    const o = p * dim;
    let r2 = 0;
    for (let i = 0; i < dim; i++) {
      x[i] = positions[o + i];
      g[i] = grads[o + i];
      y[i] = x[i] + eps * g[i] + noise * rng.normal();
      r2 += y[i] * y[i];
    }
    proposals++;
    const finite = Number.isFinite(r2) && r2 <= escape2;
    if (finite) gradLogDensity(y, gy);
    const gradOk = finite && gy.every(Number.isFinite);
    if (!adjusted) {
      if (!gradOk) {
        alive[p] = 0;
        lost++;
        return;
      }
    } else {
      if (!gradOk) return; // rejected: a MALA particle never leaves a finite state
      const ly = (logDensity as (x: Float64Array) => number)(y);
      const logAlpha = ly - logs[p] + logQ(x, y, gy) - logQ(y, x, g);
      if (!(Math.log(rng.uniform()) < logAlpha)) return;
      logs[p] = ly;
    }
    accepted++;
    positions.set(y, o);
    grads.set(gy, o);
  }

  return {
    dim,
    count: n,
    positions,
    alive,
    get lost() {
      return lost;
    },
    get steps() {
      return steps;
    },
    acceptanceRate: () => (proposals > 0 ? accepted / proposals : 1),
    step() {
      for (let p = 0; p < n; p++) if (alive[p]) stepParticle(p);
      steps++;
    },
  };
}
