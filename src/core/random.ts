/**
 * Seeded randomness for the whole book.
 *
 * Generator: xoshiro128** (Blackman & Vigna, 2018) — four 32-bit words of state, period 2^128 − 1,
 * passes BigCrush, and uses only 32-bit integer arithmetic, so it gives the same stream in every
 * JavaScript engine. The 32-bit seed is spread over the state with splitmix32 so that nearby seeds
 * (1, 2, 3 …) still give unrelated streams.
 *
 * Normals: the ziggurat method (Marsaglia & Tsang, 2000) with 128 layers. About 98.8 % of draws cost one
 * 32-bit integer, one table look-up and one multiplication — no log, no sqrt — which is why it is several
 * times faster than the polar method. Only the rare wedge and tail cases call Math.exp / Math.log.
 * (The integer stream is bit-identical everywhere; the normals are too, except that an engine whose
 * Math.exp differs in the last bit could in principle flip a wedge decision that sits exactly on the
 * boundary — a probability of order 1e-16 per draw.)
 */

export interface Rng {
  /** The seed this generator was created with (shown to the reader). */
  readonly seed: number;
  /** Uniform on [0, 1) with 53 random bits. */
  uniform(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
  /** Uniform integer in {0, …, n − 1}. */
  int(n: number): number;
  /** Raw 32-bit unsigned output. */
  nextUint32(): number;
  fillUniform(out: Float64Array): Float64Array;
  fillNormal(out: Float64Array): Float64Array;
}

/** splitmix32: a tiny mixer used only to turn one seed into four well-spread state words. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Seeds are reduced to an unsigned 32-bit integer; non-finite seeds become 0. */
export function normaliseSeed(seed: number): number {
  if (!Number.isFinite(seed)) return 0;
  return Math.abs(Math.trunc(seed)) >>> 0;
}

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

// ---------------------------------------------------------------------------------------------------
// Ziggurat tables for the half-normal shape f(x) = exp(−x²/2), x ≥ 0 (unnormalised: f(0) = 1).
//
// The area under f is cut into LAYERS horizontal pieces of equal area V:
//   layer 0      = the base rectangle [0, R] × [0, f(R)] plus the whole tail x > R, pretending to be a
//                  rectangle of width X[0] = V / f(R);
//   layer i ≥ 1  = the rectangle of width X[i] between heights f(X[i]) and f(X[i+1]),
//                  with X[1] = R, X[i+1] = f⁻¹(f(X[i]) + V / X[i]), and X[LAYERS] = 0 at the peak.
// R and V are the published constants for 128 layers (they make the top layer close exactly at f = 1).
//
// Draw: pick a layer i and a signed point x = u · X[i], u uniform in (−1, 1). If |x| < X[i+1], the point
// is under the curve for every height in the layer: accept at once (the common case). Otherwise we are in
// the wedge (layer ≥ 1: accept if a uniform height lies below f(x)) or the tail (layer 0, |x| ≥ R: draw from
// the tail exactly with Marsaglia's exponential trick).
// ---------------------------------------------------------------------------------------------------

const LAYERS = 128;
const ZIG_R = 3.442619855899; // start of the tail
const ZIG_V = 9.91256303526217e-3; // area of each layer
/** u is a signed 25-bit integer in [−2^24, 2^24); x = u · X[i] / 2^24. */
const U_SCALE = 16777216; // 2^24
const ZIG_X = new Float64Array(LAYERS + 1); // layer widths X[i]
const ZIG_F = new Float64Array(LAYERS + 1); // f(X[i]): bottom height of layer i
const ZIG_W = new Float64Array(LAYERS); // X[i] / 2^24, turns the integer u into x
const ZIG_K = new Int32Array(LAYERS); // accept at once if |u| < K[i] = (X[i+1] / X[i]) · 2^24

(function buildZiggurat() {
  const f = (x: number) => Math.exp(-0.5 * x * x);
  ZIG_X[0] = ZIG_V / f(ZIG_R);
  ZIG_X[1] = ZIG_R;
  for (let i = 1; i < LAYERS - 1; i++) {
    ZIG_X[i + 1] = Math.sqrt(-2 * Math.log(f(ZIG_X[i]) + ZIG_V / ZIG_X[i]));
  }
  ZIG_X[LAYERS] = 0;
  for (let i = 0; i <= LAYERS; i++) ZIG_F[i] = f(ZIG_X[i]);
  ZIG_F[0] = 0; // the base layer starts at height 0
  for (let i = 0; i < LAYERS; i++) {
    ZIG_W[i] = ZIG_X[i] / U_SCALE;
    ZIG_K[i] = Math.floor((ZIG_X[i + 1] / ZIG_X[i]) * U_SCALE);
  }
})();

export function createRng(seed: number): Rng {
  const cleanSeed = normaliseSeed(seed);
  const mix = { s: cleanSeed };
  let s0 = splitmix32(mix);
  let s1 = splitmix32(mix);
  let s2 = splitmix32(mix);
  let s3 = splitmix32(mix);
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is the one fixed point

  function nextUint32(): number {
    // result = rotl(s1 * 5, 7) * 9
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  }

  function uniform(): number {
    // 27 + 26 = 53 bits, the full precision of a double in [0, 1).
    const a = nextUint32() >>> 5;
    const b = nextUint32() >>> 6;
    return (a * TWO_POW_26 + b) / TWO_POW_53;
  }

  /** Uniform on (0, 1]: safe inside a logarithm. */
  function uniformPositive(): number {
    return 1 - uniform();
  }

  function normal(): number {
    for (;;) {
      // One xoshiro128** step, written out here (same arithmetic as nextUint32) because this is the
      // hottest loop of the book; `bits` is the output as a signed 32-bit integer.
      const bits = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      // Low 7 bits choose the layer, the other 25 bits (as a signed number) give u; using disjoint bits
      // keeps the layer and the position independent.
      const i = bits & (LAYERS - 1);
      const u = bits >> 7; // signed, in [−2^24, 2^24)
      if (Math.abs(u) < ZIG_K[i]) return u * ZIG_W[i]; // inside the rectangle: the common case
      const x = edgeCase(i, u);
      if (!Number.isNaN(x)) return x;
    }
  }

  /** A draw that missed its layer's rectangle: tail or wedge; NaN when the wedge rejects (draw again). */
  function edgeCase(i: number, u: number): number {
    if (i === 0) {
      // Tail beyond R: for E₁, E₂ ~ Exp(1), x = E₁ / R, accept when 2E₂ > x². Then R + x has the
      // density ∝ exp(−t²/2) on t > R (Marsaglia 1964).
      let x: number;
      let y: number;
      do {
        x = -Math.log(uniformPositive()) / ZIG_R;
        y = -Math.log(uniformPositive());
      } while (y + y < x * x);
      return u < 0 ? -(ZIG_R + x) : ZIG_R + x;
    }
    // Wedge: the point lies in layer i but maybe above the curve. Pick a height uniformly in the
    // layer, [f(X[i]), f(X[i+1])], and keep x if that height is under f(x).
    const x = u * ZIG_W[i];
    const height = ZIG_F[i] + uniform() * (ZIG_F[i + 1] - ZIG_F[i]);
    return height < Math.exp(-0.5 * x * x) ? x : Number.NaN;
  }

  /** The rest of one normal() whose first draw fell outside its rectangle: exactly what normal() does next. */
  function finishNormal(i: number, u: number): number {
    const x = edgeCase(i, u);
    return Number.isNaN(x) ? normal() : x;
  }

  function int(n: number): number {
    const m = Math.floor(n);
    if (!(m >= 1)) throw new RangeError(`int(n) needs n ≥ 1, got ${n}`);
    return Math.floor(uniform() * m);
  }

  return {
    seed: cleanSeed,
    uniform,
    normal,
    int,
    nextUint32,
    fillUniform(out) {
      for (let i = 0; i < out.length; i++) out[i] = uniform();
      return out;
    },
    fillNormal(out) {
      // The same stream as calling normal() out.length times, but with the generator's state in local variables
      // (registers) for the common case: a closure's variables live in a heap context, and reading and writing
      // four of them per draw was what held the loop back. The rare wedge and tail cases hand the state back
      // and take the general path, so the numbers are bit-identical to normal()'s.
      let a0 = s0;
      let a1 = s1;
      let a2 = s2;
      let a3 = s3;
      const n = out.length;
      const keep = ZIG_K;
      const width = ZIG_W;
      for (let j = 0; j < n; j++) {
        const m = Math.imul(a1, 5);
        const bits = Math.imul((m << 7) | (m >>> 25), 9);
        const t = a1 << 9;
        a2 ^= a0;
        a3 ^= a1;
        a1 ^= a2;
        a0 ^= a3;
        a2 ^= t;
        a3 = (a3 << 11) | (a3 >>> 21);
        const i = bits & (LAYERS - 1);
        const u = bits >> 7;
        if (Math.abs(u) < keep[i]) {
          out[j] = u * width[i];
          continue;
        }
        s0 = a0;
        s1 = a1;
        s2 = a2;
        s3 = a3;
        out[j] = finishNormal(i, u);
        a0 = s0;
        a1 = s1;
        a2 = s2;
        a3 = s3;
      }
      s0 = a0;
      s1 = a1;
      s2 = a2;
      s3 = a3;
      return out;
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

// ---------------------------------------------------------------------------------------------------
// Discrete draws
// ---------------------------------------------------------------------------------------------------

// Draws from discrete distributions (Bernoulli, categorical, alias tables) live in discrete.ts; re-exported so
// that `from '../random'` keeps working everywhere.
export { type AliasTable, bernoulli, categorical, createAliasTable } from './discrete';
