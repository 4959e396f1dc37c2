import {
  areaFractionHoldingMass,
  densityOfEnergyGrid,
  energyOnGrid,
  logPartitionOnSquare,
  type ProjectionExpert,
  productOfExperts2D,
  projectionExpert2D,
  type SquareGrid,
  sumOfGrids,
} from '../../../core';
import type { DensityGrid } from '../../common/plots/DensityMap';

export const PRESETS = ['polygon', 'blobs', 'bands'] as const;
export type Preset = (typeof PRESETS)[number];

/** The box [−3, 3]² at 121 × 121 points (spacing 0.05): fine enough for the maps and the 90 % areas. */
export const GRID: SquareGrid = { halfWidth: 3, n: 121 };
const BOX = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 };
export const EXPERT_COUNT = 6;

const step = (angle: number): ProjectionExpert => ({ shape: 'step', angle, offset: 1, strength: 6 });
const well = (angle: number): ProjectionExpert => ({ shape: 'well', angle, offset: 0, strength: 3 });
const band = (angle: number, strength = 1.5): ProjectionExpert => ({
  shape: 'band',
  angle,
  offset: 0,
  strength,
});

/**
 * Six experts per preset, and which are on when it is chosen.
 * polygon: soft half-planes at distance 1 whose normals point out at 90°, 210°, 330° (a triangle, experts 1, 3, 5)
 *   and 30°, 150°, 270° (the other triangle): all six carve a hexagon.
 * blobs: double wells across x and y (four blobs where both agree), then bands and half-planes that veto some.
 * bands: soft lines through the origin every 30°: two make an ellipse, more a rounder, tighter peak.
 */
export const PRESET_EXPERTS: Record<
  Preset,
  { experts: readonly ProjectionExpert[]; on: readonly boolean[] }
> = {
  polygon: {
    experts: [step(90), step(30), step(210), step(150), step(330), step(270)],
    on: [true, false, true, false, true, false],
  },
  blobs: {
    experts: [
      well(0),
      well(90),
      band(45, 1),
      { shape: 'step', angle: 0, offset: 0, strength: 3 },
      band(135, 1),
      { shape: 'step', angle: 90, offset: 0, strength: 3 },
    ],
    on: [true, true, false, false, false, false],
  },
  bands: {
    experts: [band(0, 0.6), band(60, 0.6), band(120, 0.6), band(30, 0.6), band(90, 0.6), band(150, 0.6)],
    on: [true, true, false, false, false, false],
  },
};

export interface ExpertView {
  expert: ProjectionExpert;
  on: boolean;
  /** The expert's own box-normalised density, for its small panel. */
  density: DensityGrid;
  /** Fraction of the box holding 90 % of this expert's own mass. */
  area90: number;
}

/** Each expert's energy grid, density and 90 % area: they change with the preset only, not with the checkboxes. */
export function expertGrids(preset: Preset): { energies: Float64Array[]; views: Omit<ExpertView, 'on'>[] } {
  const experts = PRESET_EXPERTS[preset].experts;
  const energies = experts.map((e) => energyOnGrid(projectionExpert2D(e), GRID));
  const views = experts.map((expert, k) => {
    const { density, max } = densityOfEnergyGrid(energies[k], GRID);
    return {
      expert,
      density: { box: BOX, values: density, max, nx: GRID.n, ny: GRID.n },
      area90: areaFractionHoldingMass(density, GRID, 0.9),
    };
  });
  return { energies, views };
}

export interface ProductView {
  density: DensityGrid;
  /** ΣE − min ΣE, capped at ENERGY_CAP, for the energy map (its shading saturates there). */
  energy: DensityGrid;
  /** log Z of the product on the box, by adaptive quadrature. */
  logZ: number;
  area90: number;
  /** The widest single expert that is on (largest 90 % area), or null with none on. */
  widest: { index: number; area90: number } | null;
  activeCount: number;
}

/** The energy map's scale stops at 12 (e^{−12} ≈ 6·10⁻⁶ of the peak weight): beyond it every point is "vetoed". */
export const ENERGY_CAP = 12;

export function productView(
  preset: Preset,
  on: readonly boolean[],
  grids: ReturnType<typeof expertGrids>,
): ProductView {
  const active = on.flatMap((isOn, k) => (isOn ? [k] : []));
  const size = GRID.n * GRID.n;
  const sum = sumOfGrids(
    active.map((k) => grids.energies[k]),
    size,
  );
  const { density, max } = densityOfEnergyGrid(sum, GRID);
  let minE = Number.POSITIVE_INFINITY;
  for (const e of sum) if (e < minE) minE = e;
  const shown = sum.map((e) => Math.min(ENERGY_CAP, e - minE));
  let shownMax = 0;
  for (const e of shown) if (e > shownMax) shownMax = e;
  const experts = PRESET_EXPERTS[preset].experts;
  // No expert on: e^{−0} = 1 everywhere, the uniform density on the box (Z = its area, 36).
  const energy =
    active.length === 0 ? () => 0 : productOfExperts2D(active.map((k) => projectionExpert2D(experts[k])));
  let widest: ProductView['widest'] = null;
  for (const k of active) {
    const area = grids.views[k].area90;
    if (!widest || area > widest.area90) widest = { index: k, area90: area };
  }
  return {
    density: { box: BOX, values: density, max, nx: GRID.n, ny: GRID.n },
    energy: { box: BOX, values: shown, max: shownMax, nx: GRID.n, ny: GRID.n },
    logZ: logPartitionOnSquare(energy, GRID.halfWidth, 1e-8),
    area90: areaFractionHoldingMass(density, GRID, 0.9),
    widest,
    activeCount: active.length,
  };
}
