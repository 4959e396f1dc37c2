/**
 * A 2-D collision model of Brownian motion (chapter 1): one heavy disc ("the grain", mass M, radius R)
 * among N light molecules (mass m, radius r_m) in a square box [0, L]² with reflecting walls.
 *
 * Model units (the usual molecular-dynamics set, so the numbers are human-sized):
 *   length nm · time ps · mass amu (= g/mol) · temperature K · velocity nm/ps (= 1000 m/s)
 *   energy amu·nm²/ps² (= 1 kJ/mol per particle) · momentum amu·nm/ps.
 * In these units k_B = 8.314 462 618 e-3 amu·nm²/(ps²·K) (k_B · N_A, the gas constant in kJ/(mol·K)).
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
 *
 * A step of length dt (explicit `step(dt)`, PhET style):
 *   1. Grain–molecule collisions. For each molecule we sweep its straight path *relative to the grain*
 *      over [0, dt] and solve |p + u s| = R + r_m for the first time of impact s (so fast molecules cannot
 *      tunnel through the grain). At impact we apply the exact elastic two-body collision along the line
 *      of centres n:   J = 2μ (u·n),  μ = mM/(m + M),   v_m ← v_m − (J/m) n,   V ← V + (J/M) n.
 *      Equal and opposite impulses conserve momentum; the normal relative velocity flips (u·n → −u·n),
 *      which conserves kinetic energy. The molecule then spends the rest of the step moving away.
 *   2. The grain moves with its (updated) velocity; walls reflect it.
 *   3. The molecules move; walls reflect them; a molecule left overlapping the grain (because the grain's
 *      velocity changed during the step) is moved radially to the grain's surface. That fix touches
 *      positions only, so momentum and energy stay exactly conserved.
 * Walls change momentum (they are the box pushing back); we add up every wall impulse so that
 *   P(t) = P(0) + (wall impulse so far)   holds exactly — the test checks it.
 */

import type { Rng } from '../random';

/** k_B in model units: amu·nm²/(ps²·K). (1.380649e-23 J/K × 6.02214076e23 /mol = 8.314 J/(mol·K).) */
export const BOLTZMANN_CONSTANT_MODEL = 8.31446261815324e-3;

/** Ranges and defaults of every parameter of the collision model, with units. */
export const COLLISION_MODEL_PARAMETERS = {
  /** side L of the square box, nm */
  boxSize: { min: 20, max: 1000, default: 100, unit: 'nm' },
  /** gas temperature T, K */
  temperature: { min: 10, max: 2000, default: 300, unit: 'K' },
  /** grain radius R, nm (also capped at 0.45 L so the grain always fits) */
  grainRadius: { min: 1, max: 15, default: 5, unit: 'nm' },
  /** grain mass per area σ_g, amu/nm²: M = σ_g π R² (same material at every size); 64 → M ≈ 5000 amu at R = 5 nm */
  grainArealDensity: { min: 1, max: 10_000, default: 64, unit: 'amu/nm²' },
  /** number of molecules N */
  moleculeCount: { min: 0, max: 5_000, default: 2_000, unit: 'molecules' },
  /** molecule mass m, amu (28 = N₂) */
  moleculeMass: { min: 1, max: 500, default: 28, unit: 'amu' },
  /** molecule radius r_m, nm (0 = point molecules) */
  moleculeRadius: { min: 0, max: 1, default: 0.15, unit: 'nm' },
  /** time step dt, ps */
  timeStep: { min: 1e-4, max: 5, default: 0.5, unit: 'ps' },
  /** grain trail ring-buffer length, samples */
  trailCapacity: { min: 2, max: 100_000, default: 4_000, unit: 'samples' },
  /** record the grain position every this many steps */
  trailInterval: { min: 1, max: 1_000, default: 1, unit: 'steps' },
} as const;

type ParameterName = keyof typeof COLLISION_MODEL_PARAMETERS;

