import { createRng, piFromHits, throwDarts } from '../../../core';
import { checkpointsUpTo } from '../../common/plots/logSpaced';

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
  for (const k of checkpointsUpTo(checkpoints, shown)) push(k);
  return points;
}
