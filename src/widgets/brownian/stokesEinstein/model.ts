import { rmsDisplacement, stokesEinsteinCurve, stokesEinsteinDiffusion } from '../../../core';
import { METRES_PER_NM, METRES_PER_UM, PA_S_PER_MPA_S, UM2_PER_M2 } from '../units';

/**
 * Parameters in the units the reader sees: kelvin, millipascal-seconds, nanometres. The radius slider moves in
 * log₁₀ r because radii of interest span 2½ decades (a protein to a pollen fragment).
 */
export const STOKES_EINSTEIN_PARAMS = {
  temperature: { kind: 'number', min: 273.15, max: 373.15, default: 298.15, step: 1 },
  viscosity: { kind: 'number', min: 0.3, max: 5, default: 0.89, step: 0.01, unit: 'mPa·s' },
  radius: { kind: 'number', min: 10, max: 5000, default: 500, scale: 'log', step: 0.01 },
  dimension: { kind: 'enum', values: ['1', '2', '3'], default: '2' },
} as const;

/** The time over which the root-mean-square travel is quoted, s. */
const TRAVEL_TIME_S = 1;
const CURVE_POINTS = 64;

/** Everything the widget shows, from the slider values (units as on screen), via the core. */
export function stokesEinsteinFigures(
  temperatureK: number,
  viscosityMPaS: number,
  radiusNm: number,
  dimension: number,
) {
  const dSi = stokesEinsteinDiffusion(temperatureK, viscosityMPaS * PA_S_PER_MPA_S, radiusNm * METRES_PER_NM);
  const travelM = rmsDisplacement(dSi, TRAVEL_TIME_S, dimension);
  return { dSi, dUm2: dSi * UM2_PER_M2, travelUm: travelM / METRES_PER_UM };
}

/** Radii of the plotted curve, log-spaced over the slider's range (nm, and the same in m for the core). */
export const RADII_NM = (() => {
  const { min, max } = STOKES_EINSTEIN_PARAMS.radius;
  const [lo, hi] = [Math.log10(min), Math.log10(max)];
  const r = new Float64Array(CURVE_POINTS);
  for (let i = 0; i < CURVE_POINTS; i++) r[i] = 10 ** (lo + ((hi - lo) * i) / (CURVE_POINTS - 1));
  return r;
})();
const RADII_M = RADII_NM.map((r) => r * METRES_PER_NM);

/** D(r) in µm²/s at the radii `RADII_NM`, for a liquid at the given temperature (K) and viscosity (Pa·s). */
export function diffusionCurveUm2(temperatureK: number, viscosityPaS: number): Float64Array {
  return stokesEinsteinCurve(temperatureK, viscosityPaS, RADII_M).map((d) => d * UM2_PER_M2);
}
