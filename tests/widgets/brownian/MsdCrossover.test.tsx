import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MsdCrossover } from '../../../src/widgets/brownian/MsdCrossover';
import { formatEstimate } from '../../../src/widgets/brownian/msdCrossover/CrossoverReadout';
import { MSD_CROSSOVER_STRINGS } from '../../../src/widgets/brownian/msdCrossover/strings';
import { collisionMsd } from '../../../src/workers/collisionMsd';
import { renderWidget } from '../renderWidget';

const en = MSD_CROSSOVER_STRINGS.en;
const zh = MSD_CROSSOVER_STRINGS.zh;
const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const pathOf = (id: string) => screen.getByTestId(id).getAttribute('d') ?? '';

describe('MsdCrossover (main-thread fallback of the job: jsdom has no Worker)', () => {
  it('before a run: the ballistic guide alone, a sentence on what Run does, no NaN', () => {
    const { container } = renderWidget(<MsdCrossover />);
    expect(container.querySelector('figure[data-widget="msd-crossover"]')).not.toBeNull();
    expect(text('msd-status')).toBe(en.status.idle('100'));
    expect(pathOf('msd-ballistic')).toMatch(/^M/);
    expect(pathOf('msd-diffusive')).toBe('');
    expect(pathOf('msd-data')).toBe('');
    expect(screen.queryByTestId('msd-tau-v')).toBeNull();
    expect(text('msd-d-slope')).toBe('—');
    expect(screen.getByRole('button', { name: en.cancel })).toHaveProperty('disabled', true);
    expect(screen.getByTestId('msd-plot').getAttribute('aria-label')).toBe(en.msdLabel(0, '5'));
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('the grain radius (the main control) moves the ballistic guide before any run: M grows with R', () => {
    const { container } = renderWidget(<MsdCrossover />);
    const slider = container.querySelector('input[data-param="grainRadius"]') as HTMLInputElement;
    expect(slider).toBe(screen.getByLabelText(en.grainRadius));
    const before = pathOf('msd-ballistic');
    fireEvent.change(slider, { target: { value: '10' } });
    expect(slider.getAttribute('aria-valuetext')).toBe('10 nm');
    expect(pathOf('msd-ballistic')).not.toBe(before);
    expect(screen.getByTestId('msd-plot').getAttribute('aria-label')).toBe(en.msdLabel(0, '10'));
  });

  it('runs to the end and shows exactly the figures the job computes on the same gas', async () => {
    renderWidget(<MsdCrossover />, { search: '?msd-crossover.durationNs=20&msd-crossover.seed=2' });
    fireEvent.click(screen.getByRole('button', { name: en.run }));
    expect(text('msd-status')).toBe(en.status.warming);
    await waitFor(() => expect(text('msd-status')).toMatch(/^Done: 20 ns simulated in /), {
      timeout: 60_000,
    });
    // The same run, straight from the job's definition: the widget must show its figures.
    const state = collisionMsd.init({ seed: 2, grainRadius: 5, durationNs: 20 });
    while (!collisionMsd.step(state));
    const e = collisionMsd.progress(state).estimates;
    expect(text('msd-done')).toBe('20 / 20 ns');
    expect(text('msd-ballistic-slope')).toBe(formatEstimate(e.ballisticSlope, 4));
    expect(text('msd-tau-v-value')).toBe(`${formatEstimate(e.tauV)} ps`);
    expect(text('msd-d-slope')).toBe(`${formatEstimate(e.diffusion)} nm²/ps`);
    expect(text('msd-d-einstein')).toBe(`${formatEstimate(e.einstein)} nm²/ps`);
    expect(text('msd-diffusive-slope')).toContain(formatEstimate(e.diffusiveSlope));
    expect(Number.isFinite(e.ratio.error)).toBe(true);
    expect(text('msd-verdict')).toMatch(/^D from the slope is [\d.]+ % (below|above) k_B T τ_v\/M/);
    expect(pathOf('msd-diffusive')).toMatch(/^M/);
    expect(pathOf('msd-data')).toMatch(/^M/);
    expect(screen.getByTestId('msd-tau-v')).toBeTruthy();
    expect(pathOf('msd-vacf-data')).toMatch(/^M/);
    expect(screen.getByTestId('msd-progress').getAttribute('value')).toBe('20');
    expect(screen.getByRole('button', { name: en.runAgain })).toHaveProperty('disabled', false);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  }, 90_000);

  it('Cancel stops the run and keeps the data so far; a change of settings clears it', async () => {
    const { container } = renderWidget(<MsdCrossover />, { search: '?msd-crossover.durationNs=200' });
    fireEvent.click(screen.getByRole('button', { name: en.run }));
    await waitFor(() => expect(text('msd-status')).toMatch(/^Running: [1-9]/), { timeout: 30_000 });
    fireEvent.click(screen.getByRole('button', { name: en.cancel }));
    expect(text('msd-status')).toMatch(/^Cancelled after [\d.]+ ns/);
    expect(pathOf('msd-data')).toMatch(/^M/);
    expect(screen.getByRole('button', { name: en.cancel })).toHaveProperty('disabled', true);
    const slider = container.querySelector('input[data-param="grainRadius"]') as HTMLInputElement;
    fireEvent.change(slider, { target: { value: '7' } });
    expect(text('msd-status')).toBe(en.status.idle('200'));
    expect(pathOf('msd-data')).toBe('');
  }, 60_000);

  it('restores its settings from the URL and answers bad values with notices', () => {
    renderWidget(<MsdCrossover />, { search: '?msd-crossover.grainRadius=12&msd-crossover.durationNs=50' });
    expect(screen.getByLabelText(en.grainRadius).getAttribute('aria-valuetext')).toBe('12 nm');
    expect(screen.getByLabelText(en.durationNs).getAttribute('aria-valuetext')).toBe('50 ns');
    expect(text('msd-status')).toBe(en.status.idle('50'));
  });

  it('bad URL values give notices and clamped values, never NaN', () => {
    const { container } = renderWidget(<MsdCrossover />, {
      search: '?msd-crossover.grainRadius=abc&msd-crossover.durationNs=5000',
    });
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/grainRadius = abc/);
    expect(notice.textContent).toMatch(/durationNs = 5000/);
    expect(text('msd-status')).toBe(en.status.idle('200'));
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('speaks Chinese', () => {
    renderWidget(<MsdCrossover />, { lang: 'zh' });
    expect(screen.getByRole('button', { name: zh.run })).toBeTruthy();
    expect(text('msd-status')).toBe(zh.status.idle('100'));
    expect(screen.getByLabelText(zh.grainRadius)).toBeTruthy();
    expect(screen.getByTestId('msd-plot').getAttribute('aria-label')).toBe(zh.msdLabel(0, '5'));
  });
});
