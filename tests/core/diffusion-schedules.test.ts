import { describe, expect, it } from 'vitest';
import {
  clampStep,
  continuousCosineSchedule,
  continuousLinearSchedule,
  cosineAlphaBar,
  cosineNoiseSchedule,
  linearNoiseSchedule,
  noiseSchedule,
} from '../../src/core/diffusion/schedules';

/** The cosine closed form, written out independently: f(u) = cos²((u + s)/(1 + s) · π/2), ᾱ = f(u)/f(0). */
function cosineClosedForm(u: number, s = 0.008): number {
  const f = (v: number) => Math.cos(((v + s) / (1 + s)) * (Math.PI / 2)) ** 2;
  return f(u) / f(0);
}

describe('linear (DDPM) schedule', () => {
  const sch = linearNoiseSchedule(1000);

  it('runs β from 1e-4 to 0.02 linearly, with index 0 = no noise', () => {
    expect(sch.steps).toBe(1000);
    expect(sch.beta.length).toBe(1001);
    expect(sch.beta[0]).toBe(0);
    expect(sch.alphaBar[0]).toBe(1);
    expect(sch.beta[1]).toBeCloseTo(1e-4, 15);
    expect(sch.beta[1000]).toBeCloseTo(0.02, 15);
    // constant increments (1 − 1e-4·…)/999
    for (let t = 2; t <= 1000; t++)
      expect(sch.beta[t] - sch.beta[t - 1]).toBeCloseTo((0.02 - 1e-4) / 999, 14);
  });

  it('ᾱ_t equals the brute-force product Π(1 − β_s) (1e-12 relative) and decreases strictly', () => {
    let prod = 1;
    for (let t = 1; t <= 1000; t++) {
      prod *= 1 - sch.beta[t];
      expect(Math.abs(sch.alphaBar[t] - prod) / prod).toBeLessThan(1e-12);
      expect(sch.alphaBar[t]).toBeLessThan(sch.alphaBar[t - 1]);
      expect(sch.alpha[t]).toBeCloseTo(1 - sch.beta[t], 15);
      expect(sch.sqrtAlphaBar[t] ** 2).toBeCloseTo(sch.alphaBar[t], 14);
      expect(sch.sqrtOneMinusAlphaBar[t] ** 2).toBeCloseTo(1 - sch.alphaBar[t], 14);
    }
  });

  it('ends with the data forgotten: ᾱ_T ∈ (1e-5, 1e-4) (≈ e^{−10.05}·e^{−Σβ²/2} ≈ 4e-5)', () => {
    expect(sch.alphaBar[1000]).toBeGreaterThan(1e-5);
    expect(sch.alphaBar[1000]).toBeLessThan(1e-4);
  });

  it('scaleToSteps makes a short schedule end near 0 too', () => {
    const short = linearNoiseSchedule(100);
    expect(short.alphaBar[100]).toBeGreaterThan(0.3); // literal DDPM numbers: only Σβ ≈ 1
    const scaled = linearNoiseSchedule(100, { scaleToSteps: true });
    expect(scaled.beta[1]).toBeCloseTo(1e-3, 15);
    expect(scaled.alphaBar[100]).toBeLessThan(1e-4);
  });
});

describe('cosine schedule', () => {
  const T = 1000;
  const sch = cosineNoiseSchedule(T);

  it('matches the closed form ᾱ_t = f(t)/f(0) (1e-12) up to the first clipped step', () => {
    let clipped = false;
    for (let t = 1; t <= T; t++) {
      if (sch.beta[t] >= 0.999) clipped = true;
      if (clipped) break;
      expect(Math.abs(sch.alphaBar[t] - cosineClosedForm(t / T))).toBeLessThan(1e-12);
      expect(Math.abs(cosineAlphaBar(t / T) - cosineClosedForm(t / T))).toBeLessThan(1e-15);
    }
  });

  it('clips β ≤ 0.999 (only at the very end), decreases strictly and ends at ᾱ_T < 1e-6', () => {
    let clippedSteps = 0;
    for (let t = 1; t <= T; t++) {
      expect(sch.beta[t]).toBeGreaterThan(0);
      expect(sch.beta[t]).toBeLessThanOrEqual(0.999);
      if (sch.beta[t] === 0.999) clippedSteps++;
      expect(sch.alphaBar[t]).toBeLessThan(sch.alphaBar[t - 1]);
    }
    expect(clippedSteps).toBeGreaterThanOrEqual(1);
    expect(clippedSteps).toBeLessThanOrEqual(3);
    expect(sch.beta[T]).toBe(0.999);
    expect(sch.alphaBar[T]).toBeLessThan(1e-6);
    // β_1 is small but not vanishing thanks to the offset s
    expect(sch.beta[1]).toBeGreaterThan(1e-5);
    expect(sch.beta[1]).toBeLessThan(1e-3);
  });

  it('noiseSchedule and clampStep', () => {
    expect(noiseSchedule('cosine', 50).alphaBar[25]).toBeCloseTo(cosineClosedForm(0.5), 12);
    expect(clampStep(sch, -3)).toBe(0);
    expect(clampStep(sch, 2000)).toBe(T);
    expect(clampStep(sch, 10.4)).toBe(10);
    expect(() => clampStep(sch, Number.NaN)).toThrow(RangeError);
    expect(() => linearNoiseSchedule(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('continuous-time VP schedules', () => {
  /** Simpson's rule for ∫₀ᵗ β. */
  function integrate(f: (s: number) => number, t: number, m = 200): number {
    const h = t / m;
    let s = f(0) + f(t);
    for (let i = 1; i < m; i++) s += (i % 2 ? 4 : 2) * f(i * h);
    return (s * h) / 3;
  }

  it('linear: ᾱ(t) = exp(−∫₀ᵗ β) (Simpson, 1e-12), β(0) = 0.1, β(1) = 20, ᾱ(1) ≈ 4.3e-5', () => {
    const c = continuousLinearSchedule();
    expect(c.beta(0)).toBeCloseTo(0.1, 15);
    expect(c.beta(1)).toBeCloseTo(20, 13);
    for (const t of [0.1, 0.37, 0.8, 1]) {
      expect(Math.abs(c.logAlphaBar(t) + integrate(c.beta, t))).toBeLessThan(1e-12);
    }
    expect(c.alphaBar(1)).toBeCloseTo(Math.exp(-10.05), 15);
  });

  it('cosine: β(t) = −d log ᾱ/dt (central difference, 1e-6 relative) and ᾱ(t) = closed form', () => {
    const c = continuousCosineSchedule();
    for (const t of [0.05, 0.3, 0.6, 0.9, 0.99]) {
      const h = 1e-6;
      const fd = -(c.logAlphaBar(t + h) - c.logAlphaBar(t - h)) / (2 * h);
      expect(Math.abs(fd - c.beta(t)) / c.beta(t)).toBeLessThan(1e-6);
      expect(c.alphaBar(t)).toBeCloseTo(cosineClosedForm(t), 13);
    }
    expect(c.alphaBar(c.tMax)).toBeLessThan(1e-4);
  });

  it('timeForAlphaBar inverts alphaBar for both (1e-10)', () => {
    for (const c of [continuousLinearSchedule(), continuousCosineSchedule()]) {
      for (const t of [0, 0.001, 0.2, 0.5, 0.75, 0.99]) {
        expect(Math.abs(c.timeForAlphaBar(c.alphaBar(t)) - t)).toBeLessThan(1e-10);
      }
      expect(() => c.timeForAlphaBar(1.5)).toThrow(RangeError);
      expect(() => c.beta(-0.1)).toThrow(RangeError);
    }
  });
});
