/**
 * One unnormalised model, four domains (chapter 3, "the domain decides"):
 *
 *   p̃(x) = ∏_i φ_i(x_i),   φ_i(x_i) = e^{b_i x_i},   Z = Σ_x p̃(x) or ∫ p̃(x) dx = ∏_i Z_i,
 *
 *   {0, 1}ⁿ:     Z_i = 1 + e^{b_i}                  (x_i is Bernoulli with P(x_i = 1) = σ(b_i))
 *   {−1, +1}ⁿ:   Z_i = e^{−b_i} + e^{b_i} = 2 cosh b_i  (E[x_i] = tanh b_i)
 *   [0, 1]ⁿ:     Z_i = (e^{b_i} − 1)/b_i, → 1 as b_i → 0   (a truncated exponential; uniform at b_i = 0)
 *   ℝⁿ:          Z_i = ∞ for every b_i: e^{b x} grows as x → +∞ (b > 0), as x → −∞ (b < 0), and is 1 on both
 *                sides at b = 0, where the integral is the length of ℝ.
 *
 * The closed forms sit beside two independent computations a reader can check them against: the list of all
 * 2ⁿ states for the discrete domains, and the log-space quadrature (with its divergence test) for the others.
 */

import { partitionOfLogWeight } from './partition';

export const FIELD_DOMAINS = ['binary', 'spin', 'unit', 'real'] as const;
export type FieldDomain = (typeof FIELD_DOMAINS)[number];

/** The two values of one variable on a discrete domain. */
export const DISCRETE_VALUES: Record<'binary' | 'spin', readonly [number, number]> = {
  binary: [0, 1],
  spin: [-1, 1],
};

/** (e^b − 1)/b, stably: expm1 keeps its digits near b = 0, where the ratio tends to 1. */
export function unitIntervalFactor(b: number): number {
  return b === 0 ? 1 : Math.expm1(b) / b;
}

/** Which ends of ℝ make ∫ e^{b x} dx infinite. */
export type DivergentSide = 'plus' | 'minus' | 'both';

/** The side(s) of ℝ where e^{b x} does not decay: +∞ for b > 0, −∞ for b < 0, both for b = 0. */
export function divergentSideOf(b: number): DivergentSide {
  return b > 0 ? 'plus' : b < 0 ? 'minus' : 'both';
}

export type FieldPartition =
  | { readonly kind: 'finite'; readonly factors: readonly number[]; readonly z: number }
  | { readonly kind: 'divergent'; readonly sides: readonly DivergentSide[] };

/** The closed form of Z = ∏ Z_i on a domain, with its factors Z_i (or, on ℝⁿ, the side each factor diverges on). */
export function fieldPartitionClosedForm(b: readonly number[], domain: FieldDomain): FieldPartition {
  checkFields(b);
  if (domain === 'real') return { kind: 'divergent', sides: b.map(divergentSideOf) };
  const factor =
    domain === 'binary'
      ? (bi: number) => 1 + Math.exp(bi)
      : domain === 'spin'
        ? (bi: number) => 2 * Math.cosh(bi)
        : unitIntervalFactor;
  const factors = b.map(factor);
  return { kind: 'finite', factors, z: product(factors) };
}

export interface ListedState {
  /** The values x_1 … x_n. */
  readonly x: readonly number[];
  /** p̃(x) = e^{Σ b_i x_i} */
  readonly unnormalised: number;
  /** p(x) = p̃(x) / Z */
  readonly probability: number;
}

/**
 * Z on {0,1}ⁿ or {−1,+1}ⁿ by listing all 2ⁿ states (the first variable varies slowest), with p̃ and p of each,
 * and the marginal P(x_1 = each value) summed from the list. n ≤ 16.
 */
export function fieldPartitionByListing(
  b: readonly number[],
  domain: 'binary' | 'spin',
): { states: ListedState[]; z: number; firstMarginal: [number, number] } {
  checkFields(b);
  if (b.length > 16) throw new RangeError(`listing 2^${b.length} states is too many (n ≤ 16)`);
  const values = DISCRETE_VALUES[domain];
  const n = b.length;
  const raw: { x: number[]; unnormalised: number }[] = [];
  let z = 0;
  for (let code = 0; code < 2 ** n; code++) {
    const x = b.map((_, i) => values[(code >> (n - 1 - i)) & 1]);
    const unnormalised = Math.exp(x.reduce((sum, xi, i) => sum + b[i] * xi, 0));
    raw.push({ x, unnormalised });
    z += unnormalised;
  }
  const states = raw.map((s) => ({ ...s, probability: s.unnormalised / z }));
  const firstMarginal: [number, number] = [0, 0];
  for (const s of states) firstMarginal[s.x[0] === values[0] ? 0 : 1] += s.probability;
  return { states, z, firstMarginal };
}

/**
 * Z on [0, 1]ⁿ as ∏ of 1-D integrals ∫_0^1 e^{b_i x} dx, each by the log-space quadrature (not the closed form),
 * with the largest estimated relative error of a factor.
 */
export function fieldPartitionByQuadrature(b: readonly number[]): {
  factors: number[];
  z: number;
  relativeError: number;
} {
  checkFields(b);
  let relativeError = 0;
  const factors = b.map((bi) => {
    const r = partitionOfLogWeight((x) => bi * x, { domain: [0, 1], center: 0 });
    if (r.kind !== 'finite') throw new Error(`∫_0^1 e^{${bi}x} dx cannot diverge: ${r.reason}`);
    relativeError = Math.max(relativeError, r.relativeError);
    return Math.exp(r.logZ);
  });
  return { factors, z: product(factors), relativeError };
}

/**
 * The verdict on ℝⁿ from the quadrature's own tail test, one factor at a time and one half-line at a time:
 * ∫_0^∞ e^{b x} dx and ∫_{−∞}^0 e^{b x} dx are tested separately, so the answer names the side that diverges.
 * (The test looks out to |x| = 2⁶⁴; for |b| below about 10⁻¹⁸ the weight is flat that far, and both sides are named.)
 */
export function realLineVerdicts(b: readonly number[]): DivergentSide[] {
  checkFields(b);
  return b.map((bi) => {
    const g = (x: number) => bi * x;
    const plus = partitionOfLogWeight(g, { domain: [0, Number.POSITIVE_INFINITY], center: 0 });
    const minus = partitionOfLogWeight(g, { domain: [Number.NEGATIVE_INFINITY, 0], center: 0 });
    const up = plus.kind === 'divergent';
    const down = minus.kind === 'divergent';
    if (!up && !down) throw new Error(`∫ e^{${bi}x} dx over ℝ was judged finite`);
    return up && down ? 'both' : up ? 'plus' : 'minus';
  });
}

function product(values: readonly number[]): number {
  return values.reduce((p, v) => p * v, 1);
}

function checkFields(b: readonly number[]): void {
  for (const bi of b) if (!Number.isFinite(bi)) throw new RangeError(`fields must be finite, got ${bi}`);
}
