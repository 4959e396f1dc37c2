import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createRng } from '../../../src/core';
import { FRAME_STRINGS } from '../../../src/widgets/common/frame/frameStrings';
import { GRAPH_EDITOR_STRINGS } from '../../../src/widgets/common/graph/strings';
import { CliqueEditor } from '../../../src/widgets/undirected/CliqueEditor';
import { factorisationTex } from '../../../src/widgets/undirected/cliques/model';
import { CLIQUE_STRINGS } from '../../../src/widgets/undirected/cliques/strings';
import { renderWidget } from '../renderWidget';

const en = CLIQUE_STRINGS.en;
const render = (search = '', lang: 'en' | 'zh' = 'en') =>
  renderWidget(<CliqueEditor />, { id: 'cliques', search, lang });
const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const node = (k: number) =>
  screen.getByTestId('cliques-graph').querySelector(`[data-node="${k}"]`) as Element;
const drawnEdges = () =>
  Array.from(screen.getByTestId('cliques-graph').querySelectorAll('[data-edge]')).map((e) =>
    e.getAttribute('data-edge'),
  );
const listed = () =>
  Array.from(screen.getByTestId('cliques-list').querySelectorAll('button')).map((b) => b.textContent);

/** Maximal cliques by brute force over all subsets (1-based node lists), independent of the core. */
function bruteCliques(n: number, edges: [number, number][]): number[][] {
  const adjacent = (u: number, v: number) =>
    edges.some(([a, b]) => (a === u && b === v) || (a === v && b === u));
  const clique = (set: number[]) => set.every((u, i) => set.slice(i + 1).every((v) => adjacent(u, v)));
  const out: number[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const set = Array.from({ length: n }, (_, v) => v + 1).filter((v) => mask & (1 << (v - 1)));
    if (!clique(set)) continue;
    const extendable = Array.from({ length: n }, (_, v) => v + 1).some(
      (w) => !set.includes(w) && clique([...set, w]),
    );
    if (!extendable) out.push(set);
  }
  return out;
}

const sup = (k: number) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[k];
const sub = (k: number) => '₀₁₂₃₄₅₆₇₈₉'[k];
/** What the widget should print for a graph: clique names and both counts, from the brute force. */
function expected(n: number, edges: [number, number][]) {
  const cliques = bruteCliques(n, edges).sort((p, q) => {
    for (let i = 0; i < Math.min(p.length, q.length); i++) if (p[i] !== q[i]) return p[i] - q[i];
    return p.length - q.length;
  });
  return {
    names: cliques.map((c, k) => `C${k + 1} = {${c.map((v) => `x${sub(v)}`).join(', ')}}`),
    joint: `2${sup(n)} − 1 = ${2 ** n - 1} numbers`,
    factor: `${cliques.map((c) => `2${sup(c.length)}`).join(' + ')} = ${cliques.reduce((s, c) => s + 2 ** c.length, 0)} numbers`,
  };
}

function expectShown(n: number, edges: [number, number][]) {
  const want = expected(n, edges);
  expect(listed()).toEqual(want.names);
  expect(text('cliques-joint-count')).toBe(want.joint);
  expect(text('cliques-factor-count')).toBe(want.factor);
  expect(screen.getByTestId('cliques-graph').getAttribute('data-nodes')).toBe(String(n));
  expect(drawnEdges().sort()).toEqual(edges.map(([a, b]) => `${a}-${b}`).sort());
}

