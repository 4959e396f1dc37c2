/**
 * A 2-D collision model of Brownian motion (chapter 1): one heavy disc ("the grain", mass M, radius R)
 * among N light molecules (mass m, radius r_m) in a square box [0, L]² with reflecting walls.
 *
 * Units (nm, ps, amu, K), ranges and defaults are in parameters.ts; the three physics steps of `step(dt)` in
 * physics.ts; the trail, MSD and conservation readouts in diagnostics.ts; placing and drawing molecules in gas.ts.
 * This class holds the state, sets it up (Maxwell–Boltzmann molecules, grain at rest in the centre) and changes
 * parameters without breaking physics.
 *
 * Physics in one paragraph. Each molecule starts with a Maxwell–Boltzmann velocity, every component
 * ~ N(0, k_B T / m). Molecules fly straight, bounce off walls (v_n → −v_n), and bounce elastically off the
 * grain. The grain starts at rest in the centre; every hit gives it a tiny kick of order (m/M)·v, and the
 * sum of many independent kicks is the jittery walk Brown saw. Hotter gas → harder, more frequent kicks →
 * livelier grain. A bigger grain is hit more often but from all sides, so the kicks cancel better relative
 * to its inertia (its mass grows like R²): it jitters less, and its diffusion coefficient falls like 1/R.
 *
 * Why molecules do not collide with each other (an ideal gas): the grain only feels the gas through the
 * momentum molecules carry into it, and a gas already in equilibrium has the Maxwell–Boltzmann velocities
 * that mutual collisions would keep producing — so they would change nothing the grain sees on average.
 * Leaving them out keeps a step O(N) (pair collisions would need O(N²) or a neighbour grid), and it is
 * Einstein's own assumption: only the fluid's thermal equilibrium matters, not its internal mechanics.
 */

import type { Rng } from '../../random';
import {
  type CollisionReadoutState,
  type GrainMsdEstimate,
  GrainTrail,
  gasTemperature,
  grainTemperature,
  kineticEnergy,
  momentum,
} from './diagnostics';
import {
  clearGrain,
  copyHandMadeGas,
  drawVelocity,
  type HandMadeGas,
  placeMolecule,
  scaleMoleculeVelocities,
  thermalSigma,
} from './gas';
import {
  COLLISION_MODEL_PARAMETERS,
  type CollisionModelOptions,
  givenGrainMass,
  moleculeCapacity,
  collisionParameter as param,
} from './parameters';
import {
  type CollisionScratch,
  type CollisionState,
  collideWithGrain,
  moveGrain,
  moveMolecules,
} from './physics';

export class CollisionModel implements CollisionState, CollisionReadoutState {
  // ---- fixed parameters
  readonly boxSize: number; // L, nm
  readonly moleculeMass: number; // m, amu
  readonly moleculeRadius: number; // r_m, nm
  readonly capacity: number; // the most molecules the buffers can hold
  readonly grainArealDensity: number; // σ_g, amu/nm² (used when the mass follows the radius)
  readonly massFollowsRadius: boolean; // true when M = σ_g π R² follows the radius
  readonly trailInterval: number;

  // ---- adjustable parameters (change them with the setters)
  private temperatureK: number; // T, K
  private grainRadiusNm: number; // R, nm
  private grainMassAmu: number; // M, amu
  private count: number; // N

  // ---- molecule state; entries [0, moleculeCount) are live
  readonly moleculeX: Float64Array; // molecule x, nm
  readonly moleculeY: Float64Array; // molecule y, nm
  readonly moleculeVx: Float64Array; // molecule vx, nm/ps
  readonly moleculeVy: Float64Array; // molecule vy, nm/ps

  // ---- grain state
  grainX = 0; // grain centre X, nm
  grainY = 0; // grain centre Y, nm
  grainVx = 0; // grain velocity, nm/ps
  grainVy = 0;
  grainStartX = 0; // grain position at the last reset, nm
  grainStartY = 0;

  time = 0; // simulated time since reset, ps
  steps = 0; // steps since reset
  wallImpulseX = 0; // total impulse the walls have given (molecules + grain), amu·nm/ps
  wallImpulseY = 0;
  collisionCount = 0; // grain–molecule collisions since reset

