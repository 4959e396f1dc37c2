/**
 * The first `shown` hidden units' filters, each as one contiguous 64-value image: column j of W (64 × hidden,
 * row-major, W_ij at i · hidden + j) is what unit j responds to, pixel by pixel.
 */
export function filtersOf(
  weights: ArrayLike<number>,
  visible: number,
  hidden: number,
  shown: number,
): Float32Array {
  if (weights.length !== visible * hidden)
    throw new RangeError(`weights has ${weights.length} entries, expected ${visible} × ${hidden}`);
  const count = Math.min(shown, hidden);
  const out = new Float32Array(count * visible);
  for (let j = 0; j < count; j++)
    for (let i = 0; i < visible; i++) out[j * visible + i] = weights[i * hidden + j];
  return out;
}

/** How many filters the grid shows: all of them up to an 8 × 8 grid. */
export const MAX_FILTERS_SHOWN = 64;
