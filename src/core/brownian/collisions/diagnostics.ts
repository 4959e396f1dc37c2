/**
 * What we measure on the collision model (brownian/collisions/model.ts): the grain's trail and its
 * time-averaged mean squared displacement, and the conserved quantities and temperatures the tests and the
 * readouts check — total kinetic energy, total momentum, the kinetic temperatures of the gas and of the grain.
 */

import { BOLTZMANN_CONSTANT_MODEL } from './parameters';

export interface GrainMsdEstimate {
  /** time-averaged |X(t + τ) − X(t)|² over the trail, nm² */
  msd: number;
  /** mean lag τ of the pairs used, ps */
  lagTime: number;
  /** number of (t, t + τ) pairs averaged */
  pairs: number;
}

/** The grain's recent positions (nm) and times (ps) in ring buffers: the oldest are overwritten when full. */
export class GrainTrail {
  private readonly xs: Float64Array;
  private readonly ys: Float64Array;
  private readonly ts: Float64Array;
  private start = 0;
  private count = 0;

  constructor(capacity: number) {
    this.xs = new Float64Array(capacity);
    this.ys = new Float64Array(capacity);
    this.ts = new Float64Array(capacity);
  }

  clear(): void {
    this.start = 0;
    this.count = 0;
  }

  record(x: number, y: number, t: number): void {
    const cap = this.xs.length;
    const k = (this.start + this.count) % cap;
    this.xs[k] = x;
    this.ys[k] = y;
    this.ts[k] = t;
    if (this.count < cap) this.count++;
    else this.start = (this.start + 1) % cap;
  }

  /** Number of positions held. */
  get length(): number {
    return this.count;
  }

  /**
   * Copy the trail, oldest first, into outX / outY (nm) and optionally outT (ps). Copies
   * min(length, outX.length) of the most recent samples and returns how many.
   */
  copy(outX: Float64Array, outY: Float64Array, outT?: Float64Array): number {
    const cap = this.xs.length;
    const n = Math.min(this.count, outX.length, outY.length, outT ? outT.length : Infinity);
    const first = this.count - n;
    for (let k = 0; k < n; k++) {
      const j = (this.start + first + k) % cap;
      outX[k] = this.xs[j];
      outY[k] = this.ys[j];
      if (outT) outT[k] = this.ts[j];
    }
    return n;
  }

  /**
   * Time-averaged MSD over the trail window at a lag of `lag` samples:
   *   MSD(τ) ≈ (1/P) Σ_k |X(t_k + τ) − X(t_k)|²  over the P = length − lag pairs in the buffer.
   * Throws RangeError unless 1 ≤ lag < length.
   */
  msdAtLag(lag: number): GrainMsdEstimate {
    const cap = this.xs.length;
    const count = this.count;
    if (!(Number.isInteger(lag) && lag >= 1 && lag < count)) {
      throw new RangeError(`lag must be an integer in [1, ${count - 1}], got ${lag}`);
    }
    const pairs = count - lag;
    let sum = 0;
    let lagSum = 0;
    for (let k = 0; k < pairs; k++) {
      const a = (this.start + k) % cap;
      const b = (this.start + k + lag) % cap;
      const dx = this.xs[b] - this.xs[a];
      const dy = this.ys[b] - this.ys[a];
      sum += dx * dx + dy * dy;
      lagSum += this.ts[b] - this.ts[a];
    }
    return { msd: sum / pairs, lagTime: lagSum / pairs, pairs };
  }
}

/** What the readouts read: masses amu, velocities nm/ps, temperature K. */
export interface CollisionReadoutState {
  readonly moleculeMass: number;
  readonly grainMass: number;
  readonly moleculeCount: number;
  /** the set gas temperature T, K */
  readonly temperature: number;
  readonly moleculeVx: Float64Array;
  readonly moleculeVy: Float64Array;
  readonly grainVx: number;
  readonly grainVy: number;
}

/** Total kinetic energy Σ ½ m v² + ½ M V², amu·nm²/ps². */
export function kineticEnergy(state: CollisionReadoutState): number {
  let s = 0;
  for (let i = 0; i < state.moleculeCount; i++) {
    s += state.moleculeVx[i] * state.moleculeVx[i] + state.moleculeVy[i] * state.moleculeVy[i];
  }
  const grain = state.grainVx * state.grainVx + state.grainVy * state.grainVy;
  return 0.5 * state.moleculeMass * s + 0.5 * state.grainMass * grain;
}

/** Total momentum (molecules + grain), amu·nm/ps. */
export function momentum(state: CollisionReadoutState): { px: number; py: number } {
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < state.moleculeCount; i++) {
    sx += state.moleculeVx[i];
    sy += state.moleculeVy[i];
  }
  return {
    px: state.moleculeMass * sx + state.grainMass * state.grainVx,
    py: state.moleculeMass * sy + state.grainMass * state.grainVy,
  };
}

/**
 * Kinetic temperature of the gas, K: in 2-D each molecule has two quadratic degrees of freedom, so
 * ⟨½ m v²⟩ = k_B T  and  T_kin = Σ ½ m v² / (N k_B). Returns the set temperature when N = 0.
 */
export function gasTemperature(state: CollisionReadoutState): number {
  const count = state.moleculeCount;
  if (count === 0) return state.temperature;
  let s = 0;
  for (let i = 0; i < count; i++) {
    s += state.moleculeVx[i] * state.moleculeVx[i] + state.moleculeVy[i] * state.moleculeVy[i];
  }
  return (0.5 * state.moleculeMass * s) / (count * BOLTZMANN_CONSTANT_MODEL);
}

/** The grain's instantaneous kinetic temperature ½ M V² / k_B, K (equipartition: on average T). */
export function grainTemperature(state: CollisionReadoutState): number {
  const v2 = state.grainVx * state.grainVx + state.grainVy * state.grainVy;
  return (0.5 * state.grainMass * v2) / BOLTZMANN_CONSTANT_MODEL;
}
