import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/widgets/common/lang';
import { DomainDecides } from '../../../src/widgets/partition/DomainDecides';
import { DOMAIN_STRINGS, DOMAIN_SYMBOLS } from '../../../src/widgets/partition/domain/strings';
import { renderWidget } from '../renderWidget';

const en = DOMAIN_STRINGS.en;
const render = (search = '', lang: 'en' | 'zh' = 'en') =>
  renderWidget(<DomainDecides />, { id: 'domain', search, lang });
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';
const choose = (domain: keyof typeof DOMAIN_SYMBOLS) =>
  fireEvent.click(screen.getByRole('radio', { name: DOMAIN_SYMBOLS[domain] }));
const setField = (i: number, value: number) =>
  fireEvent.change(screen.getByLabelText(en.field(i)), { target: { value: String(value) } });
const closedZ = () => text('domain-closed-z');
/** The formula as typed (KaTeX replaces it once loaded; the fallback is the same formula in plain symbols). */
const formulaText = () => {
  const fallback = screen.getByTestId('domain-closed-formula').querySelector('.tex__fallback');
  return fallback
    ? fallback.textContent
    : (screen.getByTestId('domain-closed-formula').querySelector('annotation')?.textContent ?? '');
};

/** Closed forms written out again here, one factor per coefficient. */
const FACTOR = {
  binary: (b: number) => 1 + Math.exp(b),
  spin: (b: number) => Math.exp(b) + Math.exp(-b),
  unit: (b: number) => (b === 0 ? 1 : (Math.exp(b) - 1) / b),
};
/** Brute force over the 8 states, independent of the widget and the core. */
function listedZ(b: number[], values: [number, number]): number {
  let z = 0;
  for (const x1 of values)
    for (const x2 of values) for (const x3 of values) z += Math.exp(b[0] * x1 + b[1] * x2 + b[2] * x3);
  return z;
}

