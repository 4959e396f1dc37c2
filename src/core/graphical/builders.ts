/**
 * Ready-made models for the chapter widgets.
 *
 * Ising models use binary variables x ∈ {0, 1} read as spins s = 2x − 1 ∈ {−1, +1}:
 *
 *   p̃(s) = exp( J Σ_{⟨i,j⟩} s_i s_j + Σ_i h_i s_i )
 *
 * i.e. one pair factor φ_ij = exp(J s_i s_j) per edge and one unary factor φ_i = exp(h_i s_i) per site.
 * J > 0 (ferromagnetic) favours equal neighbours, J < 0 opposite ones; h tilts every spin towards +1.
 * (The inverse temperature is folded into J and h.) J may differ from edge to edge (randomIsingOptions gives seeded
 * unequal couplings and fields).
 */

import type { Rng } from '../random';
import { createDiscreteModel, type DiscreteModel, type FactorSpec } from './model';

/** Spin value s = 2x − 1 of a binary variable x ∈ {0, 1}. */
export function spin(x: number): number {
  return 2 * x - 1;
}

/**
 * n independent binary variables with φ_i(x_i) = exp(b_i x_i), x_i ∈ {0, 1}.
 * Closed form: Z = ∏_i (1 + e^{b_i}) and p(x_i = 1) = σ(b_i) = 1 / (1 + e^{−b_i}).
 */
export function independentBinary(biases: ArrayLike<number>): DiscreteModel {
  const factors: FactorSpec[] = [];
  for (let i = 0; i < biases.length; i++) {
    const b = biases[i];
    if (!Number.isFinite(b)) throw new RangeError(`bias ${i} = ${b} is not finite`);
    factors.push({ scope: [i], logPotential: [0, b] });
  }
  return createDiscreteModel({ cardinalities: new Array(biases.length).fill(2), factors });
}

export interface IsingOptions {
  /** Coupling J: one number for every edge, or one per edge in the order of the builder's edge list. */
  coupling: number | ArrayLike<number>;
  /** External field h: one number for all sites or one per site (log-potential h_i s_i). Default 0. */
  field?: number | ArrayLike<number>;
  /** Wrap around the ends (a ring / a torus). Ignored along a dimension of length ≤ 2 (it would repeat an edge). */
  periodic?: boolean;
}

function isingFactors(
  n: number,
  edges: readonly (readonly [number, number])[],
  options: IsingOptions,
): FactorSpec[] {
  const coupling = options.coupling;
  if (typeof coupling === 'number' && !Number.isFinite(coupling)) {
    throw new RangeError(`coupling J = ${coupling} is not finite`);
  }
  if (typeof coupling !== 'number' && coupling.length !== edges.length) {
    throw new RangeError(`coupling has ${coupling.length} entries, the model has ${edges.length} edges`);
  }
  const field = options.field ?? 0;
  if (typeof field !== 'number' && field.length !== n) {
    throw new RangeError(`field has ${field.length} entries, the model has ${n} sites`);
  }
  const factors: FactorSpec[] = [];
  edges.forEach(([i, j], e) => {
    const J = typeof coupling === 'number' ? coupling : coupling[e];
    if (!Number.isFinite(J)) throw new RangeError(`coupling of edge ${e} = ${J} is not finite`);
    // pair table over (x_i, x_j) ∈ {00, 01, 10, 11}: J s_i s_j = J, −J, −J, J
    factors.push({ scope: [i, j], logPotential: [J, -J, -J, J] });
  });
  for (let i = 0; i < n; i++) {
    const h = typeof field === 'number' ? field : field[i];
    if (!Number.isFinite(h)) throw new RangeError(`field at site ${i} = ${h} is not finite`);
    if (h !== 0 || typeof field !== 'number') factors.push({ scope: [i], logPotential: [-h, h] });
  }
  return factors;
}

/** Ising model of n spins on any list of edges (pairs of distinct sites), with pair and unary factors as above. */
export function isingModel(
  n: number,
  edges: readonly (readonly [number, number])[],
  options: IsingOptions,
  names?: readonly string[],
): DiscreteModel {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`the number of spins must be an integer ≥ 1`);
  return createDiscreteModel({
    cardinalities: new Array(n).fill(2),
    factors: isingFactors(n, edges, options),
    names,
  });
}

