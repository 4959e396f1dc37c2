/**
 * Discrete undirected models (Markov random fields) as products of factors.
 *
 *   p̃(x) = ∏_f φ_f(x_{S_f}),      p(x) = p̃(x) / Z,      Z = Σ_x p̃(x)
 *
 * Variable v takes the values 0 … K_v − 1 (K_v = its cardinality). A factor φ_f has a scope S_f (a list of
 * distinct variables) and one non-negative number per joint value of its scope. We store log φ_f, because
 * products of many factors under- or overflow long before their logarithms do: log p̃(x) = Σ_f log φ_f(x_{S_f}).
 *
 * Table layout (the same for factors and for whole-model states): row-major, the LAST variable of the scope
 * changes fastest. For a scope (a, b, c) with cardinalities (K_a, K_b, K_c):
 *   index(x_a, x_b, x_c) = (x_a · K_b + x_b) · K_c + x_c
 * which for binary variables is just the bits x_a x_b x_c read as a binary number.
 */

export interface FactorSpec {
  /** Variables the factor touches (distinct indices into the model's variables). */
  scope: ArrayLike<number>;
  /** φ ≥ 0, one entry per joint value of the scope (row-major, last scope variable fastest). */
  potential?: ArrayLike<number>;
  /** log φ instead of φ (−∞ allowed for an impossible combination, +∞ and NaN are not). */
  logPotential?: ArrayLike<number>;
}

export interface Factor {
  readonly scope: Int32Array;
  /**
   * log φ, row-major over the scope. A widget may overwrite entries in place (e.g. from a slider) and call
   * the inference functions again: nothing else in the model depends on these numbers.
   */
  readonly logPotential: Float64Array;
  /** strides[k] = ∏_{m > k} K_{scope[m]}, so the table index of a state is Σ_k x[scope[k]] · strides[k]. */
  readonly strides: Int32Array;
}

export interface DiscreteModel {
  /** K_v for each variable v. */
  readonly cardinalities: Int32Array;
  readonly factors: readonly Factor[];
  /** factorsOf[v] = indices of the factors whose scope contains v (v's neighbourhood in the factor graph). */
  readonly factorsOf: readonly Int32Array[];
  /** ∏_v K_v as a float (may exceed 2^53 for large models: it is only compared against limits). */
  readonly stateCount: number;
  /** Optional display names, one per variable. */
  readonly names?: readonly string[];
}

export interface DiscreteModelSpec {
  cardinalities: ArrayLike<number>;
  factors: readonly FactorSpec[];
  names?: readonly string[];
}

/** Build and validate a model. Throws RangeError on any inconsistency (never fails later with NaN). */
export function createDiscreteModel(spec: DiscreteModelSpec): DiscreteModel {
  const n = spec.cardinalities.length;
  const cardinalities = new Int32Array(n);
  let stateCount = 1;
  for (let v = 0; v < n; v++) {
    const k = spec.cardinalities[v];
    if (!Number.isInteger(k) || k < 1 || k > 0x7fffffff) {
      throw new RangeError(`variable ${v}: cardinality must be an integer ≥ 1, got ${k}`);
    }
    cardinalities[v] = k;
    stateCount *= k;
  }
  if (spec.names !== undefined && spec.names.length !== n) {
    throw new RangeError(`names: expected ${n}, got ${spec.names.length}`);
  }

  const factors: Factor[] = spec.factors.map((f, index) => buildFactor(f, index, cardinalities));

  const lists: number[][] = Array.from({ length: n }, () => []);
  factors.forEach((f, index) => {
    for (const v of f.scope) lists[v].push(index);
  });
  const factorsOf = lists.map((l) => Int32Array.from(l));

  return { cardinalities, factors, factorsOf, stateCount, names: spec.names };
}

