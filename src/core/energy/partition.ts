/**
 * Z = ∫ e^{g(x)} dx over an interval that may be infinite, with a verdict: finite (and log Z) or divergent.
 * Here g is a log-weight; for a Boltzmann distribution g(x) = −E(x)/T.
 *
 * METHOD. Start at a centre c (default 0, moved into the domain) and integrate outwards on each side over
 * dyadic shells of the distance r = |x − c|:
 *     [0, s], [s, 2s], [2s, 4s], …, [2^{K−1}s, 2^K s]      (s = `scale`, default 1; K = 64)
 * each shell by adaptive Gauss–Kronrod in log-space (quadrature.ts). Geometric shells reach r ≈ 10^19 in 64
 * steps while still resolving the region near c finely.
 *
 * DIVERGENCE TEST (for an infinite side, done before any integration). Look at the log-weight on the shell
 * ends r_k = 2^k s and at its local power-law exponent
 *     a_k = (g(r_{k+1}) − g(r_k)) / ln 2,   i.e. e^{g} ≈ C · r^{a_k} between r_k and r_{k+1}.
 * ∫^∞ r^a dr is finite iff a < −1. So with a_far = max of the last three exponents (r ≈ 10^18 … 10^19):
 *   - g = +∞ anywhere (E = −∞, e.g. after overflow)          → divergent (infinite weight);
 *   - a_far > 0                                             → divergent: e^{g} grows;
 *   - −1 − δ ≤ a_far ≤ 0 (δ = 10^{−3})                        → divergent: decays no faster than r^{−1};
 *   - otherwise the tail is integrable. Exponential or Gaussian decay gives a_k → −∞ quickly.
 * Examples: g = −βx² has a_far ≈ −2β·10^{37} for β > 0 (finite), ≥ 0 for β ≤ 0 (divergent);
 * g = −α log(1 + x²) has a_far → −2α: finite iff α > ½ (up to the δ margin, stated in the verdict).
 * If g is NaN from some far point on (typically ∞ − ∞ inside E), the test uses the points before it.
 *
 * STOPPING. On a decaying tail we stop adding shells once a bound on the rest is below tolerance/20:
 * if the sampled log-weight keeps decreasing, each further shell contributes at most width · e^{g(left end)},
 * and beyond r_K a power law r^{a_far} contributes at most r_K e^{g(r_K)} / (−a_far − 1). If a slow power-law
 * tail is still not negligible at r_K, that last bound is added as an estimate and counted as error.
 *
 * LIMITS (as for any quadrature that only samples g): a narrow feature far from c whose neighbourhood the
 * shell ends see as negligible can be missed; pass `center`/`scale` to put the shells where the mass is.
 */

import { AdaptiveLogIntegral, InfiniteWeight, logAdd } from './quadrature';
import type { Interval, PartitionResult } from './types';

/** Number of dyadic shells per infinite side (reaches 2^64 ≈ 1.8·10^19 times the scale). */
const SHELLS = 64;
/** Margin δ: a tail must decay faster than r^{−1−δ} to be accepted as integrable. */
const DELTA = 1e-3;

export interface LogWeightPartitionOptions {
  /** Integration domain (default (−∞, ∞)). */
  domain?: Interval;
  /**
   * Where the shells start. Default: a mode of e^{g} found by a geometric scan around 0 and a
   * golden-section search (see locateMode). Clamped into the domain.
   */
  center?: number;
  /** Width of the first shell (default 1). Use the length scale of the distribution's features. */
  scale?: number;
  /** Target relative error of Z (default 1e-10). */
  tolerance?: number;
  /** Name of the variable in messages (default "x"). */
  variable?: string;
  /** How far from the centre the tail test looks (default 2^64 · scale, at least 16 · scale). */
  reach?: number;
}

/** Internal: a divergence found inside a nested computation (e.g. the inner integral of a 2-D Z). */
export class DivergenceSignal extends Error {}

/**
 * log ∫_domain e^{g(x)} dx with a verdict. A finite verdict may have logZ = −∞ (g = −∞ everywhere sampled).
 * Throws RangeError for an invalid domain or a NaN log-weight inside the integration range.
 */
