import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bernoulli, categorical, createAliasTable, createRng } from '../../src/core/random';
import {
  chiSquareCriticalValue,
  chiSquareStatistic,
  ksCriticalValue,
  ksStatistic,
  mean,
  normalCdf,
  variance,
} from '../../src/core/stats';

/**
 * An independent xoshiro128** written with BigInt and explicit `mod 2^32`, straight from the reference
 * C code's formulas, seeded the same way (splitmix32). If the 32-bit-integer tricks in random.ts
 * (Math.imul, >>> 0, |0) were wrong anywhere, the streams would differ.
 */
function referenceStream(seed: number, count: number): number[] {
  const M = 1n << 32n;
  const mask = M - 1n;
  let sm = BigInt(seed);
  const splitmix = (): bigint => {
    sm = (sm + 0x9e3779b9n) & mask;
    let z = sm;
    z = ((z ^ (z >> 16n)) * 0x85ebca6bn) & mask;
    z = ((z ^ (z >> 13n)) * 0xc2b2ae35n) & mask;
    return z ^ (z >> 16n);
  };
  const s = [splitmix(), splitmix(), splitmix(), splitmix()];
  const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (32n - k))) & mask;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    out.push(Number((rotl((s[1] * 5n) & mask, 7n) * 9n) & mask));
    const t = (s[1] << 9n) & mask;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11n);
  }
  return out;
}

describe('createRng: the integer stream', () => {
  it('matches an independent BigInt xoshiro128** for several seeds (2000 outputs each)', () => {
    for (const seed of [0, 1, 42, 123456789, 0xffffffff]) {
      const rng = createRng(seed);
      const ours = Array.from({ length: 2000 }, () => rng.nextUint32());
      expect(ours).toEqual(referenceStream(seed, 2000));
    }
  });

  it('is reproducible: the same seed gives the same uniforms and normals, different seeds do not', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const fa = a.fillNormal(new Float64Array(1000));
    const fb = b.fillNormal(new Float64Array(1000));
    const fc2 = c.fillNormal(new Float64Array(1000));
    expect(fa).toEqual(fb);
    expect(fa).not.toEqual(fc2);
    expect(a.uniform()).toBe(b.uniform());
  });

  it('cleans seeds: non-finite → 0, fractions truncated, negative folded', () => {
    expect(createRng(Number.NaN).seed).toBe(0);
    expect(createRng(Number.POSITIVE_INFINITY).seed).toBe(0);
    expect(createRng(3.9).seed).toBe(3);
    expect(createRng(-5).seed).toBe(5);
  });
});

describe('uniform and int', () => {
  it('uniform passes KS against U(0,1) at α = 0.001 (n = 50 000, seeds 1–3) and stays in [0, 1)', () => {
    for (const seed of [1, 2, 3]) {
      const xs = createRng(seed).fillUniform(new Float64Array(50_000));
      let inRange = true;
      for (const x of xs) if (!(x >= 0 && x < 1)) inRange = false;
      expect(inRange).toBe(true);
      const d = ksStatistic(xs, (x) => Math.min(1, Math.max(0, x)));
      expect(d).toBeLessThan(ksCriticalValue(xs.length, 0.001));
    }
  });

  it('int(10) passes χ² (df = 9) at α = 0.001 over 100 000 draws', () => {
    const rng = createRng(11);
    const counts = new Float64Array(10);
    for (let i = 0; i < 100_000; i++) counts[rng.int(10)]++;
    const expected = new Float64Array(10).fill(10_000);
    expect(chiSquareStatistic(counts, expected)).toBeLessThan(chiSquareCriticalValue(9, 0.001));
  });

  it('int rejects n < 1 and NaN', () => {
    const rng = createRng(1);
    expect(() => rng.int(0)).toThrow(RangeError);
    expect(() => rng.int(Number.NaN)).toThrow(RangeError);
  });
});

