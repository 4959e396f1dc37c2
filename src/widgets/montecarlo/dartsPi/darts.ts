import { createRng, piFromHits, throwDarts } from '../../../core';

/** Every dart of one experiment, ready to draw and to summarise at any prefix length. */
export interface DartRun {
  n: number;
  /** Coordinates in the unit square [0, 1]². */
  xs: Float64Array;
  ys: Float64Array;
  /** 1 inside the quarter circle x² + y² ≤ 1, else 0. */
  inside: Uint8Array;
  /** cumulativeHits[k] = hits among the first k + 1 darts. */
  cumulativeHits: Uint32Array;
}

/**
 * Throw n seeded darts. The core throws on [−1, 1]² against the unit disc; folding each dart to (|x|, |y|) maps
 * that uniform square onto [0, 1]² uniformly and keeps every hit a hit, so the picture can show the classic
 * quarter circle while the numbers come straight from the core.
 */
export function throwSeededDarts(seed: number, n: number): DartRun {
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const inside = new Uint8Array(n);
  throwDarts(createRng(seed), xs, ys, inside);
  const cumulativeHits = new Uint32Array(n);
  let hits = 0;
  for (let i = 0; i < n; i++) {
    xs[i] = Math.abs(xs[i]);
    ys[i] = Math.abs(ys[i]);
    hits += inside[i];
    cumulativeHits[i] = hits;
  }
  return { n, xs, ys, inside, cumulativeHits };
}

/**
 * About `count` whole numbers from 1 to max, evenly spaced on a log scale (duplicates removed), always ending at
 * max: where a log-x plot of a running estimate needs its points.
 */
export function logSpacedCounts(max: number, count: number): Int32Array {
  const out: number[] = [];
  const top = Math.max(1, Math.round(max));
  const logMax = Math.log(top);
  for (let i = 0; i < count; i++) {
    const k = Math.round(Math.exp((logMax * i) / Math.max(1, count - 1)));
    if (out.length === 0 || k > out[out.length - 1]) out.push(k);
  }
  if (out[out.length - 1] !== top) out.push(top);
  return Int32Array.from(out);
}

/** The running estimate π̂ with its 95 % band and its error, at the checkpoints up to `shown` darts. */
export interface RunningPiPoints {
  ns: number[];
  estimate: number[];
  lower: number[];
  upper: number[];
  absError: number[];
}

export function runningPiPoints(run: DartRun, shown: number, checkpoints: Int32Array): RunningPiPoints {
  const points: RunningPiPoints = { ns: [], estimate: [], lower: [], upper: [], absError: [] };
  const push = (k: number) => {
    const e = piFromHits(run.cumulativeHits[k - 1], k);
    points.ns.push(k);
    points.estimate.push(e.estimate);
    points.lower.push(e.lower);
    points.upper.push(e.upper);
    points.absError.push(Math.abs(e.estimate - Math.PI));
  };
  for (let i = 0; i < checkpoints.length && checkpoints[i] <= shown; i++) push(checkpoints[i]);
  if (shown > 0 && points.ns[points.ns.length - 1] !== shown) push(shown);
  return points;
}
