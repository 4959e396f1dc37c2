/**
 * Binary–binary restricted Boltzmann machine (chapter 5).
 *
 *   E(v, h) = −bᵀv − cᵀh − vᵀW h,        p(v, h) = e^{−E(v,h)} / Z,        v ∈ {0,1}^V, h ∈ {0,1}^H
 *
 * No visible–visible or hidden–hidden edges, so each layer is conditionally independent given the other:
 *   p(h_j = 1 | v) = σ(c_j + Σ_i v_i W_ij),      p(v_i = 1 | h) = σ(b_i + Σ_j W_ij h_j)
 * and the hidden units can be summed out in closed form, giving the free energy
 *   F(v) = −log Σ_h e^{−E(v,h)} = −bᵀv − Σ_j softplus(c_j + Σ_i v_i W_ij),      p(v) = e^{−F(v)} / Z.
 *
 * Storage: W is a V × H matrix in one Float64Array, row-major: W_ij = weights[i · H + j]. Row i (everything
 * visible unit i touches) is contiguous, which is what the sparse binary loops below walk along.
 * Initialisation as scikit-learn's BernoulliRBM: W_ij ~ N(0, 0.01²), b = c = 0.
 */

import { createRng, type Rng } from '../random';
import { sigmoid, softplus, UINT32_TO_UNIT } from './math';
import { logPartitionAIS, logPartitionExact } from './partition';
import { pseudoLikelihood, pseudoLikelihoodExact } from './pseudolikelihood';
import { createTrainer, type Trainer } from './train';
import type {
  AisOptions,
  AisResult,
  LayerArray,
  ProbabilityArray,
  RbmOptions,
  RbmParameters,
  TrainOptions,
} from './types';

export class Rbm implements RbmParameters {
  readonly visible: number;
  readonly hidden: number;
  readonly weights: Float64Array;
  readonly visibleBias: Float64Array;
  readonly hiddenBias: Float64Array;
  /** The machine's own random stream (seeded by `seed`); used when no rng is passed. */
  readonly rng: Rng;
  private trainer: Trainer | null = null;
  /** scratch probabilities for sampleHidden / sampleVisible (their `out` may be an integer array) */
  private readonly scratchHidden: Float64Array;
  private readonly scratchVisible: Float64Array;

  constructor(options: RbmOptions) {
    const { visible: V, hidden: H } = options;
    if (!Number.isInteger(V) || V < 1 || !Number.isInteger(H) || H < 1) {
      throw new RangeError(`an RBM needs integer layer sizes ≥ 1, got ${V} visible × ${H} hidden`);
    }
    this.visible = V;
    this.hidden = H;
    this.rng = createRng(options.seed);
    this.weights = new Float64Array(V * H);
    for (let t = 0; t < V * H; t++) this.weights[t] = 0.01 * this.rng.normal();
    this.visibleBias = new Float64Array(V);
    this.hiddenBias = new Float64Array(H);
    this.scratchHidden = new Float64Array(H);
    this.scratchVisible = new Float64Array(V);
  }

  /** Copy parameters in (e.g. received from a worker). Sizes must match. */
  setParameters(p: {
    weights: ArrayLike<number>;
    visibleBias: ArrayLike<number>;
    hiddenBias: ArrayLike<number>;
  }) {
    if (p.weights.length !== this.weights.length || p.visibleBias.length !== this.visible) {
      throw new RangeError('parameter sizes do not match this RBM');
    }
    if (p.hiddenBias.length !== this.hidden) throw new RangeError('parameter sizes do not match this RBM');
    for (const arr of [p.weights, p.visibleBias, p.hiddenBias]) {
      for (let t = 0; t < arr.length; t++) {
        if (!Number.isFinite(arr[t])) throw new RangeError('parameters must be finite numbers');
      }
    }
    this.weights.set(p.weights);
    this.visibleBias.set(p.visibleBias);
    this.hiddenBias.set(p.hiddenBias);
  }

  /** A copy of the parameters, safe to post to another thread. */
  parameters(): RbmParameters {
    return {
      visible: this.visible,
      hidden: this.hidden,
      weights: this.weights.slice(),
      visibleBias: this.visibleBias.slice(),
      hiddenBias: this.hiddenBias.slice(),
    };
  }

  /** E(v, h) = −bᵀv − cᵀh − vᵀWh. */
  energy(v: ArrayLike<number>, h: ArrayLike<number>): number {
    checkLength(v, this.visible, 'v');
    checkLength(h, this.hidden, 'h');
    const { weights: W, visibleBias: b, hiddenBias: c, hidden: H } = this;
    let e = 0;
    for (let j = 0; j < H; j++) e -= c[j] * h[j];
    for (let i = 0; i < this.visible; i++) {
      if (v[i] === 0) continue;
      let vWh = 0;
      for (let j = 0; j < H; j++) vWh += W[i * H + j] * h[j];
      e -= v[i] * (b[i] + vWh);
    }
    return e;
  }

  /** F(v) = −bᵀv − Σ_j softplus(c_j + (vᵀW)_j) = −log Σ_h e^{−E(v,h)}. */
  freeEnergy(v: ArrayLike<number>): number {
    checkLength(v, this.visible, 'v');
    const { weights: W, visibleBias: b, hiddenBias: c, hidden: H, visible: V } = this;
    let f = 0;
    for (let i = 0; i < V; i++) f -= b[i] * v[i];
    for (let j = 0; j < H; j++) {
      let a = c[j];
      for (let i = 0; i < V; i++) a += v[i] * W[i * H + j];
      f -= softplus(a);
    }
    return f;
  }

