import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FRAME_STRINGS } from '../../../src/widgets/common/frame/frameStrings';
import { formatNumber } from '../../../src/widgets/common/lang';
import { SeparationExplorer } from '../../../src/widgets/undirected/SeparationExplorer';
import { pairTables } from '../../../src/widgets/undirected/separation/model';
import { SEPARATION_STRINGS } from '../../../src/widgets/undirected/separation/strings';
import { renderWidget } from '../renderWidget';

const en = SEPARATION_STRINGS.en;
const render = (search = '', lang: 'en' | 'zh' = 'en') =>
  renderWidget(<SeparationExplorer />, { id: 'separation', search, lang });
const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const graph = () => screen.getByTestId('separation-graph');
const node = (k: number) => graph().querySelector(`[data-node="${k}"]`) as Element;
const mode = (label: string) => fireEvent.click(screen.getByLabelText(label));
const separatedShown = () => screen.getByTestId('separation-verdict').getAttribute('data-separated');
const DEFAULT_EDGES: [number, number][] = [
  [1, 2],
  [1, 6],
  [2, 3],
  [3, 4],
  [3, 6],
  [4, 5],
  [5, 6],
];
const SEED = 3; // the explorer's default seed

/**
 * I(a; b | S) written independently of the widget and the core: p̃(x) = exp Σ_edges log φ_ab(x_a, x_b) straight from
 * the seed's tables, every state by its bits, then I = H(a,S) + H(b,S) − H(a,b,S) − H(S). Nodes 1-based.
 */
function bruteCmi(seed: number, n: number, edges: [number, number][], a: number, b: number, S: number[]) {
  const tables = pairTables(seed);
  const weights: number[] = [];
  const bit = (state: number, v: number) => (state >> (n - v)) & 1; // node 1 is the highest bit
  for (let state = 0; state < 2 ** n; state++) {
    let log = 0;
    for (const [u, v] of edges)
      log += tables[((u - 1) * 8 + (v - 1)) * 4 + 2 * bit(state, u) + bit(state, v)];
    weights.push(Math.exp(log));
  }
  const Z = weights.reduce((s, w) => s + w, 0);
  const H = (vars: number[]) => {
    const m = new Map<string, number>();
    weights.forEach((w, state) => {
      const key = vars.map((v) => bit(state, v)).join();
      m.set(key, (m.get(key) ?? 0) + w / Z);
    });
    return [...m.values()].reduce((h, q) => (q > 0 ? h - q * Math.log(q) : h), 0);
  };
  return H([a, ...S]) + H([b, ...S]) - H([a, b, ...S]) - H(S);
}

