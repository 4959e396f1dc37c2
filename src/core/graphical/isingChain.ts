/**
 * The periodic Ising chain of chapter 3, solved two independent ways so that each checks the other:
 *
 *   p̃(s) = exp( J Σ_i s_i s_{i+1} + h Σ_i s_i ),  s_i ∈ {−1, +1},  s_{n+1} = s_1.
 *
 * 1. By listing all 2ⁿ states: log Z, and the mean and variance of the coupling statistic C(s) = Σ_i s_i s_{i+1}.
 *    Since ∂ log p̃/∂J = C, the identity ∂ log Z/∂J = E[C] holds, and ∂² log Z/∂J² = Var[C] ≥ 0 (log Z is convex).
 * 2. By the transfer matrix T = [[e^{J+h}, e^{−J}], [e^{−J}, e^{J−h}]]: Z = tr Tⁿ = λ₊ⁿ + λ₋ⁿ (Kramers & Wannier).
 */

export interface ChainStatistics {
  logZ: number;
  /** E[Σ s_i s_{i+1}] under p. */
  meanCoupling: number;
  /** Var[Σ s_i s_{i+1}] under p. */
  varianceCoupling: number;
}

function checkChain(n: number, J: number, h: number): void {
  if (!Number.isInteger(n) || n < 3 || n > 24) throw new RangeError(`n must be an integer in 3…24, got ${n}`);
  if (!Number.isFinite(J) || !Number.isFinite(h)) throw new RangeError('J and h must be finite');
}

/** By enumeration of all 2ⁿ states (spin i is bit i of the state's index: 1 → +1, 0 → −1). */
export function periodicChainByEnumeration(n: number, J: number, h: number): ChainStatistics {
  checkChain(n, J, h);
  const states = 2 ** n;
  const logWeight = new Float64Array(states);
  const coupling = new Int32Array(states);
  let maxLog = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < states; index++) {
    let C = 0;
    let M = 0;
    for (let i = 0; i < n; i++) {
      const si = (index >> i) & 1 ? 1 : -1;
      const next = (index >> ((i + 1) % n)) & 1 ? 1 : -1;
      C += si * next;
      M += si;
    }
    coupling[index] = C;
    logWeight[index] = J * C + h * M;
    if (logWeight[index] > maxLog) maxLog = logWeight[index];
  }
  // log-sum-exp around the largest term, so no weight overflows
  let sum = 0;
  let first = 0;
  let second = 0;
  for (let index = 0; index < states; index++) {
    const w = Math.exp(logWeight[index] - maxLog);
    sum += w;
    first += w * coupling[index];
    second += w * coupling[index] * coupling[index];
  }
  const mean = first / sum;
  return {
    logZ: maxLog + Math.log(sum),
    meanCoupling: mean,
    varianceCoupling: Math.max(0, second / sum - mean * mean),
  };
}

/** log Z = log(λ₊ⁿ + λ₋ⁿ) from the transfer matrix, written as n log λ₊ + log(1 + (λ₋/λ₊)ⁿ) so it cannot overflow. */
export function periodicChainLogZ(n: number, J: number, h: number): number {
  checkChain(n, J, h);
  // eigenvalues of T: e^J cosh h ± sqrt(e^{2J} sinh² h + e^{−2J}); λ₊ > |λ₋|, and λ₋ < 0 is possible (J < 0)
  const root = Math.sqrt(Math.exp(2 * J) * Math.sinh(h) ** 2 + Math.exp(-2 * J));
  const lambdaPlus = Math.exp(J) * Math.cosh(h) + root;
  const lambdaMinus = Math.exp(J) * Math.cosh(h) - root;
  return n * Math.log(lambdaPlus) + Math.log1p((lambdaMinus / lambdaPlus) ** n);
}
