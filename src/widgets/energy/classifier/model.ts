import { labelGrid, type PrototypeClassifier } from '../../../core';
import { pixelImage } from '../../common/canvas/pixelImage';
import { PALETTE } from '../../common/plots';

export const BOX = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 };
/** Prototypes on a triangle; s = 1. */
export const PROTOTYPES = [
  [-1.6, -1],
  [1.6, -1],
  [0, 1.7],
] as const;
export const CLASS_COLOURS = [PALETTE.blue, PALETTE.orange, PALETTE.green] as const;
export const CLASS_RGB = [
  [0, 114, 178],
  [230, 159, 0],
  [0, 158, 115],
] as const;
const GRID_N = 81;

export function classifierModel(offsets: readonly [number, number, number]): PrototypeClassifier {
  return { prototypes: PROTOTYPES, width: 1, offsets };
}

export interface RegionMap {
  labels: Uint8Array;
  confidence: Float64Array;
  n: number;
  /** Where to write each class's letter: the centroid of its region on the grid (null if the region is empty). */
  centres: ([number, number] | null)[];
}

/** The decision regions and the certainty max_y p(y | x) on an 81 × 81 grid, plus a label position per region. */
export function regionMap(model: PrototypeClassifier, temperature: number): RegionMap {
  const grid = labelGrid(model, BOX, GRID_N, temperature);
  const sums = [0, 1, 2].map(() => ({ x: 0, y: 0, count: 0 }));
  const step = (BOX.xMax - BOX.xMin) / (GRID_N - 1);
  for (let j = 0; j < GRID_N; j++) {
    for (let i = 0; i < GRID_N; i++) {
      const s = sums[grid.labels[j * GRID_N + i]];
      s.x += BOX.xMin + i * step;
      s.y += BOX.yMin + j * step;
      s.count++;
    }
  }
  // Pushed out from the origin, so the letter sits inside its region but clear of the prototype's marker.
  const inside = (v: number) => Math.max(BOX.xMin + 0.3, Math.min(BOX.xMax - 0.3, v));
  const centres = sums.map((s) =>
    s.count > 0 ? ([inside((1.5 * s.x) / s.count), inside((1.5 * s.y) / s.count)] as [number, number]) : null,
  );
  return { ...grid, centres };
}

/** The regions as a tiny image (one pixel per grid point): the class colour, more opaque where p is nearer 1. */
export function regionImage(map: RegionMap): HTMLCanvasElement | null {
  const { n, labels, confidence } = map;
  return pixelImage(n, n, (pixels) => {
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const k = j * n + i;
        const p = 4 * ((n - 1 - j) * n + i); // image rows go down, y goes up
        const rgb = CLASS_RGB[labels[k]];
        // certainty 1/3 (a three-way tie) → faint; 1 → the strongest light fill
        const certainty = (confidence[k] - 1 / 3) / (2 / 3);
        pixels[p] = rgb[0];
        pixels[p + 1] = rgb[1];
        pixels[p + 2] = rgb[2];
        pixels[p + 3] = Math.round(255 * (0.08 + 0.37 * Math.max(0, Math.min(1, certainty))));
      }
    }
  });
}
