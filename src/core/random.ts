/**
 * Seeded randomness for the whole book.
 *
 * Generator: xoshiro128** (Blackman & Vigna, 2018) — four 32-bit words of state, period 2^128 − 1,
 * passes BigCrush, and uses only 32-bit integer arithmetic, so it gives the same stream in every
 * JavaScript engine. The 32-bit seed is spread over the state with splitmix32 so that nearby seeds
 * (1, 2, 3 …) still give unrelated streams.
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

  // Marsaglia's polar method makes normals in pairs; we keep the second one for the next call.
  let spare = 0;
  let hasSpare = false;
  function normal(): number {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * factor;
    hasSpare = true;
    return u * factor;
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
      for (let i = 0; i < out.length; i++) out[i] = normal();
      return out;
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
