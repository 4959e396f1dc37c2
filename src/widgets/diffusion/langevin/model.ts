import {
  cellTotalVariation,
  coarseCellMasses,
  createDiagonalMixture2D,
  createLangevinCloud,
  createRng,
  type GridBox,
  histogram,
  ksCriticalValue,
  ksStatistic,
  type LangevinCloud,
  NoisedGaussianMixture,
  type TemperedGrid,
  temperedMarginalCdf,
  temperedMixtureGrid,
} from '../../../core';

/** The plane of the exact density: [−5, 5]², 200 cells per axis (h = 0.05) for the numerical normaliser. */
export const BOX: GridBox = { xMin: -5, xMax: 5, yMin: -5, yMax: 5 };
export const FINE_CELLS = 200;
/** The total-variation figure compares cell masses on a coarse 20 × 20 grid (cells of 0.5 × 0.5). */
export const COARSE_CELLS = 20;
/** The particle view and the histogram show [−4, 4]. */
export const VIEW: readonly [number, number] = [-4, 4];
/** KS and TV are recorded every this many steps. */
export const RECORD_EVERY = 10;

export const LANGEVIN_PARAMS = {
  target: { kind: 'enum', values: ['twoModes', 'unequal', 'narrow'], default: 'twoModes' },
  method: { kind: 'enum', values: ['ula', 'mala'], default: 'ula' },
  stepSize: { kind: 'number', min: 1e-3, max: 2, default: 0.02, scale: 'log', step: 0.1 },
  temperature: { kind: 'number', min: 0.5, max: 3, default: 1, step: 0.1 },
  particles: { kind: 'number', min: 1000, max: 5000, default: 2000, integer: true, step: 500 },
  steps: { kind: 'number', min: 100, max: 2000, default: 600, integer: true, step: 100 },
} as const;

export type TargetName = (typeof LANGEVIN_PARAMS.target.values)[number];

interface TargetSpec {
  means: [number, number][];
  weights: number[];
  /** σ_k of each isotropic component */
  sigmas: number[];
}

export const TARGETS: Record<TargetName, TargetSpec> = {
  twoModes: {
    means: [
      [-1.2, 0],
      [1.2, 0],
    ],
    weights: [0.5, 0.5],
    sigmas: [0.55, 0.55],
  },
  unequal: {
    means: [
      [-1, 0.6],
      [1.3, -0.7],
    ],
    weights: [0.7, 0.3],
    sigmas: [0.6, 0.5],
  },
  narrow: {
    means: [
      [-0.8, 0],
      [1.4, 0.8],
    ],
    weights: [0.6, 0.4],
    sigmas: [0.8, 0.2],
  },
};

export function targetDensity(name: TargetName): NoisedGaussianMixture {
  const spec = TARGETS[name];
  const density = new NoisedGaussianMixture(
    createDiagonalMixture2D({
      means: spec.means,
      weights: spec.weights,
      variances: spec.sigmas.map((s) => s * s),
    }),
  );
  density.setAlphaBar(1);
  return density;
}

/**
 * Each component taken alone, at temperature T, is N(μ_k, T σ_k² I); ULA on it settles at variance
 * s²/(1 − ε/(2s²)) with s² = Tσ_k², and diverges for ε ≥ 2s². These are the rings of the exact panel.
 */
export function componentSpreads(name: TargetName, temperature: number, epsilon: number) {
  const spec = TARGETS[name];
  return spec.means.map(([x, y], k) => {
    const s2 = temperature * spec.sigmas[k] ** 2;
    const ratio = epsilon / (2 * s2);
    return {
      x,
      y,
      exact: Math.sqrt(s2),
      ula: ratio < 1 ? Math.sqrt(s2 / (1 - ratio)) : Number.POSITIVE_INFINITY,
      bound: 2 * s2,
    };
  });
}

export interface ExactTarget {
  grid: TemperedGrid;
  masses: Float64Array;
}