export interface CollisionModelOptions {
  boxSize?: number;
  temperature?: number;
  grainRadius?: number;
  grainArealDensity?: number;
  /** fixed grain mass, amu; when given, the mass no longer follows the radius */
  grainMass?: number;
  moleculeCount?: number;
  moleculeMass?: number;
  moleculeRadius?: number;
  trailCapacity?: number;
  trailInterval?: number;
  /** how many molecules the buffers can hold (default: the moleculeCount maximum) */
  capacity?: number;
}

/** Clamp a parameter into its range; a non-finite value is a RangeError rather than a silent NaN. */
function param(name: ParameterName, value: number | undefined): number {
  const spec = COLLISION_MODEL_PARAMETERS[name];
  if (value === undefined) return spec.default;
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${value}`);
  return value < spec.min ? spec.min : value > spec.max ? spec.max : value;
}

export interface GrainMsdEstimate {
  /** time-averaged |X(t + τ) − X(t)|² over the trail, nm² */
  msd: number;
  /** mean lag τ of the pairs used, ps */
  lagTime: number;
  /** number of (t, t + τ) pairs averaged */
  pairs: number;
}

export class CollisionModel {
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
  private readonly trailX: Float64Array;
  private readonly trailY: Float64Array;
  private readonly trailT: Float64Array;
  private trailStart = 0;
  private trailCount = 0;

  // ---- scratch for step(): which molecules hit the grain, and where they end up relative to it (nm)
  private readonly hit: Uint8Array;
  private readonly hitOffsetX: Float64Array;
  private readonly hitOffsetY: Float64Array;

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
    this.hit = new Uint8Array(this.capacity);
    this.hitOffsetX = new Float64Array(this.capacity);
    this.hitOffsetY = new Float64Array(this.capacity);
    const trailCap = Math.round(param('trailCapacity', options.trailCapacity));
    this.trailX = new Float64Array(trailCap);
    this.trailY = new Float64Array(trailCap);
    this.trailT = new Float64Array(trailCap);
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
    this.trailStart = 0;
    this.trailCount = 0;
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
    const n = this.count;
    const m = this.moleculeMass; // amu
    const M = this.grainMassAmu; // amu
    const twoMu = (2 * m * M) / (m + M); // 2 × reduced mass, amu
    const rho = this.grainRadiusNm + this.moleculeRadius; // contact distance, nm
    const rho2 = rho * rho;
    const x = this.moleculeX;
    const y = this.moleculeY;
    const vx = this.moleculeVx;
    const vy = this.moleculeVy;
    const hit = this.hit;
    const offX = this.hitOffsetX;
    const offY = this.hitOffsetY;
    let gx = this.grainX;
    let gy = this.grainY;
    let gvx = this.grainVx;
    let gvy = this.grainVy;

    // 1. grain–molecule collisions, by sweeping each relative path over [0, h]
    for (let i = 0; i < n; i++) {
      hit[i] = 0;
      const px = x[i] - gx; // relative position, nm
      const py = y[i] - gy;
      const ux = vx[i] - gvx; // relative velocity, nm/ps
      const uy = vy[i] - gvy;
      const b = px * ux + py * uy; // p·u < 0 ⇔ approaching
      if (b >= 0) continue;
      const c = px * px + py * py - rho2; // > 0 ⇔ outside
      let s: number; // time of impact after the step's start, ps
      if (c <= 0) {
        s = 0; // already touching and approaching: collide now
      } else {
        // |p + u s|² = ρ²  ⇔  a s² + 2 b s + c = 0, first root s = (−b − √(b² − a c)) / a
        const a = ux * ux + uy * uy;
        const disc = b * b - a * c;
        if (disc < 0) continue; // the path misses the grain
        s = (-b - Math.sqrt(disc)) / a;
        if (s > h) continue; // would hit, but after this step
      }
      // contact point relative to the grain, and the unit normal n along the line of centres
      const cx = px + ux * s;
      const cy = py + uy * s;
      const len = Math.sqrt(cx * cx + cy * cy);
      const nx = len > 0 ? cx / len : 1;
      const ny = len > 0 ? cy / len : 0;
      const un = ux * nx + uy * ny; // normal relative speed, nm/ps (< 0: approaching)
      if (un >= 0) continue;
      // impulse J = 2μ u_n along n (amu·nm/ps): molecule −J n, grain +J n
      const j = twoMu * un;
      vx[i] -= (j / m) * nx;
      vy[i] -= (j / m) * ny;
      gvx += (j / M) * nx;
      gvy += (j / M) * ny;
      // after the bounce the relative velocity is u' = u − 2 u_n n; fly away along it for h − s
      const ux2 = ux - 2 * un * nx;
      const uy2 = uy - 2 * un * ny;
      offX[i] = cx + ux2 * (h - s);
      offY[i] = cy + uy2 * (h - s);
      hit[i] = 1;
      this.collisionCount++;
    }

    // 2. the grain moves; reflecting walls at R and L − R
    const L = this.boxSize;
    const R = this.grainRadiusNm;
    gx += gvx * h;
    gy += gvy * h;
    if (gx < R) {
      gx = Math.min(2 * R - gx, L - R);
      if (gvx < 0) {
        this.wallImpulseX -= 2 * M * gvx;
        gvx = -gvx;
      }
    } else if (gx > L - R) {
      gx = Math.max(2 * (L - R) - gx, R);
      if (gvx > 0) {
        this.wallImpulseX -= 2 * M * gvx;
        gvx = -gvx;
      }
    }
    if (gy < R) {
      gy = Math.min(2 * R - gy, L - R);
      if (gvy < 0) {
        this.wallImpulseY -= 2 * M * gvy;
        gvy = -gvy;
      }
    } else if (gy > L - R) {
      gy = Math.max(2 * (L - R) - gy, R);
      if (gvy > 0) {
        this.wallImpulseY -= 2 * M * gvy;
        gvy = -gvy;
      }
    }

    // 3. molecules move; reflecting walls at r_m and L − r_m; none left inside the grain
    const lo = this.moleculeRadius;
    const hi = L - lo;
    let impulseX = 0;
    let impulseY = 0;
    for (let i = 0; i < n; i++) {
      let xi: number;
      let yi: number;
      if (hit[i]) {
        xi = gx + offX[i];
        yi = gy + offY[i];
      } else {
        xi = x[i] + vx[i] * h;
        yi = y[i] + vy[i] * h;
      }
      if (xi < lo) {
        xi = Math.min(2 * lo - xi, hi);
        if (vx[i] < 0) {
          impulseX -= 2 * m * vx[i];
          vx[i] = -vx[i];
        }
      } else if (xi > hi) {
        xi = Math.max(2 * hi - xi, lo);
        if (vx[i] > 0) {
          impulseX -= 2 * m * vx[i];
          vx[i] = -vx[i];
        }
      }
      if (yi < lo) {
        yi = Math.min(2 * lo - yi, hi);
        if (vy[i] < 0) {
          impulseY -= 2 * m * vy[i];
          vy[i] = -vy[i];
        }
      } else if (yi > hi) {
        yi = Math.max(2 * hi - yi, lo);
        if (vy[i] > 0) {
          impulseY -= 2 * m * vy[i];
          vy[i] = -vy[i];
        }
      }
      // overlap left by the grain's change of velocity: move the molecule radially onto the surface
      const dx = xi - gx;
      const dy = yi - gy;
      const d2 = dx * dx + dy * dy;
      if (d2 < rho2) {
        const d = Math.sqrt(d2);
        const k = d > 0 ? rho / d : 0;
        xi = d > 0 ? gx + dx * k : gx + rho;
        yi = d > 0 ? gy + dy * k : gy;
        xi = Math.min(Math.max(xi, lo), hi); // a grain against a wall may leave it overlapping: fixed next step
        yi = Math.min(Math.max(yi, lo), hi);
      }
      x[i] = xi;
      y[i] = yi;
    }
    this.wallImpulseX += impulseX;
    this.wallImpulseY += impulseY;

    this.grainX = gx;
    this.grainY = gy;
    this.grainVx = gvx;
    this.grainVy = gvy;
    this.time += h;
    this.steps++;
    if (this.steps % this.trailInterval === 0) this.recordTrail();
  }

  // ------------------------------------------------------------------ trail and MSD

  private recordTrail(): void {
    const cap = this.trailX.length;
    const k = (this.trailStart + this.trailCount) % cap;
    this.trailX[k] = this.grainX;
    this.trailY[k] = this.grainY;
    this.trailT[k] = this.time;
    if (this.trailCount < cap) this.trailCount++;
    else this.trailStart = (this.trailStart + 1) % cap;
  }

  /** Number of grain positions in the trail (oldest ones are overwritten when it is full). */
  get trailLength(): number {
    return this.trailCount;
  }

  /**
   * Copy the trail, oldest first, into outX / outY (nm) and optionally outT (ps). Copies
   * min(trailLength, outX.length) of the most recent samples and returns how many.
   */
  copyTrail(outX: Float64Array, outY: Float64Array, outT?: Float64Array): number {
    const cap = this.trailX.length;
    const n = Math.min(this.trailCount, outX.length, outY.length, outT ? outT.length : Infinity);
    const first = this.trailCount - n;
    for (let k = 0; k < n; k++) {
      const j = (this.trailStart + first + k) % cap;
      outX[k] = this.trailX[j];
      outY[k] = this.trailY[j];
      if (outT) outT[k] = this.trailT[j];
    }
    return n;
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
    const cap = this.trailX.length;
    const count = this.trailCount;
    if (!(Number.isInteger(lag) && lag >= 1 && lag < count)) {
      throw new RangeError(`lag must be an integer in [1, ${count - 1}], got ${lag}`);
    }
    const pairs = count - lag;
    let sum = 0;
    let lagSum = 0;
    for (let k = 0; k < pairs; k++) {
      const a = (this.trailStart + k) % cap;
      const b = (this.trailStart + k + lag) % cap;
      const dx = this.trailX[b] - this.trailX[a];
      const dy = this.trailY[b] - this.trailY[a];
      sum += dx * dx + dy * dy;
      lagSum += this.trailT[b] - this.trailT[a];
    }
    return { msd: sum / pairs, lagTime: lagSum / pairs, pairs };
  }

  // ------------------------------------------------------------------ readouts

  /** Total kinetic energy Σ ½ m v² + ½ M V², amu·nm²/ps². */
  kineticEnergy(): number {
    let s = 0;
    for (let i = 0; i < this.count; i++) {
      s += this.moleculeVx[i] * this.moleculeVx[i] + this.moleculeVy[i] * this.moleculeVy[i];
    }
    const grain = this.grainVx * this.grainVx + this.grainVy * this.grainVy;
    return 0.5 * this.moleculeMass * s + 0.5 * this.grainMassAmu * grain;
  }

  /** Total momentum (molecules + grain), amu·nm/ps. */
  momentum(): { px: number; py: number } {
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < this.count; i++) {
      sx += this.moleculeVx[i];
      sy += this.moleculeVy[i];
    }
    return {
      px: this.moleculeMass * sx + this.grainMassAmu * this.grainVx,
      py: this.moleculeMass * sy + this.grainMassAmu * this.grainVy,
    };
  }

  /**
   * Kinetic temperature of the gas, K: in 2-D each molecule has two quadratic degrees of freedom, so
   * ⟨½ m v²⟩ = k_B T  and  T_kin = Σ ½ m v² / (N k_B). Returns the set temperature when N = 0.
   */
  gasTemperature(): number {
    if (this.count === 0) return this.temperatureK;
    let s = 0;
    for (let i = 0; i < this.count; i++) {
      s += this.moleculeVx[i] * this.moleculeVx[i] + this.moleculeVy[i] * this.moleculeVy[i];
    }
    return (0.5 * this.moleculeMass * s) / (this.count * BOLTZMANN_CONSTANT_MODEL);
  }

  /** The grain's instantaneous kinetic temperature ½ M V² / k_B, K (equipartition: on average T). */
  grainTemperature(): number {
    const v2 = this.grainVx * this.grainVx + this.grainVy * this.grainVy;
    return (0.5 * this.grainMassAmu * v2) / BOLTZMANN_CONSTANT_MODEL;
  }
}

/** Factory form of `new CollisionModel(rng, options)`. */
export function createCollisionModel(rng: Rng, options: CollisionModelOptions = {}): CollisionModel {
  return new CollisionModel(rng, options);
}