/** The shown value of an information, as the widget formats it. */
const shown = (value: number) =>
  value < 1e-12 ? /^0 nats \(\|I\| < 10⁻¹², computed / : en.nats(formatNumber(Math.max(0, value), 4));

function expectInformation(
  seed: number,
  n: number,
  edges: [number, number][],
  a: number,
  b: number,
  S: number[],
) {
  const cmi = bruteCmi(seed, n, edges, a, b, S);
  const mi = bruteCmi(seed, n, edges, a, b, []);
  const pattern = shown(cmi);
  if (typeof pattern === 'string') expect(text('separation-cmi')).toBe(pattern);
  else expect(text('separation-cmi')).toMatch(pattern);
  const miPattern = shown(mi);
  if (typeof miPattern === 'string') expect(text('separation-mi')).toBe(miPattern);
  else expect(text('separation-mi')).toMatch(miPattern);
  return cmi;
}

describe('SeparationExplorer', () => {
  it('default: S = {x₂} does not separate x₁ from x₃; the path avoiding S is drawn thick; I > 0 as computed', () => {
    const { container } = render();
    expect(text('separation-verdict')).toContain(en.notSeparated('S = {x₂}', 'x₁', 'x₃', 'x₁ – x₆ – x₃'));
    expect(separatedShown()).toBe('false');
    const strong = Array.from(graph().querySelectorAll('[data-look="strong"]')).map((e) =>
      e.getAttribute('data-edge'),
    );
    expect(strong.sort()).toEqual(['1-6', '3-6']);
    expect(expectInformation(SEED, 6, DEFAULT_EDGES, 1, 3, [2])).toBeGreaterThan(0.01);
    expect(node(1).textContent).toContain('A');
    expect(node(3).textContent).toContain('B');
    expect(node(2).textContent).toContain('S');
    expect(node(1).querySelector('rect')).not.toBeNull(); // A is a square
    expect(node(3).querySelector('polygon')).not.toBeNull(); // B a diamond
    expect(node(2).querySelector('circle[fill^="url(#"]')).not.toBeNull(); // S hatched
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('observing x₆ as well separates them, and I(A; B | S) is 0 for every seed (checked against brute force)', () => {
    render();
    fireEvent.click(node(6));
    expect(separatedShown()).toBe('true');
    expect(text('separation-verdict')).toContain(en.separated('S = {x₂, x₆}', 'x₁', 'x₃'));
    expect(graph().querySelectorAll('[data-look="strong"]')).toHaveLength(0);
    for (const seed of [1, 2, 3, 77, 4294967295]) {
      fireEvent.change(screen.getByLabelText(FRAME_STRINGS.en.seed), { target: { value: String(seed) } });
      fireEvent.blur(screen.getByLabelText(FRAME_STRINGS.en.seed));
      expect(expectInformation(seed, 6, DEFAULT_EDGES, 1, 3, [2, 6])).toBeLessThan(1e-12);
      expect(text('separation-cmi')).toMatch(/^0 nats/);
    }
    fireEvent.click(node(6)); // unobserve: dependent again
    expect(separatedShown()).toBe('false');
  });

  it('picks A and B by mode (choosing B as A swaps them), and refuses to observe A or B', () => {
    render();
    mode(en.modes.a);
    fireEvent.click(node(4));
    expect(node(4).textContent).toContain('A');
    expect(text('separation-verdict')).toContain('x₄');
    mode(en.modes.b);
    fireEvent.click(node(4)); // B := x₄, A takes B's old place x₃
    expect(node(4).querySelector('polygon')).not.toBeNull();
    expect(node(3).querySelector('rect')).not.toBeNull();
    mode(en.modes.observe);
    fireEvent.click(node(3));
    expect(text('separation-graph-status')).toBe(en.cannotObserve('x₃', 'A'));
    expect(node(3).textContent).not.toContain('S');
    expectInformation(SEED, 6, DEFAULT_EDGES, 3, 4, [2]);
  });

  it('shows the Markov blanket of a chosen node, and observing the blanket of A separates A from the rest', () => {
    render();
    mode(en.modes.blanket);
    fireEvent.click(node(2));
    expect(text('separation-blanket')).toBe('{x₁, x₃}');
    for (const k of [1, 3]) expect(node(k).textContent).toContain('MB');
    expect(node(4).textContent).not.toContain('MB');
    expect(node(1).getAttribute('aria-label')).toContain(en.describeBlanket);
    expect(screen.getByTestId('separation-legend').textContent).toContain(en.legendBlanket);
    fireEvent.click(node(2)); // choosing it again hides the blanket
    expect(screen.queryByTestId('separation-blanket')).toBeNull();
    fireEvent.click(screen.getByTestId('separation-observe-blanket'));
    expect(text('separation-verdict')).toContain(en.separated('S = {x₂, x₆}', 'x₁', 'x₃'));
  });

  it('edits edges in edge mode, by mouse and keyboard, until no path is left', () => {
    render('?separation.observed=');
    mode(en.modes.edges);
    expect(text('separation-verdict')).toContain(en.notSeparated('S = ∅', 'x₁', 'x₃', 'x₁ – x₂ – x₃'));
    fireEvent.click(node(1));
    fireEvent.click(node(2)); // remove 1–2
    expect(text('separation-verdict')).toContain(en.notSeparated('S = ∅', 'x₁', 'x₃', 'x₁ – x₆ – x₃'));
    fireEvent.keyDown(node(3), { key: 'Enter' });
    fireEvent.keyDown(node(6), { key: 'Enter' }); // remove 3–6 by keyboard
    const edges: [number, number][] = [
      [1, 6],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
    ];
    expect(text('separation-verdict')).toContain(
      en.notSeparated('S = ∅', 'x₁', 'x₃', 'x₁ – x₆ – x₅ – x₄ – x₃'),
    );
    expectInformation(SEED, 6, edges, 1, 3, []);
    fireEvent.click(node(4));
    fireEvent.click(node(5)); // remove 4–5: nothing joins x₁ to x₃ any more
    expect(text('separation-verdict')).toContain(en.unconnected('x₁', 'x₃'));
    expect(
      expectInformation(
        SEED,
        6,
        edges.filter(([a]) => a !== 4),
        1,
        3,
        [],
      ),
    ).toBeLessThan(1e-12);
  });

  it('the nodes slider changes the drawing and re-fits the roles to the smaller graph', async () => {
    vi.useFakeTimers();
    const { router } = render();
    const before = graph().innerHTML;
    fireEvent.change(screen.getByLabelText(en.nodes), { target: { value: '2' } });
    expect(graph().getAttribute('data-nodes')).toBe('2');
    expect(graph().innerHTML).not.toBe(before);
    // B = x₃ is gone: it moves to the last node, x₂, which therefore leaves S
    expect(node(2).querySelector('polygon')).not.toBeNull();
    expect(text('separation-verdict')).toContain(en.notSeparated('S = ∅', 'x₁', 'x₂', 'x₁ – x₂'));
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    vi.useRealTimers();
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('separation.nodes')).toBe('2');
    expect(search.get('separation.edges')).toBe('1-2');
    expect(search.get('separation.b')).toBe('2');
    expect(search.get('separation.observed')).toBe('');
  });

  it('a link restores graph, roles and seed', () => {
    render(
      '?separation.nodes=5&separation.edges=1-2.2-3.3-4.4-5.1-5&separation.a=2&separation.b=5&separation.observed=3&separation.seed=9',
    );
    expect(text('separation-verdict')).toContain(en.notSeparated('S = {x₃}', 'x₂', 'x₅', 'x₂ – x₁ – x₅'));
    expect(screen.getByLabelText(FRAME_STRINGS.en.seed)).toHaveProperty('value', '9');
    expectInformation(
      9,
      5,
      [
        [1, 2],
        [2, 3],
        [3, 4],
        [4, 5],
        [1, 5],
      ],
      2,
      5,
      [3],
    );
  });

  it('bad URL values give notices and are repaired', () => {
    const { container } = render(
      '?separation.nodes=4&separation.blanket=x&separation.edges=1-2.2-3.3-7.x.1-4&separation.a=3&separation.b=6&separation.observed=1.3.zz&separation.mode=fly',
    );
    const notice = (container.querySelector('.widget__notice') as HTMLElement).textContent ?? '';
    expect(notice).toMatch(/mode = fly/);
    expect(notice).toMatch(/blanket = x/);
    expect(notice).toMatch(/edges = 3-7 x /);
    expect(notice).toMatch(/b = 6/);
    expect(notice).toMatch(/observed = zz 3 .*→ 1/);
    // B = x₄ (the last node); S loses x₃ (it is A) and 'zz'
    expect(text('separation-verdict')).toContain(en.separated('S = {x₁}', 'x₃', 'x₄'));
    expect(graph().querySelectorAll('[data-edge]')).toHaveLength(3);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('an unusable node count is reported (the widget contract) and the default used', () => {
    const { container } = render('?separation.nodes=abc');
    expect(container.querySelector('.widget__notice')?.textContent).toMatch(/nodes = abc/);
    expect(graph().getAttribute('data-nodes')).toBe('6');
  });

  it('B = A in a link moves B to another node, with a notice', () => {
    const { container } = render('?separation.a=2&separation.b=2');
    expect(container.querySelector('.widget__notice')?.textContent).toMatch(/b = 2/);
    expect(node(1).querySelector('polygon')).not.toBeNull();
  });

  it('speaks Chinese on the Chinese pages', () => {
    render('', 'zh');
    const zh = SEPARATION_STRINGS.zh;
    expect(screen.getByText(zh.title)).toBeTruthy();
    expect(screen.getByLabelText(zh.modes.observe)).toBeTruthy();
    expect(text('separation-verdict')).toContain(zh.notSeparated('S = {x₂}', 'x₁', 'x₃', 'x₁ – x₆ – x₃'));
    expect(text('separation-cmi')).toMatch(/奈特$/);
  });
});
