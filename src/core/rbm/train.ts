/**
 * Training by contrastive divergence (CD-k) and persistent contrastive divergence (PCD-k).
 *
 * The log-likelihood gradient of an RBM is a difference of two expectations,
 *   ∂ log p(v) / ∂W_ij = E_data[v_i h_j] − E_model[v_i h_j],
 * the "positive" statistics (hidden probabilities given each data row) minus the "negative" ones
 * (from samples of the model). The negative phase is approximated by k block-Gibbs steps started
 *   - CD-k:  at the batch itself (chains restart every batch, from h ~ p(h | data row));
 *   - PCD-k: at the state where the previous batch left batchSize persistent chains (h = 0 at the start).
 *
 * Update for a batch of B rows and C chains (C = B for CD, C = batchSize for PCD), as in scikit-learn's
 * BernoulliRBM._fit:
 *   W_ij += η (1/B Σ_rows v_i p(h_j=1|v)  −  1/C Σ_chains ṽ_i p(h_j=1|ṽ))
 *   c_j  += η (1/B Σ_rows p(h_j=1|v)       −  1/C Σ_chains p(h_j=1|ṽ))
 *   b_i  += η (1/B Σ_rows v_i              −  1/C Σ_chains ṽ_i)
 * where ṽ is the visible SAMPLE after k steps and p(h | ṽ) are probabilities (less noise than samples).
 * For PCD the chains' hidden states are then resampled from p(h | ṽ) for the next batch.
 * (scikit-learn divides the negative term by B too; the two agree except for a final partial batch,
 * where we divide by the C chains actually averaged.)
 *
 * Speed: v and h are 0/1, so every product with them is a sum over the units that are ON. Each data row is
 * turned once per epoch into the list of its on-pixels, and W rows (contiguous, W_ij = weights[i·H + j]) are
 * added for those pixels only. All buffers are allocated once; a batch allocates nothing.
 */

import { UINT32_TO_UNIT } from './math';
import type { Rbm } from './model';

/**
 * acc[a … a+n) += src[s … s+n). Unrolled by 4: V8 does not vectorise, and unrolling roughly halves the time
 * of these short loops (measured on this machine, 64-long rows).
 */
function addRow(acc: Float64Array, a: number, src: Float64Array, s: number, n: number): void {
  let j = 0;
  for (; j + 3 < n; j += 4) {
    acc[a + j] += src[s + j];
    acc[a + j + 1] += src[s + j + 1];
    acc[a + j + 2] += src[s + j + 2];
    acc[a + j + 3] += src[s + j + 3];
  }
  for (; j < n; j++) acc[a + j] += src[s + j];
}

/** dst[d … d+n) += α · src[s … s+n), unrolled by 4 like addRow. */
function axpyRow(dst: Float64Array, d: number, alpha: number, src: Float64Array, s: number, n: number): void {
  let j = 0;
  for (; j + 3 < n; j += 4) {
    dst[d + j] += alpha * src[s + j];
    dst[d + j + 1] += alpha * src[s + j + 1];
    dst[d + j + 2] += alpha * src[s + j + 2];
    dst[d + j + 3] += alpha * src[s + j + 3];
  }
  for (; j < n; j++) dst[d + j] += alpha * src[s + j];
}

/**
 * Σ_{q < m} W[w + idx[o + q]]: row w of W summed over an index list, with 4 independent partial sums
 * (shorter dependency chains for the CPU).
 */
function gatherSum(W: Float64Array, w: number, idx: Int32Array, o: number, m: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let q = o;
  const end = o + m;
  for (; q + 3 < end; q += 4) {
    s0 += W[w + idx[q]];
    s1 += W[w + idx[q + 1]];
    s2 += W[w + idx[q + 2]];
    s3 += W[w + idx[q + 3]];
  }
  for (; q < end; q++) s0 += W[w + idx[q]];
  return s0 + s1 + (s2 + s3);
}

/** Writes the indices j < n with x[o + j] = 1 into list[o …] and returns how many there are. */
function listOn(x: Float64Array, o: number, n: number, list: Int32Array): number {
  let m = 0;
  for (let j = 0; j < n; j++) if (x[o + j] === 1) list[o + m++] = j;
  return m;
}

export interface TrainOptions {
  /** η > 0. */
  learningRate: number;
  /** Rows per mini-batch (and number of persistent chains for PCD). */
  batchSize: number;
  /** Gibbs steps in the negative phase (default 1). */
  k?: number;
  /** true: PCD-k; false: CD-k (default false). */
  persistent?: boolean;
}

