import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/widgets/common/lang';
import { anatomyRbm, energyTerms } from '../../../src/widgets/rbm/anatomy/model';
import { RBM_ANATOMY_STRINGS } from '../../../src/widgets/rbm/anatomy/strings';
import { RbmAnatomy } from '../../../src/widgets/rbm/RbmAnatomy';
import { renderWidget } from '../renderWidget';

const V = 6;
const H = 4;
const SEED = 7;
const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const render = (search = `?rbm-anatomy.seed=${SEED}`, lang: 'en' | 'zh' = 'en') =>
  renderWidget(<RbmAnatomy />, { id: 'rbm-anatomy', search, lang });
/** The defaults: v = 101100, h = 1001. */
const DEFAULT_V = [1, 0, 1, 1, 0, 0];
const DEFAULT_H = [1, 0, 0, 1];

type Params = { W: Float64Array; b: Float64Array; c: Float64Array };
const paramsOf = (seed: number): Params => {
  const rbm = anatomyRbm(seed);
  return { W: rbm.weights, b: rbm.visibleBias, c: rbm.hiddenBias };
};
/** E(v, h) = −Σ b_i v_i − Σ c_j h_j − Σ v_i W_ij h_j, written here independently of the core. */
function energy({ W, b, c }: Params, v: number[], h: number[]) {
  let e = 0;
  for (let i = 0; i < V; i++) e -= b[i] * v[i];
  for (let j = 0; j < H; j++) e -= c[j] * h[j];
  for (let i = 0; i < V; i++) for (let j = 0; j < H; j++) e -= v[i] * W[i * H + j] * h[j];
  return e;
}
const bits = (n: number, width: number) => Array.from({ length: width }, (_, k) => (n >> k) & 1);
/** P(unit k of one layer = 1 | the other layer) by summing e^{−E} over every state of the layer. */
function bruteForce(p: Params, layer: 'hidden' | 'visible', given: number[], k: number) {
  const width = layer === 'hidden' ? H : V;
  let on = 0;
  let all = 0;
  for (let n = 0; n < 2 ** width; n++) {
    const state = bits(n, width);
    const weight = Math.exp(-(layer === 'hidden' ? energy(p, given, state) : energy(p, state, given)));
    all += weight;
    if (state[k] === 1) on += weight;
  }
  return on / all;
}

