import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DirectedOrUndirected } from '../../../src/widgets/undirected/DirectedOrUndirected';
import {
  cliquesOf,
  directedFactorisation,
  findCycle,
  type Link,
  PAIRS,
  undirectedFactorisation,
} from '../../../src/widgets/undirected/directed/factorisation';
import { DIRECTED_STRINGS } from '../../../src/widgets/undirected/directed/strings';
import { renderWidget } from '../renderWidget';

const en = DIRECTED_STRINGS.en;
const NAMES = { tex: ['a', 'b', 'c'], text: ['a', 'b', 'c'] };
const ALL_LINKS: Link[][] = [];
for (const x of ['none', 'forward', 'backward'] as const)
  for (const y of ['none', 'forward', 'backward'] as const)
    for (const z of ['none', 'forward', 'backward'] as const) ALL_LINKS.push([x, y, z]);

/** Brute force: a directed graph on 3 nodes has a cycle iff no ordering of the nodes puts every arrow forwards. */
function hasCycleByOrderings(links: Link[]): boolean {
  const orders = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
  ];
  const arrows = PAIRS.flatMap(([a, b], k) =>
    links[k] === 'forward' ? [[a, b]] : links[k] === 'backward' ? [[b, a]] : [],
  );
  return !orders.some((order) => arrows.every(([from, to]) => order.indexOf(from) < order.indexOf(to)));
}

/** Brute force: the maximal cliques among all 7 non-empty subsets of the 3 nodes. */
function maximalCliquesByBruteForce(links: Link[]): number[][] {
  const linked = (a: number, b: number) =>
    links[PAIRS.findIndex(([x, y]) => (x === a && y === b) || (x === b && y === a))] !== 'none';
  const subsets = [1, 2, 3, 4, 5, 6, 7].map((mask) => [0, 1, 2].filter((v) => mask & (1 << v)));
  const cliques = subsets.filter((s) => s.every((a) => s.every((b) => a === b || linked(a, b))));
  return cliques
    .filter((c) => !cliques.some((d) => d.length > c.length && c.every((v) => d.includes(v))))
    .sort((p, q) => p.join().localeCompare(q.join()));
}

describe('factorisations of a three-variable graph', () => {
  it('finds a cycle exactly when no ordering makes every arrow point forwards (all 27 graphs)', () => {
    for (const links of ALL_LINKS)
      expect(findCycle(links) !== null, links.join()).toBe(hasCycleByOrderings(links));
    expect(ALL_LINKS.filter((links) => findCycle(links) !== null)).toHaveLength(2);
  });

  it('writes one conditional per variable given its parents', () => {
    const chain = directedFactorisation(NAMES, ['forward', 'forward', 'none']);
    expect(chain.kind === 'product' && chain.text).toBe('p(a, b, c) = p(a) p(b | a) p(c | b)');
    const collider = directedFactorisation(NAMES, ['forward', 'backward', 'none']);
    expect(collider.kind === 'product' && collider.text).toBe('p(a, b, c) = p(a) p(b | a, c) p(c)');
    const cycle = directedFactorisation(NAMES, ['forward', 'forward', 'backward']);
    expect(cycle).toEqual({ kind: 'cycle', cycle: [0, 1, 2] });
  });

  it('lists the maximal cliques as brute force does (all 8 undirected graphs)', () => {
    for (const links of ALL_LINKS.filter((l) => !l.includes('backward')))
      expect(cliquesOf(links), links.join()).toEqual(maximalCliquesByBruteForce(links));
    const cold = undirectedFactorisation(NAMES, ['forward', 'forward', 'none']);
    expect(cold.kind === 'product' && cold.text).toBe('p(a, b, c) = (1/Z) φ₁(a, b) φ₂(b, c)');
    const triangle = undirectedFactorisation(NAMES, ['forward', 'forward', 'forward']);
    expect(triangle.kind === 'product' && triangle.text).toBe('p(a, b, c) = (1/Z) φ(a, b, c)');
  });
});

describe('DirectedOrUndirected', () => {
  const render = (search = '', lang: 'en' | 'zh' = 'en') =>
    renderWidget(<DirectedOrUndirected />, { id: 'directed', search, lang });

  it('starts with the relay race and its chain of conditionals', () => {
    render();
    expect(screen.getByTestId('directed-graph').getAttribute('data-mode')).toBe('directed');
    expect(screen.getByTestId('directed-formula').textContent).toBe(
      'p(t₀, t₁, t₂) = p(t₀) p(t₁ | t₀) p(t₂ | t₁)',
    );
  });

  it('switching to undirected redraws the graph without arrowheads and writes clique factors', () => {
    render();
    const before = screen.getByTestId('directed-graph').outerHTML;
    fireEvent.click(screen.getByLabelText(en.undirected));
    expect(screen.getByTestId('directed-graph').outerHTML).not.toBe(before);
    expect(screen.getByTestId('directed-link-01').getAttribute('marker-end')).toBeNull();
    expect(screen.getByTestId('directed-formula').textContent).toBe(
      'p(t₀, t₁, t₂) = (1/Z) φ₁(t₀, t₁) φ₂(t₁, t₂)',
    );
  });

  it('a directed cycle is refused in words', () => {
    render();
    const group = screen.getByRole('group', { name: en.link('t₀', 't₂') });
    fireEvent.click(within(group).getByLabelText(en.arrow('t₂', 't₀')));
    expect(screen.getByTestId('directed-cycle').textContent).toBe(en.cycle('t₀ → t₁ → t₂ → t₀'));
    expect(screen.queryByTestId('directed-formula')).toBeNull();
  });

  it('the cold example is undirected, and the URL restores a graph', () => {
    render('?directed.example=cold&directed.mode=undirected&directed.link02=forward');
    expect(screen.getByTestId('directed-formula').textContent).toBe(
      'p(h_c, h_y, h_r) = (1/Z) φ(h_c, h_y, h_r)',
    );
  });

  it('reports unusable URL values and speaks Chinese', () => {
    const { container } = render('?directed.mode=sideways', 'zh');
    expect(container.querySelector('.widget__notice')?.textContent).toMatch(/mode = sideways/);
    expect(screen.getByText(DIRECTED_STRINGS.zh.factorisation)).toBeTruthy();
  });
});