export interface Trainer {
  epoch(data: ArrayLike<number>, options: TrainOptions): { batches: number };
  reset(): void;
}

export function createTrainer(rbm: Rbm): Trainer {
  const V = rbm.visible;
  const H = rbm.hidden;
  const rng = rbm.rng;
  // data as sparse rows: the on-pixels of row r are onIdx[rowStart[r] … rowStart[r+1] − 1]
  let onIdx = new Int32Array(0);
  let rowStart = new Int32Array(1);
  // per-batch buffers (sized for batchSize chains)
  let capacity = 0;
  let hPos = new Float64Array(0); // B × H   p(h | v) for the batch rows
  let hChain = new Float64Array(0); // C × H   chain hidden states (0/1); persistent across batches for PCD
  let hNeg = new Float64Array(0); // C × H   p(h | ṽ)
  let vOn = new Int32Array(0); // C × V   on-units of each chain's ṽ (first vCount[c] entries)
  let vCount = new Int32Array(0); // C
  let hOn = new Int32Array(0); // C × H   on-units of each chain's hidden state (first hCount[c] entries)
  let hCount = new Int32Array(0); // C
  let needsList = true; // hOn must be rebuilt from hChain (after a reset or a change of batch size)
  const posVisible = new Float64Array(V); // Σ_rows v_i
  const negVisible = new Float64Array(V); // Σ_chains ṽ_i
  let chainsFor = -1; // batchSize the persistent chains were made for (−1: none yet)

  function ensureCapacity(C: number): void {
    if (C <= capacity) return;
    capacity = C;
    hPos = new Float64Array(C * H);
    hChain = new Float64Array(C * H);
    hNeg = new Float64Array(C * H);
    vOn = new Int32Array(C * V);
    vCount = new Int32Array(C);
    hOn = new Int32Array(C * H);
    hCount = new Int32Array(C);
    chainsFor = -1;
  }

  /** Build the sparse rows of data, checking every value is 0 or 1. */
  function indexData(data: ArrayLike<number>, n: number): void {
    if (rowStart.length < n + 1) rowStart = new Int32Array(n + 1);
    let nnz = 0;
    for (let t = 0; t < n * V; t++) {
      const x = data[t];
      if (x === 1) nnz++;
      else if (x !== 0)
        throw new RangeError(`data[${t}] = ${x}: an RBM with binary units needs values 0 or 1`);
    }
    if (onIdx.length < nnz) onIdx = new Int32Array(nnz);
    let q = 0;
    for (let r = 0; r < n; r++) {
      rowStart[r] = q;
      const base = r * V;
      for (let i = 0; i < V; i++) if (data[base + i] === 1) onIdx[q++] = i;
    }
    rowStart[n] = q;
  }

  function epoch(data: ArrayLike<number>, options: TrainOptions): { batches: number } {
    // σ(x) = 1 / (1 + e^{−x}) is written out in the loops below and the constant copied into a local:
    // cross-module calls and imported bindings are not always inlined by the JIT, and these loops are hot.
    const toUnit = UINT32_TO_UNIT;
    const lr = options.learningRate;
    const batchSize = options.batchSize;
    const k = options.k ?? 1;
    const persistent = options.persistent ?? false;
    if (!(lr > 0) || !Number.isFinite(lr)) throw new RangeError(`learningRate must be > 0, got ${lr}`);
    if (!Number.isInteger(batchSize) || batchSize < 1)
      throw new RangeError(`batchSize must be an integer ≥ 1`);
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be an integer ≥ 1, got ${k}`);
    if (data.length % V !== 0 || data.length === 0) {
      throw new RangeError(`data has ${data.length} values: not a positive multiple of ${V} visible units`);
    }
    const n = data.length / V;
    indexData(data, n);
    ensureCapacity(batchSize);
    if (persistent && chainsFor !== batchSize) {
      hChain.fill(0); // like scikit-learn: persistent chains start from h = 0
      chainsFor = batchSize;
      needsList = true;
    }
    if (!persistent) chainsFor = -1; // CD overwrites the chains; a later PCD run starts afresh
    if (persistent) needsList = true; // cheap (C × H) and keeps hOn in step with hChain

    const W = rbm.weights;
    const b = rbm.visibleBias;
    const c = rbm.hiddenBias;
    let batches = 0;

    for (let r0 = 0; r0 < n; r0 += batchSize) {
      const r1 = Math.min(r0 + batchSize, n);
      const B = r1 - r0;
      const C = persistent ? batchSize : B;

      // ---- positive phase: hPos[row] = σ(c + Σ_{i on} W_i·) ----
      for (let row = 0; row < B; row++) {
        const out = row * H;
        for (let j = 0; j < H; j++) hPos[out + j] = c[j];
        for (let t = rowStart[r0 + row]; t < rowStart[r0 + row + 1]; t++)
          addRow(hPos, out, W, onIdx[t] * H, H);
        for (let j = 0; j < H; j++) hPos[out + j] = 1 / (1 + Math.exp(-hPos[out + j]));
      }
      // CD: each chain starts from a hidden sample of its data row
      if (!persistent) {
        for (let t = 0; t < B * H; t++) hChain[t] = rng.nextUint32() * toUnit < hPos[t] ? 1 : 0;
      }

      // ---- negative phase: k block-Gibbs steps h → ṽ → p(h | ṽ) on each chain ----
      // hOn[ch·H …] lists the on-units of chain ch's hidden state (hCount[ch] of them)
      if (!persistent || needsList) {
        for (let ch = 0; ch < C; ch++) hCount[ch] = listOn(hChain, ch * H, H, hOn);
        needsList = false;
      }
      for (let step = 1; step <= k; step++) {
        for (let ch = 0; ch < C; ch++) {
          const hBase = ch * H;
          const m = hCount[ch];
          // ṽ_i ~ Bernoulli(σ(b_i + Σ_{j on} W_ij)), remembering which ṽ_i are on
          const vBase = ch * V;
          let count = 0;
          for (let i = 0; i < V; i++) {
            const a = b[i] + gatherSum(W, i * H, hOn, hBase, m);
            if (rng.nextUint32() * toUnit < 1 / (1 + Math.exp(-a))) vOn[vBase + count++] = i;
          }
          vCount[ch] = count;
          // p(h | ṽ) = σ(c + Σ_{i on in ṽ} W_i·)
          for (let j = 0; j < H; j++) hNeg[hBase + j] = c[j];
          for (let q = 0; q < count; q++) addRow(hNeg, hBase, W, vOn[vBase + q] * H, H);
          for (let j = 0; j < H; j++) hNeg[hBase + j] = 1 / (1 + Math.exp(-hNeg[hBase + j]));
          // next hidden state of the chain (for the next step, or the next batch with PCD)
          if (step < k || persistent) {
            let on = 0;
            for (let j = 0; j < H; j++) {
              if (rng.nextUint32() * toUnit < hNeg[hBase + j]) {
                hChain[hBase + j] = 1;
                hOn[hBase + on++] = j;
              } else hChain[hBase + j] = 0;
            }
            hCount[ch] = on;
          }
        }
      }

      // ---- update (all statistics above used the old parameters) ----
      const etaPos = lr / B;
      const etaNeg = lr / C;
      posVisible.fill(0);
      negVisible.fill(0);
      for (let row = 0; row < B; row++) {
        const hp = row * H;
        for (let t = rowStart[r0 + row]; t < rowStart[r0 + row + 1]; t++) {
          const i = onIdx[t];
          posVisible[i] += 1;
          axpyRow(W, i * H, etaPos, hPos, hp, H);
        }
      }
      for (let ch = 0; ch < C; ch++) {
        const hn = ch * H;
        const vBase = ch * V;
        for (let q = 0; q < vCount[ch]; q++) {
          const i = vOn[vBase + q];
          negVisible[i] += 1;
          axpyRow(W, i * H, -etaNeg, hNeg, hn, H);
        }
      }
      for (let j = 0; j < H; j++) {
        let pos = 0;
        for (let row = 0; row < B; row++) pos += hPos[row * H + j];
        let neg = 0;
        for (let ch = 0; ch < C; ch++) neg += hNeg[ch * H + j];
        c[j] += etaPos * pos - etaNeg * neg;
      }
      for (let i = 0; i < V; i++) b[i] += etaPos * posVisible[i] - etaNeg * negVisible[i];
      batches++;
    }
    return { batches };
  }

  return {
    epoch,
    reset() {
      chainsFor = -1;
      needsList = true;
    },
  };
}
