/**
 * The Stokes–Einstein relation (Einstein 1905, Sutherland 1905), in SI units.
 *
 * A sphere of radius r in a fluid of viscosity η feels Stokes drag F = −γ v with γ = 6πηr. Einstein's
 * fluctuation–dissipation argument says the thermal kicks that make it wander must balance that drag:
 *   D = k_B T / γ = k_B T / (6π η r).
 * Over a time t, each axis then spreads by variance 2Dt, so the root-mean-square distance travelled in
 * d dimensions is √(2 d D t). (Perrin, 1908, used exactly this to count Avogadro's number.)
 */

/** Boltzmann constant, J/K (exact since the 2019 SI redefinition). */
export const BOLTZMANN_CONSTANT_SI = 1.380649e-23;

/** Ranges and defaults for the chapter-1 Stokes–Einstein calculator (SI units). */
export const STOKES_EINSTEIN_PARAMETERS = {
  /** temperature T, in K */
  temperature: { min: 1, max: 2000, default: 293.15, unit: 'K' },
  /** dynamic viscosity η, in Pa·s (water at 20 °C ≈ 1.0016e-3) */
  viscosity: { min: 1e-6, max: 10, default: 1.0016e-3, unit: 'Pa·s' },
  /** particle radius r, in m (0.5 µm: a pollen-grain fragment / Perrin's gamboge grains) */
  radius: { min: 1e-10, max: 1e-4, default: 0.5e-6, unit: 'm' },
  /** observation time t, in s */
  time: { min: 1e-6, max: 1e4, default: 1, unit: 's' },
} as const;

/** Viscosities of water, Pa·s (handbook values). */
export const WATER_VISCOSITY_SI = {
  /** at 20 °C */
  at20C: 1.0016e-3,
  /** at 25 °C */
  at25C: 0.89e-3,
} as const;

function requirePositive(value: number, name: string, unit: string): void {
  if (!(value > 0 && Number.isFinite(value))) {
    throw new RangeError(`${name} must be a positive number of ${unit}, got ${value}`);
  }
}

/**
 * D = k_B T / (6π η r), in m²/s.
 * @param temperature T in K (> 0)
 * @param viscosity η in Pa·s (> 0)
 * @param radius r in m (> 0)
 */
export function stokesEinsteinDiffusion(temperature: number, viscosity: number, radius: number): number {
  requirePositive(temperature, 'temperature', 'K');
  requirePositive(viscosity, 'viscosity', 'Pa·s');
  requirePositive(radius, 'radius', 'm');
  return (BOLTZMANN_CONSTANT_SI * temperature) / (6 * Math.PI * viscosity * radius);
}

/**
 * Root-mean-square displacement after time t in d dimensions: √(2 d D t), in m.
 * @param diffusionCoefficient D in m²/s (≥ 0)
 * @param time t in s (≥ 0)
 * @param dimension d ∈ {1, 2, 3}
 */
export function rmsDisplacement(diffusionCoefficient: number, time: number, dimension: number): number {
  if (!(diffusionCoefficient >= 0 && Number.isFinite(diffusionCoefficient))) {
    throw new RangeError(`D must be ≥ 0 m²/s, got ${diffusionCoefficient}`);
  }
  if (!(time >= 0 && Number.isFinite(time))) throw new RangeError(`time must be ≥ 0 s, got ${time}`);
  if (dimension !== 1 && dimension !== 2 && dimension !== 3) {
    throw new RangeError(`dimension must be 1, 2 or 3, got ${dimension}`);
  }
  return Math.sqrt(2 * dimension * diffusionCoefficient * time);
}

/** D against r for a plot: out[i] = D(T, η, radii[i]) in m²/s (D ∝ 1/r, a hyperbola). */
export function stokesEinsteinCurve(
  temperature: number,
  viscosity: number,
  radii: ArrayLike<number>,
  out?: Float64Array,
): Float64Array {
  const result = out && out.length === radii.length ? out : new Float64Array(radii.length);
  for (let i = 0; i < radii.length; i++)
    result[i] = stokesEinsteinDiffusion(temperature, viscosity, radii[i]);
  return result;
}
