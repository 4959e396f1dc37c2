import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RandomWalkCloud } from '../../../src/widgets/brownian/RandomWalkCloud';
import { WALKERS_STRINGS } from '../../../src/widgets/brownian/walkCloud/strings';
import { FRAME_STRINGS } from '../../../src/widgets/common/frame/frameStrings';
import { renderWidget } from '../renderWidget';

const EN = WALKERS_STRINGS.en;
const ZH = WALKERS_STRINGS.zh;
const FRAME = FRAME_STRINGS.en;

const text = (id: string) => screen.getByTestId(id).textContent ?? '';
/** The first number in a readout, e.g. "408.8 (exact 2·2·D·t = 400)" → 408.8. */
const first = (id: string) => Number.parseFloat(text(id));
/** The number after "=" in the MSD readout: the exact value. */
const exactMsd = () => Number.parseFloat(text('walkers-msd').split('=')[1]);

describe('RandomWalkCloud', () => {
  it('renders the finished walk with MSD on the line 2·d·D·t (within sampling error)', () => {
    const { container } = renderWidget(<RandomWalkCloud />);
    expect(container.querySelector('figure[data-widget="walkers"]')).not.toBeNull();
    expect(text('walkers-steps')).toBe('200');
    // defaults: a = 1, d = 2, D = a²/2, t = 200 → 2·d·D·t = 400
    expect(exactMsd()).toBe(400);
    // |x|² of one walker has mean 2σ² and sd 2σ² (χ²₂ scaled), so the mean over N = 2000 has relative sd 1/√N ≈ 2.2 %
    const relativeSd = 1 / Math.sqrt(2000);
    expect(Math.abs(first('walkers-msd') / 400 - 1)).toBeLessThan(5 * relativeSd);
    expect(text('walkers-within1')).toMatch(/Gaussian 39\.3 %/);
    expect(screen.getByTestId('walkers-canvas').getAttribute('aria-label')).toMatch(/2000 random walkers/);
  });

  it('moving the steps slider changes the walk, the readouts and the plots', () => {
    renderWidget(<RandomWalkCloud />);
    const msdLine = screen.getByTestId('walkers-msd-line').getAttribute('d');
    const bars = screen.getByTestId('walkers-histogram-bars').getAttribute('d');
    fireEvent.change(screen.getByLabelText(EN.steps), { target: { value: '50' } });
    expect(text('walkers-steps')).toBe('50');
    expect(exactMsd()).toBe(100);
    expect(screen.getByTestId('walkers-msd-line').getAttribute('d')).not.toBe(msdLine);
    expect(screen.getByTestId('walkers-histogram-bars').getAttribute('d')).not.toBe(bars);
  });

  it('the KS distance of lattice walkers shrinks as the number of steps grows', () => {
    const { unmount } = renderWidget(<RandomWalkCloud />, {
      search: '?walkers.steps=10&walkers.walkers=5000',
    });
    const ksShort = first('walkers-ks');
    unmount();
    renderWidget(<RandomWalkCloud />, { search: '?walkers.steps=1000&walkers.walkers=5000' });
    const ksLong = first('walkers-ks');
    // roughly 0.4/√n: ≈ 0.13 after 10 steps, and near the sampling floor (≈ 0.87/√N ≈ 0.012) after 1000
    expect(ksShort).toBeGreaterThan(0.08);
    expect(ksLong).toBeLessThan(0.04);
    expect(ksLong).toBeLessThan(ksShort / 3);
  });

  it('R goes back to t = 0, → takes a step, Space plays', () => {
    const { container } = renderWidget(<RandomWalkCloud />);
    const figure = container.querySelector('figure') as HTMLElement;
    fireEvent.keyDown(figure, { key: 'r' });
    expect(text('walkers-steps')).toBe('0');
    expect(text('walkers-ks')).toMatch(/all at the origin/);
    expect(first('walkers-msd')).toBe(0);
    fireEvent.keyDown(figure, { key: 'ArrowRight' });
    // stepping by hand refreshes the readouts at every step (one walk step per frame with 200 steps)
    expect(text('walkers-steps')).toBe('1');
    // after one ±a step on each of 2 axes every walker is at distance² exactly 2a² = 2
    expect(first('walkers-msd')).toBe(2);
    fireEvent.keyDown(figure, { key: 'ArrowRight' });
    fireEvent.keyDown(figure, { key: 'ArrowRight' });
    expect(text('walkers-steps')).toBe('3');
    expect(exactMsd()).toBe(6);
    const play = screen.getByRole('button', { name: FRAME.play });
    fireEvent.keyDown(figure, { key: ' ' });
    expect(play.getAttribute('aria-pressed')).toBe('true');
  });

  it('the same seed gives the same cloud; another seed another', () => {
    const a = renderWidget(<RandomWalkCloud />, { search: '?walkers.seed=5&walkers.steps=60' });
    const msdA = text('walkers-msd');
    const ksA = text('walkers-ks');
    a.unmount();
    renderWidget(<RandomWalkCloud />, { search: '?walkers.seed=5&walkers.steps=60' });
    expect(text('walkers-msd')).toBe(msdA);
    expect(text('walkers-ks')).toBe(ksA);
    fireEvent.change(screen.getByLabelText(FRAME.seed), { target: { value: '6' } });
    fireEvent.blur(screen.getByLabelText(FRAME.seed));
    expect(text('walkers-msd')).not.toBe(msdA);
  });

  it('restores its state from the URL (1-D Gaussian steps)', () => {
    renderWidget(<RandomWalkCloud />, {
      search:
        '?walkers.walkers=500&walkers.steps=100&walkers.dimension=1&walkers.kind=gaussian&walkers.stepSize=0.5',
    });
    expect(text('walkers-steps')).toBe('100');
    expect((screen.getByLabelText(EN.oneD) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(EN.gaussian) as HTMLInputElement).checked).toBe(true);
    // 2·d·D·t with d = 1, D = 0.25/2, t = 100
    expect(exactMsd()).toBeCloseTo(25, 10);
    expect(text('walkers-within1')).toMatch(/Gaussian 68\.3 %/);
    expect(screen.getByTestId('walkers-canvas').getAttribute('aria-label')).toMatch(
      /500 random walkers on a line/,
    );
  });

  it('writes its parameters to the URL after a change', async () => {
    vi.useFakeTimers();
    const { router } = renderWidget(<RandomWalkCloud />);
    fireEvent.click(screen.getByLabelText(EN.oneD));
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    vi.useRealTimers();
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('walkers.dimension')).toBe('1');
    expect(search.get('walkers.walkers')).toBe('2000');
  });

  it('bad URL values give notices and clamped values, never NaN', () => {
    const { container } = renderWidget(<RandomWalkCloud />, {
      search: '?walkers.walkers=1e9&walkers.kind=levy&walkers.steps=-3&walkers.stepSize=NaN',
    });
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/walkers = 1e9/);
    expect(notice.textContent).toMatch(/kind = levy/);
    expect(notice.textContent).toMatch(/steps = -3/);
    expect(notice.textContent).toMatch(/stepSize = NaN/);
    expect(text('walkers-steps')).toBe('10');
    expect(screen.getByTestId('walkers-canvas').getAttribute('aria-label')).toMatch(/10000 random walkers/);
    const figure = container.querySelector('figure') as HTMLElement;
    const withoutNotice = figure.textContent?.replace(notice.textContent ?? '', '') ?? '';
    expect(withoutNotice).not.toMatch(/NaN|Infinity/);
  });

  it('speaks Chinese on the Chinese pages', () => {
    renderWidget(<RandomWalkCloud />, { lang: 'zh' });
    expect(screen.getByText(ZH.title)).toBeTruthy();
    expect(screen.getByLabelText(ZH.walkers)).toBeTruthy();
    expect(screen.getByText(ZH.ks)).toBeTruthy();
  });

  it('the walkers slider is the main control (data-param): a change rebuilds the finished walk with N walkers', () => {
    const { container } = renderWidget(<RandomWalkCloud />);
    const slider = container.querySelector('[data-param="walkers"]') as HTMLInputElement;
    expect(slider).toBe(screen.getByLabelText(EN.walkers));
    const label = screen.getByTestId('walkers-canvas').getAttribute('aria-label');
    const msd = text('walkers-msd');
    fireEvent.change(slider, { target: { value: '3000' } });
    expect(screen.getByTestId('walkers-canvas').getAttribute('aria-label')).toMatch(/3000 random walkers/);
    expect(screen.getByTestId('walkers-canvas').getAttribute('aria-label')).not.toBe(label);
    expect(text('walkers-steps')).toBe('200');
    expect(text('walkers-msd')).not.toBe(msd);
  });
});

