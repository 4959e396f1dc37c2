/**
 * The score field of a 2-D Gaussian mixture (chapter 7, "the score"): what the arrows, the heat map and the
 * noiseless particle stream of the ScoreField widget are computed from.
 *
 *   p̃(x) = c · p(x),   p(x) = Σ_k w_k N(x; μ_k, σ_k² I),   ∇ log p̃(x) = ∇ log c + ∇ log p(x) = ∇ log p(x).
 *
 * The constant c (a normaliser Z⁻¹ one forgot, or any other) adds log c to log p̃ and nothing to its gradient:
 * the score does not see it. The functions below take c only where a value of p̃ is asked for.
 */

import type { NoisedGaussianMixture } from './gaussianMixture';

/** A rectangle of the plane and an n × n grid on it, ends included (grid point (i, j) at x_i, y_j). */
export interface GridBox {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** x_i = xMin + i (xMax − xMin)/(n − 1). */
export function gridCoordinate(min: number, max: number, n: number, i: number): number {
  return n > 1 ? min + ((max - min) * i) / (n - 1) : (min + max) / 2;
}

/**
 * p̃ = c·p on an n × n grid of the box (row j = y_j from the bottom), at the mixture's current ᾱ, and its maximum.
 * Computed as exp(log c + log p), so even c = 10⁻³ of a tiny density stays a plain number.
 */
export function scaledDensityGrid(
  density: NoisedGaussianMixture,
  box: GridBox,
  n: number,
  c: number,
): { values: Float64Array; max: number } {
  if (!(c > 0 && Number.isFinite(c))) throw new RangeError(`the constant c must be positive, got ${c}`);
  const values = new Float64Array(n * n);
  const logC = Math.log(c);
  let max = 0;
  for (let j = 0; j < n; j++) {
    const y = gridCoordinate(box.yMin, box.yMax, n, j);
    for (let i = 0; i < n; i++) {
      const v = Math.exp(logC + density.logDensity(gridCoordinate(box.xMin, box.xMax, n, i), y));
      values[j * n + i] = v;
      if (v > max) max = v;
    }
  }
  return { values, max };
}

/**
 * ∇ log p on an n × n grid: out[2(j n + i)], out[2(j n + i) + 1] at (x_i, y_j). No constant c is an argument,
 * because there is none in the answer.
 */
export function scoreGrid(density: NoisedGaussianMixture, box: GridBox, n: number): Float64Array {
  const out = new Float64Array(2 * n * n);
  for (let j = 0; j < n; j++) {
    const y = gridCoordinate(box.yMin, box.yMax, n, j);
    for (let i = 0; i < n; i++)
      density.score(gridCoordinate(box.xMin, box.xMax, n, i), y, out, 2 * (j * n + i));
  }
  return out;
}

/**
 * One step of noiseless gradient ascent on log p for a whole cloud, in place: x ← x + ε ∇ log p(x).
 * (Langevin dynamics without its √(2ε) ξ: the particles climb to the nearest mode and stay there.)
 * `gradient` is scratch of the cloud's length.
 */
export function ascendScore(
  density: NoisedGaussianMixture,
  points: Float64Array,
  epsilon: number,
  gradient: Float64Array,
): void {
  density.scoreCloud(points, density.alphaBar, gradient);
  for (let i = 0; i < points.length; i++) points[i] += epsilon * gradient[i];
}

/**
 * The modes of the mixture (local maxima of p): gradient ascent started at each centre μ_k, with a step of
 * ¼ of the smallest variance (stable: the curvature of log p is at most about 1/σ² near a mode), until the
 * score is below `tolerance`; climbs that end within 10⁻⁴ of each other are one mode. Components that merge
 * into one hill (centres closer than about 2σ) give one mode between them. Interleaved [x0, y0, x1, y1, …].
 */
export function mixtureModes(
  density: NoisedGaussianMixture,
  tolerance = 1e-10,
  maxSteps = 200_000,
): Float64Array {
  const mix = density.mixture;
  const alphaBar = Number.isNaN(density.alphaBar) ? 1 : density.alphaBar;
  density.setAlphaBar(alphaBar);
  let smallest = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 2 * mix.count; k++)
    smallest = Math.min(smallest, alphaBar * mix.variances[k] + (1 - alphaBar));
  const epsilon = smallest / 4;
  const grad = new Float64Array(2);
  const found: number[] = [];
  const a = Math.sqrt(alphaBar);
  for (let k = 0; k < mix.count; k++) {
    if (mix.weights[k] === 0) continue;
    let x = a * mix.means[2 * k];
    let y = a * mix.means[2 * k + 1];
    for (let s = 0; s < maxSteps; s++) {
      density.score(x, y, grad);
      if (Math.hypot(grad[0], grad[1]) < tolerance) break;
      x += epsilon * grad[0];
      y += epsilon * grad[1];
    }
    let known = false;
    for (let m = 0; m < found.length; m += 2) {
      if (Math.hypot(found[m] - x, found[m + 1] - y) < 1e-4) known = true;
    }
    if (!known) found.push(x, y);
  }
  return Float64Array.from(found);
}

/** The fraction of the cloud's points within distance r of some mode (the ascent's readout). */
export function fractionNearModes(points: Float64Array, modes: Float64Array, r: number): number {
  const n = points.length >> 1;
  if (n === 0) return 0;
  const r2 = r * r;
  let near = 0;
  for (let i = 0; i < n; i++) {
    for (let m = 0; m < modes.length; m += 2) {
      const dx = points[2 * i] - modes[m];
      const dy = points[2 * i + 1] - modes[m + 1];
      if (dx * dx + dy * dy <= r2) {
        near++;
        break;
      }
    }
  }
  return near / n;
}
