/**
 * The two sparse kernels of a batch's parameter update (train.ts): grouping the batch rows and the chains by the
 * visible units that are on, and adding, for one visible unit, the summed hidden vectors of its rows minus those
 * of its chains to its row of W. Unrolled by eight hidden units, because this is most of an epoch's time.
 */

/**
 * W_i· += η⁺ Σ_{r ∈ rows(i)} hPos_r − η⁻ Σ_{c ∈ chains(i)} hNeg_c for one visible unit i, where rows(i) are the
 * batch rows with v_i = 1 (posList[ps … pe)) and chains(i) the chains with ṽ_i = 1 (negList[ns … ne)).
 * Each W element is read and written once, however many rows contribute.
 */
export function updateRow(
  W: Float64Array,
  w: number,
  H: number,
  etaPos: number,
  hPos: Float64Array,
  posList: Int32Array,
  ps: number,
  pe: number,
  etaNeg: number,
  hNeg: Float64Array,
  negList: Int32Array,
  ns: number,
  ne: number,
): void {
  let j = 0;
  for (; j + 7 < H; j += 8) {
    let p0 = 0;
    let p1 = 0;
    let p2 = 0;
    let p3 = 0;
    let p4 = 0;
    let p5 = 0;
    let p6 = 0;
    let p7 = 0;
    for (let t = ps; t < pe; t++) {
      const x = posList[t] * H + j;
      p0 += hPos[x];
      p1 += hPos[x + 1];
      p2 += hPos[x + 2];
      p3 += hPos[x + 3];
      p4 += hPos[x + 4];
      p5 += hPos[x + 5];
      p6 += hPos[x + 6];
      p7 += hPos[x + 7];
    }
    let n0 = 0;
    let n1 = 0;
    let n2 = 0;
    let n3 = 0;
    let n4 = 0;
    let n5 = 0;
    let n6 = 0;
    let n7 = 0;
    for (let t = ns; t < ne; t++) {
      const x = negList[t] * H + j;
      n0 += hNeg[x];
      n1 += hNeg[x + 1];
      n2 += hNeg[x + 2];
      n3 += hNeg[x + 3];
      n4 += hNeg[x + 4];
      n5 += hNeg[x + 5];
      n6 += hNeg[x + 6];
      n7 += hNeg[x + 7];
    }
    const x = w + j;
    W[x] += etaPos * p0 - etaNeg * n0;
    W[x + 1] += etaPos * p1 - etaNeg * n1;
    W[x + 2] += etaPos * p2 - etaNeg * n2;
    W[x + 3] += etaPos * p3 - etaNeg * n3;
    W[x + 4] += etaPos * p4 - etaNeg * n4;
    W[x + 5] += etaPos * p5 - etaNeg * n5;
    W[x + 6] += etaPos * p6 - etaNeg * n6;
    W[x + 7] += etaPos * p7 - etaNeg * n7;
  }
  for (; j < H; j++) {
    let p = 0;
    for (let t = ps; t < pe; t++) p += hPos[posList[t] * H + j];
    let n = 0;
    for (let t = ns; t < ne; t++) n += hNeg[negList[t] * H + j];
    W[w + j] += etaPos * p - etaNeg * n;
  }
}

/**
 * Group sparse states by visible unit (a transpose): state s (s < count) has its on-units in
 * on[base + s·stride + offset[s] … base + s·stride + offset[s] + size[s]) — see the two callers — and
 * afterwards the states with unit i on are list[start[i] … start[i+1]).
 */
export function groupByUnit(
  count: number,
  on: Int32Array,
  from: Int32Array,
  fromBase: number,
  stride: number,
  size: Int32Array | null,
  V: number,
  start: Int32Array,
  cursor: Int32Array,
  list: Int32Array,
): void {
  start.fill(0);
  for (let s = 0; s < count; s++) {
    const a = size === null ? from[fromBase + s] : s * stride;
    const e = size === null ? from[fromBase + s + 1] : a + size[s];
    for (let t = a; t < e; t++) start[on[t] + 1]++;
  }
  for (let i = 0; i < V; i++) start[i + 1] += start[i];
  for (let i = 0; i < V; i++) cursor[i] = start[i];
  for (let s = 0; s < count; s++) {
    const a = size === null ? from[fromBase + s] : s * stride;
    const e = size === null ? from[fromBase + s + 1] : a + size[s];
    for (let t = a; t < e; t++) list[cursor[on[t]]++] = s;
  }
}
