import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FRAME_STRINGS } from '../../../src/widgets/common/frame/frameStrings';
import { MetropolisChain } from '../../../src/widgets/montecarlo/MetropolisChain';
import { METROPOLIS_STRINGS } from '../../../src/widgets/montecarlo/metropolis/strings';
import { stubAnimationFrames } from '../animationFrames';
import { renderWidget } from '../renderWidget';

const value = (testId: string) => Number(screen.getByTestId(testId).getAttribute('data-value'));
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';
/** The scale slider works on log10 σ. */
const setScale = (sigma: number) =>
  fireEvent.change(screen.getByLabelText(METROPOLIS_STRINGS.en.scale), {
    target: { value: String(Math.log10(sigma)) },
  });

describe('MetropolisChain', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('renders the map with contours, the trace, the autocorrelation and sensible numbers', () => {
    const { container } = renderWidget(<MetropolisChain />);
    expect(container.querySelector('figure[data-widget="metropolis"]')).not.toBeNull();
    expect(text('metropolis-shown')).toBe('2000');
    expect(screen.getByTestId('metropolis-map-contours').querySelectorAll('path').length).toBe(4);
    const acceptance = value('metropolis-acceptance');
    expect(acceptance).toBeGreaterThan(0.2);
    expect(acceptance).toBeLessThan(0.6);
    const ess = value('metropolis-ess');
    expect(ess).toBeGreaterThan(1);
    expect(ess).toBeLessThan(2001);
    // 51 stems: lags 0 … 50, and ρ_0 = 1 is drawn up to the top.
    expect((screen.getByTestId('metropolis-acf-stems').getAttribute('d') ?? '').match(/M/g)?.length).toBe(51);
    expect(text('metropolis-diagnosis')).toMatch(/workable range/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('too small and too large steps both mix worse than a middling one, and the widget says which', () => {
    renderWidget(<MetropolisChain />, { search: '?metropolis.target=correlated' });
    setScale(1);
    const middle = value('metropolis-ess');
    setScale(0.05);
    expect(value('metropolis-acceptance')).toBeGreaterThan(0.85);
    expect(value('metropolis-ess')).toBeLessThan(middle / 4);
    expect(text('metropolis-diagnosis')).toMatch(/Steps too small/);
    setScale(15);
    expect(value('metropolis-acceptance')).toBeLessThan(0.1);
    expect(value('metropolis-ess')).toBeLessThan(middle / 2);
    expect(text('metropolis-diagnosis')).toMatch(/Steps too large/);
  });

  it('a chain stuck in one of two modes is flagged: its mean is many MCSE from the exact E[x] = 0', () => {
    renderWidget(<MetropolisChain />, { search: '?metropolis.target=mixture&metropolis.scale=0.3' });
    const [mean, mcse] = text('metropolis-mean').split('±').map(Number);
    expect(Math.abs(mean) / mcse).toBeGreaterThan(4);
    expect(text('metropolis-far-off')).toMatch(/has not yet explored the target/);
    setScale(3); // big enough steps to jump between the modes
    expect(screen.queryByTestId('metropolis-far-off')).toBeNull();
  });

  it('the last proposal is marked accepted or rejected, and R / → replay the chain', () => {
    const { container } = renderWidget(<MetropolisChain />);
    const figure = container.querySelector('figure') as HTMLElement;
    fireEvent.keyDown(figure, { key: 'r' });
    expect(text('metropolis-shown')).toBe('0');
    expect(screen.queryByTestId('metropolis-proposal')).toBeNull();
    fireEvent.keyDown(figure, { key: 'ArrowRight' });
    expect(Number(text('metropolis-shown'))).toBeGreaterThan(0);
    const mark = screen.getByTestId('metropolis-proposal');
    expect(['yes', 'no']).toContain(mark.getAttribute('data-accepted'));
    // A rejected proposal is drawn dashed with a cross, an accepted one solid with a dot: not colour alone.
    const dashed = mark.querySelector('line')?.getAttribute('stroke-dasharray');
    expect(mark.getAttribute('data-accepted') === 'yes' ? dashed === null : dashed !== null).toBe(true);
  });

  it('a typed target of (x, y) changes the map; an invalid one is explained and the last valid target stays', () => {
    renderWidget(<MetropolisChain />, { search: '?metropolis.target=formula' });
    const contours = () => screen.getByTestId('metropolis-map-contours').innerHTML;
    const before = contours();
    const field = screen.getByLabelText(METROPOLIS_STRINGS.en.formulaLabel);
    fireEvent.change(field, { target: { value: 'exp(-((x^2 + y^2) - 4)^2)' } });
    const ring = contours();
    expect(ring).not.toBe(before);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(field, { target: { value: 'x*y' } });
    expect(screen.getByRole('alert').textContent).toMatch(/Negative at \(x, y\) = \(0.08333, -4\)/);
    expect(contours()).toBe(ring);
    fireEvent.change(field, { target: { value: 'exp(-z^2)' } });
    expect(screen.getByRole('alert').textContent).toMatch(/Unknown name “z”: use x, y, pi, e/);
    const start = performance.now();
    fireEvent.change(field, { target: { value: `${'('.repeat(5000)}x${')'.repeat(5000)}` } });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(screen.getByRole('alert').textContent).toMatch(/Too long/);
    expect(contours()).toBe(ring);
  });

  it('bad URL values are reported; the scale round-trips through the URL; the seed reproduces the chain', async () => {
    const first = renderWidget(<MetropolisChain />, {
      search: '?metropolis.scale=-3&metropolis.target=cube',
    });
    const notice = first.container.querySelector('.widget__notice')?.textContent ?? '';
    expect(notice).toMatch(/scale = -3/);
    expect(notice).toMatch(/target = cube/);
    first.unmount();
    vi.useFakeTimers();
    const { router, unmount } = renderWidget(<MetropolisChain />, { search: '?metropolis.seed=3' });
    setScale(2);
    const acceptance = text('metropolis-acceptance');
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    vi.useRealTimers();
    const search = router.state.location.search;
    expect(new URLSearchParams(search).get('metropolis.scale')).toBe('2');
    unmount();
    renderWidget(<MetropolisChain />, { search });
    expect(text('metropolis-acceptance')).toBe(acceptance);
  });

  it('Play replays the chain from its start and stops at the end; Play again replays it', async () => {
    const frames = stubAnimationFrames();
    renderWidget(<MetropolisChain />, { search: '?metropolis.steps=100' });
    const play = () => fireEvent.click(screen.getByRole('button', { name: FRAME_STRINGS.en.play }));
    expect(text('metropolis-shown')).toBe('100');
    play();
    expect(text('metropolis-shown')).toBe('0');
    await frames.run(10);
    expect(Number(text('metropolis-shown'))).toBeGreaterThan(0);
    expect(Number(text('metropolis-shown'))).toBeLessThan(100);
    await frames.run(120);
    expect(text('metropolis-shown')).toBe('100');
    // Stopped at the end: the button offers Play again, and further frames change nothing.
    expect(screen.getByRole('button', { name: FRAME_STRINGS.en.play })).toBeTruthy();
    await frames.run(5);
    expect(text('metropolis-shown')).toBe('100');
    play();
    expect(text('metropolis-shown')).toBe('0');
  });

  it('speaks Chinese on the Chinese pages', () => {
    renderWidget(<MetropolisChain />, { lang: 'zh' });
    expect(screen.getByText(METROPOLIS_STRINGS.zh.title)).toBeTruthy();
    expect(screen.getByLabelText(METROPOLIS_STRINGS.zh.scale)).toBeTruthy();
  });
});