export function exactTarget(name: TargetName, temperature: number): ExactTarget {
  const grid = temperedMixtureGrid(targetDensity(name), temperature, BOX, FINE_CELLS);
  return { grid, masses: coarseCellMasses(grid, COARSE_CELLS) };
}

export interface LangevinRun {
  cloud: LangevinCloud;
  exact: ExactTarget;
  /** KS and TV against the exact target, every RECORD_EVERY steps (index r: after r·RECORD_EVERY steps). */
  ks: number[];
  tv: number[];
  tvNoise: number;
  scratch: Float64Array;
}

export interface RunSettings {
  target: TargetName;
  method: 'ula' | 'mala';
  stepSize: number;
  temperature: number;
  particles: number;
  seed: number;
}

/** The seeded start: every particle from N(0, 1.5² I), wide of every target (so the distance has to fall). */
export function createLangevinRun(s: RunSettings, exact: ExactTarget): LangevinRun {
  const rng = createRng(s.seed);
  const initial = new Float64Array(2 * s.particles);
  for (let i = 0; i < initial.length; i++) initial[i] = 1.5 * rng.normal();
  const density = targetDensity(s.target);
  const beta = 1 / s.temperature;
  const cloud = createLangevinCloud({
    dim: 2,
    initial,
    gradLogDensity: (x, out) => {
      density.score(x[0], x[1], out);
      out[0] *= beta;
      out[1] *= beta;
    },
    logDensity: (x) => beta * density.logDensity(x[0], x[1]),
    stepSize: s.stepSize,
    adjusted: s.method === 'mala',
    rng,
  });
  const run: LangevinRun = {
    cloud,
    exact,
    ks: [],
    tv: [],
    tvNoise: 0,
    scratch: new Float64Array(s.particles),
  };
  record(run);
  return run;
}

function record(run: LangevinRun): void {
  const { cloud, exact, scratch } = run;
  let n = 0;
  for (let p = 0; p < cloud.count; p++) if (cloud.alive[p]) scratch[n++] = cloud.positions[2 * p];
  run.ks.push(
    n > 0 ? ksStatistic(scratch.subarray(0, n), (x) => temperedMarginalCdf(exact.grid, x)) : Number.NaN,
  );
  const tv = cellTotalVariation(cloud.positions, cloud.alive, BOX, exact.masses, COARSE_CELLS);
  run.tv.push(tv.tv);
  run.tvNoise = tv.noise;
}

export function stepLangevinRun(run: LangevinRun): void {
  run.cloud.step();
  if (run.cloud.steps % RECORD_EVERY === 0) record(run);
}

/** The x₁ histogram of the particles still in play, as a density on the view (40 bins). */
function marginalBins(run: LangevinRun) {
  const { cloud, scratch } = run;
  let n = 0;
  for (let p = 0; p < cloud.count; p++) if (cloud.alive[p]) scratch[n++] = cloud.positions[2 * p];
  if (n === 0) return [];
  const h = histogram(scratch.subarray(0, n), { min: VIEW[0], max: VIEW[1], bins: 40 });
  return Array.from(h.density, (value, j) => ({ x0: h.edges[j], x1: h.edges[j + 1], value }));
}

export function readLangevinRun(run: LangevinRun, steps: number) {
  const alive = run.cloud.count - run.cloud.lost;
  return {
    steps,
    lost: run.cloud.lost,
    acceptance: run.cloud.acceptanceRate(),
    ks: run.ks[run.ks.length - 1],
    tv: run.tv[run.tv.length - 1],
    tvNoise: run.tvNoise,
    ksCritical: alive > 0 ? ksCriticalValue(alive, 0.05) : Number.NaN,
    history: { ks: run.ks.slice(), tv: run.tv.slice() },
    bins: marginalBins(run),
  };
}

export type LangevinReadout = ReturnType<typeof readLangevinRun>;
