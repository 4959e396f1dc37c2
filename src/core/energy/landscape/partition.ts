/**
 * Z(T) = ∫ e^{−E(x)/T} dx of a landscape, on the box [−3, 3]² or on ℝ², and what the widgets read off it.
 *
 * On the box: an iterated adaptive Gauss–Kronrod integral in log space, started on pieces of width 0.45√T (at
 * least 0.1, at most 0.5) so that no well is missed between the first nodes: a well of width s at temperature T is
 * s√T wide (the narrowest bowl here, s = 0.2, at T = 0.05 is 0.045 wide: 15 nodes on a piece of 0.1 see it).
 * On ℝ²: first the exact verdict (verdict.ts); when Z is finite, the same integral over the window [−R, R]² with
 *   E(x) ≥ ½ q_min |x|² − C − D    (C = Σ_bowls |c|²/(2s²) + Σ_walls, half-planes k (wᵀc)², D = Σ_dips a),
 * which follows from (a − b)² ≥ a²/2 − b². Outside the disk of radius R the mass is below
 *   (2πT/q_min) e^{(C + D − ½ q_min R²)/T},
 * and R is chosen so that this is e^{−40} times e^{−E(0)/T} ≤ e^{−E_min/T}: the tails are below double precision.
 */

import { logIntegrate } from '../quadrature';
import { createLandscape, type Landscape, type LandscapeExpert, normalOf } from './experts';
import { planeVerdict } from './verdict';

/** The box the widgets show and the particles live in. */
export const LANDSCAPE_BOX = 3;

export type LandscapeDomain = 'box' | 'plane';

export type LandscapePartition =
  | {
      readonly kind: 'finite';
      readonly logZ: number;
      readonly relativeError: number /** half-width of the window */;
      readonly window: number;
    }
  | {
      readonly kind: 'divergent';
      readonly directions: readonly (readonly [number, number])[];
      readonly everyDirection: boolean;
    };

function checkTemperature(T: number): void {
  if (!(T > 0) || !Number.isFinite(T)) throw new RangeError(`temperature must be finite and > 0, got ${T}`);
}

/**
 * log ∫∫_{[a,b]²} e^{g(x, y)} dy dx with pieces of width ≤ `piece`; returns log value and a relative error bound
 * (outer error plus the largest relative inner error).
 */
export function logIntegrate2D(
  g: (x: number, y: number) => number,
  a: number,
  b: number,
  piece = 0.1,
  tolerance = 1e-7,
): { logValue: number; relativeError: number } {
  const pieces = Math.min(256, Math.max(8, Math.ceil((b - a) / piece)));
  let innerError = 0;
  const outer = logIntegrate(
    (x) => {
      const r = logIntegrate((y) => g(x, y), a, b, { pieces, tolerance: tolerance / 10 });
      if (r.logValue > Number.NEGATIVE_INFINITY)
        innerError = Math.max(innerError, Math.exp(r.logError - r.logValue));
      return r.logValue;
    },
    a,
    b,
    { pieces, tolerance },
  );
  return { logValue: outer.logValue, relativeError: Math.exp(outer.logError - outer.logValue) + innerError };
}

/** The half-width R of the window on ℝ² (file comment), at least the box's. */
export function planeWindow(experts: readonly LandscapeExpert[], temperature: number, qMin: number): number {
  checkTemperature(temperature);
  let C = 0;
  let D = 0;
  for (const e of experts) {
    if (e.kind === 'bowl') C += (e.c[0] ** 2 + e.c[1] ** 2) / (2 * e.strength ** 2);
    else if (e.kind === 'dip') D += e.strength;
    else {
      const [wx, wy] = normalOf(e);
      C += e.strength * (wx * e.c[0] + wy * e.c[1]) ** 2;
    }
  }
  const E0 = createLandscape(experts).energy(0, 0);
  const T = temperature;
  const margin = 40 + Math.max(0, Math.log((2 * Math.PI * T) / qMin));
  const R = Math.sqrt((2 * (C + D + Math.max(0, E0) + T * margin)) / qMin);
  return Math.max(LANDSCAPE_BOX, R);
}

/** log Z(T) on the box [−3, 3]² or on ℝ² (with the exact verdict first). */
export function landscapePartition(
  experts: readonly LandscapeExpert[],
  temperature: number,
  domain: LandscapeDomain,
): LandscapePartition {
  checkTemperature(temperature);
  const landscape = createLandscape(experts);
  const piece = Math.min(0.5, Math.max(0.1, 0.45 * Math.sqrt(temperature)));
  const g = (x: number, y: number) => -landscape.energy(x, y) / temperature;
  if (domain === 'box') {
    const r = logIntegrate2D(g, -LANDSCAPE_BOX, LANDSCAPE_BOX, piece);
    return { kind: 'finite', logZ: r.logValue, relativeError: r.relativeError, window: LANDSCAPE_BOX };
  }
  const verdict = planeVerdict(experts);
  if (verdict.kind === 'divergent') return verdict;
  const R = planeWindow(experts, temperature, verdict.qMin);
  // Wide windows come with high T or weak confinement, where the features are wide too: keep ≤ 96 pieces.
  const r = logIntegrate2D(g, -R, R, Math.max(piece, (2 * R) / 96));
  return { kind: 'finite', logZ: r.logValue, relativeError: r.relativeError, window: R };
}

