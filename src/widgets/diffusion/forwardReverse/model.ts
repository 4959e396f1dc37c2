import {
  continuousSchedule,
  createRng,
  drawForwardNoise,
  noiseCloud,
  pointMixture,
  type ScheduleKind,
  type ShapeName,
  sampleDiagonalMixture2D,
} from '../../../core';
import { type MixtureData, mixtureData, SIGMA0 } from '../common/mixtureData';

export { PARTICLES, SIGMA0 } from '../common/mixtureData';

/** Particles whose paths are drawn. */
export const TRACKED = 4;
/** Points of the forward cloud (cheap: no score is needed to noise forward). */
export const FORWARD_POINTS = 1500;

export interface ShapeData extends MixtureData {
  /** x_0 drawn from the mixture, and the fixed noise ε that carries it forward */
  x0: Float64Array;
  eps: Float64Array;
}

/** Everything that depends on the shape and the seed only (the mixture itself is rebuilt in the worker). */
export function shapeData(shape: ShapeName, seed: number): ShapeData {
  const base = mixtureData(shape, seed);
  const rng = createRng((seed + 0x1b873593) >>> 0);
  const x0 = sampleDiagonalMixture2D(pointMixture(base.data, SIGMA0), FORWARD_POINTS, rng);
  const eps = drawForwardNoise(x0.length, rng);
  return { ...base, x0, eps };
}

/** The forward cloud x_t = √ᾱ(t) x_0 + √(1 − ᾱ(t)) ε at time t ∈ [0, 1], and its ᾱ. */
export function forwardCloud(
  shape: ShapeData,
  schedule: ScheduleKind,
  time: number,
): { xt: Float64Array; alphaBar: number } {
  const alphaBar = continuousSchedule(schedule).alphaBar(time);
  return { xt: noiseCloud(shape.x0, shape.eps, alphaBar), alphaBar };
}
