import {
  createRng,
  effectivePointCount,
  NoisedGaussianMixture,
  pointMixture,
  posteriorWeights,
  type ShapeName,
  shapeCloud,
  tweedieMean,
} from '../../../core';

/** The plane shown, in the standardised units of the chapter-1 shapes. */
export const BOX = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 } as const;
/** Few enough data points to see each one's weight, enough to make the shape. */
export const DATA_COUNT = 24;
/**
 * σ₀ blurring each data point, so p_t is an exact mixture at every noise level. Small against the spacing of the
 * points (about 0.4) and against most noise levels, so that the "snap to the nearest point" is visible: below σ₀
 * the estimate would follow x_t itself, since x₀ is then only known to lie in a blob of width σ₀.
 */
export const SIGMA0 = 0.03;
/** The sorted bar list shows the largest posterior weights, this many. */
export const TOP = 5;
export const DENSITY_GRID = 61;

const coordinate = (d: number) => ({ kind: 'number', min: -3, max: 3, default: d, step: 0.05 }) as const;

export const DENOISE_PARAMS = {
  shape: { kind: 'enum', values: ['twoMoons', 'smiley', 'spiral', 'heart'], default: 'twoMoons' },
  /** The noise level √(1 − ᾱ): the standard deviation of the noise added to √ᾱ x₀. */
  noise: { kind: 'number', min: 0.05, max: 0.99, default: 0.4, step: 0.01 },
  xt: coordinate(0.6),
  yt: coordinate(0.3),
  /** The data point the current x_t was drawn from, −1 when the reader placed x_t by hand. */
  source: { kind: 'number', min: -1, max: DATA_COUNT - 1, default: -1, integer: true },
  /** How many noised points were drawn: the draw's random stream, so a link reproduces the next draw too. */
  draws: { kind: 'number', min: 0, max: 1_000_000, default: 0, integer: true },
} as const;

export const alphaBarOf = (noise: number) => 1 - noise * noise;

export interface DenoiseData {
  /** the data points x₀⁽ᵏ⁾, interleaved */
  points: Float64Array;
  /** their mean: where the estimate goes as ᾱ → 0 */
  mean: [number, number];
  /** Σ_k N(x₀⁽ᵏ⁾, σ₀² I)/K, whose noised density and score are exact */
  density: NoisedGaussianMixture;
}

export function denoiseData(shape: ShapeName, seed: number): DenoiseData {
  const points = shapeCloud(shape, DATA_COUNT, createRng(seed));
  let mx = 0;
  let my = 0;
  for (let k = 0; k < DATA_COUNT; k++) {
    mx += points[2 * k] / DATA_COUNT;
    my += points[2 * k + 1] / DATA_COUNT;
  }
  return { points, mean: [mx, my], density: new NoisedGaussianMixture(pointMixture(points, SIGMA0)) };
}

export interface Denoised {
  /** r_k = P(point k | x_t) */
  weights: Float64Array;
  /** Tweedie's E[x₀ | x_t] */
  estimate: [number, number];
  /** exp(entropy of r): how many points the estimate averages over */
  effective: number;
  /** indices of the TOP largest weights, largest first */
  top: number[];
  /** the data point nearest to the estimate, and the distances from the estimate to it and to the data mean */
  nearest: number;
  toNearest: number;
  toMean: number;
}

export function denoise(data: DenoiseData, x: number, y: number, alphaBar: number): Denoised {
  const weights = posteriorWeights(data.density, x, y, alphaBar, new Float64Array(DATA_COUNT));
  const estimate = tweedieMean(data.density, x, y, alphaBar);
  const order = Array.from({ length: DATA_COUNT }, (_, k) => k).sort((a, b) => weights[b] - weights[a]);
  let nearest = 0;
  let toNearest = Number.POSITIVE_INFINITY;
  for (let k = 0; k < DATA_COUNT; k++) {
    const d = Math.hypot(estimate[0] - data.points[2 * k], estimate[1] - data.points[2 * k + 1]);
    if (d < toNearest) {
      toNearest = d;
      nearest = k;
    }
  }
  return {
    weights,
    estimate,
    effective: effectivePointCount(weights),
    top: order.slice(0, TOP),
    nearest,
    toNearest,
    toMean: Math.hypot(estimate[0] - data.mean[0], estimate[1] - data.mean[1]),
  };
}

/**
 * A noised point x_t = √ᾱ x₀ + √(1 − ᾱ) ε: x₀ a data point drawn uniformly, ε ~ N(0, I), from the stream of the
 * seed and the draw number (so draw n is the same for every reader with that seed). Kept inside the box.
 */
export function drawNoisedPoint(
  data: DenoiseData,
  alphaBar: number,
  seed: number,
  draw: number,
): { x: number; y: number; source: number } {
  const rng = createRng((seed + Math.imul(draw + 1, 0x9e3779b1)) >>> 0);
  const source = rng.int(DATA_COUNT);
  const a = Math.sqrt(alphaBar);
  const s = Math.sqrt(1 - alphaBar);
  const clamp = (v: number) => Math.min(BOX.xMax, Math.max(BOX.xMin, Number(v.toFixed(3))));
  return {
    x: clamp(a * data.points[2 * source] + s * rng.normal()),
    y: clamp(a * data.points[2 * source + 1] + s * rng.normal()),
    source,
  };
}
