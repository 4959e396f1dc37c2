import {
  BOLTZMANN_CONSTANT_MODEL,
  COLLISION_MODEL_PARAMETERS,
  noiseSchedule,
  normalCdf,
  RANDOM_WALK_PARAMETERS,
  randomWalkDiffusionCoefficient,
  rmsDisplacement,
  STOKES_EINSTEIN_PARAMETERS,
  stokesEinsteinDiffusion,
  WATER_VISCOSITY_SI,
  walkerCdf,
  walkerDensity,
} from '../../../src/core';
import type { AnswerComputations } from './types';

/** The collision box's fixed settings (src/widgets/brownian/collisions/model.ts): a 100 nm box, the core's defaults. */
const BOX = {
  side: 100, // nm
  temperature: COLLISION_MODEL_PARAMETERS.temperature.default, // K
  grainRadius: COLLISION_MODEL_PARAMETERS.grainRadius.default, // nm
  arealDensity: COLLISION_MODEL_PARAMETERS.grainArealDensity.default, // amu/nm²
  molecules: COLLISION_MODEL_PARAMETERS.moleculeCount.default,
  moleculeMass: COLLISION_MODEL_PARAMETERS.moleculeMass.default, // amu
  moleculeRadius: COLLISION_MODEL_PARAMETERS.moleculeRadius.default, // nm
};

/** The grain's mass M = σ_g π R², amu. */
const grainMass = (radius: number) => BOX.arealDensity * Math.PI * radius * radius;

/**
 * Friction of a heavy disc of contact radius ρ = R + r_m in a 2-D ideal gas of density n = N/L² with specular
 * bounces: the pressure on a boundary element moving at normal speed u changes by 4 n m ⟨w; w > 0⟩ u with
 * ⟨w; w > 0⟩ = √(k_BT/m)/√(2π), and integrating u = V cos θ against cos θ round the rim gives
 *   γ = 2√(2π) n ρ √(m k_B T).
 */
function friction(molecules: number, temperature: number, radius: number): number {
  const n = molecules / (BOX.side * BOX.side);
  const rho = radius + BOX.moleculeRadius;
  const thermalMomentum = Math.sqrt(BOX.moleculeMass * BOLTZMANN_CONSTANT_MODEL * temperature); // √(m k_B T)
  return 2 * Math.sqrt(2 * Math.PI) * n * rho * thermalMomentum;
}

/** The coasting MSD d (k_BT/M) τ² over the readout's lag, nm². */
const coastingMsd = (temperature: number, radius: number, lag = 50, d = 2) =>
  (d * BOLTZMANN_CONSTANT_MODEL * temperature * lag * lag) / grainMass(radius);

/** Lattice walk after n steps of ±1 (a = 1, Δt = 1): exact KS distance to N(0, 2Dt), checked on both sides of every jump. */
function latticeKs(n: number): number {
  const D = randomWalkDiffusionCoefficient(1, 1);
  let cdf = 0;
  let sup = 0;
  let binomial = 1; // C(n, k)
  for (let k = 0; k <= n; k++) {
    const x = 2 * k - n;
    const gauss = walkerCdf(x, n, D);
    sup = Math.max(sup, Math.abs(gauss - cdf)); // just left of the jump
    cdf += binomial / 2 ** n;
    sup = Math.max(sup, Math.abs(cdf - gauss)); // at the jump
    binomial = (binomial * (n - k)) / (k + 1);
  }
  return sup;
}

/** First t whose noise weight √(1 − ᾱ_t) reaches w. */
function firstNoiseWeight(kind: 'linear' | 'cosine', w: number): number {
  const s = noiseSchedule(kind, 1000);
  for (let t = 0; t <= s.steps; t++) if (s.sqrtOneMinusAlphaBar[t] >= w) return t;
  return Number.NaN;
}

/** Bisection for an increasing (or decreasing) f with f(lo), f(hi) of opposite signs. */
function bisect(f: (x: number) => number, lo: number, hi: number): number {
  const sLo = Math.sign(f(lo));
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(f(mid)) === sLo) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export const ANSWERS: AnswerComputations = {
  'fewer-kicks': {
    // τ_v = M/γ at N = 100, in ns
    'tau-v': () => grainMass(BOX.grainRadius) / friction(100, BOX.temperature, BOX.grainRadius) / 1000,
  },
  'hotter-heavier': {
    hotter: () => coastingMsd(600, BOX.grainRadius) / coastingMsd(300, BOX.grainRadius),
    bigger: () => coastingMsd(BOX.temperature, 10) / coastingMsd(BOX.temperature, 5),
  },
  'smaller-grains': {
    // the radius (nm) at which the travel in one second is ten times that at 1 µm, in water at 25 °C
    radius: () => {
      const T = 298.15;
      const eta = WATER_VISCOSITY_SI.at25C;
      const travel = (r: number) => rmsDisplacement(stokesEinsteinDiffusion(T, eta, r), 1, 2);
      const target = 10 * travel(1e-6);
      const r = bisect((x) => travel(x) - target, STOKES_EINSTEIN_PARAMETERS.radius.min, 1e-6);
      return r * 1e9;
    },
  },
  'outside-envelope': {
    answer: () => 2 * (1 - normalCdf(20 / Math.sqrt(400))),
  },
  'coins-versus-gaussians': {
    'ks-16': () => latticeKs(16),
  },
  'measuring-d': {
    d: () => randomWalkDiffusionCoefficient(1, 1),
    // one walker's ‖x‖²/(n a²) is χ²_d (mean d, variance 2d); N walkers average it: relative SE √(2/d)/√N, in %
    error: () => {
      const d = 2;
      const N = RANDOM_WALK_PARAMETERS.walkers.default;
      return (100 * Math.sqrt(2 * d)) / d / Math.sqrt(N);
    },
  },
  'when-is-it-gone': {
    linear: () => firstNoiseWeight('linear', 0.5),
    cosine: () => firstNoiseWeight('cosine', 0.5),
  },
  'heat-kernel-three-steps': {
    // (a) where ∂p/∂t = 0 at D = 1, t = 2, found from the heat kernel by a central difference in t
    x: () => {
      const dpdt = (x: number) => {
        const h = 1e-5;
        return walkerDensity(x, 2 + h, 1) - walkerDensity(x, 2 - h, 1);
      };
      return bisect(dpdt, 0.1, 10);
    },
    // (b) step the noise variance v ← α v + β three times from v = 0
    variance: () => [0.01, 0.02, 0.03].reduce((v, beta) => (1 - beta) * v + beta, 0),
  },
};
