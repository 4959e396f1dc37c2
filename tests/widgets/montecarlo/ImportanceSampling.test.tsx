import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { normalCdf } from '../../../src/core';
import { ImportanceSampling } from '../../../src/widgets/montecarlo/ImportanceSampling';
import { IMPORTANCE_STRINGS } from '../../../src/widgets/montecarlo/importance/strings';
import { renderWidget } from '../renderWidget';

const value = (testId: string) => Number(screen.getByTestId(testId).getAttribute('data-value'));
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';
const setSlider = (label: string, v: number) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value: String(v) } });

describe('ImportanceSampling', () => {
  it('estimates E[X²] = 1 under N(0, 1) within 4 SE, with N_eff near its theoretical 1/E_q[w²]', () => {
    renderWidget(<ImportanceSampling />);
    expect(text('importance-exact')).toBe('1');
    const estimate = value('importance-estimate');
    const se = Number(text('importance-estimate').split('±')[1]);
    expect(se).toBeGreaterThan(0);
    expect(Math.abs(estimate - 1)).toBeLessThan(4 * se);
    // σ = 1.5: E_q[w²] = σ²/√(2σ² − 1) = 2.25/√3.5, so N_eff/N → 0.8315
    expect(text('importance-ess-theory')).toBe('0.831');
    expect(Math.abs(value('importance-ess-fraction') - 0.8315)).toBeLessThan(0.05);
    expect(screen.queryByTestId('importance-warning')).toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('q = p gives N_eff = N; a narrower proposal lowers N_eff; a light-tailed one collapses it, in words', () => {
    // At a fixed seed (2): how far N_eff falls for σ < 1/√2 varies from run to run — that is the point.
    renderWidget(<ImportanceSampling />, { search: '?importance.seed=2' });
    setSlider(IMPORTANCE_STRINGS.en.width, 1);
    expect(value('importance-ess')).toBeCloseTo(1000, 6); // every weight is exactly 1
    setSlider(IMPORTANCE_STRINGS.en.width, 0.6);
    const narrower = value('importance-ess');
    expect(narrower).toBeLessThan(1000 * 0.8);
    setSlider(IMPORTANCE_STRINGS.en.width, 0.3);
    expect(value('importance-ess')).toBeLessThan(narrower);
    expect(value('importance-ess-fraction')).toBeLessThan(0.05);
    expect(text('importance-warning')).toMatch(/Effective sample size collapsed/);
    expect(text('importance-ess-theory')).toMatch(/E_q\[w²\] = ∞/);
  });

  it('the tail probability P(X > 2) has its exact value Φ(−2), and an off-centre proposal finds it', () => {
    renderWidget(<ImportanceSampling />, { search: '?importance.f=tail' });
    expect(value('importance-exact')).toBeCloseTo(normalCdf(-2), 12);
    setSlider(IMPORTANCE_STRINGS.en.centre, 2.5);
    setSlider(IMPORTANCE_STRINGS.en.width, 1);
    const se = Number(text('importance-estimate').split('±')[1]);
    expect(Math.abs(value('importance-estimate') - normalCdf(-2))).toBeLessThan(4 * se);
  });

  it('the main control (the registry contract), centre μ, carries data-param and moves the proposal q', () => {
    const { container } = renderWidget(<ImportanceSampling />);
    const slider = container.querySelector('input[data-param="centre"]');
    expect(slider).toBe(screen.getByLabelText(IMPORTANCE_STRINGS.en.centre));
    const q = screen.getByTestId('importance-q').getAttribute('d');
    setSlider(IMPORTANCE_STRINGS.en.centre, 1.5);
    expect(screen.getByTestId('importance-q').getAttribute('d')).not.toBe(q);
  });

  it('a typed target uses quadrature for the exact value and shows the formula’s density', () => {
    renderWidget(<ImportanceSampling />, { search: '?importance.target=formula' });
    const before = screen.getByTestId('importance-p').getAttribute('d');
    fireEvent.change(screen.getByLabelText(IMPORTANCE_STRINGS.en.formulaLabel), {
      target: { value: 'exp(-(x-1)^2/2)' },
    });
    expect(screen.getByTestId('importance-p').getAttribute('d')).not.toBe(before);
    // E[X²] for N(1, 1) is 2; truncating it to [−6, 6] (5σ above the mean) changes that by ~1e-5
    expect(value('importance-exact')).toBeCloseTo(2, 4);
    expect(text('importance-exact')).toMatch(/numerical/);
    expect(screen.queryByTestId('importance-ess-theory')).toBeNull();
    fireEvent.change(screen.getByLabelText(IMPORTANCE_STRINGS.en.formulaLabel), {
      target: { value: 'evaluate("1")' },
    });
    expect(screen.getByRole('alert').textContent).toMatch(/Unknown function “evaluate”/);
    expect(value('importance-exact')).toBeCloseTo(2, 4); // the last valid target stays
  });

  it('a proposal far from a typed target gets no weight and the widget says so, without NaN', () => {
    renderWidget(<ImportanceSampling />, {
      search: `?importance.target=formula&importance.formula=${encodeURIComponent('exp(-(x+5)^2*20)')}&importance.centre=4&importance.width=0.2`,
    });
    expect(text('importance-warning')).toMatch(/Every weight is 0/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('bad URL values are reported; parameters are written back to the URL', async () => {
    const first = renderWidget(<ImportanceSampling />, { search: '?importance.width=0&importance.f=sin' });
    expect(first.container.querySelector('.widget__notice')?.textContent).toMatch(/width = 0/);
    expect(first.container.querySelector('.widget__notice')?.textContent).toMatch(/f = sin/);
    first.unmount();
    vi.useFakeTimers();
    const { router } = renderWidget(<ImportanceSampling />);
    setSlider(IMPORTANCE_STRINGS.en.centre, 1.5);
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    vi.useRealTimers();
    expect(new URLSearchParams(router.state.location.search).get('importance.centre')).toBe('1.5');
  });

  it('the same seed gives the same estimate; another seed another one', () => {
    const a = renderWidget(<ImportanceSampling />, { search: '?importance.seed=4' });
    const first = text('importance-estimate');
    a.unmount();
    renderWidget(<ImportanceSampling />, { search: '?importance.seed=4' });
    expect(text('importance-estimate')).toBe(first);
    fireEvent.change(screen.getByLabelText('Seed'), { target: { value: '5' } });
    fireEvent.blur(screen.getByLabelText('Seed'));
    expect(text('importance-estimate')).not.toBe(first);
  });

  it('speaks Chinese on the Chinese pages', () => {
    renderWidget(<ImportanceSampling />, { lang: 'zh' });
    expect(screen.getByText(IMPORTANCE_STRINGS.zh.title)).toBeTruthy();
    expect(screen.getByLabelText(IMPORTANCE_STRINGS.zh.width)).toBeTruthy();
  });
});
