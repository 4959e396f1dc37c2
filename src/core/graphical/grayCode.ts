/**
 * Exact log Z of a pairwise binary model (an Ising model) by visiting its 2ⁿ states in Gray-code order.
 *
 *   p̃(s) = exp( c + Σ_{(i,j)} J_ij s_i s_j + Σ_i h_i s_i ),   s_i ∈ {−1, +1}.
 *
 * The k-th state of the reflected binary Gray code is g_k = k XOR (k >> 1); g_k and g_{k−1} differ in exactly one
 * bit, the lowest set bit of k. Flipping spin v changes log p̃ by −2 s_v (h_v + Σ_{j ~ v} J_vj s_j), so each new
 * state costs O(neighbours of v) instead of O(all factors) — still 2ⁿ terms: structure does not make the sum short.
 * Spin v is bit v of g: 1 → +1 (x_v = 1 in the DiscreteModel's 0/1 coding), 0 → −1.
 *
 * Numerics, so that the result stays exact to rounding (≈ 1e−12 in log Z for 2²⁴ states):
 *  - Log-sum-exp with a fixed reference r: the chunk's first log p̃. Terms e^{log p̃ − r} are added as they come;
 *    only a term more than RESCALE_GAP = 600 above r moves r up to it (and scales the sum down once). Each move
 *    raises r by > 600 while log p̃ spans at most 2(Σ|J| + Σ|h|), so rescaling is rare (never, for |J|, |h| ≤ 1 and
 *    n ≤ 24). The sum holds at least one term e⁰ = 1, so it never underflows (a term below r − 745 that flushes
 *    to 0 is < 2⁻¹⁰⁰⁰ of the sum), and at most 2³⁰ terms of ≤ e⁶⁰⁰ ≈ 10²⁶¹, so it cannot overflow (< 10²⁷¹).
 *  - Rounding of the sum: terms are added in blocks of BLOCK = 4096 and each block sum to the chunk's total, which
 *    bounds the relative error by (4096 + N / 4096) · 2⁻⁵³ ≈ 1e−12 for N = 2²⁴ (a single running sum: N · 2⁻⁵³ ≈ 2e−9).
 *  - The incremental log p̃ is recomputed exactly from the spins at the start of every block, so the rounding of
 *    the updates (≤ 2⁻⁵³ |log p̃| each) cannot build up beyond 4096 steps.
 * A chunk (start, count) is a pure function of the model and its range of Gray indices: a worker can do one chunk
 * per step, report, and be cancelled between chunks; mergePartials adds the chunks' sums, in any grouping.
 */

import type { DiscreteModel } from './model';

/** An Ising model as plain numbers: edges (pairs of distinct sites), one coupling per edge, one field per site. */
export interface IsingSpec {
  n: number;
  edges: ReadonlyArray<readonly [number, number]>;
  couplings: ArrayLike<number>;
  fields: ArrayLike<number>;
  /** A constant c added to every log p̃ (it shifts log Z by c). Default 0. */
  offset?: number;
}

/** The same model laid out for the loop: each site's neighbours and their couplings, contiguous (CSR). */
export interface PreparedIsing {
  readonly n: number;
  readonly offset: number;
  readonly fields: Float64Array;
  /** Edge e joins edgeFrom[e] and edgeTo[e] with coupling couplings[e]. */
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly couplings: Float64Array;
  /** Site v's neighbours are neighbours[neighbourStart[v] … neighbourStart[v + 1] − 1]. */
  readonly neighbourStart: Int32Array;
  readonly neighbours: Int32Array;
  readonly neighbourCouplings: Float64Array;
}

/** Σ p̃ over some states, as sum · e^reference (sum = 0 and reference = −∞ for no states). */
export interface GrayPartial {
  reference: number;
  sum: number;
}

/** Gray indices are 32-bit integers here; 2³⁰ ≈ 10⁹ states would already take minutes. */
export const MAX_GRAY_SPINS = 30;
const RESCALE_GAP = 600;
const BLOCK = 4096;

function isModel(input: DiscreteModel | IsingSpec): input is DiscreteModel {
  return 'cardinalities' in input;
}

/**
 * A discrete model whose variables are binary and whose factors have at most two variables, rewritten in spin
 * form (exactly, up to rounding): a unary table [a₀, a₁] is (a₀ + a₁)/2 + ((a₁ − a₀)/2) s, a pair table
 * [a₀₀, a₀₁, a₁₀, a₁₁] is c + J s_i s_j + u s_i + w s_j with c the mean of the four entries,
 * J = (a₀₀ − a₀₁ − a₁₀ + a₁₁)/4, u = (a₁₀ + a₁₁ − a₀₀ − a₀₁)/4, w = (a₀₁ + a₁₁ − a₀₀ − a₁₀)/4.
 * Throws RangeError for anything else (a larger factor, a non-binary variable, a zero potential).
 */
