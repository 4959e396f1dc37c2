/**
 * log ∫_a^b e^{g(x)} dx for a LOG-integrand g, by globally adaptive Gauss–Kronrod (7-point Gauss embedded
 * in 15-point Kronrod, the QUADPACK QK15 rule).
 *
 * Why log-space: Boltzmann weights e^{−E/T} span hundreds of orders of magnitude (e^{−1000} underflows to 0,
 * e^{+1000} overflows). On each sub-interval we factor out the largest node value M = max g(x_k):
 *   ∫ e^{g} ≈ e^{M} · (h/2) Σ_k w_k e^{g(x_k) − M},
 * so every exponential we form is ≤ 1, and we add sub-interval results with log-sum-exp.
 * The error of a sub-interval is estimated from |Kronrod − Gauss| (QUADPACK's heuristic); we keep splitting the sub-interval with the
 * largest error until the total error is below tolerance × total.
 */

// QK15 nodes on [−1, 1] (positive half; the last is 0) and weights. Gauss-7 uses the odd-numbered nodes.
// (QUADPACK's 33-digit values rounded to doubles; 2·Σ w_k over the 7 positive nodes + w_centre = 2 for each rule.)
const XGK = [
  0.9914553711208126, 0.9491079123427585, 0.8648644233597691, 0.7415311855993945, 0.5860872354676911,
  0.4058451513773972, 0.20778495500789848, 0,
];
const WGK = [
  0.022935322010529224, 0.06309209262997856, 0.10479001032225019, 0.14065325971552592, 0.1690047266392679,
  0.19035057806478542, 0.20443294007529889, 0.20948214108472782,
];
const WG = [0.1294849661688697, 0.27970539148927664, 0.3818300505051189, 0.4179591836734694];

/** Thrown (and caught by the partition functions) when the log-integrand is +∞: infinite weight. */
export class InfiniteWeight extends Error {
  constructor(readonly x: number) {
    super(`e^{−E/T} is infinite at x = ${x}`);
  }
}

function evaluate(g: (x: number) => number, x: number): number {
  const v = g(x);
  if (Number.isNaN(v)) throw new RangeError(`the energy is NaN at x = ${x}`);
  if (v === Number.POSITIVE_INFINITY) throw new InfiniteWeight(x);
  return v;
}

interface Piece {
  a: number;
  b: number;
  /** log of the Kronrod estimate of ∫_a^b e^g (−∞ for an exact zero) */
  logValue: number;
  /** log of the error estimate */
  logError: number;
  /** the error estimate is the rounding floor: bisecting cannot improve this sub-interval */
  atFloor: boolean;
}

/** One QK15 estimate on [a, b]; gValues is scratch for g at the 15 nodes (one per logIntegrate call, because
 *  g may itself call logIntegrate, as in iterated 2-D integrals). */
function qk15(g: (x: number) => number, a: number, b: number, gValues: Float64Array): Piece {
  const centre = 0.5 * (a + b);
  const half = 0.5 * (b - a);
  for (let k = 0; k < 7; k++) {
    gValues[2 * k] = evaluate(g, centre - half * XGK[k]);
    gValues[2 * k + 1] = evaluate(g, centre + half * XGK[k]);
  }
  gValues[14] = evaluate(g, centre);
  let M = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < 15; k++) if (gValues[k] > M) M = gValues[k];
  if (M === Number.NEGATIVE_INFINITY) return { a, b, logValue: M, logError: M, atFloor: true };
  let kronrod = WGK[7] * Math.exp(gValues[14] - M);
  let gauss = WG[3] * Math.exp(gValues[14] - M);
  for (let k = 0; k < 7; k++) {
    const pair = Math.exp(gValues[2 * k] - M) + Math.exp(gValues[2 * k + 1] - M);
    kronrod += WGK[k] * pair;
    if (k % 2 === 1) gauss += WG[(k - 1) / 2] * pair;
  }
  // QUADPACK's error heuristic: with resasc ≈ ∫|f − mean f|, err = resasc · min(1, (200 |K − G| / resasc)^{3/2}).
  // The raw |K − G| is the error of the 7-point rule, far larger than that of the 15-point value we keep.
  const meanValue = 0.5 * kronrod;
  let resasc = WGK[7] * Math.abs(Math.exp(gValues[14] - M) - meanValue);
  for (let k = 0; k < 7; k++) {
    resasc +=
      WGK[k] *
      (Math.abs(Math.exp(gValues[2 * k] - M) - meanValue) +
        Math.abs(Math.exp(gValues[2 * k + 1] - M) - meanValue));
  }
  let err = Math.abs(kronrod - gauss);
  if (resasc > 0 && err > 0) err = resasc * Math.min(1, ((200 * err) / resasc) ** 1.5);
  // Never claim less than rounding allows. g itself carries an absolute rounding error of about ε·|g| (it is
  // often a difference of large numbers), which is a relative error of ε·|g| in e^{g}: floor = 50 ε max(1,|M|) K.
  const floor = 50 * Number.EPSILON * Math.max(1, Math.abs(M)) * kronrod;
  const atFloor = err <= floor;
  if (atFloor) err = floor;
  const logHalf = Math.log(half);
  return {
    a,
    b,
    logValue: M + logHalf + Math.log(kronrod),
    logError: M + logHalf + Math.log(err),
    atFloor,
  };
}

