/**
 * The dissolving shape's numbers, core calls only: a clean figure of N points with its fixed noise ε (one draw per
 * seed), both noise schedules, and the noised cloud x_t = √ᾱ_t · x₀ + √(1 − ᾱ_t) · ε with the histogram of its
 * x-coordinates and their KS distance to N(0, 1). Every t is a pure function of (figure, seed, ᾱ_t): scrubbing t
 * and playing t forward show the same pictures.
 */
import {
  createRng,
  drawForwardNoise,
  histogram,
  ksCriticalValue,
  ksStatisticInPlace,
  type NoiseSchedule,
  noiseCloud,
  noiseSchedule,
  normalCdfTabulated,
  type ScheduleKind,
  type ShapeName,
  shapeCloud,
} from '../../../core';

/** Number of noising steps T (DDPM's choice). */
export const STEPS_T = 1000;
/** The histogram covers ±4 in standardised units: N(0, 1) puts all but 6e-5 of its mass inside. */
export const HIST_RANGE = 4;
const HIST_BINS = 48;
/** A second, independent stream for ε: the same seed gives the same noise whichever shape is chosen. */
const NOISE_STREAM = 0x5bd1e995;

export interface DissolveCloud {
  /** The clean figure and its noise, interleaved (x, y) per point. */
  x0: Float64Array;
  eps: Float64Array;
  count: number;
  /** The noised cloud at the ᾱ last asked for (rewritten in place), and scratch for its x-coordinates. */
  xt: Float64Array;
  xs: Float64Array;
}

export function createDissolveCloud(shape: ShapeName, points: number, seed: number): DissolveCloud {
  return {
    x0: shapeCloud(shape, points, createRng(seed)),
    eps: drawForwardNoise(2 * points, createRng((seed ^ NOISE_STREAM) >>> 0)),
    count: points,
    xt: new Float64Array(2 * points),
    xs: new Float64Array(points),
  };
}

let schedules: Record<ScheduleKind, NoiseSchedule> | null = null;

/** Both schedules over T steps, computed once. */
export function noiseSchedules(): Record<ScheduleKind, NoiseSchedule> {
  schedules ??= { linear: noiseSchedule('linear', STEPS_T), cosine: noiseSchedule('cosine', STEPS_T) };
  return schedules;
}

export interface DissolveFigures {
  hist: { edges: Float64Array; density: Float64Array };
  ks: number;
  critical: number;
}

/** Noise the cloud to ᾱ (into cloud.xt) and read its x-coordinates' histogram and KS distance to N(0, 1). */
export function noiseTo(cloud: DissolveCloud, alphaBar: number): DissolveFigures {
  const { count, xs } = cloud;
  const xt = noiseCloud(cloud.x0, cloud.eps, alphaBar, cloud.xt);
  for (let i = 0; i < count; i++) xs[i] = xt[2 * i];
  const hist = histogram(xs, { min: -HIST_RANGE, max: HIST_RANGE, bins: HIST_BINS });
  // sorts xs in place (after the histogram); the tabulated Φ is within 3e-8 of the exact one
  const ks = ksStatisticInPlace(xs, normalCdfTabulated);
  return { hist, ks, critical: ksCriticalValue(count, 0.05) };
}

/** The standard normal density, drawn over the histogram. */
export function standardNormalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
