import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/widgets/common/lang';
import { FreeEnergy } from '../../../src/widgets/energy/FreeEnergy';
import { FREE_ENERGY_STRINGS } from '../../../src/widgets/energy/freeEnergy/strings';
import { renderWidget } from '../renderWidget';

const en = FREE_ENERGY_STRINGS.en;
const render = (search = '', lang: 'en' | 'zh' = 'en') =>
  renderWidget(<FreeEnergy />, { id: 'free-energy', search, lang });
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';
const set = (param: string, value: number) =>
  fireEvent.change(document.querySelector(`input[data-param="${param}"]`) as HTMLElement, {
    target: { value: String(value) },
  });
/** Z = √(2π) Σ e^{−a}, written out again here. */
const closedZ = (a: number[]) => Math.sqrt(2 * Math.PI) * a.reduce((s, v) => s + Math.exp(-v), 0);

describe('FreeEnergy', () => {
  it('starts at a = (0, 1, 2): both Z readouts equal √(2π)(1 + e⁻¹ + e⁻²), P(h) and P(h | x₀) sum to 1', () => {
    render();
    expect(text('free-energy-z-closed')).toBe(formatNumber(closedZ([0, 1, 2]), 10));
    expect(text('free-energy-z-quadrature')).toBe(text('free-energy-z-closed'));
    const posterior = [0, 1, 2].map((h) => Number(text(`free-energy-posterior-${h}`)));
    expect(posterior.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 2);
    // Bayes at x₀ = 0.7, written out
    const joint = [-2, 0, 2].map((mu, h) => Math.exp(-((0.7 - mu) ** 2) / 2 - h));
    const total = joint.reduce((s, v) => s + v, 0);
    for (let h = 0; h < 3; h++) expect(posterior[h]).toBeCloseTo(joint[h] / total, 3);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('the main control a₀ reshapes the curves and the marginal, and the Z readouts still agree', () => {
    render();
    const curves = screen.getByTestId('free-energy-curves').outerHTML;
    const marginal = screen.getByTestId('free-energy-marginal-line').getAttribute('d');
    set('a0', 2.5);
    expect(screen.getByTestId('free-energy-curves').outerHTML).not.toBe(curves);
    expect(screen.getByTestId('free-energy-marginal-line').getAttribute('d')).not.toBe(marginal);
    expect(text('free-energy-z-closed')).toBe(formatNumber(closedZ([2.5, 1, 2]), 10));
    expect(text('free-energy-z-quadrature')).toBe(text('free-energy-z-closed'));
  });

  it('moving the probe changes P(h | x₀): far left, h = 0 is almost certain', () => {
    render();
    set('probe', -5);
    expect(Number(text('free-energy-posterior-0'))).toBeGreaterThan(0.99);
  });

  it('URL state restores and bad values give notices', () => {
    const first = render('?free-energy.a1=-2&free-energy.probe=2');
    expect(text('free-energy-z-closed')).toBe(formatNumber(closedZ([0, -2, 2]), 10));
    first.unmount();
    render('?free-energy.a0=abc&free-energy.a2=99');
    const notice = document.querySelector('.widget__notice')?.textContent ?? '';
    expect(notice).toMatch(/a0 = abc/);
    expect(notice).toMatch(/a2 = 99/);
    expect(text('free-energy-z-closed')).toBe(formatNumber(closedZ([0, 1, 3]), 10));
  });

  it('speaks Chinese', () => {
    render('', 'zh');
    expect(screen.getByLabelText(FREE_ENERGY_STRINGS.zh.probe)).toBeTruthy();
    expect(screen.getByText(FREE_ENERGY_STRINGS.zh.zClosed)).toBeTruthy();
    expect(en.probe).not.toBe(FREE_ENERGY_STRINGS.zh.probe);
  });
});