/** log(e^a + e^b) without overflow. */
export function logAdd(a: number, b: number): number {
  if (a === Number.NEGATIVE_INFINITY) return b;
  if (b === Number.NEGATIVE_INFINITY) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

export interface LogIntegral {
  /** log ∫ e^g */
  logValue: number;
  /** log of the estimated absolute error */
  logError: number;
}

export interface LogIntegrateOptions {
  /** Equal sub-intervals to start from (more = less chance of missing a narrow feature). Default 8. */
  pieces?: number;
  /** Target relative error. Default 1e-10. */
  tolerance?: number;
  /** Give up refining after this many sub-intervals (the error estimate then says how good it is). */
  maxPieces?: number;
}

/**
 * A globally adaptive integral of e^g: add starting sub-intervals with addPiece, then refine() splits the
 * sub-interval with the largest error estimate until Σ errors ≤ tolerance · Σ values. Refinement is global,
 * so a sub-interval that contributes a negligible share of the total is never refined.
 */
export class AdaptiveLogIntegral {
  private readonly pieces: Piece[] = [];
  private readonly scratch = new Float64Array(15);
  constructor(private readonly g: (x: number) => number) {}

  /** Add [a, b] as one starting sub-interval (estimated at once) and return its estimate. */
  addPiece(a: number, b: number): LogIntegral {
    const p = qk15(this.g, a, b, this.scratch);
    this.pieces.push(p);
    return p;
  }

  /** Current total and error estimate (exact log-sum-exp over the sub-intervals). */
  total(): LogIntegral {
    let maxValue = Number.NEGATIVE_INFINITY;
    let maxError = Number.NEGATIVE_INFINITY;
    for (const p of this.pieces) {
      if (p.logValue > maxValue) maxValue = p.logValue;
      if (p.logError > maxError) maxError = p.logError;
    }
    if (maxValue === Number.NEGATIVE_INFINITY) return { logValue: maxValue, logError: maxError };
    let value = 0;
    let error = 0;
    for (const p of this.pieces) {
      value += Math.exp(p.logValue - maxValue);
      error += Math.exp(p.logError - maxError);
    }
    return { logValue: maxValue + Math.log(value), logError: maxError + Math.log(error) };
  }

  /**
   * Refine until the relative error estimate is ≤ tolerance, or maxPieces sub-intervals exist, or bisection
   * stops reducing the error (rounding noise in g: QUADPACK's "roundoff" exit).
   */
  refine(tolerance: number, maxPieces = 2000): LogIntegral {
    const pieces = this.pieces;
    const { logValue, logError } = this.total();
    if (logValue === Number.NEGATIVE_INFINITY) return { logValue, logError };
    // running sums e^{value − ref}, e^{error − ref} (updated per bisection, recomputed exactly to confirm)
    let ref = logValue;
    let value = 1;
    let error = Math.exp(logError - ref);
    let stalls = 0;
    for (;;) {
      if (error <= tolerance * value || pieces.length >= maxPieces || stalls >= 20) {
        const exact = this.total();
        if (
          exact.logError - exact.logValue <= Math.log(tolerance) ||
          pieces.length >= maxPieces ||
          stalls >= 20
        ) {
          return exact;
        }
        ref = exact.logValue;
        value = 1;
        error = Math.exp(exact.logError - ref);
      }
      let worst = 0;
      for (let i = 1; i < pieces.length; i++) if (pieces[i].logError > pieces[worst].logError) worst = i;
      const p = pieces[worst];
      const mid = 0.5 * (p.a + p.b);
      // the worst sub-interval is already at its rounding floor, or cannot be split below float resolution
      if (p.atFloor || !(mid > p.a && mid < p.b)) return this.total();
      const left = qk15(this.g, p.a, mid, this.scratch);
      const right = qk15(this.g, mid, p.b, this.scratch);
      pieces[worst] = left;
      pieces.push(right);
      const newError = logAdd(left.logError, right.logError);
      stalls = newError >= p.logError + Math.log(0.99) ? stalls + 1 : 0;
      const top = Math.max(left.logValue, right.logValue);
      if (top > ref) {
        // move the reference up so nothing overflows
        value *= Math.exp(ref - top);
        error *= Math.exp(ref - top);
        ref = top;
      }
      value += Math.exp(left.logValue - ref) + Math.exp(right.logValue - ref) - Math.exp(p.logValue - ref);
      error += Math.exp(newError - ref) - Math.exp(p.logError - ref);
      if (!(value > 0)) value = Math.exp(this.total().logValue - ref);
      if (!(error >= 0)) error = Math.exp(this.total().logError - ref);
    }
  }
}

/**
 * log ∫_a^b e^{g(x)} dx for finite a ≤ b. Throws RangeError if g is NaN somewhere it is evaluated and
 * InfiniteWeight if g = +∞ there.
 */
export function logIntegrate(
  g: (x: number) => number,
  a: number,
  b: number,
  options: LogIntegrateOptions = {},
): LogIntegral {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !(a <= b)) {
    throw new RangeError(`logIntegrate needs finite a ≤ b, got [${a}, ${b}]`);
  }
  if (a === b) return { logValue: Number.NEGATIVE_INFINITY, logError: Number.NEGATIVE_INFINITY };
  const start = Math.max(1, Math.floor(options.pieces ?? 8));
  const integral = new AdaptiveLogIntegral(g);
  const width = (b - a) / start;
  for (let i = 0; i < start; i++) integral.addPiece(a + i * width, i === start - 1 ? b : a + (i + 1) * width);
  return integral.refine(options.tolerance ?? 1e-10, options.maxPieces ?? 2000);
}
