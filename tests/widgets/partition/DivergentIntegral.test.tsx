import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { erf, logErfi } from '../../../src/core';
import { formatNumber } from '../../../src/widgets/common/lang';
import { formatLog10 } from '../../../src/widgets/common/plots';
import { DivergentIntegral } from '../../../src/widgets/partition/DivergentIntegral';
import { DIVERGENT_STRINGS } from '../../../src/widgets/partition/divergent/strings';
import { renderWidget } from '../renderWidget';

const en = DIVERGENT_STRINGS.en;
const render = (search = '', lang: 'en' | 'zh' = 'en') =>
  renderWidget(<DivergentIntegral />, { id: 'divergent', search, lang });
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';
const setBeta = (value: number) =>
  fireEvent.change(document.querySelector('input[data-param="beta"]') as HTMLElement, {
    target: { value: String(value) },
  });
/** The window slider is on a log scale: its input's value is log10 L. */
const setHalfWidth = (L: number) =>
  fireEvent.change(screen.getByLabelText(en.halfWidth), { target: { value: String(Math.log10(L)) } });

/** log10 ∫_{−L}^{L} e^{−βx²} dx in closed form (√(π/β) erf, 2L, √(π/|β|) erfi), written out here again. */
function closedLog10Area(beta: number, L: number): number {
  if (beta > 0) return Math.log10(Math.sqrt(Math.PI / beta) * erf(Math.sqrt(beta) * L));
  if (beta === 0) return Math.log10(2 * L);
  return (0.5 * Math.log(Math.PI / -beta) + logErfi(Math.sqrt(-beta) * L)) * Math.LOG10E;
}

describe('DivergentIntegral', () => {
  it('starts at β = 1, L = 5: the area is √π erf 5 and the verdict is Z = √π', () => {
    const { container } = render();
    expect(container.querySelector('figure[data-widget="divergent"]')).not.toBeNull();
    expect(text('divergent-area')).toBe(formatLog10(closedLog10Area(1, 5), 7));
    expect(text('divergent-area')).toBe('1.772454');
    expect(text('divergent-z')).toBe('1.772454');
    expect(screen.getByTestId('divergent-verdict').dataset.verdict).toBe('converges');
    expect(text('divergent-verdict')).toBe(en.converges('1.772454'));
    expect(screen.getByTestId('divergent-curve').getAttribute('d')).toMatch(/^M/);
    expect(screen.getByTestId('divergent-growth-limit')).toBeTruthy();
    expect(screen.queryByTestId('divergent-offscale')).toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('dragging β through 0 flips the verdict: converges, then 2L at β = 0, then grows without bound', () => {
    render('?divergent.halfWidth=5');
    for (const beta of [0.5, 0.05]) {
      setBeta(beta);
      expect(screen.getByTestId('divergent-verdict').dataset.verdict).toBe('converges');
      expect(text('divergent-z')).toBe(formatLog10(Math.log10(Math.sqrt(Math.PI / beta)), 7));
    }
    setBeta(0);
    expect(screen.getByTestId('divergent-verdict').dataset.verdict).toBe('diverges');
    expect(text('divergent-verdict')).toBe(en.flat('10'));
    expect(text('divergent-area')).toBe('10');
    expect(text('divergent-z')).toBe(en.noLimit);
    expect(screen.queryByTestId('divergent-growth-limit')).toBeNull();
    setBeta(-0.05);
    expect(screen.getByTestId('divergent-verdict').dataset.verdict).toBe('diverges');
    expect(text('divergent-verdict')).toContain('Grows without bound: Z does not exist');
    expect(text('divergent-area')).toBe(formatLog10(closedLog10Area(-0.05, 5), 7));
  });

  it('β < 0: areas beyond doubles read as powers of ten (never ∞), matching √(π/|β|) erfi(√|β| L)', () => {
    render('?divergent.beta=-1');
    setHalfWidth(100);
    const exact = closedLog10Area(-1, 100);
    expect(exact).toBeGreaterThan(4340);
    expect(text('divergent-area')).toBe(formatLog10(exact, 7));
    expect(text('divergent-area')).toMatch(/^8\.\d+ × 10⁴³⁴⁰$/);
    // The largest φ in the window is φ(±L) = e^{10⁴} = 10^{4342.9…}; the plot says where φ leaves it.
    expect(text('divergent-peak')).toBe(formatLog10(1e4 * Math.LOG10E, 4));
    expect(text('divergent-offscale')).toContain(formatNumber(Math.sqrt(Math.log(2.5)), 3));
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('for β > 0 the share of Z inside the window is erf(√β L), and it tends to 100 %', () => {
    render('?divergent.beta=0.5&divergent.halfWidth=1');
    expect(Number(text('divergent-share').replace(' %', ''))).toBeCloseTo(100 * erf(Math.sqrt(0.5)), 4);
    setHalfWidth(10);
    expect(text('divergent-share')).toBe('100 %');
  });

  it('the main control (the registry contract), β, carries data-param and redraws the curve', () => {
    render();
    const beta = screen.getByLabelText(en.beta);
    expect(beta.getAttribute('data-param')).toBe('beta');
    expect(beta.getAttribute('step')).toBe('0.05');
    const curve = screen.getByTestId('divergent-curve').getAttribute('d');
    const growth = screen.getByTestId('divergent-growth-line').getAttribute('d');
    setBeta(-0.5);
    expect(screen.getByTestId('divergent-curve').getAttribute('d')).not.toBe(curve);
    expect(screen.getByTestId('divergent-growth-line').getAttribute('d')).not.toBe(growth);
  });

  it('a slider value a hair off the grid counts as the grid value (β = 0 is exactly 0)', () => {
    render();
    setBeta(1e-17);
    expect(screen.getByTestId('divergent-verdict').dataset.verdict).toBe('diverges');
    expect(screen.getByLabelText(en.beta).getAttribute('aria-valuetext')).toBe('0');
  });

  it('a shared URL restores β and L, and the same numbers', () => {
    const first = render('?divergent.beta=-0.3&divergent.halfWidth=20');
    expect(screen.getByLabelText(en.beta).getAttribute('aria-valuetext')).toBe('-0.3');
    expect(screen.getByLabelText(en.halfWidth).getAttribute('aria-valuetext')).toBe('20');
    const area = text('divergent-area');
    expect(area).toBe(formatLog10(closedLog10Area(-0.3, 20), 7));
    first.unmount();
    render('?divergent.beta=-0.3&divergent.halfWidth=20');
    expect(text('divergent-area')).toBe(area);
  });

  it('bad URL values give notices and usable values', () => {
    const { container } = render('?divergent.beta=abc&divergent.halfWidth=1000');
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/beta = abc/);
    expect(notice.textContent).toMatch(/halfWidth = 1000/);
    expect(screen.getByLabelText(en.beta).getAttribute('aria-valuetext')).toBe('1');
    expect(screen.getByLabelText(en.halfWidth).getAttribute('aria-valuetext')).toBe('100');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('speaks Chinese on the Chinese pages', () => {
    render('?divergent.beta=0', 'zh');
    const zh = DIVERGENT_STRINGS.zh;
    expect(screen.getByText(zh.title)).toBeTruthy();
    expect(screen.getByLabelText(zh.beta)).toBeTruthy();
    expect(text('divergent-verdict')).toBe(zh.flat('10'));
    expect(text('divergent-z')).toBe(zh.noLimit);
  });
});
