import { describe, expect, it } from 'vitest';
import { piecewiseDensity } from '../../src/core/montecarlo';
import { piecewiseMean } from '../../src/core/montecarlo/piecewiseMoments';

/** ∫ x p(x) dx by the midpoint rule on a fine grid: an independent check of the closed form. */
function numericMean(pdf: (x: number) => number, lo: number, hi: number, m = 200000): number {
  const h = (hi - lo) / m;
  let sum = 0;
  for (let i = 0; i < m; i++) {
    const x = lo + (i + 0.5) * h;
    sum += x * pdf(x) * h;
  }
  return sum;
}

describe('piecewiseMean', () => {
  it('a single flat piece has its midpoint as mean', () => {
    const d = piecewiseDensity({ breakpoints: [2, 5], heights: [3], kind: 'constant' });
    expect(piecewiseMean(d)).toBeCloseTo(3.5, 14);
  });

  it('a triangle rising from 0 to h on [0, 1] has mean 2/3', () => {
    const d = piecewiseDensity({ breakpoints: [0, 1], heights: [0, 4], kind: 'linear' });
    expect(piecewiseMean(d)).toBeCloseTo(2 / 3, 14);
  });

  it('agrees with numerical integration for constant and linear shapes, zero pieces included', () => {
    const breakpoints = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
    const constant = piecewiseDensity({ breakpoints, heights: [1, 3, 0, 3, 1, 2, 5, 2], kind: 'constant' });
    expect(piecewiseMean(constant)).toBeCloseTo(numericMean(constant.pdf, -4, 4), 6);
    const linear = piecewiseDensity({ breakpoints, heights: [0, 1, 3, 0, 3, 1, 2, 5, 2], kind: 'linear' });
    expect(piecewiseMean(linear)).toBeCloseTo(numericMean(linear.pdf, -4, 4), 6);
  });

  it('matches the average of many inverse-CDF draws', () => {
    const d = piecewiseDensity({ breakpoints: [0, 1, 2, 3], heights: [5, 1, 2], kind: 'constant' });
    let s = 0;
    const n = 100000;
    for (let i = 0; i < n; i++) s += d.quantile((i + 0.5) / n); // stratified: a deterministic check
    expect(s / n).toBeCloseTo(piecewiseMean(d), 4);
  });
});
