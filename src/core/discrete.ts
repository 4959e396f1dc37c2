/** Draws from discrete distributions with a seeded Rng: Bernoulli, categorical, Walker's alias tables. */

import type { Rng } from './random';

/** Bernoulli(p): true with probability p (p is clamped to [0, 1]; NaN → RangeError). */
export function bernoulli(rng: Rng, p: number): boolean {
  if (Number.isNaN(p)) throw new RangeError('bernoulli: p is NaN');
  return rng.uniform() < p;
}

/**
 * One draw from a categorical distribution with (unnormalised, non-negative) weights:
 * P(k) = w_k / Σ w. Linear search over the cumulative sum, O(K) per draw — fine for a few categories;
 * for many draws from the same weights use createAliasTable.
 */
export function categorical(rng: Rng, weights: ArrayLike<number>): number {
  const total = checkWeights(weights, 'categorical');
  let target = rng.uniform() * total;
  let last = 0;
  for (let k = 0; k < weights.length; k++) {
    if (weights[k] <= 0) continue;
    last = k;
    target -= weights[k];
    if (target < 0) return k;
  }
  return last; // rounding left a sliver at the end: it belongs to the last positive category
}

export interface AliasTable {
  /** Number of categories K. */
  readonly size: number;
  /** Normalised probabilities p_k = w_k / Σ w. */
  readonly probabilities: Float64Array;
  /** One draw in O(1). */
  sample(rng: Rng): number;
  /** Fill `out` with independent draws. */
  fill(rng: Rng, out: Int32Array): Int32Array;
}

/**
 * Walker's alias method (Vose's stable construction): K columns of height 1/K, each holding at most two
 * categories — its own (with probability keep[j]) and one alias. A draw picks a column uniformly and then
 * one of its two categories, so every draw costs O(1) whatever K is.
 */
export function createAliasTable(weights: ArrayLike<number>): AliasTable {
  const total = checkWeights(weights, 'createAliasTable');
  const size = weights.length;
  const probabilities = new Float64Array(size);
  const keep = new Float64Array(size);
  const alias = new Int32Array(size);
  const small: number[] = [];
  const large: number[] = [];
  for (let k = 0; k < size; k++) {
    probabilities[k] = Math.max(0, weights[k]) / total;
    keep[k] = probabilities[k] * size; // scaled so that the average column is exactly 1
    alias[k] = k;
    (keep[k] < 1 ? small : large).push(k);
  }
  // Fill each short column with mass taken from a tall one.
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() as number;
    const l = large.pop() as number;
    alias[s] = l;
    keep[l] = keep[l] + keep[s] - 1;
    (keep[l] < 1 ? small : large).push(l);
  }
  // What is left is 1 up to rounding.
  for (const k of small) keep[k] = 1;
  for (const k of large) keep[k] = 1;

  function sample(rng: Rng): number {
    const v = rng.uniform() * size;
    const column = Math.floor(v);
    return v - column < keep[column] ? column : alias[column];
  }
  return {
    size,
    probabilities,
    sample,
    fill(rng, out) {
      for (let i = 0; i < out.length; i++) out[i] = sample(rng);
      return out;
    },
  };
}

function checkWeights(weights: ArrayLike<number>, what: string): number {
  if (weights.length === 0) throw new RangeError(`${what}: no categories`);
  let total = 0;
  for (let k = 0; k < weights.length; k++) {
    const w = weights[k];
    if (!(w >= 0) || w === Number.POSITIVE_INFINITY) {
      throw new RangeError(`${what}: weight ${k} must be finite and ≥ 0, got ${w}`);
    }
    total += w;
  }
  if (!(total > 0)) throw new RangeError(`${what}: all weights are 0`);
  return total;
}
