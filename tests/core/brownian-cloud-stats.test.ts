import { describe, expect, it } from 'vitest';
import { fractionWithin, gaussianMassWithin, timeAveragedMsd2D } from '../../src/core/brownian/cloudStats';
import { createRng } from '../../src/core/random';

describe('gaussianMassWithin', () => {
  it('gives the textbook 1-D and 2-D values', () => {
    // 1-D: the 68–95 rule, to the digits of a normal table
    expect(gaussianMassWithin(1, 1)).toBeCloseTo(0.682689492, 8);
    expect(gaussianMassWithin(2, 1)).toBeCloseTo(0.954499736, 8);
    // 2-D: 1 − e^{−k²/2}
    expect(gaussianMassWithin(1, 2)).toBeCloseTo(1 - Math.exp(-0.5), 14);
    expect(gaussianMassWithin(2, 2)).toBeCloseTo(1 - Math.exp(-2), 14);
    expect(gaussianMassWithin(0, 2)).toBe(0);
  });

  it('agrees with a Monte Carlo estimate (4 standard errors)', () => {
    const rng = createRng(11);
    const n = 200_000;
    const k = 1.3;
    for (const d of [1, 2]) {
      let inside = 0;
      for (let i = 0; i < n; i++) {
        let r2 = 0;
        for (let j = 0; j < d; j++) {
          const z = rng.normal();
          r2 += z * z;
        }
        if (r2 <= k * k) inside++;
      }
      const p = gaussianMassWithin(k, d);
      const se = Math.sqrt((p * (1 - p)) / n);
      expect(Math.abs(inside / n - p)).toBeLessThan(4 * se);
    }
  });

  it('rejects bad arguments', () => {
    expect(() => gaussianMassWithin(1, 3)).toThrow(RangeError);
    expect(() => gaussianMassWithin(-1, 2)).toThrow(RangeError);
    expect(() => gaussianMassWithin(Number.NaN, 1)).toThrow(RangeError);
  });
});

describe('fractionWithin', () => {
  it('counts points by hand in 1-D and 2-D (boundary included)', () => {
    expect(fractionWithin([0, 1, -2, 3], 1, 2)).toBe(0.75);
    // (3,4) is at distance 5 exactly; (0,0) inside; (6,0) outside
    expect(fractionWithin([3, 4, 0, 0, 6, 0], 2, 5)).toBeCloseTo(2 / 3, 15);
    expect(fractionWithin([3, 4, 0, 0, 6, 0], 2, 4.999)).toBeCloseTo(1 / 3, 15);
  });

  it('rejects an empty cloud and a bad dimension', () => {
    expect(() => fractionWithin([], 2, 1)).toThrow(RangeError);
    expect(() => fractionWithin([1, 2, 3], 3, 1)).toThrow(RangeError);
  });
});

describe('timeAveragedMsd2D', () => {
  it('is (v·lag)² for motion at constant velocity', () => {
    const n = 50;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      xs[k] = 3 * k;
      ys[k] = -4 * k;
    }
    const { msd, pairs } = timeAveragedMsd2D(xs, ys, 0, n, 7);
    expect(pairs).toBe(43);
    expect(msd).toBeCloseTo(25 * 49, 10);
    // a sub-window gives the same answer
    expect(timeAveragedMsd2D(xs, ys, 10, 20, 2).msd).toBeCloseTo(25 * 4, 10);
  });

  it('estimates 4Dτ for a simulated 2-D Brownian path', () => {
    const rng = createRng(5);
    const n = 200_000;
    const sd = 0.7; // per-axis step sd, so D = sd² / 2 per sample and MSD(τ) = 4Dτ = 2 sd² τ
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let k = 1; k < n; k++) {
      xs[k] = xs[k - 1] + sd * rng.normal();
      ys[k] = ys[k - 1] + sd * rng.normal();
    }
    const lag = 10;
    const expected = 2 * sd * sd * lag;
    // overlapping pairs are correlated; about n/lag independent blocks, each with relative sd 1 (χ²₂/2)
    const relativeSe = 1 / Math.sqrt(n / lag);
    expect(Math.abs(timeAveragedMsd2D(xs, ys, 0, n, lag).msd / expected - 1)).toBeLessThan(5 * relativeSe);
  });

  it('rejects lags and windows that do not fit', () => {
    const xs = new Float64Array(10);
    expect(() => timeAveragedMsd2D(xs, xs, 0, 10, 10)).toThrow(RangeError);
    expect(() => timeAveragedMsd2D(xs, xs, 0, 10, 0)).toThrow(RangeError);
    expect(() => timeAveragedMsd2D(xs, xs, 5, 10, 2)).toThrow(RangeError);
  });
});
