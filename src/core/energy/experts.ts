/**
 * Energies to play with, and ways of combining them (chapter 4).
 *
 * PRODUCT OF EXPERTS: p(x) ∝ ∏_i p̃_i(x)  ⇔  E(x) = Σ_i E_i(x)  (log-densities add). Each expert can veto a
 * region by giving it high energy, so products are sharper than any single expert; a product can even have
 * a finite Z when every expert alone has Z = ∞ (two perpendicular "ridge" experts in 2-D).
 * MIXTURE: p(x) = Σ_i w_i p_i(x) of NORMALISED experts  ⇔  E(x) = −log Σ_i w_i e^{−E_i(x) − log Z_i}; a
 * mixture is broader than its components (it can only add mass, never veto it).
 */

import type { Energy1D, Energy2D } from './types';

/** E(x) = Σ_i λ_i E_i(x): the product of the experts e^{−E_i} raised to the powers λ_i (default all 1). */
export function productOfExperts1D(experts: readonly Energy1D[], weights?: ArrayLike<number>): Energy1D {
  const w = checkWeights(experts.length, weights);
  return (x) => {
    let e = 0;
    for (let i = 0; i < experts.length; i++) e += w[i] * experts[i](x);
    return e;
  };
}

/** 2-D version of productOfExperts1D. */
export function productOfExperts2D(experts: readonly Energy2D[], weights?: ArrayLike<number>): Energy2D {
  const w = checkWeights(experts.length, weights);
  return (x, y) => {
    let e = 0;
    for (let i = 0; i < experts.length; i++) e += w[i] * experts[i](x, y);
    return e;
  };
}

function checkWeights(n: number, weights?: ArrayLike<number>): Float64Array {
  if (n === 0) throw new RangeError('need at least one expert');
  const w = new Float64Array(n).fill(1);
  if (weights !== undefined) {
    if (weights.length !== n) throw new RangeError(`${weights.length} weights for ${n} experts`);
    for (let i = 0; i < n; i++) {
      if (!(weights[i] >= 0) || !Number.isFinite(weights[i])) {
        throw new RangeError(`weight ${i} = ${weights[i]} must be finite and ≥ 0`);
      }
      w[i] = weights[i];
    }
  }
  return w;
}

/**
 * Energy of a mixture Σ_i w_i p_i of normalised 1-D components p_i = e^{−E_i}/Z_i (T = 1):
 *   E(x) = −log Σ_i w_i e^{−E_i(x) − log Z_i}, computed with a log-sum-exp. Weights must sum to 1.
 */
export function mixtureOfExperts1D(
  components: readonly { energy: Energy1D; logZ: number }[],
  weights: ArrayLike<number>,
): Energy1D {
  const w = checkWeights(components.length, weights);
  let total = 0;
  for (let i = 0; i < w.length; i++) total += w[i];
  if (Math.abs(total - 1) > 1e-9) throw new RangeError(`mixture weights must sum to 1, got ${total}`);
  const logW = Array.from(w, Math.log);
  const terms = new Float64Array(components.length);
  return (x) => {
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < components.length; i++) {
      terms[i] = logW[i] - components[i].energy(x) - components[i].logZ;
      if (terms[i] > max) max = terms[i];
    }
    if (max === Number.NEGATIVE_INFINITY) return Number.POSITIVE_INFINITY;
    let s = 0;
    for (let i = 0; i < terms.length; i++) s += Math.exp(terms[i] - max);
    return -(max + Math.log(s));
  };
}

/** E(x) = βx², so e^{−E} = e^{−βx²} (the chapter 3 example; Z = √(π/β) iff β > 0). */
export function quadraticEnergy(beta: number): Energy1D {
  return (x) => beta * x * x;
}

/** Harmonic well E(x) = ½ k (x − x₀)² (stiffness k). At T, the Boltzmann density is N(x₀, T/k). */
export function harmonicEnergy(stiffness: number, center = 0): Energy1D {
  return (x) => 0.5 * stiffness * (x - center) * (x - center);
}

/** Double well E(x) = h ((x/a)² − 1)²: minima at ±a, barrier of height h at 0. */
export function doubleWellEnergy(height: number, a = 1): Energy1D {
  if (!(a > 0)) throw new RangeError(`well position a must be > 0, got ${a}`);
  return (x) => {
    const u = (x / a) * (x / a) - 1;
    return height * u * u;
  };
}

/**
 * Student-t expert E(x) = α log(1 + (x/s)²): heavy-tailed, e^{−E} decays like |x|^{−2α}, so on ℝ its Z is
 * finite iff α > ½ (α = 1 is the Cauchy shape, Z = π s).
 */
export function studentTEnergy(alpha: number, scale = 1): Energy1D {
  return (x) => alpha * Math.log1p((x / scale) * (x / scale));
}

/**
 * 2-D ridge expert E(x, y) = α log(1 + (u·(x, y))²) for a direction u: it only cares about the projection on
 * u and is flat along the perpendicular direction, so alone it has Z = ∞; a product of two with independent
 * directions has finite Z iff α > ½.
 */
export function ridgeExpert2D(alpha: number, direction: readonly [number, number]): Energy2D {
  const [ux, uy] = direction;
  return (x, y) => {
    const p = ux * x + uy * y;
    return alpha * Math.log1p(p * p);
  };
}

/**
 * Gaussian energy E(z) = ½ (z − μ)ᵀ Σ⁻¹ (z − μ) for a 2 × 2 covariance [[σxx, σxy], [σxy, σyy]]
 * (must be positive definite). Z = 2π √det Σ at T = 1.
 */
export function gaussianEnergy2D(
  mean: readonly [number, number],
  covariance: readonly [readonly [number, number], readonly [number, number]],
): Energy2D {
  const [[a, b], [b2, d]] = covariance;
  if (Math.abs(b - b2) > 1e-12 * Math.max(Math.abs(b), 1))
    throw new RangeError('covariance must be symmetric');
  const det = a * d - b * b;
  if (!(a > 0) || !(det > 0)) throw new RangeError('covariance must be positive definite');
  // Σ⁻¹ = (1/det) [[d, −b], [−b, a]]
  const ia = d / det;
  const ib = -b / det;
  const id = a / det;
  const [mx, my] = mean;
  return (x, y) => {
    const u = x - mx;
    const v = y - my;
    return 0.5 * (ia * u * u + 2 * ib * u * v + id * v * v);
  };
}
