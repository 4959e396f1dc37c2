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
 * Speed: v and h are 0/1, so every product with them is a sum over the units that are ON: each data row is turned
 * once per epoch into the list of its on-pixels, and only those rows of W are read (kernels.ts). The update adds, for
 * each visible unit i, the summed hidden vectors of the rows and chains where i is on, so each W element is read and
 * written once per batch (batchUpdate.ts). All buffers are allocated once; a batch allocates nothing.
 */

import type { Rng } from '../random';
import { groupByUnit, updateRow } from './batchUpdate';
import * as kernels from './kernels';
import { UINT32_TO_UNIT } from './math';
import type { RbmParameters, TrainOptions } from './types';

// Local aliases: a module-level binding is called directly (an imported one may go through a getter).
const { hiddenFromOn, visibleFromOn, sampleOn, sampleHiddenOn, listOn } = kernels;

export interface Trainer {
  epoch(data: ArrayLike<number>, options: TrainOptions): { batches: number };
  reset(): void;
}

/** Every buffer one epoch needs, allocated once (and again only if the batch size grows). */
interface Buffers {
  /** data as sparse rows: the on-pixels of row r are onIdx[rowStart[r] … rowStart[r+1] − 1] */
  onIdx: Int32Array;
  rowStart: Int32Array;
  /** chains the buffers below are sized for */
  capacity: number;
  hPos: Float64Array; // B × H   p(h | v) for the batch rows
  hChain: Float64Array; // C × H   chain hidden states (0/1); persistent across batches for PCD
  hNeg: Float64Array; // C × H   p(h | ṽ)
  vOn: Int32Array; // C × V   on-units of each chain's ṽ (first vCount[c] entries)
  vCount: Int32Array; // C
  hOn: Int32Array; // C × H   on-units of each chain's hidden state (first hCount[c] entries)
  hCount: Int32Array; // C
  act: Float64Array; // V      visible pre-activations of one chain
  posStart: Int32Array; // V + 1  batch rows grouped by visible unit (see groupByUnit)
  posList: Int32Array; // B × V
  negStart: Int32Array; // V + 1  chains grouped by visible unit
  negList: Int32Array; // C × V
  cursor: Int32Array; // V
}

function allocate(V: number, H: number, C: number, old?: Buffers): Buffers {
  return {
    onIdx: old?.onIdx ?? new Int32Array(0),
    rowStart: old?.rowStart ?? new Int32Array(1),
    capacity: C,
    hPos: new Float64Array(C * H),
    hChain: new Float64Array(C * H),
    hNeg: new Float64Array(C * H),
    vOn: new Int32Array(C * V),
    vCount: new Int32Array(C),
    hOn: new Int32Array(C * H),
    hCount: new Int32Array(C),
    act: new Float64Array(V),
    posStart: new Int32Array(V + 1),
    posList: new Int32Array(C * V),
    negStart: new Int32Array(V + 1),
    negList: new Int32Array(C * V),
    cursor: new Int32Array(V),
  };
}

/**
 * A trainer for the parameters rbm (updated in place, epoch by epoch), drawing its Gibbs steps from rng.
 * Plain parameters, not the Rbm class: a Web Worker can train on the typed arrays it was posted.
 */
