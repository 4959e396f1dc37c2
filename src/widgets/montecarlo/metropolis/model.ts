/**
 * The Metropolis widget's computation: a target on a box (built-in or typed), its density on the map grid, and a
 * recorded random-walk Metropolis run from the core's stepper — every state, every proposal and its fate — so the
 * view can replay the chain step by step without re-running it.
 */

import { createRandomWalkMetropolis, createRng } from '../../../core';
import { densityOnGrid2D, type Grid2D, restrictedLogDensity2D } from '../../common/inputs/formula/gridCheck';
import type { TypedDensity } from '../../common/inputs/formula/parseFormula';
import type { DensityGrid } from '../../common/plots/DensityMap';
import { type Box2D, FORMULA_BOX_2D, TARGETS_2D, type Target2DId } from '../targets';

/** Grid points per side of the density map (and of the typed formula's check). */
export const MAP_POINTS = 97;

export function mapGrid(box: Box2D): Grid2D {
  return { ...box, nx: MAP_POINTS, ny: MAP_POINTS };
}

/** A target and its density on the map grid (`values`, row j = y_j from the bottom, and their maximum). */
export interface MapTarget extends DensityGrid {
  logDensity: (x: number, y: number) => number;
  start: readonly [number, number];
  /** Exact E[x], or null for a typed formula. */
  meanX: number | null;
}

export function builtInTarget(id: Target2DId): MapTarget {
  const target = TARGETS_2D[id];
  const grid = mapGrid(target.box);
  const values = new Float64Array(grid.nx * grid.ny);
  let max = 0;
  for (let j = 0; j < grid.ny; j++) {
    const y = grid.yMin + ((grid.yMax - grid.yMin) * j) / (grid.ny - 1);
    for (let i = 0; i < grid.nx; i++) {
      const x = grid.xMin + ((grid.xMax - grid.xMin) * i) / (grid.nx - 1);
      const v = Math.exp(target.logDensity(x, y));
      values[j * grid.nx + i] = v;
      if (v > max) max = v;
    }
  }
  return {
    box: target.box,
    logDensity: target.logDensity,
    start: target.start,
    meanX: target.meanX,
    values,
    max,
    nx: grid.nx,
    ny: grid.ny,
  };
}

/**
 * A typed formula on its box (0 outside). The chain starts at the grid point of highest density, where the density
 * is sure to be positive. `onBad` hears about a negative or non-finite value met between grid points.
 */
export function typedTarget(
  density: TypedDensity,
  values: Float64Array,
  max: number,
  onBad: (x: number, y: number) => void,
): MapTarget {
  const grid = mapGrid(FORMULA_BOX_2D);
  let best = 0;
  for (let k = 1; k < values.length; k++) if (values[k] > values[best]) best = k;
  const i = best % grid.nx;
  const j = Math.floor(best / grid.nx);
  const start: [number, number] = [
    grid.xMin + ((grid.xMax - grid.xMin) * i) / (grid.nx - 1),
    grid.yMin + ((grid.yMax - grid.yMin) * j) / (grid.ny - 1),
  ];
  return {
    box: FORMULA_BOX_2D,
    logDensity: restrictedLogDensity2D(density, FORMULA_BOX_2D, onBad),
    start,
    meanX: null,
    values,
    max,
    nx: grid.nx,
    ny: grid.ny,
  };
}

/** The grid check FormulaField runs on a typed 2-D formula. */
export const onGrid2D = (density: TypedDensity) => densityOnGrid2D(density, mapGrid(FORMULA_BOX_2D));

export interface ChainRun {
  /** States x_0 … x_N (N + 1 of them). */
  xs: Float64Array;
  ys: Float64Array;
  /** The proposal made at step t = 1 … N, stored at index t − 1, and whether it was accepted. */
  px: Float64Array;
  py: Float64Array;
  accepted: Uint8Array;
  /** Accepted proposals among the first t steps: acceptedBefore[t]. */
  acceptedBefore: Uint32Array;
}

export function runChain(target: MapTarget, scale: number, steps: number, seed: number): ChainRun {
  const sampler = createRandomWalkMetropolis({
    logDensity: (v) => target.logDensity(v[0], v[1]),
    initial: target.start,
    stepSize: scale,
    rng: createRng(seed),
  });
  const xs = new Float64Array(steps + 1);
  const ys = new Float64Array(steps + 1);
  const px = new Float64Array(steps);
  const py = new Float64Array(steps);
  const accepted = new Uint8Array(steps);
  const acceptedBefore = new Uint32Array(steps + 1);
  xs[0] = sampler.current[0];
  ys[0] = sampler.current[1];
  for (let t = 0; t < steps; t++) {
    const ok = sampler.step();
    px[t] = sampler.proposal[0];
    py[t] = sampler.proposal[1];
    accepted[t] = ok ? 1 : 0;
    acceptedBefore[t + 1] = acceptedBefore[t] + accepted[t];
    xs[t + 1] = sampler.current[0];
    ys[t + 1] = sampler.current[1];
  }
  return { xs, ys, px, py, accepted, acceptedBefore };
}
