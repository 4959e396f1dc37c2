import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { logSpacedCounts } from '../../../src/widgets/common/plots/logSpaced';
import { DartsPi } from '../../../src/widgets/montecarlo/DartsPi';
import { runningPiPoints, throwSeededDarts } from '../../../src/widgets/montecarlo/dartsPi/darts';
import { DARTS_STRINGS } from '../../../src/widgets/montecarlo/dartsPi/strings';
import { renderWidget } from '../renderWidget';

/** Readout text → number ("100,000" → 100000). */
const read = (testId: string) => Number(screen.getByTestId(testId).textContent?.replace(/,/g, ''));

describe('DartsPi', () => {
  it('renders the board, both plots and readouts that agree with π̂ = 4H/N and SE = 4√(p̂(1−p̂)/N)', () => {
    const { container } = renderWidget(<DartsPi />);
    expect(container.querySelector('figure[data-widget="darts"]')).not.toBeNull();
    expect(screen.getByTestId('darts-canvas').getAttribute('role')).toBe('img');
    expect(screen.getByTestId('darts-running')).toBeTruthy();
    expect(screen.getByTestId('darts-error')).toBeTruthy();
    const n = read('darts-n');
    const hits = read('darts-hits');
    expect(n).toBe(2000);
    const p = hits / n;
    expect(read('darts-estimate')).toBeCloseTo(4 * p, 3);
    expect(read('darts-se')).toBeCloseTo(4 * Math.sqrt((p * (1 - p)) / n), 4);
    expect(read('darts-error-value')).toBeCloseTo(4 * p - Math.PI, 4);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('the caption’s σ is the exact 4√(p(1 − p)) with p = π/4', () => {
    const { container } = renderWidget(<DartsPi />);
    const p = Math.PI / 4;
    const sigma = (4 * Math.sqrt(p * (1 - p))).toFixed(3);
    expect(sigma).toBe('1.642');
    expect(container.querySelector('figcaption')?.textContent).toContain(`≈ ${sigma}`);
  });

  it('more darts: the slider moves N on a log scale, the SE shrinks like 1/√N and the drawing changes', () => {
    renderWidget(<DartsPi />);
    const seBefore = read('darts-se');
    const lineBefore = screen.getByTestId('darts-estimate-line').getAttribute('d');
    fireEvent.change(screen.getByLabelText(DARTS_STRINGS.en.n), { target: { value: '5' } });
    expect(read('darts-n')).toBe(100000);
    const seAfter = read('darts-se');
    // √(100000/2000) ≈ 7.07; the plug-in p̂ moves a little, so allow some slack.
    expect(seBefore / seAfter).toBeGreaterThan(6.5);
    expect(seBefore / seAfter).toBeLessThan(7.7);
    expect(screen.getByTestId('darts-estimate-line').getAttribute('d')).not.toBe(lineBefore);
  });

  it('the main control (the registry contract) is the slider with data-param="n"', () => {
    const { container } = renderWidget(<DartsPi />);
    expect(container.querySelector('input[data-param="n"]')).toBe(screen.getByLabelText(DARTS_STRINGS.en.n));
  });

  it('reset empties the board; Step and → throw one dart each', () => {
    const { container } = renderWidget(<DartsPi />);
    const figure = container.querySelector('figure') as HTMLElement;
    fireEvent.keyDown(figure, { key: 'r' });
    expect(read('darts-n')).toBe(0);
    expect(screen.getByTestId('darts-estimate').textContent).toBe(DARTS_STRINGS.en.none);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(read('darts-n')).toBe(1);
    // One dart: π̂ is 0 or 4.
    expect([0, 4]).toContain(read('darts-estimate'));
    fireEvent.keyDown(figure, { key: 'ArrowRight' });
    expect(read('darts-n')).toBe(2);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('a shared URL restores N and seed; the same seed gives the same darts', () => {
    const first = renderWidget(<DartsPi />, { search: '?darts.n=500&darts.seed=7' });
    expect(read('darts-n')).toBe(500);
    const hits = read('darts-hits');
    const line = screen.getByTestId('darts-estimate-line').getAttribute('d');
    first.unmount();
    renderWidget(<DartsPi />, { search: '?darts.n=500&darts.seed=7' });
    expect(read('darts-hits')).toBe(hits);
    expect(screen.getByTestId('darts-estimate-line').getAttribute('d')).toBe(line);
    // The hits are those of the core's darts for that seed.
    expect(hits).toBe(throwSeededDarts(7, 500).cumulativeHits[499]);
  });

  it('writes N and seed to the URL after a change', async () => {
    vi.useFakeTimers();
    const { router } = renderWidget(<DartsPi />);
    fireEvent.change(screen.getByLabelText(DARTS_STRINGS.en.n), { target: { value: '3' } });
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    vi.useRealTimers();
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('darts.n')).toBe('1000');
    expect(search.get('darts.seed')).toBe('1');
  });

  it('bad URL values are clamped with notices, never NaN', () => {
    const { container } = renderWidget(<DartsPi />, { search: '?darts.n=1e9&darts.seed=abc' });
    expect(read('darts-n')).toBe(100000);
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/n = 1e9/);
    expect(notice.textContent).toMatch(/seed = abc/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('speaks Chinese on the Chinese pages', () => {
    renderWidget(<DartsPi />, { lang: 'zh' });
    expect(screen.getByText(DARTS_STRINGS.zh.title)).toBeTruthy();
    expect(screen.getByLabelText(DARTS_STRINGS.zh.n)).toBeTruthy();
    expect(screen.getByText(DARTS_STRINGS.zh.se)).toBeTruthy();
  });
});

describe('DartsPi helpers', () => {
  it('folded darts lie in the unit square, and a hit is exactly x² + y² ≤ 1', () => {
    const run = throwSeededDarts(3, 5000);
    let hits = 0;
    for (let i = 0; i < run.n; i++) {
      expect(run.xs[i]).toBeGreaterThanOrEqual(0);
      expect(run.xs[i]).toBeLessThanOrEqual(1);
      expect(run.ys[i]).toBeGreaterThanOrEqual(0);
      const inside = run.xs[i] ** 2 + run.ys[i] ** 2 <= 1 ? 1 : 0;
      expect(run.inside[i]).toBe(inside);
      hits += inside;
      expect(run.cumulativeHits[i]).toBe(hits);
    }
    // 5000 darts: the hit rate is within 4 SE of π/4.
    const p = Math.PI / 4;
    expect(Math.abs(hits / 5000 - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / 5000));
  });

  it('log-spaced checkpoints increase strictly from 1 to max; running points stop at the darts shown', () => {
    const ks = logSpacedCounts(100000, 200);
    expect(ks[0]).toBe(1);
    expect(ks[ks.length - 1]).toBe(100000);
    for (let i = 1; i < ks.length; i++) expect(ks[i]).toBeGreaterThan(ks[i - 1]);
    const run = throwSeededDarts(1, 1000);
    const points = runningPiPoints(run, 333, logSpacedCounts(1000, 50));
    expect(points.ns[points.ns.length - 1]).toBe(333);
    const last = points.estimate[points.estimate.length - 1];
    expect(last).toBe((4 * run.cumulativeHits[332]) / 333);
    for (let i = 0; i < points.ns.length; i++) {
      expect(points.lower[i]).toBeLessThanOrEqual(points.estimate[i]);
      expect(points.upper[i]).toBeGreaterThanOrEqual(points.estimate[i]);
    }
  });
});
