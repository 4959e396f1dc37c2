/**
 * The coarse picture the particles are judged by: the box [−3, 3]² cut into m × m cells, the exact mass of each
 * cell under p = e^{−E/T}/Z_box, a cloud's histogram on the same cells, and the total variation between them
 *   TV = ½ Σ_cells |n_cell/n − P_cell|.
 * Even n perfect independent draws from p leave a TV > 0: its expectation is the NOISE LEVEL
 *   E[TV] = ½ Σ_cells E|N_cell/n − P_cell|,   N_cell ~ Binomial(n, P_cell),
 * with de Moivre's closed form of the binomial mean absolute deviation, for ν = ⌊nP⌋ + 1:
 *   E|N − nP| = 2ν · C(n, ν) · P^ν (1 − P)^{n−ν+1}.
 * A cloud whose TV sits at that level is as close as sampling noise allows; one well above it is not there yet.
 */

import type { Landscape } from './experts';
import { LANDSCAPE_BOX } from './partition';

/** Gauss–Legendre nodes and weights on [−1, 1] (Newton on the Legendre recurrence). */
export function gaussLegendre(order: number): { nodes: Float64Array; weights: Float64Array } {
  const nodes = new Float64Array(order);
  const weights = new Float64Array(order);
  for (let i = 0; i < order; i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (order + 0.5));
    let dp = 1;
    for (let it = 0; it < 100; it++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= order; k++) {
        const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      const pn = order === 1 ? x : p1;
      const pnm1 = order === 1 ? 1 : p0;
      dp = (order * (x * pn - pnm1)) / (x * x - 1);
      const dx = pn / dp;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    nodes[i] = x;
    weights[i] = 2 / ((1 - x * x) * dp * dp);
  }
  return { nodes, weights };
}

const RULE = gaussLegendre(12);

/**
 * The exact masses of the m × m cells (row-major, row 0 = lowest x₂) under e^{−E/T} restricted to the box, each
 * cell split into s × s squares with a 12-point Gauss–Legendre product rule (s grows as T falls, so that a well of
 * width ~√T is covered by several squares). They sum to 1 by construction.
 */
export function cellMasses(
  landscape: Landscape,
  temperature: number,
  m = 10,
  out?: Float64Array,
): Float64Array {
  if (!(temperature > 0) || !Number.isFinite(temperature))
    throw new RangeError(`bad temperature ${temperature}`);
  const L = LANDSCAPE_BOX;
  const masses = out ?? new Float64Array(m * m);
  const split = temperature >= 0.5 ? 2 : temperature >= 0.1 ? 4 : 6;
  const fine = m * split;
  const h = (2 * L) / fine;
  const q = RULE.nodes.length;
  // log-weights first, so that e^{−E/T} is formed relative to its maximum (no overflow at small T)
  const logs = new Float64Array(fine * fine * q * q);
  let max = Number.NEGATIVE_INFINITY;
  let t = 0;
  for (let J = 0; J < fine; J++) {
    for (let I = 0; I < fine; I++) {
      for (let b = 0; b < q; b++) {
        const y = -L + (J + 0.5 + 0.5 * RULE.nodes[b]) * h;
        for (let a = 0; a < q; a++) {
          const x = -L + (I + 0.5 + 0.5 * RULE.nodes[a]) * h;
          const v = -landscape.energy(x, y) / temperature;
          logs[t++] = v;
          if (v > max) max = v;
        }
      }
    }
  }
  masses.fill(0);
  t = 0;
  let total = 0;
  for (let J = 0; J < fine; J++) {
    for (let I = 0; I < fine; I++) {
      let s = 0;
      for (let b = 0; b < q; b++)
        for (let a = 0; a < q; a++) s += RULE.weights[a] * RULE.weights[b] * Math.exp(logs[t++] - max);
      const cell = Math.floor(J / split) * m + Math.floor(I / split);
      masses[cell] += s;
      total += s;
    }
  }
  for (let c = 0; c < m * m; c++) masses[c] /= total;
  return masses;
}

/** Counts of a cloud (interleaved x₁, x₂) on the m × m cells of the box; points outside are not counted. */
export function cellCounts(positions: Float64Array, m = 10, out?: Float64Array): Float64Array {
  const counts = out ?? new Float64Array(m * m);
  counts.fill(0);
  const L = LANDSCAPE_BOX;
  for (let p = 0; p < positions.length; p += 2) {
    const x = positions[p];
    const y = positions[p + 1];
    if (!(x >= -L && x <= L && y >= -L && y <= L)) continue;
    // the right and top edges belong to the last cell
    const i = Math.min(m - 1, Math.floor(((x + L) / (2 * L)) * m));
    const j = Math.min(m - 1, Math.floor(((y + L) / (2 * L)) * m));
    counts[j * m + i] += 1;
  }
  return counts;
}

/** TV = ½ Σ |counts/n − masses| with n = Σ counts. */
export function totalVariation(counts: ArrayLike<number>, masses: ArrayLike<number>): number {
  let n = 0;
  for (let c = 0; c < counts.length; c++) n += counts[c];
  if (n === 0) return 1;
  let s = 0;
  for (let c = 0; c < counts.length; c++) s += Math.abs(counts[c] / n - masses[c]);
  return 0.5 * s;
}

/** log k! for k = 0 … n. */
function logFactorials(n: number): Float64Array {
  const f = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) f[k] = f[k - 1] + Math.log(k);
  return f;
}

/** E|N − nP| for N ~ Binomial(n, P), by de Moivre's closed form (file comment). */
export function binomialMeanAbsoluteDeviation(n: number, P: number, logFact = logFactorials(n)): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer ≥ 1, got ${n}`);
  if (!(P >= 0 && P <= 1)) throw new RangeError(`P must be in [0, 1], got ${P}`);
  if (P === 0 || P === 1) return 0;
  const nu = Math.floor(n * P) + 1;
  if (nu > n) return 0;
  const logTerm =
    Math.log(2 * nu) +
    logFact[n] -
    logFact[nu] -
    logFact[n - nu] +
    nu * Math.log(P) +
    (n - nu + 1) * Math.log1p(-P);
  return Math.exp(logTerm);
}

/** The noise level E[TV] of n independent draws from the cell masses (file comment). */
export function expectedNoiseTv(masses: ArrayLike<number>, n: number): number {
  const logFact = logFactorials(n);
  let s = 0;
  for (let c = 0; c < masses.length; c++) s += binomialMeanAbsoluteDeviation(n, masses[c], logFact) / n;
  return 0.5 * s;
}
