import { describe, expect, it } from 'vitest';
import { SHAPE_NAMES, shapeCloud, smileyCloud, standardiseCloud } from '../../src/core/diffusion/shapes';
import { createRng } from '../../src/core/random';
import { mean, variance } from '../../src/core/stats';

function axis(points: Float64Array, a: number): Float64Array {
  const out = new Float64Array(points.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = points[2 * i + a];
  return out;
}

/** Two-sample KS distance sup |F_a − F_b|, by merging the sorted samples. */
function ks2(a: Float64Array, b: Float64Array): number {
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i], y[j]);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}

describe('shape clouds', () => {
  for (const name of SHAPE_NAMES) {
    it(`${name}: 2000 finite points, per-axis mean 0 (1e-12) and unbiased variance 1 (1e-12)`, () => {
      const pts = shapeCloud(name, 2000, createRng(1));
      expect(pts.length).toBe(4000);
      for (const v of pts) expect(Number.isFinite(v)).toBe(true);
      for (const a of [0, 1]) {
        expect(Math.abs(mean(axis(pts, a)))).toBeLessThan(1e-12);
        expect(Math.abs(variance(axis(pts, a)) - 1)).toBeLessThan(1e-12);
      }
    });

    it(`${name}: same seed → same cloud, another seed → another cloud`, () => {
      const a = shapeCloud(name, 2000, createRng(42));
      const b = shapeCloud(name, 2000, createRng(42));
      const c = shapeCloud(name, 2000, createRng(43));
      expect(Array.from(a)).toEqual(Array.from(b));
      expect(Array.from(a)).not.toEqual(Array.from(c));
    });
  }

  it('smiley and heart are mirror-symmetric: two-sample KS of x against −x below the α = 0.001 value', () => {
    // critical value of the two-sample KS for n = m: c(α)·√(2/n), c(0.001) = 1.949
    const n = 4000;
    for (const name of ['smiley', 'heart'] as const) {
      const x = axis(shapeCloud(name, n, createRng(5)), 0);
      const minusX = x.map((v) => -v);
      expect(ks2(x, minusX)).toBeLessThan(1.949 * Math.sqrt(2 / n));
    }
    // …while a plainly asymmetric direction is caught: the smiley's y against −y
    const y = axis(shapeCloud('smiley', n, createRng(5)), 1);
    expect(
      ks2(
        y,
        y.map((v) => -v),
      ),
    ).toBeGreaterThan(1.949 * Math.sqrt(2 / n));
  });

  it('the smiley is hollow: down its middle column the widest empty stretch is > 1 (a blob would have none)', () => {
    // Going down the column |x| < 0.1 we meet forehead, (nothing between the eyes), mouth, chin: the
    // stretch between forehead and mouth is empty. A filled N(0, I) blob of 2000 points has ~160 points
    // in that column and no gap anywhere near 1.
    const pts = smileyCloud(2000, createRng(3));
    const ys: number[] = [];
    for (let i = 0; i < pts.length / 2; i++) if (Math.abs(pts[2 * i]) < 0.1) ys.push(pts[2 * i + 1]);
    ys.sort((a, b) => a - b);
    let widest = 0;
    for (let k = 1; k < ys.length; k++) widest = Math.max(widest, ys[k] - ys[k - 1]);
    expect(widest).toBeGreaterThan(1);
    expect(ys.length).toBeGreaterThan(50);
  });

  it('clamps the point count, rejects NaN and unknown names, and standardises any cloud', () => {
    expect(shapeCloud('heart', 1, createRng(1)).length).toBe(4); // at least 2 points
    expect(() => shapeCloud('heart', Number.NaN, createRng(1))).toThrow(RangeError);
    expect(() => shapeCloud('circle' as 'heart', 100, createRng(1))).toThrow(RangeError);
    const cloud = Float64Array.from([1, 10, 3, 10, 5, 10]);
    standardiseCloud(cloud);
    expect(Array.from(axis(cloud, 0))).toEqual([-1, 0, 1]);
    expect(Array.from(axis(cloud, 1))).toEqual([0, 0, 0]); // zero spread: centred only, no NaN
  });
});
