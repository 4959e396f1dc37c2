import { graphAdjacency, graphMaximalCliques } from '../../../core';
import { type GraphEdge, nodeName } from '../../common/graph';

/**
 * What the clique editor shows for a graph: its maximal cliques, the factorisation over them and the two table sizes.
 *
 *   joint table over n binary variables:   2ⁿ − 1 free numbers (2ⁿ probabilities that sum to 1)
 *   factorised model:                      Σ_C 2^{|C|} potential entries (one per joint value of each clique)
 *
 * The potentials are unnormalised (Z takes care of that), so for the complete graph the second count is 2ⁿ, one
 * more than the first: factorising only pays when the cliques are small.
 */
export interface CliqueSummary {
  /** Maximal cliques, each sorted, in lexicographic order (0-based vertices). */
  cliques: number[][];
  jointEntries: number;
  /** 2^{|C|} for each clique, in the same order. */
  factorTerms: number[];
  factorEntries: number;
}

export function summariseCliques(nodes: number, edges: readonly GraphEdge[]): CliqueSummary {
  const cliques = graphMaximalCliques(graphAdjacency(nodes, edges), nodes).map((c) => Array.from(c));
  const factorTerms = cliques.map((c) => 2 ** c.length);
  return {
    cliques,
    jointEntries: 2 ** nodes - 1,
    factorTerms,
    factorEntries: factorTerms.reduce((sum, term) => sum + term, 0),
  };
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const digits = (n: number, table: string) => String(n).replace(/\d/g, (d) => table[Number(d)]);

/** The clique as a set of names: {x₁, x₂, x₃}. */
export function cliqueName(clique: readonly number[]): string {
  return `{${clique.map(nodeName).join(', ')}}`;
}

/** p̃(x) = ∏_C φ_C(x_C) in TeX, with a permitted line break after each factor (long products wrap on phones). */
export function factorisationTex(cliques: readonly number[][]): string {
  const factors = cliques.map((c) => {
    const label = c.map((v) => v + 1).join('');
    const args = c.map((v) => `x_{${v + 1}}`).join(', ');
    return `\\phi_{${label}}(${args})`;
  });
  return `\\tilde p(\\mathbf{x}) = ${factors.join('\\,\\allowbreak ')}`;
}

/** The same product in plain text, shown until KaTeX has loaded (and read by tests). */
export function factorisationText(cliques: readonly number[][]): string {
  const factors = cliques.map((c) => {
    const label = digits(Number(c.map((v) => v + 1).join('')), SUBSCRIPTS);
    return `φ${label}(${c.map(nodeName).join(', ')})`;
  });
  return `p̃(x) = ${factors.join(' ')}`;
}

/** 2ⁿ − 1 written out: "2⁵ − 1". */
export function jointCountText(nodes: number): string {
  return `2${digits(nodes, SUPERSCRIPTS)} − 1`;
}

/** Σ_C 2^{|C|} written out term by term: "2³ + 2³ + 2²". */
export function factorCountText(cliques: readonly number[][]): string {
  return cliques.map((c) => `2${digits(c.length, SUPERSCRIPTS)}`).join(' + ');
}
