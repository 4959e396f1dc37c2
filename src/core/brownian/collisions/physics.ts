/**
 * The physics of one time step of the collision model (brownian/collisions/model.ts), as three functions
 * on its plain state, called in this order by `CollisionModel.step(dt)`.
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

/** What a step reads and writes: positions nm, velocities nm/ps, masses amu, impulses amu·nm/ps. */
export interface CollisionState {
  /** L, nm */
  readonly boxSize: number;
  /** m, amu */
  readonly moleculeMass: number;
  /** r_m, nm */
  readonly moleculeRadius: number;
  /** R, nm */
  readonly grainRadius: number;
  /** M, amu */
  readonly grainMass: number;
  /** N: entries [0, N) of the molecule arrays are live */
  readonly moleculeCount: number;
  readonly moleculeX: Float64Array;
  readonly moleculeY: Float64Array;
  readonly moleculeVx: Float64Array;
  readonly moleculeVy: Float64Array;
  grainX: number;
  grainY: number;
  grainVx: number;
  grainVy: number;
  /** total impulse the walls have given (molecules + grain), amu·nm/ps */
  wallImpulseX: number;
  wallImpulseY: number;
  /** grain–molecule collisions so far */
  collisionCount: number;
}

/** Scratch passed from step 1 to step 3: which molecules hit the grain, and where they end up relative to it (nm). */
export interface CollisionScratch {
  readonly hit: Uint8Array;
  readonly hitOffsetX: Float64Array;
  readonly hitOffsetY: Float64Array;
}

/** Step 1: grain–molecule collisions over [0, h] ps, by sweeping each molecule's path relative to the grain. */
export function collideWithGrain(state: CollisionState, h: number, scratch: CollisionScratch): void {
  const n = state.moleculeCount;
  const m = state.moleculeMass; // amu
  const M = state.grainMass; // amu
  const twoMu = (2 * m * M) / (m + M); // 2 × reduced mass, amu
  const rho = state.grainRadius + state.moleculeRadius; // contact distance, nm
  const rho2 = rho * rho;
  const x = state.moleculeX;
  const y = state.moleculeY;
  const vx = state.moleculeVx;
  const vy = state.moleculeVy;
  const { hit, hitOffsetX: offX, hitOffsetY: offY } = scratch;
  const gx = state.grainX;
  const gy = state.grainY;
  let gvx = state.grainVx;
  let gvy = state.grainVy;
  let collisions = 0;

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
    collisions++;
  }
  state.grainVx = gvx;
  state.grainVy = gvy;
  state.collisionCount += collisions;
}

/** Step 2: the grain moves with its (updated) velocity for h ps; reflecting walls at R and L − R. */
export function moveGrain(state: CollisionState, h: number): void {
  const M = state.grainMass; // amu
  let gx = state.grainX;
  let gy = state.grainY;
  let gvx = state.grainVx;
  let gvy = state.grainVy;
  const L = state.boxSize;
  const R = state.grainRadius;
  gx += gvx * h;
  gy += gvy * h;
  if (gx < R) {
    gx = Math.min(2 * R - gx, L - R);
    if (gvx < 0) {
      state.wallImpulseX -= 2 * M * gvx;
      gvx = -gvx;
    }
  } else if (gx > L - R) {
    gx = Math.max(2 * (L - R) - gx, R);
    if (gvx > 0) {
      state.wallImpulseX -= 2 * M * gvx;
      gvx = -gvx;
    }
  }
  if (gy < R) {
    gy = Math.min(2 * R - gy, L - R);
    if (gvy < 0) {
      state.wallImpulseY -= 2 * M * gvy;
      gvy = -gvy;
    }
  } else if (gy > L - R) {
    gy = Math.max(2 * (L - R) - gy, R);
    if (gvy > 0) {
      state.wallImpulseY -= 2 * M * gvy;
      gvy = -gvy;
    }
  }
  state.grainX = gx;
  state.grainY = gy;
  state.grainVx = gvx;
  state.grainVy = gvy;
}

/**
 * Step 3: the molecules move for h ps (those that hit the grain in step 1 to where their bounce took them);
 * reflecting walls at r_m and L − r_m; none left inside the grain.
 */
export function moveMolecules(state: CollisionState, h: number, scratch: CollisionScratch): void {
  const n = state.moleculeCount;
  const m = state.moleculeMass; // amu
  const rho = state.grainRadius + state.moleculeRadius; // contact distance, nm
  const rho2 = rho * rho;
  const x = state.moleculeX;
  const y = state.moleculeY;
  const vx = state.moleculeVx;
  const vy = state.moleculeVy;
  const { hit, hitOffsetX: offX, hitOffsetY: offY } = scratch;
  const gx = state.grainX;
  const gy = state.grainY;
  const L = state.boxSize;
  const lo = state.moleculeRadius;
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
  state.wallImpulseX += impulseX;
  state.wallImpulseY += impulseY;
}
