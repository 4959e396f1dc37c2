/**
 * Recognisable 2-D point clouds: the "data" that dissolve into noise (chapter 1) and that reverse
 * samplers rebuild (chapter 7).
 *
 * Every cloud is deterministic given the Rng, interleaved [x0, y0, x1, y1, …], and standardised at the
 * end to mean 0 and (unbiased) variance exactly 1 on each axis, so it lives on the same scale as the
 * N(0, I) it is noised into: x_t = √ᾱ x_0 + √(1 − ᾱ) ε then keeps unit variance at every t.
 * Curves are sampled uniformly by ARC LENGTH (through a table of cumulative lengths), so the points are
 * spread evenly along each stroke rather than bunched where the parametrisation is slow.
 */

import type { Rng } from '../random';

export type ShapeName = 'smiley' | 'heart' | 'spiral' | 'twoMoons';
export const SHAPE_NAMES: readonly ShapeName[] = ['smiley', 'heart', 'spiral', 'twoMoons'];

/** Default and limits for the number of points. */
export const SHAPE_PARAMETERS = {
  points: { min: 2, max: 200_000, default: 2_000 },
} as const;

/** A parametric curve: writes (x(θ), y(θ)) into out[0], out[1]. */
type Curve = (theta: number, out: Float64Array) => void;

const TABLE_SIZE = 1024;

/**
 * Write `count` points spread uniformly by arc length along curve(θ), θ ∈ [θ0, θ1], each with isotropic
 * Gaussian jitter of standard deviation `noise`, into points starting at point index `start`.
 */
function sampleCurve(
  curve: Curve,
  theta0: number,
  theta1: number,
  count: number,
  noise: number,
  rng: Rng,
  points: Float64Array,
  start: number,
): void {
  // cumulative arc length on a fine grid of θ
  const cum = new Float64Array(TABLE_SIZE + 1);
  const p = new Float64Array(2);
  curve(theta0, p);
  let px = p[0];
  let py = p[1];
  for (let k = 1; k <= TABLE_SIZE; k++) {
    curve(theta0 + ((theta1 - theta0) * k) / TABLE_SIZE, p);
    cum[k] = cum[k - 1] + Math.hypot(p[0] - px, p[1] - py);
    px = p[0];
    py = p[1];
  }
  const total = cum[TABLE_SIZE];
  for (let i = 0; i < count; i++) {
    // invert the arc-length table: find k with cum[k] ≤ s < cum[k + 1], interpolate θ linearly
    const s = rng.uniform() * total;
    let lo = 0;
    let hi = TABLE_SIZE;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] <= s) lo = mid;
      else hi = mid;
    }
    const seg = cum[hi] - cum[lo];
    const frac = seg > 0 ? (s - cum[lo]) / seg : 0;
    curve(theta0 + ((theta1 - theta0) * (lo + frac)) / TABLE_SIZE, p);
    points[2 * (start + i)] = p[0] + noise * rng.normal();
    points[2 * (start + i) + 1] = p[1] + noise * rng.normal();
  }
}

/** `count` points uniform in the disc of radius r around (cx, cy): radius r√u keeps the density uniform. */
function sampleDisc(
  cx: number,
  cy: number,
  r: number,
  count: number,
  rng: Rng,
  points: Float64Array,
  start: number,
): void {
  for (let i = 0; i < count; i++) {
    const rad = r * Math.sqrt(rng.uniform());
    const ang = 2 * Math.PI * rng.uniform();
    points[2 * (start + i)] = cx + rad * Math.cos(ang);
    points[2 * (start + i) + 1] = cy + rad * Math.sin(ang);
  }
}

function checkCount(n: number): number {
  if (!Number.isFinite(n)) throw new RangeError(`number of points must be finite, got ${n}`);
  const { min, max } = SHAPE_PARAMETERS.points;
  return Math.min(max, Math.max(min, Math.round(n)));
}

function buffer(n: number, out?: Float64Array): Float64Array {
  return out && out.length === 2 * n ? out : new Float64Array(2 * n);
}

/**
 * Shift and scale each axis in place to sample mean 0 and unbiased sample variance 1:
 *   x ← (x − x̄) / s,  s² = Σ (x − x̄)² / (n − 1).
 * An axis with zero spread is only centred (dividing by 0 would give NaN).
 */
