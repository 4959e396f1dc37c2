import { createDiscreteModel, maximalCliques } from '../../../core';

/**
 * Which factorisation a three-variable graph allows (chapter 2, "arrows or not").
 * Directed (a Bayesian network): p(x) = ∏_i p(x_i | parents(x_i)), valid only when the arrows form no cycle.
 * Undirected (a Markov network): p(x) = (1/Z) ∏_C φ_C(x_C) over the maximal cliques C.
 */

/** The three pairs of variables, in the order the controls list them. */
export const PAIRS = [
  [0, 1],
  [1, 2],
  [0, 2],
] as const;

/** A pair's link: none, an arrow from the pair's first to its second variable ('forward') or back, or (undirected) an edge. */
export type Link = 'none' | 'forward' | 'backward';

export type Factorisation =
  | { kind: 'product'; tex: string; text: string; factors: number[][] }
  | { kind: 'cycle'; cycle: number[] };

const join = (names: readonly string[], vars: readonly number[], sep: string) =>
  vars.map((v) => names[v]).join(sep);

/** Parents of each variable under the arrows. */
export function parentsOf(links: readonly Link[]): number[][] {
  const parents: number[][] = [[], [], []];
  PAIRS.forEach(([a, b], k) => {
    if (links[k] === 'forward') parents[b].push(a);
    if (links[k] === 'backward') parents[a].push(b);
  });
  for (const p of parents) p.sort((x, y) => x - y);
  return parents;
}

/** A directed cycle among the arrows, as the variables along it, or null (then the graph is a DAG). */
export function findCycle(links: readonly Link[]): number[] | null {
  const parents = parentsOf(links);
  // Depth-first search along parent links; a variable met again on the current path closes a cycle.
  const onPath: number[] = [];
  const done = new Set<number>();
  const visit = (v: number): number[] | null => {
    const at = onPath.indexOf(v);
    if (at >= 0) return onPath.slice(at);
    if (done.has(v)) return null;
    onPath.push(v);
    for (const p of parents[v]) {
      const cycle = visit(p);
      if (cycle) return cycle;
    }
    onPath.pop();
    done.add(v);
    return null;
  };
  for (let v = 0; v < 3; v++) {
    const cycle = visit(v);
    if (cycle) {
      // Listed in the direction of the arrows, starting from the lowest-numbered variable on it.
      const along = cycle.reverse();
      const start = along.indexOf(Math.min(...along));
      return [...along.slice(start), ...along.slice(0, start)];
    }
  }
  return null;
}

/** Variable names as TeX (typeset) and as plain text (shown until KaTeX has arrived). */
export interface VariableNames {
  tex: readonly string[];
  text: readonly string[];
}

export function directedFactorisation(names: VariableNames, links: readonly Link[]): Factorisation {
  const cycle = findCycle(links);
  if (cycle) return { kind: 'cycle', cycle };
  const parents = parentsOf(links);
  const term = (list: readonly string[], v: number, given: string) =>
    parents[v].length === 0 ? `p(${list[v]})` : `p(${list[v]} ${given} ${join(list, parents[v], ', ')})`;
  return {
    kind: 'product',
    tex: `p(${join(names.tex, [0, 1, 2], ', ')}) = ${[0, 1, 2].map((v) => term(names.tex, v, '\\mid')).join('\\,')}`,
    text: `p(${join(names.text, [0, 1, 2], ', ')}) = ${[0, 1, 2].map((v) => term(names.text, v, '|')).join(' ')}`,
    factors: [0, 1, 2].map((v) => [v, ...parents[v]]),
  };
}

/** The maximal cliques of the undirected graph (isolated variables are cliques of one), via the core. */
export function cliquesOf(links: readonly Link[]): number[][] {
  const factors = PAIRS.filter((_, k) => links[k] !== 'none').map((pair) => ({
    scope: [...pair],
    potential: [1, 1, 1, 1],
  }));
  const model = createDiscreteModel({
    cardinalities: [2, 2, 2],
    // Every variable gets a factor of its own too, so an isolated one is still part of the model.
    factors: [...factors, ...[0, 1, 2].map((v) => ({ scope: [v], potential: [1, 1] }))],
  });
  return maximalCliques(model).map((clique) => Array.from(clique));
}

export function undirectedFactorisation(names: VariableNames, links: readonly Link[]): Factorisation {
  const cliques = cliquesOf(links);
  // One factor is just φ; several are numbered φ₁, φ₂, … in the order of the cliques.
  const texPhi = (k: number) => (cliques.length === 1 ? '\\phi' : `\\phi_{${k + 1}}`);
  const textPhi = (k: number) => (cliques.length === 1 ? 'φ' : `φ${'₁₂₃'[k]}`);
  return {
    kind: 'product',
    tex: `p(${join(names.tex, [0, 1, 2], ', ')}) = \\frac{1}{Z}\\,${cliques
      .map((c, k) => `${texPhi(k)}(${join(names.tex, c, ', ')})`)
      .join('\\,')}`,
    text: `p(${join(names.text, [0, 1, 2], ', ')}) = (1/Z) ${cliques
      .map((c, k) => `${textPhi(k)}(${join(names.text, c, ', ')})`)
      .join(' ')}`,
    factors: cliques,
  };
}