describe('normal (ziggurat)', () => {
  it('passes KS against Φ at α = 0.001 (n = 100 000, seeds 1–3)', () => {
    for (const seed of [1, 2, 3]) {
      const xs = createRng(seed).fillNormal(new Float64Array(100_000));
      expect(ksStatistic(xs, normalCdf)).toBeLessThan(ksCriticalValue(xs.length, 0.001));
    }
  });

  it('has mean 0 (within 4 SE) and variance 1 (within 4 SE, SE = √(2/n)) over 10⁶ draws', () => {
    const n = 1_000_000;
    const xs = createRng(5).fillNormal(new Float64Array(n));
    expect(Math.abs(mean(xs))).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(variance(xs) - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
  });

  it('samples the tail beyond R = 3.4426 with the right conditional law (KS, α = 0.001)', () => {
    // Only the tail branch of the ziggurat produces |x| > R; check it against Φ restricted to x > R.
    const R = 3.442619855899;
    const rng = createRng(9);
    const tail: number[] = [];
    for (let i = 0; i < 3_000_000; i++) {
      const x = Math.abs(rng.normal());
      if (x > R) tail.push(x);
    }
    const upper = 1 - normalCdf(R);
    // expected count 2 · 3e6 · Q(R) ≈ 1730: check it within 5 SE of a binomial count
    const expectedCount = 2 * 3_000_000 * upper;
    expect(Math.abs(tail.length - expectedCount)).toBeLessThan(5 * Math.sqrt(expectedCount));
    const d = ksStatistic(tail, (x) => (normalCdf(x) - normalCdf(R)) / upper);
    expect(d).toBeLessThan(ksCriticalValue(tail.length, 0.001));
  });

  it('is symmetric: P(x > 0) = ½ within 4 SE over 10⁶ draws', () => {
    const n = 1_000_000;
    const xs = createRng(6).fillNormal(new Float64Array(n));
    let positive = 0;
    for (const x of xs) if (x > 0) positive++;
    expect(Math.abs(positive / n - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / n));
  });
});

describe('discrete draws', () => {
  const weights = [0.5, 0, 3, 1.5, 2, 0, 1];
  const total = weights.reduce((s, w) => s + w, 0);

  it('categorical passes χ² (df = 4, the five positive categories) at α = 0.001 and never draws a 0-weight', () => {
    const rng = createRng(21);
    const n = 80_000;
    const counts = new Float64Array(weights.length);
    for (let i = 0; i < n; i++) counts[categorical(rng, weights)]++;
    expect(counts[1]).toBe(0);
    expect(counts[5]).toBe(0);
    const positive = [0, 2, 3, 4, 6];
    const obs = positive.map((k) => counts[k]);
    const exp = positive.map((k) => (n * weights[k]) / total);
    expect(chiSquareStatistic(obs, exp)).toBeLessThan(chiSquareCriticalValue(4, 0.001));
  });

  it('alias table passes χ² (df = 49) at α = 0.001 with 50 uneven categories', () => {
    const w = Array.from({ length: 50 }, (_, k) => 1 + ((k * 37) % 11) + (k === 7 ? 40 : 0));
    const wsum = w.reduce((s, x) => s + x, 0);
    const table = createAliasTable(w);
    const n = 200_000;
    const draws = table.fill(createRng(3), new Int32Array(n));
    const counts = new Float64Array(50);
    for (const k of draws) counts[k]++;
    const expected = w.map((x) => (n * x) / wsum);
    expect(chiSquareStatistic(counts, expected)).toBeLessThan(chiSquareCriticalValue(49, 0.001));
  });

  it('bernoulli(0.3) frequency within 4 SE over 100 000 draws', () => {
    const rng = createRng(4);
    const n = 100_000;
    let hits = 0;
    for (let i = 0; i < n; i++) if (bernoulli(rng, 0.3)) hits++;
    expect(Math.abs(hits / n - 0.3)).toBeLessThan(4 * Math.sqrt((0.3 * 0.7) / n));
  });

  it('rejects empty, negative, NaN or all-zero weights', () => {
    const rng = createRng(1);
    expect(() => categorical(rng, [])).toThrow(RangeError);
    expect(() => categorical(rng, [1, -1])).toThrow(RangeError);
    expect(() => categorical(rng, [0, 0])).toThrow(RangeError);
    expect(() => createAliasTable([1, Number.NaN])).toThrow(RangeError);
    expect(() => bernoulli(rng, Number.NaN)).toThrow(RangeError);
  });

  it('property: alias probabilities sum to 1 and draws land only on positive weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 1000 }),
        (w, seed) => {
          fc.pre(w.some((x) => x > 0));
          const table = createAliasTable(w);
          const sum = table.probabilities.reduce((s, p) => s + p, 0);
          expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
          const rng = createRng(seed);
          for (let i = 0; i < 50; i++) {
            expect(w[table.sample(rng)]).toBeGreaterThan(0);
            expect(w[categorical(rng, w)]).toBeGreaterThan(0);
          }
        },
      ),
      { seed: 1, numRuns: 200 },
    );
  });
});