export function standardiseCloud(points: Float64Array): Float64Array {
  const n = points.length >> 1;
  if (n < 2) throw new RangeError(`standardiseCloud needs at least 2 points, got ${n}`);
  for (let axis = 0; axis < 2; axis++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += points[2 * i + axis];
    const m = sum / n;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const d = points[2 * i + axis] - m;
      ss += d * d;
    }
    const sd = Math.sqrt(ss / (n - 1));
    const k = sd > 0 ? 1 / sd : 1;
    for (let i = 0; i < n; i++) points[2 * i + axis] = (points[2 * i + axis] - m) * k;
  }
  return points;
}

/**
 * A smiley face: the outline circle (half of the points), two filled eyes (10 % each) and a smiling
 * arc (the rest), with a little jitter on the strokes.
 */
export function smileyCloud(n: number, rng: Rng, out?: Float64Array): Float64Array {
  const count = checkCount(n);
  const points = buffer(count, out);
  const face = Math.round(0.5 * count);
  const eye = Math.round(0.1 * count);
  const smile = count - face - 2 * eye;
  const circle: Curve = (t, o) => {
    o[0] = Math.cos(t);
    o[1] = Math.sin(t);
  };
  sampleCurve(circle, 0, 2 * Math.PI, face, 0.025, rng, points, 0);
  sampleDisc(-0.36, 0.32, 0.13, eye, rng, points, face);
  sampleDisc(0.36, 0.32, 0.13, eye, rng, points, face + eye);
  // the smile: the lower part of a circle of radius 0.55 centred a little above the middle
  const mouth: Curve = (t, o) => {
    o[0] = 0.55 * Math.cos(t);
    o[1] = 0.05 + 0.55 * Math.sin(t);
  };
  sampleCurve(mouth, (7 * Math.PI) / 6, (11 * Math.PI) / 6, smile, 0.025, rng, points, face + 2 * eye);
  return standardiseCloud(points);
}

/** A heart outline: x = 16 sin³θ, y = 13 cos θ − 5 cos 2θ − 2 cos 3θ − cos 4θ (scaled), with jitter. */
export function heartCloud(n: number, rng: Rng, out?: Float64Array): Float64Array {
  const count = checkCount(n);
  const points = buffer(count, out);
  const heart: Curve = (t, o) => {
    const s = Math.sin(t);
    o[0] = (16 * s * s * s) / 16;
    o[1] = (13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t)) / 16;
  };
  sampleCurve(heart, 0, 2 * Math.PI, count, 0.025, rng, points, 0);
  return standardiseCloud(points);
}

/** An Archimedean spiral r = θ/(4π), θ from π/2 to 4π (about 1.75 turns), with jitter. */
export function spiralCloud(n: number, rng: Rng, out?: Float64Array): Float64Array {
  const count = checkCount(n);
  const points = buffer(count, out);
  const spiral: Curve = (t, o) => {
    const r = t / (4 * Math.PI);
    o[0] = r * Math.cos(t);
    o[1] = r * Math.sin(t);
  };
  sampleCurve(spiral, Math.PI / 2, 4 * Math.PI, count, 0.02, rng, points, 0);
  return standardiseCloud(points);
}

/** Two interleaved half-moons (the classic clustering toy): upper arc at the origin, lower arc shifted. */
export function twoMoonsCloud(n: number, rng: Rng, out?: Float64Array): Float64Array {
  const count = checkCount(n);
  const points = buffer(count, out);
  const first = Math.round(count / 2);
  const upper: Curve = (t, o) => {
    o[0] = Math.cos(t);
    o[1] = Math.sin(t);
  };
  const lower: Curve = (t, o) => {
    o[0] = 1 + Math.cos(t);
    o[1] = 0.5 + Math.sin(t);
  };
  sampleCurve(upper, 0, Math.PI, first, 0.08, rng, points, 0);
  sampleCurve(lower, Math.PI, 2 * Math.PI, count - first, 0.08, rng, points, first);
  return standardiseCloud(points);
}

/** Any shape by name (n clamped to SHAPE_PARAMETERS.points). */
export function shapeCloud(name: ShapeName, n: number, rng: Rng, out?: Float64Array): Float64Array {
  switch (name) {
    case 'smiley':
      return smileyCloud(n, rng, out);
    case 'heart':
      return heartCloud(n, rng, out);
    case 'spiral':
      return spiralCloud(n, rng, out);
    case 'twoMoons':
      return twoMoonsCloud(n, rng, out);
    default:
      throw new RangeError(`unknown shape ${String(name)}`);
  }
}