export function partitionOfLogWeight(
  g: (x: number) => number,
  options: LogWeightPartitionOptions = {},
): PartitionResult {
  const [lo, hi] = options.domain ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  if (Number.isNaN(lo) || Number.isNaN(hi) || !(lo < hi)) {
    throw new RangeError(`domain must be an interval lo < hi, got [${lo}, ${hi}]`);
  }
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be > 0, got ${scale}`);
  const tolerance = options.tolerance ?? 1e-10;
  if (!(tolerance > 0 && tolerance < 1))
    throw new RangeError(`tolerance must be in (0, 1), got ${tolerance}`);
  const reach = options.reach ?? scale * 2 ** SHELLS;
  if (!(reach >= 16 * scale)) throw new RangeError(`reach must be ≥ 16 · scale, got ${reach}`);
  const shells = Math.ceil(Math.log2(reach / scale));
  let c: number;
  try {
    c = options.center ?? locateMode(g, lo, hi, scale, shells);
  } catch (e) {
    if (e instanceof InfiniteWeight) return infiniteVerdict(e, options.variable ?? 'x');
    throw e;
  }
  if (!Number.isFinite(c)) throw new RangeError(`center must be finite, got ${c}`);
  c = Math.min(Math.max(c, lo), hi);
  const run: SideRun = {
    g,
    c,
    scale,
    shells,
    tolerance,
    name: options.variable ?? 'x',
    integral: new AdaptiveLogIntegral(g),
    logBeyond: Number.NEGATIVE_INFINITY,
    logDropped: Number.NEGATIVE_INFINITY,
  };

  try {
    const right = side(run, +1, hi - c);
    if (right !== null) return { kind: 'divergent', reason: right };
    const left = side(run, -1, c - lo);
    if (left !== null) return { kind: 'divergent', reason: left };
    const bulk = run.integral.refine(tolerance / 2);
    // slow power-law tails still not negligible at the last shell: their estimate is added and counted as error
    const logZ = logAdd(bulk.logValue, run.logBeyond);
    const logError = logAdd(logAdd(bulk.logError, run.logBeyond), run.logDropped);
    const relativeError = logZ === Number.NEGATIVE_INFINITY ? 0 : Math.exp(logError - logZ);
    return { kind: 'finite', logZ, relativeError };
  } catch (e) {
    if (e instanceof InfiniteWeight) return infiniteVerdict(e, run.name);
    throw e;
  }
}

function infiniteVerdict(e: InfiniteWeight, name: string): PartitionResult {
  return {
    kind: 'divergent',
    reason: `the weight e^{−E/T} is infinite at ${name} = ${e.x} (E = −∞ there, e.g. after overflow)`,
  };
}

/**
 * Where to centre the shells when no centre is given: the largest log-weight among 0 (clamped into the
 * domain) and the points ±2^k·scale around it, then refined by golden-section search between that sample's
 * two neighbours (exact for a single well, and a good start for several).
 */
function locateMode(g: (x: number) => number, lo: number, hi: number, scale: number, shells: number): number {
  const c0 = Math.min(Math.max(0, lo), hi);
  const xs: number[] = [];
  for (let k = shells; k >= 0; k--) if (c0 - scale * 2 ** k > lo) xs.push(c0 - scale * 2 ** k);
  xs.push(c0);
  for (let k = 0; k <= shells; k++) if (c0 + scale * 2 ** k < hi) xs.push(c0 + scale * 2 ** k);
  const value = (x: number) => {
    const v = g(x);
    if (v === Number.POSITIVE_INFINITY) throw new InfiniteWeight(x);
    return Number.isNaN(v) ? Number.NEGATIVE_INFINITY : v;
  };
  let best = 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < xs.length; i++) {
    const v = value(xs[i]);
    if (v > bestValue) {
      bestValue = v;
      best = i;
    }
  }
  if (bestValue === Number.NEGATIVE_INFINITY) return c0;
  // golden-section search for a maximum of g on [a, b]
  let a = best > 0 ? xs[best - 1] : Number.isFinite(lo) ? lo : xs[best];
  let b = best < xs.length - 1 ? xs[best + 1] : Number.isFinite(hi) ? hi : xs[best];
  const r = (Math.sqrt(5) - 1) / 2;
  let x1 = b - r * (b - a);
  let x2 = a + r * (b - a);
  let v1 = value(x1);
  let v2 = value(x2);
  // the centre only places the shells, so a thousandth of the first shell's width is precise enough
  const precision = Math.max(1e-3 * scale, 4 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b)));
  for (let it = 0; it < 200 && b - a > precision; it++) {
    if (v1 >= v2) {
      b = x2;
      x2 = x1;
      v2 = v1;
      x1 = b - r * (b - a);
      v1 = value(x1);
    } else {
      a = x1;
      x1 = x2;
      v1 = v2;
      x2 = a + r * (b - a);
      v2 = value(x2);
    }
  }
  const m = v1 >= v2 ? x1 : x2;
  return Math.max(v1, v2) >= bestValue ? m : xs[best];
}

interface SideRun {
  g: (x: number) => number;
  c: number;
  scale: number;
  shells: number;
  tolerance: number;
  name: string;
  /** one globally adaptive integral over both sides */
  integral: AdaptiveLogIntegral;
  /** log of the power-law tail estimates added beyond the last shells */
  logBeyond: number;
  /** log of the bounds on the tails we stopped before (not added, but counted as error) */
  logDropped: number;
}

/** Starting sub-intervals per shell: finer near the centre, where the features usually are. */
function piecesFor(k: number): number {
  return k < 2 ? 4 : k < 6 ? 2 : 1;
}

/**
 * Adds the starting sub-intervals of one side (r from 0 to R in direction dir; R may be +∞) to run.integral.
 * Returns null, or the reason the integral diverges on this side.
 */
function side(run: SideRun, dir: 1 | -1, R: number): string | null {
  const { g, c, scale, integral, name } = run;
  const x = (r: number) => c + dir * r;
  const addShell = (r0: number, r1: number, pieces: number) => {
    const w = (r1 - r0) / pieces;
    for (let i = 0; i < pieces; i++) {
      const a = x(r0 + i * w);
      const b = x(i === pieces - 1 ? r1 : r0 + (i + 1) * w);
      integral.addPiece(Math.min(a, b), Math.max(a, b));
    }
  };

  if (R === 0) return null;
  if (Number.isFinite(R)) {
    // finite side: shells [0, s], [s, 2s], … clipped at R
    let r0 = 0;
    let r1 = Math.min(scale, R);
    for (let k = 0; ; k++) {
      addShell(r0, r1, piecesFor(k));
      if (r1 >= R) return null;
      r0 = r1;
      r1 = Math.min(2 * r1, R);
    }
  }

  // ---- infinite side: sample the log-weight at the shell ends r_k = 2^k s, k = 0 … K ----
  const towards = dir > 0 ? `${name} → +∞` : `${name} → −∞`;
  const rs: number[] = [];
  const gs: number[] = [];
  for (let k = 0; k <= run.shells; k++) {
    const r = scale * 2 ** k;
    const value = g(x(r));
    if (Number.isNaN(value)) break; // overflow inside E: judge from the points before
    if (value === Number.POSITIVE_INFINITY) throw new InfiniteWeight(x(r));
    rs.push(r);
    gs.push(value);
  }
  const K = rs.length - 1;
  if (K < 3) {
    throw new RangeError(`the energy is NaN at ${name} = ${x(scale * 2 ** (K + 1))}: cannot judge the tail`);
  }
  // local power-law exponents a_k of e^{g} between r_k and r_{k+1}
  const exps: number[] = [];
  for (let k = 0; k < K; k++) {
    if (gs[k + 1] === Number.NEGATIVE_INFINITY) exps.push(Number.NEGATIVE_INFINITY);
    else if (gs[k] === Number.NEGATIVE_INFINITY) exps.push(Number.POSITIVE_INFINITY);
    else exps.push((gs[k + 1] - gs[k]) / Math.LN2);
  }
  const aFar = Math.max(exps[K - 1], exps[K - 2], exps[K - 3]);
  const rFar = rs[K].toExponential(1);
  if (aFar > DELTA) {
    return `e^{−E/T} grows as ${towards} (log-weight ${gs[K].toPrecision(4)} at |${name}| ≈ ${rFar}), so Z = ∞`;
  }
  if (aFar >= -1 - DELTA) {
    return (
      `e^{−E/T} ${aFar >= -DELTA ? 'does not decay' : 'decays too slowly'} (like |${name}|^${aFar.toFixed(3)}) as ${towards}: not faster than ` +
      `|${name}|^−${(1 + DELTA).toFixed(3)}, so ∫ diverges (∫^∞ r^a dr = ∞ for a ≥ −1)`
    );
  }

  // log of the bound on everything beyond r_K: ∫_{r_K}^∞ e^{g(r_K)} (r/r_K)^{a} dr = r_K e^{g(r_K)} / (−a − 1)
  const logBeyond =
    gs[K] === Number.NEGATIVE_INFINITY ? gs[K] : Math.log(rs[K]) + gs[K] - Math.log(-aFar - 1);
  // suffix bounds: logTail[k] bounds ∫_{r_k}^∞, valid when the samples decrease from r_k on
  const logTail = new Array<number>(K + 1);
  const decreasing = new Array<boolean>(K + 1);
  logTail[K] = logBeyond;
  decreasing[K] = true;
  for (let k = K - 1; k >= 0; k--) {
    logTail[k] = logAdd(logTail[k + 1], Math.log(rs[k + 1] - rs[k]) + gs[k]);
    decreasing[k] = decreasing[k + 1] && exps[k] < 0;
  }
  const logStop = Math.log(run.tolerance / 20);

  addShell(0, rs[0], piecesFor(0));
  for (let k = 0; k < K; k++) {
    if (decreasing[k] && logTail[k] - integral.total().logValue < logStop) {
      run.logDropped = logAdd(run.logDropped, logTail[k]); // what we leave out counts as error
      return null;
    }
    addShell(rs[k], rs[k + 1], piecesFor(k + 1));
  }
  if (logBeyond - integral.total().logValue >= logStop) run.logBeyond = logAdd(run.logBeyond, logBeyond);
  return null;
}
