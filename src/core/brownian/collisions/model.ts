/**
 * A 2-D collision model of Brownian motion (chapter 1): one heavy disc ("the grain", mass M, radius R)
 * among N light molecules (mass m, radius r_m) in a square box [0, L]² with reflecting walls.
 *
 * Units (nm, ps, amu, K), ranges and defaults are in parameters.ts; the three physics steps of `step(dt)` in
 * physics.ts; the trail, MSD and conservation readouts in diagnostics.ts. This class holds the state, sets it up
 * (Maxwell–Boltzmann molecules, grain at rest in the centre) and changes parameters without breaking physics.
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
  BOLTZMANN_CONSTANT_MODEL,
  COLLISION_MODEL_PARAMETERS,
  type CollisionModelOptions,
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
  /** L, nm */
  readonly boxSize: number;
  /** m, amu */
  readonly moleculeMass: number;
  /** r_m, nm */
  readonly moleculeRadius: number;
  /** the most molecules the buffers can hold */
  readonly capacity: number;
  /** σ_g, amu/nm² (used when the mass follows the radius) */
  readonly grainArealDensity: number;
  /** true when M = σ_g π R² follows the radius */
  readonly massFollowsRadius: boolean;
  readonly trailInterval: number;

  // ---- adjustable parameters (change them with the setters)
  private temperatureK: number; // T, K
  private grainRadiusNm: number; // R, nm
  private grainMassAmu: number; // M, amu
  private count: number; // N

  // ---- molecule state; entries [0, moleculeCount) are live
  /** molecule x, nm */
  readonly moleculeX: Float64Array;
  /** molecule y, nm */
  readonly moleculeY: Float64Array;
  /** molecule vx, nm/ps */
  readonly moleculeVx: Float64Array;
  /** molecule vy, nm/ps */
  readonly moleculeVy: Float64Array;

  // ---- grain state
  /** grain centre X, nm */
  grainX = 0;
  /** grain centre Y, nm */
  grainY = 0;
  /** grain velocity, nm/ps */
  grainVx = 0;
  grainVy = 0;
  /** grain position at the last reset, nm */
  grainStartX = 0;
  grainStartY = 0;

  /** simulated time since reset, ps */
  time = 0;
  /** steps since reset */
  steps = 0;
  /** total impulse the walls have given (molecules + grain), amu·nm/ps */
  wallImpulseX = 0;
  wallImpulseY = 0;
  /** grain–molecule collisions since reset */
  collisionCount = 0;

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
    const maxCount = COLLISION_MODEL_PARAMETERS.moleculeCount.max;
    const cap = options.capacity === undefined ? maxCount : options.capacity;
    if (!Number.isFinite(cap)) throw new RangeError(`capacity must be finite, got ${cap}`);
    this.capacity = Math.max(0, Math.min(maxCount, Math.round(cap)));

    this.temperatureK = param('temperature', options.temperature);
    this.grainRadiusNm = this.clampRadius(param('grainRadius', options.grainRadius));
    if (options.grainMass !== undefined) {
      if (!(options.grainMass > 0 && Number.isFinite(options.grainMass))) {
        throw new RangeError(`grainMass must be a positive number of amu, got ${options.grainMass}`);
      }
      this.massFollowsRadius = false;
      this.grainMassAmu = options.grainMass;
    } else {
      this.massFollowsRadius = true;
      this.grainMassAmu = this.massForRadius(this.grainRadiusNm);
    }
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

  /** Thermal speed per component, √(k_B T / m), nm/ps. */
  private thermalSigma(): number {
    return Math.sqrt((BOLTZMANN_CONSTANT_MODEL * this.temperatureK) / this.moleculeMass);
  }

  /** Put molecule i somewhere uniform in the box, not overlapping the grain. */
  private placeMolecule(i: number): void {
    const lo = this.moleculeRadius;
    const span = this.boxSize - 2 * lo;
    const rho = this.grainRadiusNm + this.moleculeRadius;
    const rho2 = rho * rho;
    // Rejection sampling: the grain covers < 64 % of the box (R ≤ 0.45 L), so this ends quickly.
    for (;;) {
      const x = lo + span * this.rng.uniform();
      const y = lo + span * this.rng.uniform();
      const dx = x - this.grainX;
      const dy = y - this.grainY;
      if (dx * dx + dy * dy >= rho2) {
        this.moleculeX[i] = x;
        this.moleculeY[i] = y;
        return;
      }
    }
  }

  /** Maxwell–Boltzmann velocity for molecule i: each component ~ N(0, k_B T / m). */
  private drawVelocity(i: number): void {
    const sigma = this.thermalSigma();
    this.moleculeVx[i] = sigma * this.rng.normal();
    this.moleculeVy[i] = sigma * this.rng.normal();
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
    for (let i = 0; i < this.count; i++) {
      this.placeMolecule(i);
      this.drawVelocity(i);
    }
    this.trail.clear();
    this.recordTrail();
  }

  /**
   * New temperature (clamped to its range). Every velocity — molecules and grain — is scaled by
   * √(T_new / T_old): kinetic energy is proportional to T, and the Maxwell–Boltzmann shape is kept.
   */
  setTemperature(temperature: number): void {
    const t = param('temperature', temperature);
    const factor = Math.sqrt(t / this.temperatureK);
    for (let i = 0; i < this.count; i++) {
      this.moleculeVx[i] *= factor;
      this.moleculeVy[i] *= factor;
    }
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
    const rho = r + this.moleculeRadius;
    for (let i = 0; i < this.count; i++) {
      const dx = this.moleculeX[i] - this.grainX;
      const dy = this.moleculeY[i] - this.grainY;
      if (dx * dx + dy * dy < rho * rho) this.placeMolecule(i);
    }
  }

  /** New number of molecules (clamped to [0, capacity]); added molecules are Maxwell–Boltzmann at T. */
  setMoleculeCount(n: number): void {
    const target = Math.min(this.capacity, Math.round(param('moleculeCount', n)));
    for (let i = this.count; i < target; i++) {
      this.placeMolecule(i);
      this.drawVelocity(i);
    }
    this.count = target;
  }

  /**
   * Replace the whole gas by the given molecules (positions in nm, velocities in nm/ps) — for
   * hand-made demonstrations ("one molecule hits the grain") and tests. Throws RangeError if there are
   * more than `capacity`, the arrays differ in length, or a molecule is outside the box or inside the grain.
   */
  setMolecules(state: {
    x: ArrayLike<number>;
    y: ArrayLike<number>;
    vx: ArrayLike<number>;
    vy: ArrayLike<number>;
  }): void {
    const n = state.x.length;
    if (state.y.length !== n || state.vx.length !== n || state.vy.length !== n) {
      throw new RangeError('setMolecules: x, y, vx and vy must have the same length');
    }
    if (n > this.capacity)
      throw new RangeError(`setMolecules: ${n} molecules exceed the capacity ${this.capacity}`);
    const lo = this.moleculeRadius;
    const hi = this.boxSize - lo;
    const rho = this.grainRadiusNm + this.moleculeRadius;
    for (let i = 0; i < n; i++) {
      const { x, y, vx, vy } = { x: state.x[i], y: state.y[i], vx: state.vx[i], vy: state.vy[i] };
      if (!(x >= lo && x <= hi && y >= lo && y <= hi)) {
        throw new RangeError(`setMolecules: molecule ${i} at (${x}, ${y}) is outside the box`);
      }
      if (!(Number.isFinite(vx) && Number.isFinite(vy))) {
        throw new RangeError(`setMolecules: molecule ${i} has a non-finite velocity`);
      }
      if (Math.hypot(x - this.grainX, y - this.grainY) < rho) {
        throw new RangeError(`setMolecules: molecule ${i} is inside the grain`);
      }
    }
    for (let i = 0; i < n; i++) {
      this.moleculeX[i] = state.x[i];
      this.moleculeY[i] = state.y[i];
      this.moleculeVx[i] = state.vx[i];
      this.moleculeVy[i] = state.vy[i];
    }
    this.count = n;
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
    if (this.steps % this.trailInterval === 0) this.recordTrail();
  }

  // ------------------------------------------------------------------ trail and MSD

  private recordTrail(): void {
    this.trail.record(this.grainX, this.grainY, this.time);
  }

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