  // ---- grain trail: ring buffers of positions (nm) and times (ps)
  private readonly trail: GrainTrail;

  // ---- scratch for step(): which molecules hit the grain, and where they end up relative to it (nm)
  private readonly scratch: CollisionScratch;

  private rng: Rng;

  constructor(rng: Rng, options: CollisionModelOptions = {}) {
    this.rng = rng;
    this.boxSize = param('boxSize', options.boxSize);
    this.moleculeMass = param('moleculeMass', options.moleculeMass);
    this.moleculeRadius = param('moleculeRadius', options.moleculeRadius);
    this.grainArealDensity = param('grainArealDensity', options.grainArealDensity);
    this.trailInterval = Math.round(param('trailInterval', options.trailInterval));
    this.capacity = moleculeCapacity(options.capacity);

    this.temperatureK = param('temperature', options.temperature);
    this.grainRadiusNm = this.clampRadius(param('grainRadius', options.grainRadius));
    const mass = givenGrainMass(options.grainMass);
    this.massFollowsRadius = mass === undefined;
    this.grainMassAmu = mass ?? this.massForRadius(this.grainRadiusNm);
    this.count = Math.min(this.capacity, Math.round(param('moleculeCount', options.moleculeCount)));

    this.moleculeX = new Float64Array(this.capacity);
    this.moleculeY = new Float64Array(this.capacity);
    this.moleculeVx = new Float64Array(this.capacity);
    this.moleculeVy = new Float64Array(this.capacity);
    this.scratch = {
      hit: new Uint8Array(this.capacity),
      hitOffsetX: new Float64Array(this.capacity),
      hitOffsetY: new Float64Array(this.capacity),
    };
    this.trail = new GrainTrail(Math.round(param('trailCapacity', options.trailCapacity)));
    this.reset();
  }

  // ------------------------------------------------------------------ parameters

  /** T, K */
  get temperature(): number {
    return this.temperatureK;
  }
  /** R, nm */
  get grainRadius(): number {
    return this.grainRadiusNm;
  }
  /** M, amu */
  get grainMass(): number {
    return this.grainMassAmu;
  }
  /** N */
  get moleculeCount(): number {
    return this.count;
  }

  private clampRadius(r: number): number {
    return Math.min(r, 0.45 * this.boxSize);
  }

  private massForRadius(r: number): number {
    return this.grainArealDensity * Math.PI * r * r; // M = σ_g π R², amu
  }

  /** Molecule i placed uniformly outside the grain, with a Maxwell–Boltzmann velocity at T (gas.ts). */
  private freshMolecule(i: number): void {
    placeMolecule(this, i, this.rng);
    drawVelocity(this, i, thermalSigma(this.temperatureK, this.moleculeMass), this.rng);
  }

  /** Start again: grain at rest in the centre, fresh molecules; optionally with a new random source. */
  reset(rng?: Rng): void {
    if (rng) this.rng = rng;
    this.grainX = this.grainY = this.boxSize / 2;
    this.grainVx = this.grainVy = 0;
    this.grainStartX = this.grainX;
    this.grainStartY = this.grainY;
    this.time = 0;
    this.steps = 0;
    this.wallImpulseX = this.wallImpulseY = 0;
    this.collisionCount = 0;
    for (let i = 0; i < this.count; i++) this.freshMolecule(i);
    this.trail.clear();
    this.trail.record(this.grainX, this.grainY, this.time);
  }

  /**
   * New temperature (clamped to its range). Every velocity — molecules and grain — is scaled by
   * √(T_new / T_old): kinetic energy is proportional to T, and the Maxwell–Boltzmann shape is kept.
   */
  setTemperature(temperature: number): void {
    const t = param('temperature', temperature);
    const factor = Math.sqrt(t / this.temperatureK);
    scaleMoleculeVelocities(this, factor);
    this.grainVx *= factor;
    this.grainVy *= factor;
    this.temperatureK = t;
  }