  /** p(h_j = 1 | v) = σ(c_j + Σ_i v_i W_ij) for all j, written into out. */
  hiddenProbabilities(
    v: ArrayLike<number>,
    out: ProbabilityArray = new Float64Array(this.hidden),
  ): ProbabilityArray {
    checkLength(v, this.visible, 'v');
    checkLength(out, this.hidden, 'out');
    const { weights: W, hiddenBias: c, hidden: H, visible: V } = this;
    for (let j = 0; j < H; j++) out[j] = c[j];
    for (let i = 0; i < V; i++) {
      const vi = v[i];
      if (vi === 0) continue;
      const row = i * H;
      for (let j = 0; j < H; j++) out[j] += vi * W[row + j];
    }
    for (let j = 0; j < H; j++) out[j] = sigmoid(out[j]);
    return out;
  }

  /** p(v_i = 1 | h) = σ(b_i + Σ_j W_ij h_j) for all i, written into out. */
  visibleProbabilities(
    h: ArrayLike<number>,
    out: ProbabilityArray = new Float64Array(this.visible),
  ): ProbabilityArray {
    checkLength(h, this.hidden, 'h');
    checkLength(out, this.visible, 'out');
    const { weights: W, visibleBias: b, hidden: H, visible: V } = this;
    for (let i = 0; i < V; i++) {
      let a = b[i];
      const row = i * H;
      for (let j = 0; j < H; j++) a += W[row + j] * h[j];
      out[i] = sigmoid(a);
    }
    return out;
  }

  /** Draw h ~ p(h | v) (each h_j = 1 with probability σ(c_j + (vᵀW)_j)) into out (0/1 values). */
  sampleHidden(v: ArrayLike<number>, out: LayerArray = new Float64Array(this.hidden), rng: Rng = this.rng) {
    checkLength(out, this.hidden, 'out');
    const p = this.hiddenProbabilities(v, this.scratchHidden);
    for (let j = 0; j < this.hidden; j++) out[j] = rng.nextUint32() * UINT32_TO_UNIT < p[j] ? 1 : 0;
    return out;
  }

  /** Draw v ~ p(v | h) into out (0/1 values). */
  sampleVisible(h: ArrayLike<number>, out: LayerArray = new Float64Array(this.visible), rng: Rng = this.rng) {
    checkLength(out, this.visible, 'out');
    const p = this.visibleProbabilities(h, this.scratchVisible);
    for (let i = 0; i < this.visible; i++) out[i] = rng.nextUint32() * UINT32_TO_UNIT < p[i] ? 1 : 0;
    return out;
  }

  /**
   * One block-Gibbs step in place: h ~ p(h | v), then v ~ p(v | h). Repeating it gives a Markov chain
   * whose stationary distribution is p(v, h).
   */
  gibbsStep(v: LayerArray, h: LayerArray, rng: Rng = this.rng): void {
    this.sampleHidden(v, h, rng);
    this.sampleVisible(h, v, rng);
  }

  /**
   * One pass over data (n × V row-major, values 0/1) in mini-batches of batchSize rows in row order,
   * with CD-k (persistent: false) or PCD-k (persistent: true, batchSize persistent chains kept between
   * calls). See train.ts for the update rule.
   */
  trainEpoch(data: ArrayLike<number>, options: TrainOptions): { batches: number } {
    if (this.trainer === null) this.trainer = createTrainer(this, this.rng);
    return this.trainer.epoch(data, options);
  }

  /** Forget the persistent chains (PCD restarts from h = 0, like a fresh scikit-learn model). */
  resetPersistentChains(): void {
    this.trainer?.reset();
  }

  /** Mean over rows of scikit-learn's stochastic estimator V · log σ(F(ṽ) − F(v)), one random bit flipped per row. */
  pseudoLikelihood(data: ArrayLike<number>, rng: Rng = this.rng): number {
    return pseudoLikelihood(this, data, rng);
  }

  /** Mean over rows of Σ_i log σ(F(v with bit i flipped) − F(v)): the expectation of pseudoLikelihood. */
  pseudoLikelihoodExact(data: ArrayLike<number>): number {
    return pseudoLikelihoodExact(this, data);
  }

  /** log Z exactly, summing over the smaller layer (allowed when it has ≤ 20 units). */
  logPartitionExact(): number {
    return logPartitionExact(this);
  }

  /** log Z by annealed importance sampling from the independent model with W = 0 and c = 0. */
  logPartitionAIS(options: AisOptions): AisResult {
    return logPartitionAIS(this, options);
  }

  /** Mean log-likelihood (1/n) Σ_rows log p(v) = −F(v) − log Z; pass logZ if you have it. */
  logLikelihood(data: ArrayLike<number>, logZ: number = this.logPartitionExact()): number {
    const V = this.visible;
    if (data.length % V !== 0 || data.length === 0)
      throw new RangeError(`data length must be a multiple of ${V}`);
    const n = data.length / V;
    const row = new Float64Array(V);
    let sum = 0;
    for (let r = 0; r < n; r++) {
      for (let i = 0; i < V; i++) row[i] = data[r * V + i];
      sum -= this.freeEnergy(row);
    }
    return sum / n - logZ;
  }
}

/** createRbm({ visible, hidden, seed }): a fresh RBM initialised like scikit-learn's BernoulliRBM. */
export function createRbm(options: RbmOptions): Rbm {
  return new Rbm(options);
}

function checkLength(a: ArrayLike<number>, n: number, name: string): void {
  if (a.length !== n) throw new RangeError(`${name} has length ${a.length}, expected ${n}`);
}
