/**
 * Reading conditional independence off the graph (chapter 2), and measuring it exactly.
 *
 * Separation: a set S separates a from b in an undirected graph when every path from a to b passes through a
 * vertex of S, i.e. when b cannot be reached from a once the vertices of S are removed. The global Markov
 * property says that then x_a ⫫ x_b | x_S for EVERY distribution that factorises over the graph's cliques.
 * The converse does not hold for particular potentials, but it does for generic ones: when S does not separate,
 * random potentials almost always make a and b dependent given x_S.
 *
 * Conditional mutual information, from the exact joint p (all states enumerated):
 *
 *   I(a; b | S) = Σ_{x_a, x_b, x_S} p(x_a, x_b, x_S) · log [ p(x_a, x_b, x_S) p(x_S) / (p(x_a, x_S) p(x_b, x_S)) ]
 *
 * in nats, with 0 log 0 = 0. It is ≥ 0, and = 0 exactly when x_a ⫫ x_b | x_S.
 */

import { jointDistribution } from './enumerate';
import type { DiscreteModel } from './model';

function checkQuery(n: number, a: number, b: number, observed: ArrayLike<number>): Uint8Array {
  for (const v of [a, b]) {
    if (!Number.isInteger(v) || v < 0 || v >= n) throw new RangeError(`vertex ${v} is not in 0…${n - 1}`);
  }
  if (a === b) throw new RangeError(`a and b must be different vertices, both are ${a}`);
  const inS = new Uint8Array(n);
  for (let k = 0; k < observed.length; k++) {
    const s = observed[k];
    if (!Number.isInteger(s) || s < 0 || s >= n)
      throw new RangeError(`observed vertex ${s} is not in 0…${n - 1}`);
    if (s === a || s === b) throw new RangeError(`vertex ${s} cannot be both queried and observed`);
    if (inS[s]) throw new RangeError(`observed vertex ${s} is listed twice`);
    inS[s] = 1;
  }
  return inS;
}

/**
 * A shortest path from a to b that avoids every vertex of `observed` (breadth-first search on the graph with
 * adjacency matrix adj, n × n), as the list of its vertices a … b; null when there is none, i.e. when the
 * observed set separates a from b. The path is the witness the chapter's reader can follow on the drawing.
 */
export function unblockedPath(
  adj: Uint8Array,
  n: number,
  a: number,
  b: number,
  observed: ArrayLike<number>,
): Int32Array | null {
  if (adj.length !== n * n) throw new RangeError(`adjacency has ${adj.length} entries, expected ${n * n}`);
  const blocked = checkQuery(n, a, b, observed);
  const previous = new Int32Array(n).fill(-1);
  previous[a] = a;
  const queue = [a];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (let w = 0; w < n; w++) {
      if (!adj[u * n + w] || blocked[w] || previous[w] !== -1) continue;
      previous[w] = u;
      if (w === b) {
        const path = [b];
        for (let v = b; v !== a; v = previous[v]) path.push(previous[v]);
        return Int32Array.from(path.reverse());
      }
      queue.push(w);
    }
  }
  return null;
}

/** Does `observed` separate a from b (every path from a to b passes through it)? */
export function separated(
  adj: Uint8Array,
  n: number,
  a: number,
  b: number,
  observed: ArrayLike<number>,
): boolean {
  return unblockedPath(adj, n, a, b, observed) === null;
}

/**
 * I(x_a; x_b | x_S) in nats, from the model's exact joint distribution (same state limit as jointDistribution).
 * With S empty this is the plain mutual information I(x_a; x_b). Rounding can leave a result of order −1e−17
 * where the true value is 0; since I ≥ 0, such a result is returned as 0.
 */
export function conditionalMutualInformation(
  model: DiscreteModel,
  a: number,
  b: number,
  observed: ArrayLike<number>,
): number {
  const K = model.cardinalities;
  const n = K.length;
  checkQuery(n, a, b, observed);
  const S = Array.from(observed);
  const Ka = K[a];
  const Kb = K[b];
  const Ks = S.reduce((size, v) => size * K[v], 1);
  const p = jointDistribution(model); // indexed like stateIndex: variable n − 1 fastest
  // p(x_a, x_b, x_S) at cell (x_a · K_b + x_b) · K_S + (index of x_S)
  const pabs = new Float64Array(Ka * Kb * Ks);
  const x = new Int32Array(n);
  for (let state = 0; state < p.length; state++) {
    let sIndex = 0;
    for (const v of S) sIndex = sIndex * K[v] + x[v];
    pabs[(x[a] * Kb + x[b]) * Ks + sIndex] += p[state];
    // next state: odometer over all variables, last fastest
    for (let v = n - 1; v >= 0; v--) {
      if (++x[v] < K[v]) break;
      x[v] = 0;
    }
  }
  const pas = new Float64Array(Ka * Ks);
  const pbs = new Float64Array(Kb * Ks);
  const ps = new Float64Array(Ks);
  for (let i = 0; i < Ka; i++) {
    for (let j = 0; j < Kb; j++) {
      for (let s = 0; s < Ks; s++) {
        const q = pabs[(i * Kb + j) * Ks + s];
        pas[i * Ks + s] += q;
        pbs[j * Ks + s] += q;
        ps[s] += q;
      }
    }
  }
  let information = 0;
  for (let i = 0; i < Ka; i++) {
    for (let j = 0; j < Kb; j++) {
      for (let s = 0; s < Ks; s++) {
        const q = pabs[(i * Kb + j) * Ks + s];
        if (q === 0) continue; // 0 log 0 = 0 (and then p(x_a, x_S), p(x_b, x_S) may be 0 too)
        // a sum of logs rather than the log of a ratio: no product of four small numbers can underflow
        information +=
          q * (Math.log(q) + Math.log(ps[s]) - Math.log(pas[i * Ks + s]) - Math.log(pbs[j * Ks + s]));
      }
    }
  }
  return Math.max(0, information);
}
