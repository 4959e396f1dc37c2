/**
 * Ready-made models for the chapter widgets.
 *
 * Ising models use binary variables x ∈ {0, 1} read as spins s = 2x − 1 ∈ {−1, +1}:
 *
 *   p̃(s) = exp( J Σ_{⟨i,j⟩} s_i s_j + Σ_i h_i s_i )
 *
 * i.e. one pair factor φ_ij = exp(J s_i s_j) per edge and one unary factor φ_i = exp(h_i s_i) per site.
 * J > 0 (ferromagnetic) favours equal neighbours, J < 0 opposite ones; h tilts every spin towards +1.
 * (The inverse temperature is folded into J and h.)
 */

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
  /** Coupling J on every edge (log-potential J s_i s_j). */
  coupling: number;
  /** External field h: one number for all sites or one per site (log-potential h_i s_i). Default 0. */
  field?: number | ArrayLike<number>;
  /** Wrap around the ends (a ring / a torus). Ignored along a dimension of length ≤ 2 (it would repeat an edge). */
  periodic?: boolean;
}

function isingFactors(n: number, edges: [number, number][], options: IsingOptions): FactorSpec[] {
  const J = options.coupling;
  if (!Number.isFinite(J)) throw new RangeError(`coupling J = ${J} is not finite`);
  const field = options.field ?? 0;
  if (typeof field !== 'number' && field.length !== n) {
    throw new RangeError(`field has ${field.length} entries, the model has ${n} sites`);
  }
  const factors: FactorSpec[] = [];
  // pair table over (x_i, x_j) ∈ {00, 01, 10, 11}: J s_i s_j = J, −J, −J, J
  for (const [i, j] of edges) factors.push({ scope: [i, j], logPotential: [J, -J, -J, J] });
  for (let i = 0; i < n; i++) {
    const h = typeof field === 'number' ? field : field[i];
    if (!Number.isFinite(h)) throw new RangeError(`field at site ${i} = ${h} is not finite`);
    if (h !== 0 || typeof field !== 'number') factors.push({ scope: [i], logPotential: [-h, h] });
  }
  return factors;
}

/** Ising chain of `length` spins with edges (i, i+1) (and (n−1, 0) if periodic). */
export function isingChain(length: number, options: IsingOptions): DiscreteModel {
  if (!Number.isInteger(length) || length < 1) throw new RangeError(`length must be an integer ≥ 1`);
  const edges: [number, number][] = [];
  for (let i = 0; i + 1 < length; i++) edges.push([i, i + 1]);
  if (options.periodic && length > 2) edges.push([length - 1, 0]);
  return createDiscreteModel({
    cardinalities: new Array(length).fill(2),
    factors: isingFactors(length, edges, options),
  });
}

/**
 * Ising model on a rows × cols grid; site (r, c) is variable r · cols + c, with edges to the right and
 * downward neighbours (wrapping around if periodic).
 */
export function isingGrid(rows: number, cols: number, options: IsingOptions): DiscreteModel {
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(cols) || cols < 1) {
    throw new RangeError(`grid size must be integers ≥ 1, got ${rows} × ${cols}`);
  }
  const edges: [number, number][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      if (c + 1 < cols) edges.push([i, i + 1]);
      else if (options.periodic && cols > 2) edges.push([i, r * cols]);
      if (r + 1 < rows) edges.push([i, i + cols]);
      else if (options.periodic && rows > 2) edges.push([i, c]);
    }
  }
  const n = rows * cols;
  const names = Array.from({ length: n }, (_, i) => `(${Math.floor(i / cols)},${i % cols})`);
  return createDiscreteModel({
    cardinalities: new Array(n).fill(2),
    factors: isingFactors(n, edges, options),
    names,
  });
}
