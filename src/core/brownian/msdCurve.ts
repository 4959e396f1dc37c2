/**
 * The grain's mean squared displacement over many lags and its velocity autocorrelation, gathered as one long
 * trajectory comes in, sample by sample (chapter 1's ballistic-to-diffusive crossover).
 *
 * A run of 100 ns at 0.5 ps per sample is 200 000 samples: keeping every lag's sum up to date as samples arrive
 * costs one pass over the lags per sample, where recomputing the curve for every progress report would cost a
 * pass over the whole trajectory per lag. Only the last `maxLag + 1` samples are kept (ring buffers).
 *
 * The sums are kept per block of the run (a pair belongs to the block of its first sample), so that an estimate's
 * statistical error can be had by the jackknife over blocks (msdFits.ts): leaving out one block is subtracting
 * its sums from the totals.
 *
 * Conventions as in cloudStats.ts: bad arguments → RangeError; nothing here draws random numbers.
 */

/**
 * About `count` whole-number lags from `minLag` to `maxLag` (samples), evenly spaced on a log scale, strictly
 * increasing (repeats from rounding removed), first `minLag` and last `maxLag`.
 */
export function logSpacedLags(minLag: number, maxLag: number, count: number): Int32Array {
  if (!(Number.isInteger(minLag) && Number.isInteger(maxLag) && minLag >= 1 && maxLag > minLag)) {
    throw new RangeError(`lags must be whole numbers with 1 ≤ minLag < maxLag, got ${minLag} and ${maxLag}`);
  }
  if (!(Number.isInteger(count) && count >= 2))
    throw new RangeError(`count must be an integer ≥ 2, got ${count}`);
  const out: number[] = [];
  const ratio = Math.log(maxLag / minLag) / (count - 1);
  for (let i = 0; i < count; i++) {
    const lag = i === count - 1 ? maxLag : Math.round(minLag * Math.exp(ratio * i));
    if (out.length === 0 || lag > out[out.length - 1]) out.push(lag);
  }
  return Int32Array.from(out);
}

export interface LagStatisticsOptions {
  /** The MSD's lags, in samples: strictly increasing, ≥ 1 (e.g. logSpacedLags). */
  msdLags: Int32Array;
  /** The velocity autocorrelation is measured at lags 0, s, 2s, … (s = vacfStride samples) … */
  vacfStride: number;
  /** … for this many lags (so up to (vacfCount − 1)·s samples). */
  vacfCount: number;
  /** How many blocks the run is cut into (≥ 1); a pair belongs to the block of its first sample. */
  blocks: number;
  /** The run's planned length in samples: sets the blocks' boundaries (later samples go in the last block). */
  plannedSamples: number;
}

/** Pooled curves: sums over all blocks, or over all but one. Entries with no pair yet are NaN. */
export interface LagCurves {
  /** time-averaged |X(t + τ) − X(t)|² at each MSD lag, length² */
  msd: Float64Array;
  /** pairs averaged at each MSD lag */
  msdPairs: Float64Array;
  /** time-averaged V(t)·V(t + τ) at each VACF lag (2-D dot product), velocity² */
  vacf: Float64Array;
}

/**
 * Sums for the time-averaged MSD and VACF of one 2-D trajectory, updated per sample. For the same samples, the
 * MSD at a lag equals `timeAveragedMsd2D` over the whole trajectory: exactly with one block (the same terms added
 * in the same order), up to rounding with several (each block's sum is added up on its own).
 */
export class LagStatistics {
  readonly msdLags: Int32Array;
  readonly vacfStride: number;
  readonly vacfCount: number;
  readonly blocks: number;
  readonly plannedSamples: number;
  /** Samples added so far. */
  samples = 0;
  // ring buffers of the last `capacity` samples
  private readonly capacity: number;
  private readonly xs: Float64Array;
  private readonly ys: Float64Array;
  private readonly vxs: Float64Array;
  private readonly vys: Float64Array;
  // per block b and lag l, at b · lags + l
  private readonly msdSums: Float64Array;
  private readonly msdCounts: Float64Array;
  private readonly vacfSums: Float64Array;
  private readonly vacfCounts: Float64Array;
  /** The first sample of each block. */
  private readonly blockStarts: Float64Array;

