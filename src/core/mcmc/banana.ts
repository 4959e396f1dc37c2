/**
 * The "banana": a curved 2-D target that defeats samplers tuned for round ones.
 *
 *   X ~ N(0, σx²),   Y | X ~ N(b X² + c, σy²),
 *   log p(x, y) = −x²/(2σx²) − (y − b x² − c)²/(2σy²) − log(2π σx σy).
 *
 * Everything is exact: it is normalised, it can be sampled directly (draw X, then Y given X), and its moments are
 *   E X = 0,  Var X = σx²,  E Y = b σx² + c,  Var Y = σy² + b² Var(X²) = σy² + 2 b² σx⁴,  Cov(X, Y) = b E X³ = 0
 * (X and Y are uncorrelated yet strongly dependent — the curve is what a sampler has to follow).
 */

import type { Rng } from '../random';

export interface BananaOptions {
  /** σx > 0. */
  sx: number;
  /** Curvature b. */
  b: number;
  /** Offset c of the ridge. */
  c: number;
  /** σy > 0: the thickness of the ridge. */
  sy: number;
}

export interface BananaDensity {
  logDensity(x: number, y: number): number;
  density(x: number, y: number): number;
  sample(rng: Rng, out: Float64Array): Float64Array;
  readonly mean: readonly [number, number];
  /** Row-major 2 × 2 covariance. */
  readonly covariance: readonly [number, number, number, number];
}

export function bananaDensity(opts: BananaOptions): BananaDensity {
  const { sx, b, c, sy } = opts;
  for (const [name, v] of Object.entries(opts)) {
    if (!Number.isFinite(v)) throw new RangeError(`banana ${name} must be finite, got ${v}`);
  }
  if (!(sx > 0) || !(sy > 0)) throw new RangeError(`banana needs σx, σy > 0, got ${sx}, ${sy}`);
  const logNorm = -Math.log(2 * Math.PI * sx * sy);
  const logDensity = (x: number, y: number) => {
    const zx = x / sx;
    const zy = (y - b * x * x - c) / sy;
    return logNorm - 0.5 * (zx * zx + zy * zy);
  };
  return {
    logDensity,
    density: (x, y) => Math.exp(logDensity(x, y)),
    sample(rng, out) {
      const x = sx * rng.normal();
      out[0] = x;
      out[1] = b * x * x + c + sy * rng.normal();
      return out;
    },
    mean: [0, b * sx * sx + c],
    covariance: [sx * sx, 0, 0, sy * sy + 2 * b * b * sx ** 4],
  };
}