describe('RbmAnatomy', () => {
  it('shows P(h_j = 1 | v) and P(v_i = 1 | h) equal to brute-force enumeration', () => {
    render();
    const p = paramsOf(SEED);
    const rbm = anatomyRbm(SEED);
    const coreHidden = rbm.hiddenProbabilities(DEFAULT_V);
    for (let j = 0; j < H; j++) {
      const exact = bruteForce(p, 'hidden', DEFAULT_V, j);
      expect(coreHidden[j]).toBeCloseTo(exact, 12);
      expect(text(`rbm-anatomy-h${j + 1}-p`)).toBe(formatNumber(exact, 3));
    }
    const coreVisible = rbm.visibleProbabilities(DEFAULT_H);
    for (let i = 0; i < V; i++) {
      const exact = bruteForce(p, 'visible', DEFAULT_H, i);
      expect(coreVisible[i]).toBeCloseTo(exact, 12);
      expect(text(`rbm-anatomy-v${i + 1}-p`)).toBe(formatNumber(exact, 3));
    }
  });

  it('draws the weights by width and by dash, not by colour alone', () => {
    render();
    const { W } = paramsOf(SEED);
    const lines = screen.getByTestId('rbm-anatomy-edges').querySelectorAll('line');
    expect(lines).toHaveLength(V * H);
    lines.forEach((line, t) => {
      expect(line.getAttribute('stroke-dasharray') !== null).toBe(W[t] < 0);
      expect(Number(line.getAttribute('stroke-width'))).toBeCloseTo(
        Math.min(0.75 + 1.5 * Math.abs(W[t]), 7),
        9,
      );
    });
    expect(new Set(Array.from(W, Math.sign))).toEqual(new Set([-1, 1])); // this seed shows both signs
  });

  it('lists the non-zero energy terms, which add up to the core energy', () => {
    render();
    const p = paramsOf(SEED);
    const rbm = anatomyRbm(SEED);
    const terms = energyTerms(rbm, DEFAULT_V, DEFAULT_H);
    // 3 visible biases, 2 hidden biases, 3 × 2 weights between units that are both on
    expect(terms).toHaveLength(3 + 2 + 6);
    const rows = screen.getByTestId('rbm-anatomy-energy').querySelectorAll('tbody [data-exact]');
    expect(rows).toHaveLength(terms.length);
    const shownSum = Array.from(rows).reduce((sum, cell) => sum + Number(cell.getAttribute('data-exact')), 0);
    expect(shownSum).toBeCloseTo(rbm.energy(DEFAULT_V, DEFAULT_H), 12);
    expect(shownSum).toBeCloseTo(energy(p, DEFAULT_V, DEFAULT_H), 12);
    expect(text('rbm-anatomy-total')).toBe(formatNumber(rbm.energy(DEFAULT_V, DEFAULT_H), 4));
    expect(text('rbm-anatomy-term-w2-3')).toContain(formatNumber(-p.W[2 * H + 3], 4));
    expect(text('rbm-anatomy-term-w2-3')).toContain('−v₃ W₃₄ h₄');
  });

  it('a visible unit switched by keyboard changes the drawing, the conditionals and the energy', () => {
    render();
    const drawing = screen.getByTestId('rbm-anatomy-graph').outerHTML;
    const unit = screen.getByTestId('rbm-anatomy-v1');
    expect(unit.getAttribute('data-param')).toBe('v1');
    expect(unit.getAttribute('data-value')).toBe('1');
    fireEvent.keyDown(unit, { key: 'Enter' });
    expect(screen.getByTestId('rbm-anatomy-v1').getAttribute('data-value')).toBe('0');
    expect(screen.getByTestId('rbm-anatomy-graph').outerHTML).not.toBe(drawing);
    const v = [0, 0, 1, 1, 0, 0];
    const p = paramsOf(SEED);
    for (let j = 0; j < H; j++)
      expect(text(`rbm-anatomy-h${j + 1}-p`)).toBe(formatNumber(bruteForce(p, 'hidden', v, j), 3));
    expect(text('rbm-anatomy-total')).toBe(formatNumber(energy(p, v, DEFAULT_H), 4));
  });

  it('a hidden unit switched by click changes P(v | h) and the energy, not P(h | v)', () => {
    render();
    const before = text('rbm-anatomy-h1-p');
    fireEvent.click(screen.getByTestId('rbm-anatomy-h2'));
    const h = [1, 1, 0, 1];
    const p = paramsOf(SEED);
    expect(text('rbm-anatomy-h1-p')).toBe(before);
    for (let i = 0; i < V; i++)
      expect(text(`rbm-anatomy-v${i + 1}-p`)).toBe(formatNumber(bruteForce(p, 'visible', h, i), 3));
    expect(text('rbm-anatomy-total')).toBe(formatNumber(energy(p, DEFAULT_V, h), 4));
  });

  it('restores the units from the URL, and says so when everything is off', () => {
    const off = ['v1', 'v3', 'v4', 'h1', 'h4'].map((name) => `rbm-anatomy.${name}=0`).join('&');
    render(`?rbm-anatomy.seed=${SEED}&${off}`);
    expect(screen.getByTestId('rbm-anatomy-v3').getAttribute('data-value')).toBe('0');
    expect(screen.getByTestId('rbm-anatomy-energy').textContent).toContain(RBM_ANATOMY_STRINGS.en.noTerms);
    expect(text('rbm-anatomy-total')).toBe('0');
  });

  it('answers an unusable URL value with a notice and the default', () => {
    const { container } = render('?rbm-anatomy.v2=maybe');
    expect(container.querySelector('.widget__notice')?.textContent).toMatch(/v2 = maybe/);
    expect(screen.getByTestId('rbm-anatomy-v2').getAttribute('data-value')).toBe('0');
  });

  it('speaks Chinese', () => {
    render(undefined, 'zh');
    const zh = RBM_ANATOMY_STRINGS.zh;
    expect(screen.getByText(zh.title)).toBeTruthy();
    expect(screen.getByText(zh.energyCaption)).toBeTruthy();
    expect(screen.getByTestId('rbm-anatomy-v1').getAttribute('aria-label')).toContain(zh.visibleName);
    expect(screen.getByTestId('rbm-anatomy-energy').textContent).toContain(zh.pairTerm('₁', '₁'));
  });
});