describe('CliqueEditor', () => {
  it('shows the default graph: three maximal cliques, 31 joint entries against 8 + 8 + 4 = 20', () => {
    const { container } = render();
    expectShown(5, [
      [1, 2],
      [1, 3],
      [1, 4],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    expect(listed()).toEqual(['C1 = {x₁, x₂, x₃}', 'C2 = {x₁, x₃, x₄}', 'C3 = {x₄, x₅}']);
    expect(text('cliques-factor-count')).toBe('2³ + 2³ + 2² = 20 numbers');
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('the nodes slider changes the numbers and the drawing (removed nodes take their edges along)', () => {
    render();
    const before = screen.getByTestId('cliques-graph').innerHTML;
    fireEvent.change(screen.getByLabelText(en.nodes), { target: { value: '3' } });
    expectShown(3, [
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
    expect(screen.getByTestId('cliques-graph').innerHTML).not.toBe(before);
    fireEvent.change(screen.getByLabelText(en.nodes), { target: { value: '8' } });
    expectShown(8, [
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
    expect(listed()).toContain('C5 = {x₇}'); // an isolated node is a maximal clique of its own
  });

  it('clicking two nodes adds the edge between them, clicking them again removes it', () => {
    render();
    fireEvent.click(node(1));
    expect(node(1).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(node(5));
    expect(drawnEdges()).toContain('1-5');
    expect(listed()).toEqual(['C1 = {x₁, x₂, x₃}', 'C2 = {x₁, x₃, x₄}', 'C3 = {x₁, x₄, x₅}']);
    fireEvent.click(node(5));
    fireEvent.click(node(1));
    expect(drawnEdges()).not.toContain('1-5');
  });

  it('is keyboard operable: Enter chooses a node, a second node toggles the edge, Esc cancels', () => {
    render();
    const g = GRAPH_EDITOR_STRINGS.en;
    expect(node(2).getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(node(2), { key: 'Enter' });
    expect(text('cliques-graph-status')).toBe(g.chosenHint('x₂'));
    expect(node(5).getAttribute('aria-label')).toBe(`x₅: ${g.addEdge('x₂', 'x₅')}`);
    expect(node(3).getAttribute('aria-label')).toBe(`x₃: ${g.removeEdge('x₂', 'x₃')}`);
    fireEvent.keyDown(node(5), { key: ' ' });
    expect(drawnEdges()).toContain('2-5');
    fireEvent.keyDown(node(1), { key: 'Enter' });
    fireEvent.keyDown(node(1), { key: 'Escape' });
    expect(text('cliques-graph-status')).toBe(g.edgeHint);
    expect(node(1).getAttribute('aria-pressed')).toBe('false');
    // Esc with nothing chosen is left to the frame: it leaves projector mode
    const figure = document.querySelector('figure') as HTMLElement;
    fireEvent.keyDown(figure, { key: 'f' });
    expect(figure.getAttribute('data-projector')).toBe('on');
    fireEvent.keyDown(node(1), { key: 'Escape' });
    expect(figure.getAttribute('data-projector')).toBe('off');
  });

  it('presets set the chapter graphs', () => {
    render();
    const preset = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
    preset(en.chain);
    expectShown(5, [
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    preset(en.cycle);
    expectShown(4, [
      [1, 2],
      [2, 3],
      [3, 4],
      [1, 4],
    ]);
    preset(en.star);
    expectShown(4, [
      [1, 2],
      [1, 3],
      [1, 4],
    ]);
    preset(en.twoTriangles);
    expect(listed()).toEqual(['C1 = {x₁, x₂, x₃}', 'C2 = {x₂, x₃, x₄}']);
    preset(en.complete);
    expect(listed()).toEqual(['C1 = {x₁, x₂, x₃, x₄}']);
    // the complete graph: the factorised count 2ⁿ is one more than the joint table's 2ⁿ − 1
    expect(text('cliques-joint-count')).toBe('2⁴ − 1 = 15 numbers');
    expect(text('cliques-factor-count')).toBe('2⁴ = 16 numbers');
  });

  it('writes the graph to the URL, and the link restores it', async () => {
    vi.useFakeTimers();
    const { router, unmount } = render();
    fireEvent.click(screen.getByRole('button', { name: en.cycle }));
    fireEvent.click(node(1));
    fireEvent.click(node(3));
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    vi.useRealTimers();
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('cliques.nodes')).toBe('4');
    expect(search.get('cliques.edges')).toBe('1-2.1-3.1-4.2-3.3-4');
    unmount();
    render(`?${search.toString()}`);
    expect(listed()).toEqual(['C1 = {x₁, x₂, x₃}', 'C2 = {x₁, x₃, x₄}']);
  });

  it('random graphs from links: every clique and count shown matches a brute-force enumeration', () => {
    const rng = createRng(11);
    for (let trial = 0; trial < 12; trial++) {
      const n = 2 + rng.int(7);
      const edges: [number, number][] = [];
      for (let a = 1; a <= n; a++)
        for (let b = a + 1; b <= n; b++) if (rng.uniform() < 0.5) edges.push([a, b]);
      const { unmount } = render(
        `?cliques.nodes=${n}&cliques.edges=${edges.map((e) => e.join('-')).join('.')}`,
      );
      expectShown(n, edges);
      unmount();
    }
  });

  it('bad URL values give notices; malformed and out-of-range edges are dropped', () => {
    const { container } = render('?cliques.nodes=abc&cliques.edges=1-2.2-9.zz.3-3.0-1.2-3');
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/nodes = abc/);
    expect(notice.textContent).toMatch(/edges = 2-9 zz 3-3 0-1 /);
    expect(notice.textContent).toContain(FRAME_STRINGS.en.reasons['bad-entries']);
    expect(within(notice).getAllByRole('listitem')[1].textContent).toMatch(/→ 1-2\.2-3$/);
    expectShown(5, [
      [1, 2],
      [2, 3],
    ]);
    fireEvent.click(screen.getByRole('button', { name: FRAME_STRINGS.en.dismiss }));
    expect(container.querySelector('.widget__notice')).toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('typesets p̃(x) = ∏_C φ_C(x_C) for the current cliques (plain text until KaTeX arrives)', async () => {
    render();
    const formula = screen.getByTestId('cliques-formula');
    await waitFor(() => expect(formula.getAttribute('data-typeset')).toBe('yes'));
    const tex = factorisationTex([
      [0, 1, 2],
      [0, 2, 3],
      [3, 4],
    ]);
    expect(formula.querySelector('annotation')?.textContent).toBe(tex);
    fireEvent.click(screen.getByRole('button', { name: en.chain }));
    await waitFor(() =>
      expect(formula.querySelector('annotation')?.textContent).toContain('\\phi_{45}(x_{4}, x_{5})'),
    );
  });

  it('highlighting a clique marks its nodes with a tag and a dashed ring, and its edges thick', () => {
    render();
    const second = screen.getByRole('button', { name: en.showClique('{x₁, x₃, x₄}') });
    fireEvent.click(second);
    expect(second.getAttribute('aria-pressed')).toBe('true');
    expect(node(3).textContent).toContain('C2');
    expect(node(3).getAttribute('aria-label')).toContain(en.inClique(2));
    expect(node(2).textContent).not.toContain('C2');
    const strong = Array.from(screen.getByTestId('cliques-graph').querySelectorAll('[data-look="strong"]'));
    expect(strong.map((e) => e.getAttribute('data-edge')).sort()).toEqual(['1-3', '1-4', '3-4']);
    fireEvent.click(node(2));
    fireEvent.click(node(5)); // the graph changed: the highlight is gone
    expect(screen.getByTestId('cliques-graph').querySelectorAll('[data-look="strong"]')).toHaveLength(0);
  });

  it('speaks Chinese on the Chinese pages', () => {
    render('', 'zh');
    const zh = CLIQUE_STRINGS.zh;
    expect(screen.getByText(zh.title)).toBeTruthy();
    expect(screen.getByLabelText(zh.nodes)).toBeTruthy();
    expect(screen.getByRole('button', { name: zh.twoTriangles })).toBeTruthy();
    expect(text('cliques-joint-count')).toBe('2⁵ − 1 = 31 个数');
    expect(screen.getByText(zh.cliquesHeading(3))).toBeTruthy();
  });
});