/** E on an n × n grid of cell centres over [−L, L]², row-major, row 0 = lowest x₂. */
export function energyGrid(
  landscape: Landscape,
  n: number,
  half = LANDSCAPE_BOX,
  out?: Float64Array,
): Float64Array {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`n must be an integer ≥ 2, got ${n}`);
  const grid = out ?? new Float64Array(n * n);
  const h = (2 * half) / n;
  for (let j = 0; j < n; j++) {
    const y = -half + (j + 0.5) * h;
    for (let i = 0; i < n; i++) grid[j * n + i] = landscape.energy(-half + (i + 0.5) * h, y);
  }
  return grid;
}

/**
 * The density p = e^{−E/T}/Z_grid on the same cells, normalised so that the cell masses p·h² sum to 1 (Z_grid is the
 * midpoint rule over the grid: a picture of the density, not the log Z readout, which is the quadrature's).
 */
export function densityGrid(
  energies: Float64Array,
  n: number,
  temperature: number,
  half = LANDSCAPE_BOX,
  out?: Float64Array,
): { density: Float64Array; max: number } {
  checkTemperature(temperature);
  const density = out ?? new Float64Array(n * n);
  let eMin = Number.POSITIVE_INFINITY;
  for (let t = 0; t < n * n; t++) if (energies[t] < eMin) eMin = energies[t];
  let sum = 0;
  for (let t = 0; t < n * n; t++) {
    density[t] = Math.exp(-(energies[t] - eMin) / temperature);
    sum += density[t];
  }
  const h = (2 * half) / n;
  const scale = 1 / (sum * h * h);
  let max = 0;
  for (let t = 0; t < n * n; t++) {
    density[t] *= scale;
    if (density[t] > max) max = density[t];
  }
  return { density, max };
}

/**
 * The lowest point of E on the box: the best point of a 61 × 61 scan (spacing 0.1), polished by projected gradient
 * descent with backtracking (E is smooth except for the half-planes' C¹ seams).
 */
export function landscapeMinimum(
  landscape: Landscape,
  half = LANDSCAPE_BOX,
): { x: [number, number]; energy: number } {
  const n = 61;
  const h = (2 * half) / (n - 1);
  let bx = 0;
  let by = 0;
  let best = Number.POSITIVE_INFINITY;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const x = -half + i * h;
      const y = -half + j * h;
      const e = landscape.energy(x, y);
      if (e < best) {
        best = e;
        bx = x;
        by = y;
      }
    }
  }
  const grad = [0, 0];
  let step = h;
  const clamp = (v: number) => Math.min(half, Math.max(-half, v));
  for (let it = 0; it < 200 && step > 1e-12; it++) {
    landscape.gradient(bx, by, grad);
    const norm = Math.hypot(grad[0], grad[1]);
    if (norm < 1e-14) break;
    const nx = clamp(bx - (step * grad[0]) / norm);
    const ny = clamp(by - (step * grad[1]) / norm);
    const e = landscape.energy(nx, ny);
    if (e < best) {
      best = e;
      bx = nx;
      by = ny;
      step *= 1.5;
    } else step *= 0.5;
  }
  return { x: [bx, by], energy: best };
}

/**
 * P(|X − m| ≤ r) = ∫_disk e^{−E/T − log Z} dx for the disk of radius r around m, cut to the box when the domain is
 * the box: in polar coordinates ∫_0^{2π} ∫_0^{ρ(θ)} e^{−E/T} ρ dρ dθ with ρ(θ) = r, or the distance to the box's edge
 * along θ if that is shorter (so the integrand stays smooth and the cut is exact).
 */
export function massWithin(
  landscape: Landscape,
  temperature: number,
  logZ: number,
  centre: readonly [number, number],
  radius: number,
  domain: LandscapeDomain,
): number {
  checkTemperature(temperature);
  const [mx, my] = centre;
  const L = LANDSCAPE_BOX;
  const reach = (theta: number) => {
    if (domain === 'plane') return radius;
    const c = Math.cos(theta);
    const s = Math.sin(theta);
    let r = radius;
    if (c > 0) r = Math.min(r, (L - mx) / c);
    if (c < 0) r = Math.min(r, (-L - mx) / c);
    if (s > 0) r = Math.min(r, (L - my) / s);
    if (s < 0) r = Math.min(r, (-L - my) / s);
    return Math.max(0, r);
  };
  const outer = logIntegrate(
    (theta) => {
      const c = Math.cos(theta);
      const s = Math.sin(theta);
      const rho = reach(theta);
      if (rho === 0) return Number.NEGATIVE_INFINITY;
      return logIntegrate(
        (p) => -landscape.energy(mx + p * c, my + p * s) / temperature + Math.log(p),
        0,
        rho,
        {
          pieces: 8,
          tolerance: 1e-9,
        },
      ).logValue;
    },
    0,
    2 * Math.PI,
    { pieces: 16, tolerance: 1e-8 },
  );
  return Math.min(1, Math.exp(outer.logValue - logZ));
}
