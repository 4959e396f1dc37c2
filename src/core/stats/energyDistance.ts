/**
 * The energy distance between two samples (Székely & Rizzo): how far apart two point clouds are as
 * distributions, with no bins and no bandwidth to choose.
 *
 *   D²(X, Y) = 2 E|X − Y| − E|X − X'| − E|Y − Y'|
 *
 * with X, X' independent draws of one law and Y, Y' of the other; D² = 0 exactly when the two laws are
 * equal. On samples x_1…x_n, y_1…y_m every expectation becomes the mean over all pairs (the V-statistic,
 * diagonal pairs included):
 *
 *   D²_n = (2/nm) Σ_i Σ_j |x_i − y_j| − (1/n²) Σ_i Σ_i' |x_i − x_i'| − (1/m²) Σ_j Σ_j' |y_j − y_j'|,
 *
 * which is never negative (|·| is a conditionally negative definite kernel), and is of order 1/n + 1/m
 * even when both samples come from the same law — so a figure should show that floor beside it.
 * Points are interleaved rows of `dimension` coordinates: [x_0, y_0, x_1, y_1, …] for dimension 2.
 */

function checkCloud(points: Float64Array, dimension: number, name: string): number {
  if (!(Number.isInteger(dimension) && dimension >= 1)) {
    throw new RangeError(`dimension must be an integer ≥ 1, got ${dimension}`);
  }
  if (points.length === 0 || points.length % dimension !== 0) {
    throw new RangeError(`${name} must hold a whole, non-zero number of ${dimension}-D points`);
  }
  return points.length / dimension;
}

/** Mean Euclidean distance over all pairs (i, j), i from a and j from b. */
export function meanPairDistance(a: Float64Array, b: Float64Array, dimension = 2): number {
  const n = checkCloud(a, dimension, 'a');
  const m = checkCloud(b, dimension, 'b');
  let sum = 0;
  if (dimension === 2) {
    // the book's clouds are 2-D: the unrolled loop is about twice as fast
    for (let i = 0; i < n; i++) {
      const ax = a[2 * i];
      const ay = a[2 * i + 1];
      let row = 0;
      for (let j = 0; j < m; j++) {
        const dx = ax - b[2 * j];
        const dy = ay - b[2 * j + 1];
        row += Math.sqrt(dx * dx + dy * dy);
      }
      sum += row;
    }
    return sum / (n * m);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let d2 = 0;
      for (let k = 0; k < dimension; k++) {
        const d = a[i * dimension + k] - b[j * dimension + k];
        d2 += d * d;
      }
      sum += Math.sqrt(d2);
    }
  }
  return sum / (n * m);
}

/** D²_n between two clouds (see the file comment); ≥ 0, and 0 only for identical clouds. */
export function energyDistance(x: Float64Array, y: Float64Array, dimension = 2): number {
  const cross = meanPairDistance(x, y, dimension);
  const within = meanPairDistance(x, x, dimension) + meanPairDistance(y, y, dimension);
  // rounding can leave −1e-17 for identical clouds; the true value is ≥ 0
  return Math.max(0, 2 * cross - within);
}