/** Edges (i, i+1) of a chain of `length` sites, and (length−1, 0) if periodic and length > 2. */
export function chainEdges(length: number, periodic = false): [number, number][] {
  if (!Number.isInteger(length) || length < 1) throw new RangeError(`length must be an integer ≥ 1`);
  const edges: [number, number][] = [];
  for (let i = 0; i + 1 < length; i++) edges.push([i, i + 1]);
  if (periodic && length > 2) edges.push([length - 1, 0]);
  return edges;
}

/**
 * Edges of a rows × cols grid, site (r, c) = r · cols + c: for each site in turn, to its right and then its
 * downward neighbour (wrapping around if periodic, along a dimension longer than 2).
 */
export function gridEdges(rows: number, cols: number, periodic = false): [number, number][] {
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(cols) || cols < 1) {
    throw new RangeError(`grid size must be integers ≥ 1, got ${rows} × ${cols}`);
  }
  const edges: [number, number][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      if (c + 1 < cols) edges.push([i, i + 1]);
      else if (periodic && cols > 2) edges.push([i, r * cols]);
      if (r + 1 < rows) edges.push([i, i + cols]);
      else if (periodic && rows > 2) edges.push([i, c]);
    }
  }
  return edges;
}

/**
 * Edges of n sites that fill a grid of `rows` rows column by column (site i at row i mod rows, column
 * ⌊i / rows⌋), so that the last column may be partial and one more site adds one more spin: for each site, the
 * neighbour below it and the one to its right, where those exist. With n = rows · cols it is the full grid
 * (numbered down the columns rather than along the rows).
 */
export function filledGridEdges(n: number, rows: number): [number, number][] {
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(rows) || rows < 1) {
    throw new RangeError(`need integers n ≥ 1 and rows ≥ 1, got n = ${n}, rows = ${rows}`);
  }
  const edges: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (i % rows < rows - 1 && i + 1 < n) edges.push([i, i + 1]);
    if (i + rows < n) edges.push([i, i + rows]);
  }
  return edges;
}

/** Ising chain of `length` spins with edges (i, i+1) (and (n−1, 0) if periodic). */
export function isingChain(length: number, options: IsingOptions): DiscreteModel {
  return isingModel(length, chainEdges(length, options.periodic), options);
}

/**
 * Ising model on a rows × cols grid; site (r, c) is variable r · cols + c, with edges to the right and
 * downward neighbours (wrapping around if periodic), in the order of gridEdges.
 */
export function isingGrid(rows: number, cols: number, options: IsingOptions): DiscreteModel {
  const edges = gridEdges(rows, cols, options.periodic);
  const n = rows * cols;
  const names = Array.from({ length: n }, (_, i) => `(${Math.floor(i / cols)},${i % cols})`);
  return isingModel(n, edges, options, names);
}

export interface RandomIsingScales {
  /** Couplings are uniform in [−coupling, coupling]. Default 1. */
  coupling?: number;
  /** Fields are uniform in [−field, field]. Default 0.5. */
  field?: number;
}

/**
 * Seeded unequal couplings (one per edge) and fields (one per site), to pass as IsingOptions: couplings first,
 * then fields, each uniform on its symmetric interval, so the same rng seed always gives the same model.
 */
export function randomIsingOptions(
  rng: Rng,
  edgeCount: number,
  sites: number,
  scales: RandomIsingScales = {},
): { coupling: Float64Array; field: Float64Array } {
  const { coupling: a = 1, field: b = 0.5 } = scales;
  if (!(a >= 0) || !(b >= 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`scales must be finite and ≥ 0, got coupling ${a}, field ${b}`);
  }
  const coupling = new Float64Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) coupling[e] = a * (2 * rng.uniform() - 1);
  const field = new Float64Array(sites);
  for (let i = 0; i < sites; i++) field[i] = b * (2 * rng.uniform() - 1);
  return { coupling, field };
}
