/**
 * The landscape of chapter 4: an energy on the plane built as a sum of experts, E(x) = Σ_i E_i(x), whose
 * Boltzmann density at temperature T is p(x) = e^{−E(x)/T} / Z(T) (a product of experts e^{−E_i/T}).
 *
 *   bowl        E = |x − c|² / (2s²)              a quadratic well of width s: confines in every direction
 *   dip         E = −a · exp(−|x − c|² / (2σ²))  a Gaussian well of depth a (σ = DIP_WIDTH): bounded, confines nothing
 *   wall        E = k (wᵀ(x − c))²               a quadratic wall with unit normal w: confines only along w
 *   half-plane  E = k · max(0, wᵀ(x − c))²        pushes back on the side wᵀ(x − c) > 0 only
 *
 * w = (cos θ, sin θ) for the angle θ of a wall or half-plane.
 */

export const EXPERT_KINDS = ['bowl', 'dip', 'wall', 'half-plane'] as const;
export type ExpertKind = (typeof EXPERT_KINDS)[number];

export interface LandscapeExpert {
  readonly kind: ExpertKind;
  /** The centre c (the point the reader drags). */
  readonly c: readonly [number, number];
  /** The kind's strength: bowl → width s; dip → depth a; wall and half-plane → stiffness k. */
  readonly strength: number;
  /** Angle θ of the normal w = (cos θ, sin θ), in radians (walls and half-planes; ignored otherwise). */
  readonly angle: number;
}

/** Width σ of a dip (fixed, so that its one strength is its depth). */
export const DIP_WIDTH = 0.6;

/** The range of each kind's strength (what a slider and the URL decoder allow). */
export const STRENGTH_RANGE: Record<ExpertKind, { min: number; max: number; default: number }> = {
  bowl: { min: 0.2, max: 5, default: 1 },
  dip: { min: 0.1, max: 10, default: 3 },
  wall: { min: 0.05, max: 10, default: 1 },
  'half-plane': { min: 0.05, max: 10, default: 2 },
};

/** The unit normal w = (cos θ, sin θ) of an expert. */
export function normalOf(expert: LandscapeExpert): [number, number] {
  return [Math.cos(expert.angle), Math.sin(expert.angle)];
}

/** Check an expert's numbers (finite, strength > 0); throws RangeError otherwise. */
export function checkExpert(expert: LandscapeExpert): void {
  const { c, strength, angle } = expert;
  if (!(EXPERT_KINDS as readonly string[]).includes(expert.kind))
    throw new RangeError(`unknown kind ${expert.kind}`);
  if (!Number.isFinite(c[0]) || !Number.isFinite(c[1])) throw new RangeError('expert centre must be finite');
  if (!(strength > 0) || !Number.isFinite(strength))
    throw new RangeError(`strength must be > 0, got ${strength}`);
  if (!Number.isFinite(angle)) throw new RangeError('angle must be finite');
}

/**
 * A landscape compiled to flat arrays, so that E and ∇E cost a few multiplications per expert (the grid of a
 * dragged handle is re-evaluated every frame).
 */
export interface Landscape {
  readonly experts: readonly LandscapeExpert[];
  /** E(x₁, x₂) = Σ_i E_i. */
  energy(x1: number, x2: number): number;
  /** ∇E at (x₁, x₂), written into out[0], out[1]. */
  gradient(x1: number, x2: number, out: Float64Array | number[]): void;
}

const KIND_CODE: Record<ExpertKind, number> = { bowl: 0, dip: 1, wall: 2, 'half-plane': 3 };

export function createLandscape(experts: readonly LandscapeExpert[]): Landscape {
  for (const e of experts) checkExpert(e);
  const n = experts.length;
  const kind = new Uint8Array(n);
  const cx = new Float64Array(n);
  const cy = new Float64Array(n);
  const k = new Float64Array(n); // bowl: 1/(2s²); dip: a; wall, half-plane: k
  const wx = new Float64Array(n);
  const wy = new Float64Array(n);
  const inv2Sigma2 = 1 / (2 * DIP_WIDTH * DIP_WIDTH);
  experts.forEach((e, i) => {
    kind[i] = KIND_CODE[e.kind];
    cx[i] = e.c[0];
    cy[i] = e.c[1];
    k[i] = e.kind === 'bowl' ? 1 / (2 * e.strength * e.strength) : e.strength;
    [wx[i], wy[i]] = normalOf(e);
  });
  return {
    experts,
    energy(x1, x2) {
      let E = 0;
      for (let i = 0; i < n; i++) {
        const u = x1 - cx[i];
        const v = x2 - cy[i];
        switch (kind[i]) {
          case 0:
            E += k[i] * (u * u + v * v);
            break;
          case 1:
            E -= k[i] * Math.exp(-(u * u + v * v) * inv2Sigma2);
            break;
          case 2: {
            const p = wx[i] * u + wy[i] * v;
            E += k[i] * p * p;
            break;
          }
          default: {
            const p = wx[i] * u + wy[i] * v;
            if (p > 0) E += k[i] * p * p;
          }
        }
      }
      return E;
    },
    gradient(x1, x2, out) {
      let g1 = 0;
      let g2 = 0;
      for (let i = 0; i < n; i++) {
        const u = x1 - cx[i];
        const v = x2 - cy[i];
        switch (kind[i]) {
          case 0:
            g1 += 2 * k[i] * u;
            g2 += 2 * k[i] * v;
            break;
          case 1: {
            // d/dx of −a e^{−r²/(2σ²)} = a e^{−r²/(2σ²)} · (x − c)/σ²
            const f = 2 * inv2Sigma2 * k[i] * Math.exp(-(u * u + v * v) * inv2Sigma2);
            g1 += f * u;
            g2 += f * v;
            break;
          }
          case 2: {
            const p = 2 * k[i] * (wx[i] * u + wy[i] * v);
            g1 += p * wx[i];
            g2 += p * wy[i];
            break;
          }
          default: {
            const p = wx[i] * u + wy[i] * v;
            if (p > 0) {
              g1 += 2 * k[i] * p * wx[i];
              g2 += 2 * k[i] * p * wy[i];
            }
          }
        }
      }
      out[0] = g1;
      out[1] = g2;
    },
  };
}