  constructor(options: LagStatisticsOptions) {
    const { msdLags, vacfStride, vacfCount, blocks, plannedSamples } = options;
    for (let l = 0; l < msdLags.length; l++) {
      if (!(msdLags[l] >= 1 && (l === 0 || msdLags[l] > msdLags[l - 1]))) {
        throw new RangeError('msdLags must be strictly increasing whole numbers ≥ 1');
      }
    }
    if (msdLags.length === 0) throw new RangeError('msdLags must not be empty');
    if (!(Number.isInteger(vacfStride) && vacfStride >= 1))
      throw new RangeError('vacfStride must be an integer ≥ 1');
    if (!(Number.isInteger(vacfCount) && vacfCount >= 2))
      throw new RangeError('vacfCount must be an integer ≥ 2');
    if (!(Number.isInteger(blocks) && blocks >= 1)) throw new RangeError('blocks must be an integer ≥ 1');
    if (!(Number.isInteger(plannedSamples) && plannedSamples >= 1)) {
      throw new RangeError('plannedSamples must be an integer ≥ 1');
    }
    this.msdLags = Int32Array.from(msdLags);
    this.vacfStride = vacfStride;
    this.vacfCount = vacfCount;
    this.blocks = blocks;
    this.plannedSamples = plannedSamples;
    this.capacity = Math.max(msdLags[msdLags.length - 1], (vacfCount - 1) * vacfStride) + 1;
    this.xs = new Float64Array(this.capacity);
    this.ys = new Float64Array(this.capacity);
    this.vxs = new Float64Array(this.capacity);
    this.vys = new Float64Array(this.capacity);
    this.msdSums = new Float64Array(blocks * msdLags.length);
    this.msdCounts = new Float64Array(blocks * msdLags.length);
    this.vacfSums = new Float64Array(blocks * vacfCount);
    this.vacfCounts = new Float64Array(blocks * vacfCount);
    this.blockStarts = new Float64Array(blocks);
    // the least k with blockOf(k) = b, i.e. ⌈b · planned / blocks⌉
    for (let b = 0; b < blocks; b++) this.blockStarts[b] = Math.ceil((b * plannedSamples) / blocks);
  }

  /** The block of the pair that starts at sample k. */
  private blockOf(k: number): number {
    return Math.min(this.blocks - 1, Math.floor((k * this.blocks) / this.plannedSamples));
  }

  /**
   * Add the next sample: position (x, y) and velocity (vx, vy). Each lag's pair starts at j − lag, further back
   * as the lag grows, so its block is found by walking back from the newest sample's block, never by dividing.
   */
  add(x: number, y: number, vx: number, vy: number): void {
    const j = this.samples;
    const cap = this.capacity;
    const at = j % cap;
    this.xs[at] = x;
    this.ys[at] = y;
    this.vxs[at] = vx;
    this.vys[at] = vy;
    const starts = this.blockStarts;
    const lags = this.msdLags;
    const nLags = lags.length;
    let block = this.blockOf(j);
    for (let l = 0; l < nLags; l++) {
      const lag = lags[l];
      if (lag > j) break;
      const first = j - lag;
      while (first < starts[block]) block--;
      const k = first % cap;
      const dx = x - this.xs[k];
      const dy = y - this.ys[k];
      const index = block * nLags + l;
      this.msdSums[index] += dx * dx + dy * dy;
      this.msdCounts[index]++;
    }
    const stride = this.vacfStride;
    const nV = this.vacfCount;
    block = this.blockOf(j);
    for (let v = 0; v < nV; v++) {
      const lag = v * stride;
      if (lag > j) break;
      const first = j - lag;
      while (first < starts[block]) block--;
      const k = first % cap;
      const index = block * nV + v;
      this.vacfSums[index] += vx * this.vxs[k] + vy * this.vys[k];
      this.vacfCounts[index]++;
    }
    this.samples++;
  }

  /** Blocks that hold at least one pair so far (the jackknife leaves out only these). */
  get filledBlocks(): number {
    return this.samples === 0 ? 0 : this.blockOf(this.samples - 1) + 1;
  }

  /** The curves pooled over every block, or over every block but `leaveOut`. */
  curves(leaveOut = -1): LagCurves {
    const msd = pool(this.msdSums, this.msdCounts, this.msdLags.length, this.blocks, leaveOut);
    const vacf = pool(this.vacfSums, this.vacfCounts, this.vacfCount, this.blocks, leaveOut);
    return { msd: msd.means, msdPairs: msd.counts, vacf: vacf.means };
  }
}

/** Per-lag means of block sums laid out at b · width + l, leaving out one block (−1: none). */
function pool(sums: Float64Array, counts: Float64Array, width: number, blocks: number, leaveOut: number) {
  const means = new Float64Array(width);
  const pooledCounts = new Float64Array(width);
  for (let l = 0; l < width; l++) {
    let sum = 0;
    let count = 0;
    for (let b = 0; b < blocks; b++) {
      if (b === leaveOut) continue;
      sum += sums[b * width + l];
      count += counts[b * width + l];
    }
    means[l] = count > 0 ? sum / count : Number.NaN;
    pooledCounts[l] = count;
  }
  return { means, counts: pooledCounts };
}