export function isingSpecOf(model: DiscreteModel): IsingSpec {
  const n = model.cardinalities.length;
  for (let v = 0; v < n; v++) {
    if (model.cardinalities[v] !== 2) throw new RangeError(`variable ${v} is not binary`);
  }
  const fields = new Float64Array(n);
  const edges: [number, number][] = [];
  const couplings: number[] = [];
  let offset = 0;
  model.factors.forEach((factor, f) => {
    const a = factor.logPotential;
    for (let t = 0; t < a.length; t++) {
      if (!Number.isFinite(a[t]))
        throw new RangeError(`factor ${f} has a zero potential: not an Ising model`);
    }
    const scope = factor.scope;
    if (scope.length === 0) offset += a[0];
    else if (scope.length === 1) {
      offset += (a[0] + a[1]) / 2;
      fields[scope[0]] += (a[1] - a[0]) / 2;
    } else if (scope.length === 2) {
      offset += (a[0] + a[1] + a[2] + a[3]) / 4;
      fields[scope[0]] += (a[2] + a[3] - a[0] - a[1]) / 4;
      fields[scope[1]] += (a[1] + a[3] - a[0] - a[2]) / 4;
      edges.push([scope[0], scope[1]]);
      couplings.push((a[0] - a[1] - a[2] + a[3]) / 4);
    } else {
      throw new RangeError(`factor ${f} has ${scope.length} variables: an Ising model has pairs at most`);
    }
  });
  return { n, edges, couplings, fields, offset };
}

/** Check a model or spec and lay it out for the loop. Throws RangeError on anything out of range. */
export function prepareIsing(input: DiscreteModel | IsingSpec): PreparedIsing {
  const spec = isModel(input) ? isingSpecOf(input) : input;
  const { n, edges } = spec;
  if (!Number.isInteger(n) || n < 1 || n > MAX_GRAY_SPINS) {
    throw new RangeError(`the number of spins must be an integer in 1…${MAX_GRAY_SPINS}, got ${n}`);
  }
  if (spec.couplings.length !== edges.length) {
    throw new RangeError(`${spec.couplings.length} couplings for ${edges.length} edges`);
  }
  if (spec.fields.length !== n) throw new RangeError(`${spec.fields.length} fields for ${n} spins`);
  const offset = spec.offset ?? 0;
  if (!Number.isFinite(offset)) throw new RangeError(`offset ${offset} is not finite`);
  const fields = Float64Array.from(spec.fields);
  fields.forEach((h, v) => {
    if (!Number.isFinite(h)) throw new RangeError(`field at site ${v} = ${h} is not finite`);
  });
  const m = edges.length;
  const edgeFrom = new Int32Array(m);
  const edgeTo = new Int32Array(m);
  const couplings = Float64Array.from(spec.couplings);
  const degree = new Int32Array(n + 1);
  edges.forEach(([i, j], e) => {
    const ok = Number.isInteger(i) && Number.isInteger(j) && i >= 0 && j >= 0 && i < n && j < n && i !== j;
    if (!ok) throw new RangeError(`edge ${e} = (${i}, ${j}) is not a pair of distinct sites in 0…${n - 1}`);
    if (!Number.isFinite(couplings[e])) throw new RangeError(`coupling of edge ${e} = ${couplings[e]}`);
    edgeFrom[e] = i;
    edgeTo[e] = j;
    degree[i + 1]++;
    degree[j + 1]++;
  });
  const neighbourStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) neighbourStart[v + 1] = neighbourStart[v] + degree[v + 1];
  const fill = neighbourStart.slice(0, n);
  const neighbours = new Int32Array(2 * m);
  const neighbourCouplings = new Float64Array(2 * m);
  for (let e = 0; e < m; e++) {
    const [i, j, J] = [edgeFrom[e], edgeTo[e], couplings[e]];
    neighbours[fill[i]] = j;
    neighbourCouplings[fill[i]++] = J;
    neighbours[fill[j]] = i;
    neighbourCouplings[fill[j]++] = J;
  }
  return { n, offset, fields, edgeFrom, edgeTo, couplings, neighbourStart, neighbours, neighbourCouplings };
}

