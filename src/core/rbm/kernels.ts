/**
 * Inner loops shared by RBM training and AIS. Units are 0/1, so a state is passed as the LIST of its on-units
 * and every product with it becomes a sum of rows (or entries) of W — W_ij = W[i·H + j], rows contiguous.
 * The sums are kept in 8 local variables at a time ("register blocking"): V8 does not vectorise, and on the
 * development machine this roughly halves the time per element compared with adding into an array.
 */

import type { Rng } from '../random';
import { fastExp, logisticBernoulli, UINT32_TO_UNIT } from './math';

/** Local aliases: a module-level binding is called directly (an imported one may go through a getter). */
const exp = fastExp;
const bernoulli = logisticBernoulli;

/**
 * out[o + j] = c_j + Σ_{t ∈ [from, to)} W[on[t]·H + j] for j < H: the hidden pre-activations for a visible state
 * given by the list of its on-units. Eight hidden units at a time, sums in locals.
 */
export function hiddenPreactivations(
  W: Float64Array,
  c: Float64Array,
  on: Int32Array,
  from: number,
  to: number,
  H: number,
  out: Float64Array,
  o: number,
): void {
  let j = 0;
  for (; j + 7 < H; j += 8) {
    let a0 = c[j];
    let a1 = c[j + 1];
    let a2 = c[j + 2];
    let a3 = c[j + 3];
    let a4 = c[j + 4];
    let a5 = c[j + 5];
    let a6 = c[j + 6];
    let a7 = c[j + 7];
    for (let t = from; t < to; t++) {
      const w = on[t] * H + j;
      a0 += W[w];
      a1 += W[w + 1];
      a2 += W[w + 2];
      a3 += W[w + 3];
      a4 += W[w + 4];
      a5 += W[w + 5];
      a6 += W[w + 6];
      a7 += W[w + 7];
    }
    out[o + j] = a0;
    out[o + j + 1] = a1;
    out[o + j + 2] = a2;
    out[o + j + 3] = a3;
    out[o + j + 4] = a4;
    out[o + j + 5] = a5;
    out[o + j + 6] = a6;
    out[o + j + 7] = a7;
  }
  for (; j < H; j++) {
    let a = c[j];
    for (let t = from; t < to; t++) a += W[on[t] * H + j];
    out[o + j] = a;
  }
}

/** out[o + j] = p(h_j = 1 | v) = σ(c_j + Σ_{t} W[on[t]·H + j]): hiddenPreactivations followed by the sigmoid. */
export function hiddenFromOn(
  W: Float64Array,
  c: Float64Array,
  on: Int32Array,
  from: number,
  to: number,
  H: number,
  out: Float64Array,
  o: number,
): void {
  hiddenPreactivations(W, c, on, from, to, H, out, o);
  // σ(x) = 1 / (1 + e^{−x})
  for (let q = 0; q < H; q++) out[o + q] = 1 / (1 + exp(-out[o + q]));
}

/**
 * act[i] = b_i + Σ_{q < m} W[i·H + hOn[ho + q]] for i < V: visible pre-activations for a hidden state given by
 * the list of its on-units. Eight visible rows at a time share each index load.
 */
export function visibleFromOn(
  W: Float64Array,
  b: Float64Array,
  hOn: Int32Array,
  ho: number,
  m: number,
  V: number,
  H: number,
  act: Float64Array,
): void {
  const end = ho + m;
  let i = 0;
  for (; i + 7 < V; i += 8) {
    const w = i * H;
    let a0 = b[i];
    let a1 = b[i + 1];
    let a2 = b[i + 2];
    let a3 = b[i + 3];
    let a4 = b[i + 4];
    let a5 = b[i + 5];
    let a6 = b[i + 6];
    let a7 = b[i + 7];
    for (let q = ho; q < end; q++) {
      const x = w + hOn[q];
      a0 += W[x];
      a1 += W[x + H];
      a2 += W[x + 2 * H];
      a3 += W[x + 3 * H];
      a4 += W[x + 4 * H];
      a5 += W[x + 5 * H];
      a6 += W[x + 6 * H];
      a7 += W[x + 7 * H];
    }
    act[i] = a0;
    act[i + 1] = a1;
    act[i + 2] = a2;
    act[i + 3] = a3;
    act[i + 4] = a4;
    act[i + 5] = a5;
    act[i + 6] = a6;
    act[i + 7] = a7;
  }
  for (; i < V; i++) {
    let a = b[i];
    for (let q = ho; q < end; q++) a += W[i * H + hOn[q]];
    act[i] = a;
  }
}

/** ṽ_i ~ Bernoulli(σ(act[i])) for i < V; the on-units go to vOn[vo …]; returns how many there are. */
export function sampleOn(act: Float64Array, V: number, rng: Rng, vOn: Int32Array, vo: number): number {
  const toUnit = UINT32_TO_UNIT;
  let count = 0;
  for (let i = 0; i < V; i++) {
    // branch-free: always write i, advance only when the unit is on (u < σ(act_i))
    vOn[vo + count] = i;
    count += bernoulli(act[i], rng.nextUint32() * toUnit);
  }
  return count;
}

/** h_j ~ Bernoulli(p[o + j]) into h[o …], its on-units into hOn[o …]; returns how many are on. */
export function sampleHiddenOn(
  p: Float64Array,
  o: number,
  H: number,
  rng: Rng,
  h: Float64Array,
  hOn: Int32Array,
): number {
  const toUnit = UINT32_TO_UNIT;
  let on = 0;
  for (let j = 0; j < H; j++) {
    const bit = +(rng.nextUint32() * toUnit < p[o + j]);
    h[o + j] = bit;
    hOn[o + on] = j; // branch-free, as in sampleOn
    on += bit;
  }
  return on;
}

/** Writes the indices j < n with x[o + j] = 1 (x is 0/1) into list[o …] and returns how many there are. */
export function listOn(x: Float64Array, o: number, n: number, list: Int32Array): number {
  let m = 0;
  for (let j = 0; j < n; j++) {
    list[o + m] = j;
    m += x[o + j]; // x is 0/1
  }
  return m;
}
