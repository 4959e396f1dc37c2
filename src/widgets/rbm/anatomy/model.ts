import { createRbm, createRng, type Rbm, type RbmParameters } from '../../../core';

/** The anatomy widget's machine: small enough that every unit, edge and energy term fits on screen. */
export const ANATOMY_VISIBLE = 6;
export const ANATOMY_HIDDEN = 4;
/** Standard deviations of the drawn parameters: weights strong enough that one visible unit visibly moves a hidden one. */
const WEIGHT_SCALE = 1.5;
const BIAS_SCALE = 0.5;

/**
 * A seeded 6 × 4 RBM: W_ij ~ N(0, 1.5²) (row-major, as the core stores it), then b_i and c_j ~ N(0, 0.5²), all from
 * one stream of `createRng(seed)`. (The core's own initialisation, N(0, 0.01²) and zero biases, would make every
 * conditional ≈ ½ and show nothing.)
 */
export function anatomyRbm(seed: number): Rbm {
  const rbm = createRbm({ visible: ANATOMY_VISIBLE, hidden: ANATOMY_HIDDEN, seed });
  const rng = createRng(seed);
  const draw = (n: number, scale: number) => Float64Array.from({ length: n }, () => scale * rng.normal());
  const weights = draw(ANATOMY_VISIBLE * ANATOMY_HIDDEN, WEIGHT_SCALE);
  const visibleBias = draw(ANATOMY_VISIBLE, BIAS_SCALE);
  const hiddenBias = draw(ANATOMY_HIDDEN, BIAS_SCALE);
  rbm.setParameters({ weights, visibleBias, hiddenBias });
  return rbm;
}

/** One non-zero term of E(v, h): −b_i v_i, −c_j h_j or −v_i W_ij h_j, with the unit indices it involves (from 0). */
export type EnergyTerm =
  | { kind: 'visible'; i: number; value: number }
  | { kind: 'hidden'; j: number; value: number }
  | { kind: 'pair'; i: number; j: number; value: number };

/**
 * E(v, h) = −Σ b_i v_i − Σ c_j h_j − Σ v_i W_ij h_j written out term by term, keeping only the terms whose units
 * are on (with binary units every other term is 0). Their sum is the core's `rbm.energy(v, h)`.
 */
export function energyTerms(rbm: RbmParameters, v: ArrayLike<number>, h: ArrayLike<number>): EnergyTerm[] {
  const terms: EnergyTerm[] = [];
  for (let i = 0; i < rbm.visible; i++) {
    if (v[i] !== 0) terms.push({ kind: 'visible', i, value: -rbm.visibleBias[i] * v[i] });
  }
  for (let j = 0; j < rbm.hidden; j++) {
    if (h[j] !== 0) terms.push({ kind: 'hidden', j, value: -rbm.hiddenBias[j] * h[j] });
  }
  for (let i = 0; i < rbm.visible; i++) {
    for (let j = 0; j < rbm.hidden; j++) {
      if (v[i] !== 0 && h[j] !== 0)
        terms.push({ kind: 'pair', i, j, value: -v[i] * rbm.weights[i * rbm.hidden + j] * h[j] });
    }
  }
  return terms;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
/** Unit i (from 0) as the reader counts it, in subscript digits: 0 → ₁, 11 → ₁₂. */
export function subscript(index: number): string {
  return String(index + 1)
    .split('')
    .map((digit) => SUBSCRIPTS[Number(digit)])
    .join('');
}
