/**
 * A cloud of n independent chains on the landscape, each targeting p(x) ∝ e^{−E(x)/T} restricted to the box
 * [−3, 3]², stepped together. Three samplers (the moves of mcmc/metropolis.ts and mcmc/langevin.ts, written here
 * for a whole cloud whose target the reader may change between two steps):
 *
 *   Metropolis   x' = x + σ ξ,                          accept with min(1, e^{−(E(x') − E(x))/T})
 *   ULA          x' = x − ε ∇E(x)/T + √(2ε) ξ            always accepted (biased by O(ε))
 *   MALA         the ULA move as a proposal q(x'|x) = N(x − ε∇E(x)/T, 2ε I), accepted with
 *                min(1, p(x') q(x|x') / (p(x) q(x'|x)))
 *
 * THE BOX. Metropolis and MALA reject a proposal outside the box: that is exactly Metropolis–Hastings for the
 * density restricted to the box (it is zero outside). ULA has no accept step; here a ULA move that would leave the
 * box is not made (the particle stays). ULA is biased anyway, and this adds a bias of its own near the walls.
 *
 * Why not the per-chain steppers of mcmc/: they cache log π and ∇log π at the current state; when the reader drags
 * an expert those caches go stale. Here `setTarget` recomputes them for the whole cloud.
 */

import type { Rng } from '../../random';
import type { Landscape } from './experts';
import { LANDSCAPE_BOX } from './partition';

export const SAMPLERS = ['metropolis', 'ula', 'mala'] as const;
export type SamplerKind = (typeof SAMPLERS)[number];

export interface ParticleCloud {
  readonly n: number;
  /** Interleaved x₁, x₂ of every particle (updated in place). */
  readonly positions: Float64Array;
  /** Sweeps made (every particle moved once per sweep). */
  readonly sweeps: number;
  /** Accepted proposals / proposals since the start or the last `resetAcceptance` (1 for ULA moves inside the box). */
  acceptanceRate(): number;
  resetAcceptance(): void;
  /** One move of every particle. */
  sweep(): void;
  /** A new target (dragged expert, new temperature): the cached energies and gradients are recomputed. */
  setTarget(landscape: Landscape, temperature: number): void;
  setSampler(kind: SamplerKind, stepSize: number): void;
}

export interface ParticleCloudOptions {
  n: number;
  landscape: Landscape;
  temperature: number;
  sampler: SamplerKind;
  /** σ for Metropolis, ε for ULA and MALA. */
  stepSize: number;
  rng: Rng;
  /** Starting points: uniform on the box (default) or all at one point. */
  start?: readonly [number, number];
}

const inBox = (x: number, y: number) =>
  x >= -LANDSCAPE_BOX && x <= LANDSCAPE_BOX && y >= -LANDSCAPE_BOX && y <= LANDSCAPE_BOX;

export function createParticleCloud(options: ParticleCloudOptions): ParticleCloud {
  const { n, rng } = options;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer ≥ 1, got ${n}`);
  const positions = new Float64Array(2 * n);
  const energy = new Float64Array(n);
  const grad = new Float64Array(2 * n);
  const g = [0, 0];
  let landscape = options.landscape;
  let T = options.temperature;
  let kind = options.sampler;
  let step = options.stepSize;
  let sweeps = 0;
  let proposals = 0;
  let accepted = 0;
  for (let p = 0; p < n; p++) {
    positions[2 * p] = options.start ? options.start[0] : (2 * rng.uniform() - 1) * LANDSCAPE_BOX;
    positions[2 * p + 1] = options.start ? options.start[1] : (2 * rng.uniform() - 1) * LANDSCAPE_BOX;
  }
  const refresh = () => {
    for (let p = 0; p < n; p++) {
      const x = positions[2 * p];
      const y = positions[2 * p + 1];
      energy[p] = landscape.energy(x, y);
      landscape.gradient(x, y, g);
      grad[2 * p] = g[0];
      grad[2 * p + 1] = g[1];
    }
  };
  const check = () => {
    if (!(T > 0) || !Number.isFinite(T)) throw new RangeError(`temperature must be > 0, got ${T}`);
    if (!(step > 0) || !Number.isFinite(step)) throw new RangeError(`step size must be > 0, got ${step}`);
  };
  check();
  refresh();

  function moveMetropolis(p: number) {
    const x = positions[2 * p] + step * rng.normal();
    const y = positions[2 * p + 1] + step * rng.normal();
    proposals++;
    if (!inBox(x, y)) return;
    const e = landscape.energy(x, y);
    if (Math.log(rng.uniform()) < -(e - energy[p]) / T) {
      positions[2 * p] = x;
      positions[2 * p + 1] = y;
      energy[p] = e;
      accepted++;
    }
  }

  function moveLangevin(p: number, adjusted: boolean) {
    const x0 = positions[2 * p];
    const y0 = positions[2 * p + 1];
    const gx = grad[2 * p];
    const gy = grad[2 * p + 1];
    const noise = Math.sqrt(2 * step);
    // ∇log p = −∇E/T
    const x = x0 - (step * gx) / T + noise * rng.normal();
    const y = y0 - (step * gy) / T + noise * rng.normal();
    proposals++;
    if (!inBox(x, y)) return;
    landscape.gradient(x, y, g);
    const e = landscape.energy(x, y);
    if (adjusted) {
      // log q(b|a) = −|b − a + ε∇E(a)/T|² / (4ε)
      const fx = x - x0 + (step * gx) / T;
      const fy = y - y0 + (step * gy) / T;
      const bx = x0 - x + (step * g[0]) / T;
      const by = y0 - y + (step * g[1]) / T;
      const logAlpha =
        -(e - energy[p]) / T - (bx * bx + by * by) / (4 * step) + (fx * fx + fy * fy) / (4 * step);
      if (!(Math.log(rng.uniform()) < logAlpha)) return;
    }
    positions[2 * p] = x;
    positions[2 * p + 1] = y;
    energy[p] = e;
    grad[2 * p] = g[0];
    grad[2 * p + 1] = g[1];
    accepted++;
  }

  return {
    n,
    positions,
    get sweeps() {
      return sweeps;
    },
    acceptanceRate: () => (proposals > 0 ? accepted / proposals : 0),
    resetAcceptance() {
      proposals = 0;
      accepted = 0;
    },
    sweep() {
      for (let p = 0; p < n; p++) {
        if (kind === 'metropolis') moveMetropolis(p);
        else moveLangevin(p, kind === 'mala');
      }
      sweeps++;
    },
    setTarget(next, temperature) {
      landscape = next;
      T = temperature;
      check();
      refresh();
    },
    setSampler(next, stepSize) {
      kind = next;
      step = stepSize;
      check();
      proposals = 0;
      accepted = 0;
    },
  };
}
