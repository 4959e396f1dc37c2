/** Histograms with equal-width bins, as counts and as a density estimate. */

export interface Histogram {
  /** Bin edges, length bins + 1, from min to max. */
  edges: Float64Array;
  /** Number of samples per bin. The last bin is closed: x = max falls into it. */
  counts: Float64Array;
  /** counts / (total · width): a density estimate that integrates to the in-range fraction. */
  density: Float64Array;
  /** Number of samples looked at (in range or not). */
  total: number;
  /** Samples below min, above max, or NaN. */
  outside: number;
}

/**
 * Histogram with equal-width bins on [min, max].
 * density_j = counts_j / (total · Δx), so Σ_j density_j · Δx = (in-range count) / total: a histogram of a
 * sample from p approximates p itself wherever p lives inside [min, max].
 * bins is rounded and clamped to [1, 1e7]; min < max (both finite) is required.
 */
export function histogram(
  xs: ArrayLike<number>,
  opts: { min: number; max: number; bins: number },
): Histogram {
  const { min, max } = opts;
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) {
    throw new RangeError(`histogram needs finite min < max, got [${min}, ${max}]`);
  }
  const bins = Number.isFinite(opts.bins) ? Math.min(1e7, Math.max(1, Math.round(opts.bins))) : 1;
  const width = (max - min) / bins;
  const edges = new Float64Array(bins + 1);
  for (let j = 0; j <= bins; j++) edges[j] = min + j * width;
  edges[bins] = max; // exact right edge despite rounding
  const counts = new Float64Array(bins);
  let outside = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (!(x >= min && x <= max)) {
      outside++; // also catches NaN
      continue;
    }
    let j = Math.floor((x - min) / width);
    if (j >= bins) j = bins - 1; // x = max, or rounding just below it
    counts[j]++;
  }
  const total = xs.length;
  const density = new Float64Array(bins);
  if (total > 0) for (let j = 0; j < bins; j++) density[j] = counts[j] / (total * width);
  return { edges, counts, density, total, outside };
}
