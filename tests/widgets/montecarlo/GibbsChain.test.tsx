import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FRAME_STRINGS } from '../../../src/widgets/common/frame/frameStrings';
import { GibbsChain } from '../../../src/widgets/montecarlo/GibbsChain';
import { GIBBS_STRINGS } from '../../../src/widgets/montecarlo/gibbs/strings';
import { stubAnimationFrames } from '../animationFrames';
import { renderWidget } from '../renderWidget';

const value = (testId: string) => Number(screen.getByTestId(testId).getAttribute('data-value'));
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';
const setRho = (rho: number) =>
  fireEvent.change(screen.getByLabelText(GIBBS_STRINGS.en.rho), { target: { value: String(rho) } });

describe('GibbsChain', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('renders ellipses, trace and autocorrelation with the exact ρ^{2k}; numbers are consistent', () => {
    const { container } = renderWidget(<GibbsChain />);
    expect(container.querySelector('figure[data-widget="gibbs"]')).not.toBeNull();
    expect(text('gibbs-shown')).toBe('2000');
    expect(text('gibbs-tau-theory')).toBe('9.53'); // (1 + 0.81)/(1 − 0.81) = 9.526
    expect(text('gibbs-step-sd')).toBe('0.436'); // √(1 − 0.81)
    expect(screen.getByTestId('gibbs-ellipse-1').getAttribute('d')).toMatch(/^M/);
    expect(screen.getByTestId('gibbs-acf-theory').getAttribute('d')).toMatch(/^M/);
    // The estimated ESS is close to N/τ (the estimator itself scatters by ~20 % at N = 2000, τ ≈ 9.5).
    const ess = value('gibbs-ess');
    const theory = value('gibbs-ess-theory');
    expect(theory).toBeCloseTo(2001 / (1.81 / 0.19), 6);
    expect(ess / theory).toBeGreaterThan(0.6);
    expect(ess / theory).toBeLessThan(1.6);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('raising ρ shrinks the steps, flattens the ellipse and lowers the ESS', () => {
    renderWidget(<GibbsChain />, { search: '?gibbs.sweeps=2000' });
    setRho(0);
    const essIndependent = value('gibbs-ess');
    const ellipse0 = screen.getByTestId('gibbs-ellipse-1').getAttribute('d');
    expect(text('gibbs-tau-theory')).toBe('1');
    setRho(0.99);
    expect(text('gibbs-step-sd')).toBe('0.141');
    expect(text('gibbs-tau-theory')).toBe('99.5');
    expect(screen.getByTestId('gibbs-ellipse-1').getAttribute('d')).not.toBe(ellipse0);
    expect(value('gibbs-ess')).toBeLessThan(essIndependent / 10);
  });

  it('R resets and → steps the staircase; the URL reproduces the run', async () => {
    vi.useFakeTimers();
    const { container, router, unmount } = renderWidget(<GibbsChain />, { search: '?gibbs.seed=12' });
    const figure = container.querySelector('figure') as HTMLElement;
    fireEvent.keyDown(figure, { key: 'r' });
    expect(text('gibbs-shown')).toBe('0');
    fireEvent.keyDown(figure, { key: 'ArrowRight' });
    fireEvent.keyDown(figure, { key: 'ArrowRight' });
    expect(Number(text('gibbs-shown'))).toBeGreaterThan(0);
    setRho(0.5);
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    vi.useRealTimers();
    const ess = text('gibbs-ess');
    const search = router.state.location.search;
    expect(new URLSearchParams(search).get('gibbs.rho')).toBe('0.5');
    unmount();
    renderWidget(<GibbsChain />, { search });
    expect(text('gibbs-ess')).toBe(ess);
  });

  it('out-of-range URL values are clamped with a notice', () => {
    const { container } = renderWidget(<GibbsChain />, { search: '?gibbs.rho=1&gibbs.sweeps=1e6' });
    const notice = container.querySelector('.widget__notice')?.textContent ?? '';
    expect(notice).toMatch(/rho = 1/);
    expect(notice).toMatch(/sweeps = 1e6/);
    expect(text('gibbs-shown')).toBe('5000');
    expect(text('gibbs-tau-theory')).toBe('99.5');
  });

  it('Play replays the staircase move by move and stops at the end; Play again replays it', async () => {
    const frames = stubAnimationFrames();
    renderWidget(<GibbsChain />, { search: '?gibbs.sweeps=50' });
    const play = () => fireEvent.click(screen.getByRole('button', { name: FRAME_STRINGS.en.play }));
    expect(text('gibbs-shown')).toBe('50');
    play();
    expect(text('gibbs-shown')).toBe('0');
    await frames.run(10);
    expect(Number(text('gibbs-shown'))).toBeGreaterThan(0);
    expect(Number(text('gibbs-shown'))).toBeLessThan(50);
    await frames.run(120);
    expect(text('gibbs-shown')).toBe('50');
    // Stopped at the end: the button offers Play again, and further frames change nothing.
    expect(screen.getByRole('button', { name: FRAME_STRINGS.en.play })).toBeTruthy();
    await frames.run(5);
    expect(text('gibbs-shown')).toBe('50');
    play();
    expect(text('gibbs-shown')).toBe('0');
  });

  it('speaks Chinese on the Chinese pages', () => {
    renderWidget(<GibbsChain />, { lang: 'zh' });
    expect(screen.getByText(GIBBS_STRINGS.zh.title)).toBeTruthy();
    expect(screen.getByLabelText(GIBBS_STRINGS.zh.rho)).toBeTruthy();
  });
});
