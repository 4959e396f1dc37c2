/**
 * Adam (Kingma & Ba 2015) on a flat parameter vector θ:
 *   m ← β₁ m + (1 − β₁) g,   v ← β₂ v + (1 − β₂) g²,
 *   θ ← θ − η m̂ / (√v̂ + ε),   m̂ = m / (1 − β₁ᵏ),  v̂ = v / (1 − β₂ᵏ)   (k = steps taken).
 */
export interface Adam {
  readonly m: Float64Array;
  readonly v: Float64Array;
  steps: number;
  learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
}

export function createAdam(
  size: number,
  learningRate = 2e-3,
  beta1 = 0.9,
  beta2 = 0.999,
  epsilon = 1e-8,
): Adam {
  if (!(learningRate > 0)) throw new RangeError(`learning rate must be > 0, got ${learningRate}`);
  return {
    m: new Float64Array(size),
    v: new Float64Array(size),
    steps: 0,
    learningRate,
    beta1,
    beta2,
    epsilon,
  };
}

export function adamStep(adam: Adam, params: Float64Array, grad: Float64Array): void {
  const { m, v, beta1, beta2, epsilon } = adam;
  adam.steps++;
  const c1 = 1 / (1 - beta1 ** adam.steps);
  const c2 = 1 / (1 - beta2 ** adam.steps);
  for (let i = 0; i < params.length; i++) {
    const g = grad[i];
    m[i] = beta1 * m[i] + (1 - beta1) * g;
    v[i] = beta2 * v[i] + (1 - beta2) * g * g;
    params[i] -= (adam.learningRate * m[i] * c1) / (Math.sqrt(v[i] * c2) + epsilon);
  }
}