/** log p̃ of the spins (±1), from every factor: the exact anchor of each block. */
export function isingLogWeight(ising: PreparedIsing, spins: ArrayLike<number>): number {
  let sum = ising.offset;
  for (let e = 0; e < ising.couplings.length; e++) {
    sum += ising.couplings[e] * spins[ising.edgeFrom[e]] * spins[ising.edgeTo[e]];
  }
  for (let v = 0; v < ising.n; v++) sum += ising.fields[v] * spins[v];
  return sum;
}

/** The spins (±1) of the Gray-code state with index k: bit v of k XOR (k >> 1). */
export function grayState(n: number, k: number, out: Float64Array = new Float64Array(n)): Float64Array {
  const g = k ^ (k >>> 1);
  for (let v = 0; v < n; v++) out[v] = (g >>> v) & 1 ? 1 : -1;
  return out;
}

/**
 * Σ p̃ over the Gray-code states start, start + 1, …, start + count − 1 (indices in 0…2ⁿ − 1). The whole sum is
 * the merge of the chunks of any partition of 0…2ⁿ − 1.
 */
export function isingGrayChunk(ising: PreparedIsing, start: number, count: number): GrayPartial {
  const { n, fields, neighbourStart, neighbours, neighbourCouplings } = ising;
  const total = 2 ** n;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(count) ||
    start < 0 ||
    count < 0 ||
    start + count > total
  ) {
    throw new RangeError(`chunk ${start} + ${count} is not inside the ${total} states`);
  }
  if (count === 0) return { reference: Number.NEGATIVE_INFINITY, sum: 0 };
  const spins = grayState(n, start);
  const end = start + count;
  let reference = isingLogWeight(ising, spins);
  let ceiling = reference + RESCALE_GAP;
  let sum = 0;
  for (let first = start; first < end; first += BLOCK) {
    const last = Math.min(end, first + BLOCK);
    if (first > start) {
      const k = 31 - Math.clz32(first & -first);
      spins[k] = -spins[k];
    }
    let logWeight = isingLogWeight(ising, spins);
    let block = 0;
    for (let i = first; ; ) {
      if (logWeight > ceiling) {
        // a term far above the reference: move the reference up to it, once
        const scale = Math.exp(reference - logWeight);
        sum *= scale;
        block *= scale;
        reference = logWeight;
        ceiling = reference + RESCALE_GAP;
      }
      block += Math.exp(logWeight - reference);
      if (++i >= last) break;
      // state i differs from state i − 1 in spin k, the lowest set bit of i
      const k = 31 - Math.clz32(i & -i);
      let local = fields[k];
      for (let e = neighbourStart[k]; e < neighbourStart[k + 1]; e++) {
        local += neighbourCouplings[e] * spins[neighbours[e]];
      }
      const s = spins[k];
      logWeight -= 2 * s * local;
      spins[k] = -s;
    }
    sum += block;
  }
  return { reference, sum };
}

/** The sum of two partial sums (log-sum-exp: the larger reference is kept). */
export function mergePartials(a: GrayPartial, b: GrayPartial): GrayPartial {
  if (a.sum === 0) return { ...b };
  if (b.sum === 0) return { ...a };
  const reference = Math.max(a.reference, b.reference);
  return {
    reference,
    sum: a.sum * Math.exp(a.reference - reference) + b.sum * Math.exp(b.reference - reference),
  };
}

/** log of a partial sum (−∞ for the empty sum). */
export function partialLog(partial: GrayPartial): number {
  return partial.sum === 0 ? Number.NEGATIVE_INFINITY : partial.reference + Math.log(partial.sum);
}

/**
 * Exact log Z of an Ising model (an IsingSpec, or a DiscreteModel with binary variables and factors of at most two
 * variables, such as isingChain and isingGrid build) over all 2ⁿ states in Gray-code order, in chunks of `chunk`
 * states. About 2²⁴ states per second.
 */
export function isingLogPartitionGray(
  input: DiscreteModel | IsingSpec | PreparedIsing,
  chunk = 2 ** 20,
): number {
  const ising = 'neighbourStart' in input ? input : prepareIsing(input);
  if (!Number.isInteger(chunk) || chunk < 1)
    throw new RangeError(`chunk must be an integer ≥ 1, got ${chunk}`);
  const total = 2 ** ising.n;
  let partial: GrayPartial = { reference: Number.NEGATIVE_INFINITY, sum: 0 };
  for (let start = 0; start < total; start += chunk) {
    partial = mergePartials(partial, isingGrayChunk(ising, start, Math.min(chunk, total - start)));
  }
  return partialLog(partial);
}
