/**
 * Is Z(T) = ∫_{ℝ²} e^{−E(x)/T} dx finite? An exact answer, not a numerical one.
 *
 * Far from the origin each expert grows like a quadratic form in the direction u = x/|x|:
 *   q(u) = Σ_bowls 1/(2s²) + Σ_walls k (wᵀu)² + Σ_half-planes k · max(0, wᵀu)²      (dips are bounded: they count 0)
 * so E(r u) = r² q(u) + O(r). If q(u) > 0 for every unit u, then E ≥ ½ q_min |x|² − C and the Gaussian tails
 * converge for every T > 0. If q(u) = 0 along some u, E stays bounded on a half-strip along u (it only contains
 * terms with wᵀu = 0, or half-planes that u leaves), e^{−E/T} does not decay there and Z = ∞ at every T.
 *
 * THE ZERO SET. With a bowl, q > 0 everywhere. Otherwise q(u) = 0 iff wᵀu = 0 for every wall and wᵀu ≤ 0 for every
 * half-plane: the intersection of a line (or the whole plane) with a cone of half-planes. When that set has a unit
 * vector it has one on its boundary or at its middle, so it suffices to test the candidates ±w⊥ of each wall and
 * half-plane and −w of each half-plane (and any direction when there are no walls or half-planes at all).
 */

import { type LandscapeExpert, normalOf } from './experts';

/** A normal is perpendicular to u when |wᵀu| is below this (rounding of cos/sin, not a modelling tolerance). */
const ZERO = 1e-12;

/** q(u) for a unit direction u (see the file comment). */
export function growthRate(experts: readonly LandscapeExpert[], u: readonly [number, number]): number {
  let q = 0;
  for (const e of experts) {
    if (e.kind === 'bowl') q += 1 / (2 * e.strength * e.strength);
    else if (e.kind === 'wall' || e.kind === 'half-plane') {
      const [wx, wy] = normalOf(e);
      const p = wx * u[0] + wy * u[1];
      if (e.kind === 'wall' || p > 0) q += e.strength * p * p;
    }
  }
  return q;
}

export type PlaneVerdict =
  | { readonly kind: 'finite' /** min over unit u of q(u) > 0 */; readonly qMin: number }
  | {
      readonly kind: 'divergent';
      /** The unconfined unit directions found (one per distinct candidate), e.g. [[0, 1], [0, −1]] for one wall. */
      readonly directions: readonly (readonly [number, number])[];
      /** True when nothing confines any direction (only dips, or no expert at all). */
      readonly everyDirection: boolean;
    };

function unconfined(experts: readonly LandscapeExpert[], u: readonly [number, number]): boolean {
  for (const e of experts) {
    if (e.kind === 'bowl') return false;
    if (e.kind === 'dip') continue;
    const [wx, wy] = normalOf(e);
    const p = wx * u[0] + wy * u[1];
    if (e.kind === 'wall' ? Math.abs(p) > ZERO : p > ZERO) return false;
  }
  return true;
}

/** The exact verdict on ℝ² (see the file comment). */
export function planeVerdict(experts: readonly LandscapeExpert[]): PlaneVerdict {
  if (experts.some((e) => e.kind === 'bowl')) return { kind: 'finite', qMin: minimalGrowth(experts) };
  const lines = experts.filter((e) => e.kind === 'wall' || e.kind === 'half-plane');
  if (lines.length === 0) {
    return {
      kind: 'divergent',
      directions: [
        [1, 0],
        [0, 1],
        [-1, 0],
        [0, -1],
      ],
      everyDirection: true,
    };
  }
  const candidates: [number, number][] = [];
  for (const e of lines) {
    const [wx, wy] = normalOf(e);
    candidates.push([-wy, wx], [wy, -wx]);
    if (e.kind === 'half-plane') candidates.push([-wx, -wy]);
  }
  const directions: [number, number][] = [];
  for (const u of candidates) {
    if (!unconfined(experts, u)) continue;
    if (directions.some((d) => Math.abs(d[0] - u[0]) < 1e-9 && Math.abs(d[1] - u[1]) < 1e-9)) continue;
    directions.push(u);
  }
  if (directions.length > 0) return { kind: 'divergent', directions, everyDirection: false };
  return { kind: 'finite', qMin: minimalGrowth(experts) };
}

/**
 * min over unit u of q(u), by a scan of 720 angles refined by golden-section search around the best one (q is a
 * smooth function of the angle between kinks, so this is accurate to ~1e-10 relative; only the window size of
 * the quadrature depends on it).
 */
export function minimalGrowth(experts: readonly LandscapeExpert[]): number {
  const q = (theta: number) => growthRate(experts, [Math.cos(theta), Math.sin(theta)]);
  const N = 720;
  let best = 0;
  let bestQ = Number.POSITIVE_INFINITY;
  for (let i = 0; i < N; i++) {
    const v = q((2 * Math.PI * i) / N);
    if (v < bestQ) {
      bestQ = v;
      best = i;
    }
  }
  let a = (2 * Math.PI * (best - 1)) / N;
  let b = (2 * Math.PI * (best + 1)) / N;
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let it = 0; it < 60; it++) {
    const m1 = b - phi * (b - a);
    const m2 = a + phi * (b - a);
    if (q(m1) < q(m2)) b = m2;
    else a = m1;
  }
  return Math.min(bestQ, q(0.5 * (a + b)));
}
