/**
 * The gas of the collision model: where a molecule is put and how fast it goes, and a whole gas given by hand.
 * Functions of the model's state (physics.ts's CollisionState), so model.ts keeps only the state and its setters.
 */

import type { Rng } from '../../random';
import { BOLTZMANN_CONSTANT_MODEL } from './parameters';
import type { CollisionState } from './physics';

/** Put molecule i somewhere uniform in the box, not overlapping the grain. */
export function placeMolecule(state: CollisionState, i: number, rng: Rng): void {
  const lo = state.moleculeRadius;
  const span = state.boxSize - 2 * lo;
  const rho = state.grainRadius + state.moleculeRadius;
  const rho2 = rho * rho;
  // Rejection sampling: the grain covers < 64 % of the box (R ≤ 0.45 L), so this ends quickly.
  for (;;) {
    const x = lo + span * rng.uniform();
    const y = lo + span * rng.uniform();
    const dx = x - state.grainX;
    const dy = y - state.grainY;
    if (dx * dx + dy * dy >= rho2) {
      state.moleculeX[i] = x;
      state.moleculeY[i] = y;
      return;
    }
  }
}

/** Thermal speed per component at temperature T, √(k_B T / m), nm/ps. */
export function thermalSigma(temperature: number, moleculeMass: number): number {
  return Math.sqrt((BOLTZMANN_CONSTANT_MODEL * temperature) / moleculeMass);
}

/** Maxwell–Boltzmann velocity for molecule i: each component ~ N(0, k_B T / m), i.e. N(0, sigma²). */
export function drawVelocity(state: CollisionState, i: number, sigma: number, rng: Rng): void {
  state.moleculeVx[i] = sigma * rng.normal();
  state.moleculeVy[i] = sigma * rng.normal();
}

/** Multiply every molecule's velocity by `factor` (a new temperature: v ∝ √T keeps the Maxwell–Boltzmann shape). */
export function scaleMoleculeVelocities(state: CollisionState, factor: number): void {
  for (let i = 0; i < state.moleculeCount; i++) {
    state.moleculeVx[i] *= factor;
    state.moleculeVy[i] *= factor;
  }
}

/** Move every molecule the grain now covers (after it grew) somewhere free; their velocities are kept. */
export function clearGrain(state: CollisionState, rng: Rng): void {
  const rho = state.grainRadius + state.moleculeRadius;
  for (let i = 0; i < state.moleculeCount; i++) {
    const dx = state.moleculeX[i] - state.grainX;
    const dy = state.moleculeY[i] - state.grainY;
    if (dx * dx + dy * dy < rho * rho) placeMolecule(state, i, rng);
  }
}

export interface HandMadeGas {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  vx: ArrayLike<number>;
  vy: ArrayLike<number>;
}

/**
 * Copy a hand-made gas (positions in nm, velocities in nm/ps) into the state's arrays and return its size. Throws
 * RangeError if there are more than `capacity` molecules, the arrays differ in length, or a molecule is outside the
 * box, inside the grain or has a non-finite velocity; nothing is copied then.
 */
export function copyHandMadeGas(state: CollisionState, gas: HandMadeGas, capacity: number): number {
  const n = gas.x.length;
  if (gas.y.length !== n || gas.vx.length !== n || gas.vy.length !== n) {
    throw new RangeError('setMolecules: x, y, vx and vy must have the same length');
  }
  if (n > capacity) throw new RangeError(`setMolecules: ${n} molecules exceed the capacity ${capacity}`);
  const lo = state.moleculeRadius;
  const hi = state.boxSize - lo;
  const rho = state.grainRadius + state.moleculeRadius;
  for (let i = 0; i < n; i++) {
    const [x, y, vx, vy] = [gas.x[i], gas.y[i], gas.vx[i], gas.vy[i]];
    if (!(x >= lo && x <= hi && y >= lo && y <= hi)) {
      throw new RangeError(`setMolecules: molecule ${i} at (${x}, ${y}) is outside the box`);
    }
    if (!(Number.isFinite(vx) && Number.isFinite(vy))) {
      throw new RangeError(`setMolecules: molecule ${i} has a non-finite velocity`);
    }
    if (Math.hypot(x - state.grainX, y - state.grainY) < rho) {
      throw new RangeError(`setMolecules: molecule ${i} is inside the grain`);
    }
  }
  for (let i = 0; i < n; i++) {
    state.moleculeX[i] = gas.x[i];
    state.moleculeY[i] = gas.y[i];
    state.moleculeVx[i] = gas.vx[i];
    state.moleculeVy[i] = gas.vy[i];
  }
  return n;
}
