import { LANDSCAPE_BOX, type Landscape } from '../../../core';
import type { DensityGrid } from '../../common/plots/DensityMap';

/** Grid points per axis of the pictures (ends included): 81² energy evaluations per drag frame. */
export const PICTURE_POINTS = 81;

export const BOX = { xMin: -LANDSCAPE_BOX, xMax: LANDSCAPE_BOX, yMin: -LANDSCAPE_BOX, yMax: LANDSCAPE_BOX };

/** E at the picture's grid points (ends included, row 0 = lowest x₂), with its range. */
export function energyPicture(
  landscape: Landscape,
  n = PICTURE_POINTS,
): { values: Float64Array; min: number; max: number } {
  const values = new Float64Array(n * n);
  const h = (2 * LANDSCAPE_BOX) / (n - 1);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const e = landscape.energy(-LANDSCAPE_BOX + i * h, -LANDSCAPE_BOX + j * h);
      values[j * n + i] = e;
      if (e < min) min = e;
      if (e > max) max = e;
    }
  }
  return { values, min, max };
}

/** exp(−(E − E_min)/T) at the same points: the density's shape (the map scales it by its maximum). */
export function densityPicture(
  energy: { values: Float64Array; min: number },
  temperature: number,
  n = PICTURE_POINTS,
): DensityGrid {
  const values = new Float64Array(n * n);
  for (let k = 0; k < values.length; k++)
    values[k] = Math.exp(-(energy.values[k] - energy.min) / temperature);
  return { box: BOX, values, max: 1, nx: n, ny: n };
}

/** The plasma-like ramp of the energy map (the same stops as the CSS colour bar), t ∈ [0, 1]. */
const STOPS: readonly [number, number, number][] = [
  [13, 8, 135],
  [126, 3, 168],
  [204, 71, 120],
  [248, 149, 64],
  [240, 249, 33],
];

export function rampColour(t: number): [number, number, number] {
  const u = Math.min(1, Math.max(0, t)) * (STOPS.length - 1);
  const k = Math.min(STOPS.length - 2, Math.floor(u));
  const f = u - k;
  const a = STOPS[k];
  const b = STOPS[k + 1];
  return [a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]), a[2] + f * (b[2] - a[2])];
}

/** Where an angle (radians) of a unit direction points, in degrees on [0, 360). */
export function directionDegrees(u: readonly [number, number]): number {
  const d = (Math.atan2(u[1], u[0]) * 180) / Math.PI;
  return Math.round(((d % 360) + 360) % 360);
}
