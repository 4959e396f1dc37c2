import { describe, expect, it } from 'vitest';
import { createRng, ksCriticalValue, ksStatistic, normalCdf } from '../../src/core';

describe('fillNormal (the register-held fast path)', () => {
  it('gives exactly the stream of repeated normal() calls, and leaves the generator where they would', () => {
    for (const seed of [0, 1, 99, 2 ** 31 + 5]) {
      const a = createRng(seed);
      const b = createRng(seed);
      const xs = a.fillNormal(new Float64Array(200_003));
      for (let i = 0; i < xs.length; i++)
        if (xs[i] !== b.normal()) throw new Error(`draw ${i} of seed ${seed} differs`);
      expect(a.nextUint32()).toBe(b.nextUint32());
    }
  });

  it('passes a KS test against Φ and matches the first four moments (n = 400 000, α = 0.001)', () => {
    const n = 400_000;
    const xs = createRng(2024).fillNormal(new Float64Array(n));
    expect(ksStatistic(xs, normalCdf)).toBeLessThan(ksCriticalValue(n, 0.001));
    let m1 = 0;
    let m2 = 0;
    let m4 = 0;
    for (const x of xs) {
      m1 += x / n;
      m2 += (x * x) / n;
      m4 += (x * x * x * x) / n;
    }
    // standard errors: 1/√n for the mean, √(2/n) for E x², √(96/n) for E x⁴ (Var x⁴ = 105 − 9); 5 of each allowed
    expect(Math.abs(m1)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(m2 - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(m4 - 3)).toBeLessThan(5 * Math.sqrt(96 / n));
  });
});
