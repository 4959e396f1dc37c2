/**
 * Units, ranges and defaults of the collision model (brownian/collisions/model.ts), in one place.
 *
 * Model units (the usual molecular-dynamics set, so the numbers are human-sized):
 *   length nm · time ps · mass amu (= g/mol) · temperature K · velocity nm/ps (= 1000 m/s)
 *   energy amu·nm²/ps² (= 1 kJ/mol per particle) · momentum amu·nm/ps.
 * In these units k_B = 8.314 462 618 e-3 amu·nm²/(ps²·K) (k_B · N_A, the gas constant in kJ/(mol·K)).
 */

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

export type ParameterName = keyof typeof COLLISION_MODEL_PARAMETERS;

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
export function collisionParameter(name: ParameterName, value: number | undefined): number {
  const spec = COLLISION_MODEL_PARAMETERS[name];
  if (value === undefined) return spec.default;
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${value}`);
  return value < spec.min ? spec.min : value > spec.max ? spec.max : value;
}

/** The molecule buffers' size: the option (rounded, within [0, the most molecules the model allows]) or that most. */
export function moleculeCapacity(option: number | undefined): number {
  const most = COLLISION_MODEL_PARAMETERS.moleculeCount.max;
  const capacity = option === undefined ? most : option;
  if (!Number.isFinite(capacity)) throw new RangeError(`capacity must be finite, got ${capacity}`);
  return Math.max(0, Math.min(most, Math.round(capacity)));
}

/** A grain mass given by hand (then it no longer follows the radius), checked; undefined when none is given. */
export function givenGrainMass(option: number | undefined): number | undefined {
  if (option !== undefined && !(option > 0 && Number.isFinite(option)))
    throw new RangeError(`grainMass must be a positive number of amu, got ${option}`);
  return option;
}
