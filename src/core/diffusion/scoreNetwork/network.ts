/**
 * A small noise-prediction network ε̂_θ(x_t, t) for 2-D data, written out by hand (chapter 7: this is the lesson).
 *
 *   input   u = (x₁, x₂, sin(πt), cos(πt), sin(2πt), cos(2πt), sin(4πt), cos(4πt))     (D = 8)
 *   h₁ = SiLU(W₁ u + b₁),   h₂ = SiLU(W₂ h₁ + b₂),   ε̂ = W₃ h₂ + b₃                  (H, H, 2)
 *   SiLU(z) = z σ(z),  σ(z) = 1 / (1 + e^{−z}),  SiLU'(z) = σ(z) (1 + z (1 − σ(z)))
 *
 * Denoising score matching (Ho et al. 2020's "simple" loss): for x₀ from the data, t ~ U(t_min, 1), ε ~ N(0, I),
 *   x_t = √ᾱ_t x₀ + √(1 − ᾱ_t) ε,     L(θ) = E ‖ε̂_θ(x_t, t) − ε‖²,
 * and the score it learns is ∇ log p_t(x) ≈ −ε̂_θ(x, t) / √(1 − ᾱ_t) (Tweedie's formula).
 * All parameters live in ONE Float64Array θ (W₁, b₁, W₂, b₂, W₃, b₃, row-major), so Adam and the finite-difference
 * check see a plain vector.
 */

import { createRng } from '../../random';

export const TIME_FEATURES = 6;
export const INPUT_SIZE = 2 + TIME_FEATURES;

export interface ScoreNetworkLayout {
  hidden: number;
  w1: number;
  b1: number;
  w2: number;
  b2: number;
  w3: number;
  b3: number;
  size: number;
}

/** Offsets of each block of θ for H hidden units per layer. */
export function scoreNetworkLayout(hidden: number): ScoreNetworkLayout {
  if (!(Number.isInteger(hidden) && hidden >= 1 && hidden <= 1024)) {
    throw new RangeError(`hidden must be an integer in 1 … 1024, got ${hidden}`);
  }
  const H = hidden;
  const w1 = 0;
  const b1 = w1 + H * INPUT_SIZE;
  const w2 = b1 + H;
  const b2 = w2 + H * H;
  const w3 = b2 + H;
  const b3 = w3 + 2 * H;
  return { hidden: H, w1, b1, w2, b2, w3, b3, size: b3 + 2 };
}

export interface ScoreNetwork {
  readonly layout: ScoreNetworkLayout;
  /** θ, all parameters */
  readonly params: Float64Array;
}

/**
 * Seeded initial weights: each weight ~ N(0, 1/fan_in) (LeCun), biases 0, so every layer starts with activations of
 * order 1 whatever the width.
 */
export function createScoreNetwork(hidden: number, seed: number): ScoreNetwork {
  const layout = scoreNetworkLayout(hidden);
  const params = new Float64Array(layout.size);
  const rng = createRng(seed);
  const fill = (from: number, count: number, fanIn: number) => {
    const s = 1 / Math.sqrt(fanIn);
    for (let i = 0; i < count; i++) params[from + i] = s * rng.normal();
  };
  fill(layout.w1, hidden * INPUT_SIZE, INPUT_SIZE);
  fill(layout.w2, hidden * hidden, hidden);
  fill(layout.w3, 2 * hidden, hidden);
  return { layout, params };
}