describe('DomainDecides', () => {
  it('starts on {0,1}³ with b = (1, −0.5, 0): Z = ∏ (1 + e^{b_i}) beside the sum over the 8 listed states', () => {
    const { container } = render();
    expect(container.querySelector('figure[data-widget="domain"]')).not.toBeNull();
    const z = listedZ([1, -0.5, 0], [0, 1]);
    expect(z).toBeCloseTo(FACTOR.binary(1) * FACTOR.binary(-0.5) * 2, 12);
    expect(formulaText()).toBe(`Z = ∏ (1 + e^{b_i}) = 3.7183 × 1.6065 × 2 = ${formatNumber(z, 8)}`);
    expect(closedZ()).toBe(formatNumber(z, 8));
    expect(text('domain-independent-z')).toBe(formatNumber(z, 8));
    expect(text('domain-listed-z')).toBe(formatNumber(z, 8));
    expect(within(screen.getByTestId('domain-states')).getAllByRole('row')).toHaveLength(1 + 8 + 1);
    expect(Number(text('domain-difference'))).toBeLessThan(1e-14);
    // The bars' labels are P(x₁ = 0), P(x₁ = 1) summed from the list; the readout is σ(b₁) in closed form.
    const sigma = 1 / (1 + Math.exp(-1));
    expect(text('domain-first')).toBe(formatNumber(sigma, 6));
    expect(text('domain-plot')).toContain(formatNumber(sigma, 4));
    expect(text('domain-plot')).toContain(formatNumber(1 - sigma, 4));
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('closed form and independent Z agree to every digit shown, on every finite domain, for many b', () => {
    render();
    const grid = [-3, -1.7, -0.1, 0, 0.1, 0.6, 2.2, 3];
    for (const domain of ['binary', 'spin', 'unit'] as const) {
      choose(domain);
      for (let k = 0; k < grid.length; k++) {
        const b = [grid[k], grid[(k + 3) % grid.length], grid[(k + 5) % grid.length]];
        for (const [i, v] of b.entries()) setField(i + 1, v);
        const exact = b.reduce((p, v) => p * FACTOR[domain](v), 1);
        expect(closedZ(), `${domain} ${b}`).toBe(formatNumber(exact, 8));
        const independent = text('domain-independent-z');
        expect(independent, `${domain} ${b}`).toBe(closedZ());
        expect(domain === 'unit' ? text('domain-quadrature-z') : text('domain-listed-z')).toBe(independent);
        expect(Number(text('domain-difference'))).toBeLessThan(1e-12);
        if (domain !== 'unit') {
          const values: [number, number] = domain === 'binary' ? [0, 1] : [-1, 1];
          expect(Number(independent)).toBeCloseTo(listedZ(b, values), 4);
        }
      }
    }
  });

  it('[0,1]³ with b = 0: Z = 1 (the b → 0 limit), a flat density of height 1', () => {
    render('?domain.domain=unit&domain.b1=0&domain.b2=0&domain.b3=0');
    expect(formulaText()).toBe('Z = ∏ (e^{b_i} − 1)/b_i = 1 × 1 × 1 = 1');
    expect(closedZ()).toBe('1');
    expect(text('domain-quadrature-z')).toBe('1');
    expect(text('domain-first')).toBe('1');
    // A constant density: every point of the path at the same height.
    const d = screen.getByTestId('domain-density').getAttribute('d') ?? '';
    const heights = new Set([...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => m[1]));
    expect(heights.size).toBe(1);
    setField(1, 0.1);
    expect(text('domain-first')).toBe(formatNumber(Math.expm1(0.1) / 0.1, 6));
  });

  it('ℝ³: no distribution for any b, with the side that diverges named, and no density drawn', () => {
    render('?domain.domain=real');
    const verdict = screen.getByTestId('domain-verdict');
    expect(verdict.dataset.verdict).toBe('divergent');
    expect(verdict.textContent).toContain(en.noDistribution);
    expect(verdict.textContent).toContain(en.side(1, '1', 'plus'));
    expect(verdict.textContent).toContain(en.side(2, '-0.5', 'minus'));
    expect(verdict.textContent).toContain(en.side(3, '0', 'both'));
    expect(formulaText()).toBe('Z = ∏ ∫_{−∞}^{∞} e^{b_i x_i} dx_i = ∞');
    expect(screen.queryByTestId('domain-closed-z')).toBeNull();
    expect(screen.queryByTestId('domain-density')).toBeNull();
    expect(screen.queryByTestId('domain-bars')).toBeNull();
    expect(screen.queryByTestId('domain-first')).toBeNull();
    expect(text('domain-no-distribution')).toBe(en.notADistribution);
    for (const b of [-3, -0.1, 0, 0.1, 3]) {
      setField(1, b);
      expect(screen.getByTestId('domain-verdict').dataset.verdict).toBe('divergent');
      expect(text('domain-verdict')).toContain(
        en.side(1, formatNumber(b, 3), b > 0 ? 'plus' : b < 0 ? 'minus' : 'both'),
      );
    }
  });

  it('the main control (the registry contract), the domain, is a radio group with data-param and redraws the plot', () => {
    const { container } = render();
    expect(container.querySelector('fieldset[data-param="domain"]')).toBeTruthy();
    let drawing = screen.getByTestId('domain-plot').innerHTML;
    for (const domain of ['spin', 'unit', 'real', 'binary'] as const) {
      choose(domain);
      const next = screen.getByTestId('domain-plot').innerHTML;
      expect(next, domain).not.toBe(drawing);
      drawing = next;
    }
  });

  it('a shared URL restores the domain and the coefficients', () => {
    render('?domain.domain=spin&domain.b1=2.5&domain.b2=-1&domain.b3=0.3');
    expect((screen.getByRole('radio', { name: DOMAIN_SYMBOLS.spin }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText(en.field(1)).getAttribute('aria-valuetext')).toBe('2.5');
    expect(text('domain-first')).toBe(formatNumber(Math.tanh(2.5), 6));
    expect(closedZ()).toBe(formatNumber(listedZ([2.5, -1, 0.3], [-1, 1]), 8));
  });

  it('bad URL values give notices and defaults', () => {
    const { container } = render('?domain.domain=moon&domain.b1=9&domain.b2=x');
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/domain = moon/);
    expect(notice.textContent).toMatch(/b1 = 9/);
    expect(notice.textContent).toMatch(/b2 = x/);
    expect((screen.getByRole('radio', { name: DOMAIN_SYMBOLS.binary }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.getByLabelText(en.field(1)).getAttribute('aria-valuetext')).toBe('3');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('speaks Chinese on the Chinese pages', () => {
    render('?domain.domain=real', 'zh');
    const zh = DOMAIN_STRINGS.zh;
    expect(screen.getByText(zh.title)).toBeTruthy();
    expect(screen.getByLabelText(zh.field(2))).toBeTruthy();
    expect(text('domain-verdict')).toContain(zh.noDistribution);
    expect(text('domain-verdict')).toContain(zh.side(3, '0', 'both'));
  });
});