  /**
   * New grain radius (clamped). If the mass follows the radius, M = σ_g π R² and the grain's velocity is
   * scaled by √(M_old / M_new) so its kinetic energy (its "temperature") is unchanged. The grain is kept
   * inside the box and molecules it now covers are moved elsewhere (their velocities are kept).
   */
  setGrainRadius(radius: number): void {
    const r = this.clampRadius(param('grainRadius', radius));
    this.grainRadiusNm = r;
    if (this.massFollowsRadius) {
      const newMass = this.massForRadius(r);
      const factor = Math.sqrt(this.grainMassAmu / newMass);
      this.grainVx *= factor;
      this.grainVy *= factor;
      this.grainMassAmu = newMass;
    }
    this.grainX = Math.min(Math.max(this.grainX, r), this.boxSize - r);
    this.grainY = Math.min(Math.max(this.grainY, r), this.boxSize - r);
    clearGrain(this, this.rng);
  }

  /** New number of molecules (clamped to [0, capacity]); added molecules are Maxwell–Boltzmann at T. */
  setMoleculeCount(n: number): void {
    const target = Math.min(this.capacity, Math.round(param('moleculeCount', n)));
    for (let i = this.count; i < target; i++) this.freshMolecule(i);
    this.count = target;
  }

  /**
   * Replace the whole gas by the given molecules (positions in nm, velocities in nm/ps) — for
   * hand-made demonstrations ("one molecule hits the grain") and tests. Throws RangeError if there are
   * more than `capacity`, the arrays differ in length, or a molecule is outside the box or inside the grain.
   */
  setMolecules(state: HandMadeGas): void {
    this.count = copyHandMadeGas(this, state, this.capacity);
  }

  // ------------------------------------------------------------------ time evolution

  /** Advance the model by dt picoseconds (clamped to the timeStep range). */
  step(dt: number = COLLISION_MODEL_PARAMETERS.timeStep.default): void {
    const h = param('timeStep', dt); // ps
    collideWithGrain(this, h, this.scratch); // 1. grain–molecule collisions
    moveGrain(this, h); // 2. the grain moves; walls reflect it
    moveMolecules(this, h, this.scratch); // 3. the molecules move; walls reflect them
    this.time += h;
    this.steps++;
    if (this.steps % this.trailInterval === 0) this.trail.record(this.grainX, this.grainY, this.time);
  }

  // ------------------------------------------------------------------ trail and MSD

  /** Number of grain positions in the trail (oldest ones are overwritten when it is full). */
  get trailLength(): number {
    return this.trail.length;
  }

  /**
   * Copy the trail, oldest first, into outX / outY (nm) and optionally outT (ps). Copies
   * min(trailLength, outX.length) of the most recent samples and returns how many.
   */
  copyTrail(outX: Float64Array, outY: Float64Array, outT?: Float64Array): number {
    return this.trail.copy(outX, outY, outT);
  }

  /** Squared displacement of the grain since the reset, |X(t) − X(0)|², nm² (one trajectory, not an average). */
  grainSquaredDisplacement(): number {
    const dx = this.grainX - this.grainStartX;
    const dy = this.grainY - this.grainStartY;
    return dx * dx + dy * dy;
  }

  /**
   * Time-averaged MSD over the trail window at a lag of `lag` samples:
   *   MSD(τ) ≈ (1/P) Σ_k |X(t_k + τ) − X(t_k)|²  over the P = trailLength − lag pairs in the buffer.
   * Throws RangeError unless 1 ≤ lag < trailLength.
   */
  grainMsdAtLag(lag: number): GrainMsdEstimate {
    return this.trail.msdAtLag(lag);
  }

  // ------------------------------------------------------------------ readouts

  /** Total kinetic energy Σ ½ m v² + ½ M V², amu·nm²/ps². */
  kineticEnergy(): number {
    return kineticEnergy(this);
  }

  /** Total momentum (molecules + grain), amu·nm/ps. */
  momentum(): { px: number; py: number } {
    return momentum(this);
  }

  /** Kinetic temperature of the gas, ½ m v² averaged over molecules / k_B, K; the set temperature when N = 0. */
  gasTemperature(): number {
    return gasTemperature(this);
  }

  /** The grain's instantaneous kinetic temperature ½ M V² / k_B, K (equipartition: on average T). */
  grainTemperature(): number {
    return grainTemperature(this);
  }
}

/** Factory form of `new CollisionModel(rng, options)`. */
export function createCollisionModel(rng: Rng, options: CollisionModelOptions = {}): CollisionModel {
  return new CollisionModel(rng, options);
}