function buildFactor(spec: FactorSpec, index: number, cardinalities: Int32Array): Factor {
  const n = cardinalities.length;
  const m = spec.scope.length;
  const scope = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const v = spec.scope[k];
    if (!Number.isInteger(v) || v < 0 || v >= n) {
      throw new RangeError(`factor ${index}: scope entry ${v} is not a variable index in 0…${n - 1}`);
    }
    for (let j = 0; j < k; j++) {
      if (scope[j] === v) throw new RangeError(`factor ${index}: variable ${v} appears twice in its scope`);
    }
    scope[k] = v;
  }
  const strides = new Int32Array(m);
  let size = 1;
  for (let k = m - 1; k >= 0; k--) {
    strides[k] = size;
    size *= cardinalities[scope[k]];
  }
  if (size > 1 << 26) throw new RangeError(`factor ${index}: table of ${size} entries is too large`);

  const hasPot = spec.potential !== undefined;
  const hasLog = spec.logPotential !== undefined;
  if (hasPot === hasLog) {
    throw new RangeError(`factor ${index}: give exactly one of potential or logPotential`);
  }
  const source = (hasPot ? spec.potential : spec.logPotential) as ArrayLike<number>;
  if (source.length !== size) {
    throw new RangeError(`factor ${index}: table needs ${size} entries for its scope, got ${source.length}`);
  }
  const logPotential = new Float64Array(size);
  for (let t = 0; t < size; t++) {
    const value = source[t];
    if (hasPot) {
      // φ must be a finite non-negative number; φ = 0 becomes log φ = −∞ (that combination is impossible).
      if (!(value >= 0) || !Number.isFinite(value)) {
        throw new RangeError(`factor ${index}: potential[${t}] = ${value} is not a finite number ≥ 0`);
      }
      logPotential[t] = Math.log(value);
    } else {
      if (Number.isNaN(value) || value === Number.POSITIVE_INFINITY) {
        throw new RangeError(`factor ${index}: logPotential[${t}] = ${value} (must be finite or −∞)`);
      }
      logPotential[t] = value;
    }
  }
  return { scope, logPotential, strides };
}

/** Table index of factor f at the joint state x (x[v] = value of variable v). */
export function factorIndex(factor: Factor, x: ArrayLike<number>): number {
  let idx = 0;
  for (let k = 0; k < factor.scope.length; k++) idx += x[factor.scope[k]] * factor.strides[k];
  return idx;
}

/** log p̃(x) = Σ_f log φ_f(x_{S_f}). The energy of the state in the chapter's sense is E(x) = −log p̃(x). */
export function logUnnormalised(model: DiscreteModel, x: ArrayLike<number>): number {
  checkState(model, x);
  let sum = 0;
  for (const f of model.factors) sum += f.logPotential[factorIndex(f, x)];
  return sum;
}

/** Throws unless x is a valid joint state of the model (right length, each value in 0 … K_v − 1). */
export function checkState(model: DiscreteModel, x: ArrayLike<number>): void {
  const n = model.cardinalities.length;
  if (x.length !== n) throw new RangeError(`state has ${x.length} entries, the model has ${n} variables`);
  for (let v = 0; v < n; v++) {
    const value = x[v];
    if (!Number.isInteger(value) || value < 0 || value >= model.cardinalities[v]) {
      throw new RangeError(`state[${v}] = ${value} is not in 0…${model.cardinalities[v] - 1}`);
    }
  }
}

/** Index of a joint state in the model's state table (variable n−1 changes fastest). */
export function stateIndex(model: DiscreteModel, x: ArrayLike<number>): number {
  checkState(model, x);
  let idx = 0;
  for (let v = 0; v < x.length; v++) idx = idx * model.cardinalities[v] + x[v];
  return idx;
}

/** Inverse of stateIndex: writes the joint state with the given index into out. */
export function stateFromIndex(model: DiscreteModel, index: number, out?: Int32Array): Int32Array {
  const n = model.cardinalities.length;
  const x = out ?? new Int32Array(n);
  if (!Number.isInteger(index) || index < 0 || index >= model.stateCount) {
    throw new RangeError(`state index ${index} is not in 0…${model.stateCount - 1}`);
  }
  let rest = index;
  for (let v = n - 1; v >= 0; v--) {
    const k = model.cardinalities[v];
    x[v] = rest % k;
    rest = Math.floor(rest / k);
  }
  return x;
}