describe('RandomWalkCloud playing', () => {
  // A hand-cranked requestAnimationFrame: each runFrames(1) delivers the frames requested so far.
  let frames = new Map<number, FrameRequestCallback>();
  let nextId = 1;
  const runFrames = async (count: number) => {
    for (let k = 0; k < count; k++) {
      const pending = [...frames.values()];
      frames = new Map();
      await act(async () => {
        for (const callback of pending) callback(performance.now());
      });
    }
  };
  beforeEach(() => {
    frames = new Map();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.set(nextId, callback);
      return nextId++;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('plays to the last step and stops there; Play then replays the same walk from t = 0', async () => {
    renderWidget(<RandomWalkCloud />, { search: '?walkers.steps=10&walkers.walkers=300' });
    const finished = text('walkers-msd');
    fireEvent.click(screen.getByRole('button', { name: FRAME.reset }));
    expect(text('walkers-steps')).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: FRAME.play }));
    await runFrames(12);
    expect(text('walkers-steps')).toBe('10');
    expect(text('walkers-msd')).toBe(finished);
    expect(screen.getByRole('button', { name: FRAME.play }).getAttribute('aria-pressed')).toBe('false');
    await runFrames(2); // frames still on their way do not move a finished walk
    expect(text('walkers-steps')).toBe('10');
    fireEvent.click(screen.getByRole('button', { name: FRAME.play }));
    expect(text('walkers-steps')).toBe('0');
    await runFrames(12);
    expect(text('walkers-steps')).toBe('10');
    expect(text('walkers-msd')).toBe(finished);
  });
});