export function createTrainer(rbm: RbmParameters, rng: Rng): Trainer {
  let buf = allocate(rbm.visible, rbm.hidden, 0);
  let chainsFor = -1; // batchSize the persistent chains were made for (−1: none yet)

  /** Build the sparse rows of data (one pass), checking every value is 0 or 1. */
  function indexData(data: ArrayLike<number>, n: number, V: number): void {
    if (buf.rowStart.length < n + 1) buf.rowStart = new Int32Array(n + 1);
    if (buf.onIdx.length < n * V) buf.onIdx = new Int32Array(n * V);
    const { onIdx, rowStart } = buf;
    let q = 0;
    for (let r = 0; r < n; r++) {
      rowStart[r] = q;
      const base = r * V;
      for (let i = 0; i < V; i++) {
        const x = data[base + i];
        // x (1 − x) = 0 exactly for x ∈ {0, 1} (and is NaN for NaN): a branch that is never taken on good data
        if (x * (1 - x) !== 0) {
          throw new RangeError(`data[${base + i}] = ${x}: an RBM with binary units needs values 0 or 1`);
        }
        onIdx[q] = i; // written every time, kept only when x = 1: no unpredictable branch on the pixel value
        q += x;
      }
    }
    rowStart[n] = q;
  }

  function epoch(data: ArrayLike<number>, options: TrainOptions): { batches: number } {
    const V = rbm.visible;
    const H = rbm.hidden;
    const lr = options.learningRate;
    const batchSize = options.batchSize;
    const k = options.k ?? 1;
    const persistent = options.persistent ?? false;
    if (!(lr > 0) || !Number.isFinite(lr)) throw new RangeError(`learningRate must be > 0, got ${lr}`);
    if (!Number.isInteger(batchSize) || batchSize < 1)
      throw new RangeError('batchSize must be an integer ≥ 1');
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be an integer ≥ 1, got ${k}`);
    if (data.length % V !== 0 || data.length === 0) {
      throw new RangeError(`data has ${data.length} values: not a positive multiple of ${V} visible units`);
    }
    const n = data.length / V;
    indexData(data, n, V);
    if (batchSize > buf.capacity) {
      buf = allocate(V, H, batchSize, buf);
      chainsFor = -1;
    }
    if (persistent && chainsFor !== batchSize) {
      buf.hChain.fill(0); // like scikit-learn: persistent chains start from h = 0
      chainsFor = batchSize;
    }
    if (!persistent) chainsFor = -1; // CD overwrites the chains; a later PCD run starts afresh

    const W = rbm.weights;
    const b = rbm.visibleBias;
    const c = rbm.hiddenBias;
    // Local constants for everything the loops touch (the JIT keeps locals in registers).
    const { hPos, hChain, hNeg, vOn, vCount, hOn, hCount, onIdx, rowStart, act } = buf;
    const { posStart, posList, negStart, negList, cursor } = buf;
    const toUnit = UINT32_TO_UNIT;
    let batches = 0;

    for (let r0 = 0; r0 < n; r0 += batchSize) {
      const B = Math.min(batchSize, n - r0);
      const C = persistent ? batchSize : B;

      // ---- positive phase: hPos[row] = p(h | v_row) = σ(c + Σ_{i on} W_i·) ----
      for (let row = 0; row < B; row++) {
        hiddenFromOn(W, c, onIdx, rowStart[r0 + row], rowStart[r0 + row + 1], H, hPos, row * H);
      }
      // CD: each chain starts from a hidden sample of its data row
      if (!persistent) {
        for (let t = 0; t < B * H; t++) hChain[t] = +(rng.nextUint32() * toUnit < hPos[t]);
      }
      // hOn[ch·H …] lists the on-units of chain ch's hidden state (hCount[ch] of them); PCD keeps it up to date
      if (!persistent || r0 === 0) {
        for (let ch = 0; ch < C; ch++) hCount[ch] = listOn(hChain, ch * H, H, hOn);
      }

      // ---- negative phase: k block-Gibbs steps h → ṽ → p(h | ṽ) on each chain ----
      for (let step = 1; step <= k; step++) {
        for (let ch = 0; ch < C; ch++) {
          const hBase = ch * H;
          const vBase = ch * V;
          visibleFromOn(W, b, hOn, hBase, hCount[ch], V, H, act);
          const count = sampleOn(act, V, rng, vOn, vBase); // ṽ ~ p(v | h), as a list of on-units
          vCount[ch] = count;
          hiddenFromOn(W, c, vOn, vBase, vBase + count, H, hNeg, hBase);
          // next hidden state of the chain (for the next step, or the next batch with PCD)
          if (step < k || persistent) hCount[ch] = sampleHiddenOn(hNeg, hBase, H, rng, hChain, hOn);
        }
      }

      // ---- update (all statistics above used the old parameters) ----
      const etaPos = lr / B;
      const etaNeg = lr / C;
      // batch rows: on-pixels onIdx[rowStart[r0 + s] … rowStart[r0 + s + 1]); chains: vOn[s·V … s·V + vCount[s])
      groupByUnit(B, onIdx, rowStart, r0, 0, null, V, posStart, cursor, posList);
      groupByUnit(C, vOn, rowStart, 0, V, vCount, V, negStart, cursor, negList);
      for (let i = 0; i < V; i++) {
        const ps = posStart[i];
        const pe = posStart[i + 1];
        const ns = negStart[i];
        const ne = negStart[i + 1];
        if (ps === pe && ns === ne) continue; // visible unit off everywhere: no change to row i
        updateRow(W, i * H, H, etaPos, hPos, posList, ps, pe, etaNeg, hNeg, negList, ns, ne);
        b[i] += etaPos * (pe - ps) - etaNeg * (ne - ns); // Σ_rows v_i and Σ_chains ṽ_i are the counts
      }
      for (let row = 0; row < B; row++) for (let j = 0; j < H; j++) c[j] += etaPos * hPos[row * H + j];
      for (let ch = 0; ch < C; ch++) for (let j = 0; j < H; j++) c[j] -= etaNeg * hNeg[ch * H + j];
      batches++;
    }
    return { batches };
  }

  return {
    epoch,
    reset() {
      chainsFor = -1;
    },
  };
}
