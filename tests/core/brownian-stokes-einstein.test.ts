import { describe, expect, it } from 'vitest';
import {
  BOLTZMANN_CONSTANT_SI,
  rmsDisplacement,
  stokesEinsteinCurve,
  stokesEinsteinDiffusion,
  WATER_VISCOSITY_SI,
} from '../../src/core/brownian/stokesEinstein';

describe('Stokes–Einstein', () => {
  it('matches a hand-computed SI example: a 1 µm sphere in water at 20 °C', () => {
    // By hand: k_B T = 1.380649e-23 J/K × 293.15 K = 4.047 372 5e-21 J
    //          6πηr  = 6π × 1.0016e-3 Pa·s × 0.5e-6 m = 9.439 857 6e-9 kg/s
    //          D     = 4.047 372 5e-21 / 9.439 857 6e-9 = 4.287 54e-13 m²/s  (≈ 0.43 µm²/s)
    const D = stokesEinsteinDiffusion(293.15, WATER_VISCOSITY_SI.at20C, 0.5e-6);
    expect(Math.abs(D - 4.28754e-13) / 4.28754e-13).toBeLessThan(1e-5);
    // RMS travel in one second: √(2dDt) = 0.926 µm (1-D), 1.3096 µm (2-D), 1.6039 µm (3-D)
    expect(Math.abs(rmsDisplacement(D, 1, 1) - 0.92602e-6) / 0.92602e-6).toBeLessThan(1e-4);
    expect(Math.abs(rmsDisplacement(D, 1, 2) - 1.30959e-6) / 1.30959e-6).toBeLessThan(1e-4);
    expect(Math.abs(rmsDisplacement(D, 1, 3) - 1.60391e-6) / 1.60391e-6).toBeLessThan(1e-4);
  });

  it('uses the exact SI Boltzmann constant', () => {
    expect(BOLTZMANN_CONSTANT_SI).toBe(1.380649e-23);
  });

  it('scales as T/(η r): doubling r halves D, doubling T doubles it; RMS grows like √t', () => {
    const D = stokesEinsteinDiffusion(300, 1e-3, 1e-7);
    expect(stokesEinsteinDiffusion(300, 1e-3, 2e-7) / D).toBeCloseTo(0.5, 14);
    expect(stokesEinsteinDiffusion(600, 1e-3, 1e-7) / D).toBeCloseTo(2, 14);
    expect(stokesEinsteinDiffusion(300, 4e-3, 1e-7) / D).toBeCloseTo(0.25, 14);
    expect(rmsDisplacement(D, 4, 2) / rmsDisplacement(D, 1, 2)).toBeCloseTo(2, 14);
    const radii = Float64Array.from([1e-8, 1e-7, 1e-6]);
    const curve = stokesEinsteinCurve(300, 1e-3, radii);
    for (let i = 0; i < radii.length; i++) expect((curve[i] * radii[i]) / (D * 1e-7)).toBeCloseTo(1, 13);
  });

  it('throws RangeError for non-physical input', () => {
    expect(() => stokesEinsteinDiffusion(0, 1e-3, 1e-6)).toThrow(RangeError);
    expect(() => stokesEinsteinDiffusion(300, -1, 1e-6)).toThrow(RangeError);
    expect(() => stokesEinsteinDiffusion(300, 1e-3, Number.NaN)).toThrow(RangeError);
    expect(() => rmsDisplacement(1e-12, -1, 2)).toThrow(RangeError);
    expect(() => rmsDisplacement(1e-12, 1, 4)).toThrow(RangeError);
  });
});
