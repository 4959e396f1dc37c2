import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IntegralEstimator } from '../../../src/widgets/montecarlo/IntegralEstimator';
import { INTEGRAL_STRINGS } from '../../../src/widgets/montecarlo/integralEstimator/strings';
import { renderWidget } from '../renderWidget';

const read = (testId: string) => Number(screen.getByTestId(testId).textContent?.replace(/,/g, ''));
/** The number after "=" in the exact readout, e.g. "½√π · erf 2 = 0.8820813908". */
const exactShown = () => Number(screen.getByTestId('integral-exact').textContent?.split('=').pop());

/** Closed forms, written out again here rather than imported: erf(2) from Abramowitz & Stegun table 7.1. */
const ERF2 = 0.9953222650189527;
const CLOSED = {
  gauss: { label: /exp\(−x²\)/, exact: (Math.sqrt(Math.PI) / 2) * ERF2, formula: '½√π · erf 2' },
  sine: { label: /sin x/, exact: 2, formula: '2' },
  peak: { label: /1\/\(1 \+ 100/, exact: Math.atan(5) / 5, formula: '⅕ arctan 5' },
  square: { label: /x² on/, exact: 1 / 3, formula: '⅓' },
};
/** σ² = (b − a)∫f² − I² with ∫f² in closed form: √(π/8) erf(2√2) (erf(2√2) = 0.99993666…), π/2, (5/26 + atan 5)/10, 1/5. */
const SIGMA = {
  gauss: Math.sqrt(2 * Math.sqrt(Math.PI / 8) * 0.9999366575163338 - CLOSED.gauss.exact ** 2),
  sine: Math.sqrt(Math.PI * (Math.PI / 2) - 4),
  peak: Math.sqrt((5 / 26 + Math.atan(5)) / 10 - CLOSED.peak.exact ** 2),
  square: Math.sqrt(1 / 5 - 1 / 9),
};

describe('IntegralEstimator', () => {
  it('renders the integrand, the sticks, the repeated runs and readouts', () => {
    const { container } = renderWidget(<IntegralEstimator />);
    expect(container.querySelector('figure[data-widget="integral"]')).not.toBeNull();
    expect(screen.getByTestId('integral-curve').getAttribute('d')).toMatch(/^M/);
    // 200 sticks (N = 1000 > 200): one "M…V…" per stick.
    expect(screen.getByTestId('integral-sticks').getAttribute('d')?.match(/M/g)).toHaveLength(200);
    expect(screen.getByTestId('integral-covered').textContent).toMatch(/of 40$/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  for (const [id, closed] of Object.entries(CLOSED) as [keyof typeof CLOSED, (typeof CLOSED)['gauss']][]) {
    it(`${id}: exact value and σ match the closed forms; the estimate is within 4 SE and SE ≈ σ/√N`, () => {
      renderWidget(<IntegralEstimator />, { search: '?integral.n=10000' });
      fireEvent.click(screen.getByRole('radio', { name: closed.label }));
      expect(screen.getByTestId('integral-exact').textContent).toContain(closed.formula);
      expect(Math.abs(exactShown() - closed.exact)).toBeLessThan(1e-10);
      expect(Math.abs(read('integral-sigma') - SIGMA[id])).toBeLessThan(1e-4);
      const se = read('integral-se');
      expect(Math.abs(read('integral-estimate') - closed.exact)).toBeLessThan(4 * se);
      expect(se / (SIGMA[id] / Math.sqrt(10000))).toBeGreaterThan(0.95);
      expect(se / (SIGMA[id] / Math.sqrt(10000))).toBeLessThan(1.05);
      // |error| / SE as shown is the ratio of the numbers shown (to their rounding).
      expect(read('integral-error-se')).toBeCloseTo(
        Math.abs(read('integral-estimate') - closed.exact) / se,
        0,
      );
    });
  }

  it('the note names the integrands with the largest σ and largest σ/I, with their closed-form values', () => {
    renderWidget(<IntegralEstimator />);
    const note = screen.getByTestId('integral-note').textContent ?? '';
    expect(note).toContain(`sin x (σ ≈ ${SIGMA.sine.toPrecision(3)})`);
    expect(note).toContain(`σ ≈ ${(SIGMA.peak / CLOSED.peak.exact).toPrecision(3)} × the integral`);
    expect(Math.max(...Object.values(SIGMA))).toBe(SIGMA.sine);
  });

  it('more samples: the SE shrinks about like 1/√N and the sticks move', () => {
    renderWidget(<IntegralEstimator />);
    const se1000 = read('integral-se');
    const sticks = screen.getByTestId('integral-sticks').getAttribute('d');
    fireEvent.change(screen.getByLabelText(INTEGRAL_STRINGS.en.n), { target: { value: '2' } });
    const se100 = read('integral-se');
    expect(se100 / se1000).toBeGreaterThan(2.5);
    expect(se100 / se1000).toBeLessThan(4);
    expect(screen.getByTestId('integral-sticks').getAttribute('d')).not.toBe(sticks);
  });

  it('the main control (the registry contract), N, carries data-param and redraws the repeated runs', () => {
    const { container } = renderWidget(<IntegralEstimator />);
    expect(container.querySelector('input[data-param="n"]')).toBe(
      screen.getByLabelText(INTEGRAL_STRINGS.en.n),
    );
    const repeats = screen.getByTestId('integral-repeats').innerHTML;
    fireEvent.change(screen.getByLabelText(INTEGRAL_STRINGS.en.n), { target: { value: '2' } });
    expect(screen.getByTestId('integral-repeats').innerHTML).not.toBe(repeats);
  });

  it('a shared URL restores integrand, N and seed, and the same estimate', () => {
    const first = renderWidget(<IntegralEstimator />, {
      search: '?integral.f=peak&integral.n=5000&integral.seed=3',
    });
    expect((screen.getByRole('radio', { name: CLOSED.peak.label }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText(INTEGRAL_STRINGS.en.n).getAttribute('aria-valuetext')).toBe('5,000');
    const estimate = screen.getByTestId('integral-estimate').textContent;
    first.unmount();
    renderWidget(<IntegralEstimator />, { search: '?integral.f=peak&integral.n=5000&integral.seed=3' });
    expect(screen.getByTestId('integral-estimate').textContent).toBe(estimate);
    fireEvent.change(screen.getByLabelText('Seed'), { target: { value: '4' } });
    fireEvent.blur(screen.getByLabelText('Seed'));
    expect(screen.getByTestId('integral-estimate').textContent).not.toBe(estimate);
  });

  it('bad URL values give notices and defaults', () => {
    const { container } = renderWidget(<IntegralEstimator />, { search: '?integral.f=banana&integral.n=-3' });
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/f = banana/);
    expect(notice.textContent).toMatch(/n = -3/);
    expect((screen.getByRole('radio', { name: CLOSED.gauss.label }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText(INTEGRAL_STRINGS.en.n).getAttribute('aria-valuetext')).toBe('10');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('reset clears the repeated runs; Step adds one at a time', () => {
    const { container } = renderWidget(<IntegralEstimator />);
    const figure = container.querySelector('figure') as HTMLElement;
    fireEvent.keyDown(figure, { key: 'r' });
    expect(screen.getByTestId('integral-covered').textContent).toBe('0 of 0');
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(screen.getByTestId('integral-covered').textContent).toMatch(/^[01] of 1$/);
    fireEvent.keyDown(figure, { key: 'ArrowRight' });
    expect(screen.getByTestId('integral-covered').textContent).toMatch(/^[012] of 2$/);
  });

  it('speaks Chinese on the Chinese pages', () => {
    renderWidget(<IntegralEstimator />, { lang: 'zh' });
    expect(screen.getByText(INTEGRAL_STRINGS.zh.title)).toBeTruthy();
    expect(screen.getByLabelText(INTEGRAL_STRINGS.zh.n)).toBeTruthy();
    expect(screen.getByTestId('integral-covered').textContent).toMatch(/^40 次中 \d+ 次$/);
  });
});
