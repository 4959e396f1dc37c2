import {
  createDiagonalMixture2D,
  createRng,
  type GridBox,
  gridCoordinate,
  mixtureModes,
  NoisedGaussianMixture,
} from '../../../core';

/** The plane shown: [−3, 3]², where every preset and every centre (kept in ±2.5) lives with its spread. */
export const BOX: GridBox = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 };
/** Arrows on a 15 × 15 grid; the heat map on a 61 × 61 grid. */
export const ARROW_GRID = 15;
export const DENSITY_GRID = 61;
/** An arrow's length is one grid cell × tanh(|∇log p| / ARROW_SCORE): |s| = 2 draws 76 % of a cell. */
export const ARROW_SCORE = 2;
/** The readout counts particles within this distance of a mode. */
export const NEAR_MODE = 0.3;

const centre = (d: number) => ({ kind: 'number', min: -2.5, max: 2.5, default: d, step: 0.05 }) as const;
const weight = { kind: 'number', min: 0.05, max: 1, default: 0.5, step: 0.05 } as const;

export const SCORE_FIELD_PARAMS = {
  preset: { kind: 'enum', values: ['twoModes', 'threeModes', 'lopsided'], default: 'twoModes' },
  components: { kind: 'number', min: 2, max: 4, default: 2, integer: true },
  width: { kind: 'number', min: 0.3, max: 1.2, default: 0.55, step: 0.05 },
  scale: { kind: 'number', min: 1e-3, max: 1e3, default: 1, scale: 'log', step: 0.5 },
  x1: centre(-1.2),
  y1: centre(0),
  x2: centre(1.2),
  y2: centre(0),
  x3: centre(0),
  y3: centre(1.5),
  x4: centre(0),
  y4: centre(-1.5),
  w1: weight,
  w2: weight,
  w3: weight,
  w4: weight,
} as const;

export type PresetName = (typeof SCORE_FIELD_PARAMS.preset.values)[number];
export type CentreKey = 'x1' | 'y1' | 'x2' | 'y2' | 'x3' | 'y3' | 'x4' | 'y4';
export type WeightKey = 'w1' | 'w2' | 'w3' | 'w4';
export const CENTRE_KEYS: readonly (readonly [CentreKey, CentreKey])[] = [
  ['x1', 'y1'],
  ['x2', 'y2'],
  ['x3', 'y3'],
  ['x4', 'y4'],
];
export const WEIGHT_KEYS: readonly WeightKey[] = ['w1', 'w2', 'w3', 'w4'];

export interface MixtureSettings {
  centres: [number, number][];
  weights: number[];
  width: number;
}

/** What a preset sets: the number of components, their centres and weights, and the common width σ. */
export const PRESETS: Record<PresetName, MixtureSettings> = {
  twoModes: {
    centres: [
      [-1.2, 0],
      [1.2, 0],
    ],
    weights: [0.5, 0.5],
    width: 0.55,
  },
  threeModes: {
    centres: [
      [-1.3, -0.8],
      [1.3, -0.8],
      [0, 1.4],
    ],
    weights: [0.5, 0.5, 0.5],
    width: 0.5,
  },
  lopsided: {
    centres: [
      [-1, 0.6],
      [1.4, -0.8],
    ],
    weights: [0.9, 0.15],
    width: 0.6,
  },
};

/** The reader's mixture: the first K centres and weights, each component N(μ_k, σ² I). */
export function buildDensity(settings: MixtureSettings): NoisedGaussianMixture {
  const density = new NoisedGaussianMixture(
    createDiagonalMixture2D({
      means: settings.centres,
      weights: settings.weights,
      variances: settings.centres.map(() => settings.width * settings.width),
    }),
  );
  density.setAlphaBar(1);
  return density;
}

/**
 * The arrows as one SVG path: at each grid point a shaft along ∇log p, of length cell·tanh(|s|/ARROW_SCORE), and
 * a two-stroke head. `toPx` maps data units to pixels (y up in data, down on screen).
 */
export function arrowPath(
  scores: Float64Array,
  toPx: (x: number, y: number) => [number, number],
  cellPx: number,
): string {
  const parts: string[] = [];
  for (let j = 0; j < ARROW_GRID; j++) {
    const y = gridCoordinate(BOX.yMin, BOX.yMax, ARROW_GRID, j);
    for (let i = 0; i < ARROW_GRID; i++) {
      const x = gridCoordinate(BOX.xMin, BOX.xMax, ARROW_GRID, i);
      const sx = scores[2 * (j * ARROW_GRID + i)];
      const sy = scores[2 * (j * ARROW_GRID + i) + 1];
      const size = Math.hypot(sx, sy);
      if (!(size > 1e-12) || !Number.isFinite(size)) continue;
      const length = 0.9 * cellPx * Math.tanh(size / ARROW_SCORE);
      const [px, py] = toPx(x, y);
      // unit direction on screen (y flipped)
      const ux = sx / size;
      const uy = -sy / size;
      const tx = px + ux * length;
      const ty = py + uy * length;
      const head = Math.min(4, 0.4 * length);
      const hx1 = tx - head * (ux * 0.87 - uy * 0.5);
      const hy1 = ty - head * (uy * 0.87 + ux * 0.5);
      const hx2 = tx - head * (ux * 0.87 + uy * 0.5);
      const hy2 = ty - head * (uy * 0.87 - ux * 0.5);
      const f = (v: number) => v.toFixed(1);
      parts.push(
        `M${f(px)},${f(py)}L${f(tx)},${f(ty)}M${f(hx1)},${f(hy1)}L${f(tx)},${f(ty)}L${f(hx2)},${f(hy2)}`,
      );
    }
  }
  return parts.join('');
}

/** Step ε of the noiseless ascent: a tenth of σ², stable (the curvature of log p is about 1/σ² at a mode). */
export const ascentStep = (width: number) => 0.1 * width * width;
export const ASCENT_PARTICLES = 600;
export const ASCENT_STEPS = 150;

/** The particle stream: seeded uniform starts over the box, climbing by x ← x + ε∇log p. */
export interface AscentRun {
  density: NoisedGaussianMixture;
  points: Float64Array;
  scratch: Float64Array;
  modes: Float64Array;
  epsilon: number;
}

export function createAscentRun(density: NoisedGaussianMixture, width: number, seed: number): AscentRun {
  const rng = createRng(seed);
  const points = new Float64Array(2 * ASCENT_PARTICLES);
  for (let i = 0; i < ASCENT_PARTICLES; i++) {
    points[2 * i] = BOX.xMin + (BOX.xMax - BOX.xMin) * rng.uniform();
    points[2 * i + 1] = BOX.yMin + (BOX.yMax - BOX.yMin) * rng.uniform();
  }
  return {
    density,
    points,
    scratch: new Float64Array(points.length),
    modes: mixtureModes(density),
    epsilon: ascentStep(width),
  };
}

type MixtureValues = Record<CentreKey | WeightKey, number> & { components: number; width: number };

/** The first K centres and weights and σ, read from the widget's values. */
export function mixtureSettings(values: MixtureValues): MixtureSettings {
  const K = values.components;
  return {
    centres: CENTRE_KEYS.slice(0, K).map(([kx, ky]) => [values[kx], values[ky]]),
    weights: WEIGHT_KEYS.slice(0, K).map((key) => values[key]),
    width: values.width,
  };
}

/** Every value mixtureSettings reads, as one string: what the density is rebuilt on. */
export function mixtureKey(values: MixtureValues): string {
  return JSON.stringify(mixtureSettings(values));
}