/** The input vector u for one point (x, y) at time t. */
export function networkInput(x: number, y: number, t: number, u: Float64Array): void {
  u[0] = x;
  u[1] = y;
  for (let j = 0; j < TIME_FEATURES / 2; j++) {
    const w = Math.PI * 2 ** j * t;
    u[2 + 2 * j] = Math.sin(w);
    u[3 + 2 * j] = Math.cos(w);
  }
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Scratch of one forward/backward pass, sized for H. */
export class NetworkScratch {
  readonly u = new Float64Array(INPUT_SIZE);
  readonly z1: Float64Array;
  readonly h1: Float64Array;
  readonly z2: Float64Array;
  readonly h2: Float64Array;
  readonly d1: Float64Array;
  readonly d2: Float64Array;
  constructor(hidden: number) {
    this.z1 = new Float64Array(hidden);
    this.h1 = new Float64Array(hidden);
    this.z2 = new Float64Array(hidden);
    this.h2 = new Float64Array(hidden);
    this.d1 = new Float64Array(hidden);
    this.d2 = new Float64Array(hidden);
  }
}

/** ε̂_θ(x, y, t) into out[offset], out[offset + 1]; leaves the activations in `scratch` for `backward`. */
export function predictNoise(
  net: ScoreNetwork,
  x: number,
  y: number,
  t: number,
  scratch: NetworkScratch,
  out: Float64Array,
  offset = 0,
): void {
  const { layout, params: p } = net;
  const H = layout.hidden;
  const { u, z1, h1, z2, h2 } = scratch;
  networkInput(x, y, t, u);
  for (let i = 0; i < H; i++) {
    let z = p[layout.b1 + i];
    const row = layout.w1 + i * INPUT_SIZE;
    for (let j = 0; j < INPUT_SIZE; j++) z += p[row + j] * u[j];
    z1[i] = z;
    h1[i] = z * sigmoid(z);
  }
  for (let i = 0; i < H; i++) {
    let z = p[layout.b2 + i];
    const row = layout.w2 + i * H;
    for (let j = 0; j < H; j++) z += p[row + j] * h1[j];
    z2[i] = z;
    h2[i] = z * sigmoid(z);
  }
  for (let o = 0; o < 2; o++) {
    let e = p[layout.b3 + o];
    const row = layout.w3 + o * H;
    for (let j = 0; j < H; j++) e += p[row + j] * h2[j];
    out[offset + o] = e;
  }
}

const siluPrime = (z: number) => {
  const s = sigmoid(z);
  return s * (1 + z * (1 - s));
};

/**
 * Add ∂ℓ/∂θ to grad for the point whose forward pass is in `scratch`, given g = ∂ℓ/∂ε̂ (2 numbers): the chain rule
 * layer by layer, from the output back to the input.
 */
export function backward(
  net: ScoreNetwork,
  scratch: NetworkScratch,
  gx: number,
  gy: number,
  grad: Float64Array,
): void {
  const { layout, params: p } = net;
  const H = layout.hidden;
  const { u, z1, h1, z2, h2, d1, d2 } = scratch;
  // output layer: ε̂_o = Σ_j W₃[o, j] h₂[j] + b₃[o]
  grad[layout.b3] += gx;
  grad[layout.b3 + 1] += gy;
  for (let j = 0; j < H; j++) {
    grad[layout.w3 + j] += gx * h2[j];
    grad[layout.w3 + H + j] += gy * h2[j];
    // δ₂ = ∂ℓ/∂z₂ = (W₃ᵀ g) ⊙ SiLU'(z₂)
    d2[j] = (p[layout.w3 + j] * gx + p[layout.w3 + H + j] * gy) * siluPrime(z2[j]);
  }
  d1.fill(0);
  for (let i = 0; i < H; i++) {
    const di = d2[i];
    grad[layout.b2 + i] += di;
    const row = layout.w2 + i * H;
    for (let j = 0; j < H; j++) {
      grad[row + j] += di * h1[j];
      d1[j] += p[row + j] * di; // W₂ᵀ δ₂
    }
  }
  for (let i = 0; i < H; i++) {
    const di = d1[i] * siluPrime(z1[i]); // δ₁
    grad[layout.b1 + i] += di;
    const row = layout.w1 + i * INPUT_SIZE;
    for (let j = 0; j < INPUT_SIZE; j++) grad[row + j] += di * u[j];
  }
}

/** One training example: a clean point, its noise, its time and ᾱ(t). */
export interface DsmBatch {
  /** x₀, interleaved, length 2B */
  x0: Float64Array;
  /** ε, interleaved, length 2B */
  eps: Float64Array;
  /** t of each example, length B */
  t: Float64Array;
  /** ᾱ(t) of each example, length B */
  alphaBar: Float64Array;
}

/**
 * The denoising score-matching loss on a batch, L = (1/B) Σ_b ‖ε̂_θ(√ᾱ_b x₀_b + √(1 − ᾱ_b) ε_b, t_b) − ε_b‖²,
 * and (if grad is given) its gradient ∂L/∂θ written into grad.
 */
export function dsmLoss(
  net: ScoreNetwork,
  batch: DsmBatch,
  scratch: NetworkScratch,
  grad?: Float64Array,
): number {
  const B = batch.t.length;
  if (grad) grad.fill(0);
  const out = new Float64Array(2);
  let loss = 0;
  for (let b = 0; b < B; b++) {
    const a = Math.sqrt(batch.alphaBar[b]);
    const s = Math.sqrt(1 - batch.alphaBar[b]);
    const ex = batch.eps[2 * b];
    const ey = batch.eps[2 * b + 1];
    predictNoise(
      net,
      a * batch.x0[2 * b] + s * ex,
      a * batch.x0[2 * b + 1] + s * ey,
      batch.t[b],
      scratch,
      out,
    );
    const rx = out[0] - ex;
    const ry = out[1] - ey;
    loss += rx * rx + ry * ry;
    if (grad) backward(net, scratch, (2 * rx) / B, (2 * ry) / B, grad);
  }
  return loss / B;
}
