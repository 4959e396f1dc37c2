import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DenoiseOneStep } from '../../../src/widgets/diffusion/DenoiseOneStep';
import { DENOISE_STRINGS } from '../../../src/widgets/diffusion/denoise/strings';
import { renderWidget } from '../renderWidget';

const en = DENOISE_STRINGS.en;
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';
const estimate = () => {
  const mark = screen.getByTestId('denoise-estimate');
  return [Number(mark.getAttribute('data-x')), Number(mark.getAttribute('data-y'))];
};
const effective = () => Number(screen.getByTestId('denoise-effective').getAttribute('data-value'));
const weights = () =>
  Array.from(screen.getByTestId('denoise-weights').querySelectorAll('circle[data-weight]')).map((c) =>
    Number(c.getAttribute('data-weight')),
  );
const noiseSlider = () => document.querySelector('input[data-param="noise"]') as HTMLInputElement;

describe('DenoiseOneStep', () => {
  it('draws 24 weighted points summing to one, the estimate, the top-5 bars, and no NaN', () => {
    const { container } = renderWidget(<DenoiseOneStep />);
    expect(container.querySelector('figure[data-widget="denoise"]')).not.toBeNull();
    const w = weights();
    expect(w).toHaveLength(24);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    // the bars list the five largest weights, largest first, and they are the plane's largest
    const bars = [0, 1, 2, 3, 4].map((k) => Number(text(`denoise-bars-${k}`)));
    const sorted = [...w].sort((a, b) => b - a).slice(0, 5);
    bars.forEach((b, k) => {
      expect(b).toBeCloseTo(sorted[k], 3);
      if (k > 0) expect(b).toBeLessThanOrEqual(bars[k - 1]);
    });
    expect(effective()).toBeGreaterThanOrEqual(1);
    expect(effective()).toBeLessThanOrEqual(24);
    expect(text('denoise-source-text')).toBe(en.byHand);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('low noise: the estimate snaps to the nearest point; high noise: it falls to the data mean', () => {
    renderWidget(<DenoiseOneStep />);
    const before = estimate();
    fireEvent.change(noiseSlider(), { target: { value: '0.05' } });
    expect(estimate()).not.toEqual(before);
    expect(effective()).toBeLessThan(1.5);
    // σ₀ = 0.03 against noise 0.05: the blur pulls the estimate at most a third of the way towards x_t
    expect(Number(text('denoise-to-nearest'))).toBeLessThan(0.3);
    expect(text('denoise-regime')).toBe(en.regime(1));
    fireEvent.change(noiseSlider(), { target: { value: '0.99' } });
    expect(effective()).toBeGreaterThan(20);
    expect(Number(text('denoise-to-mean'))).toBeLessThan(0.1);
    expect(text('denoise-regime')).toBe(en.regime(24));
    expect(text('denoise-alpha-bar')).toBe('0.0199');
  });

  it('moving x_t with the arrow keys moves the estimate and says where x_t is', () => {
    renderWidget(<DenoiseOneStep />);
    const handle = screen.getByRole('button', { name: en.handle('0.6', '0.3') });
    const before = estimate();
    fireEvent.keyDown(handle, { key: 'ArrowLeft', shiftKey: true });
    expect(screen.getByRole('button', { name: en.handle('0.35', '0.3') })).toBeTruthy();
    expect(estimate()).not.toEqual(before);
  });

  it('a drawn noised point comes from a data point, and the same seed draws the same point', () => {
    renderWidget(<DenoiseOneStep />, { search: '?denoise.seed=5' });
    fireEvent.click(screen.getByRole('button', { name: en.draw }));
    const first = screen.getByTestId('denoise-xt');
    const position = [first.getAttribute('data-x'), first.getAttribute('data-y')];
    expect(text('denoise-source-text')).toMatch(/^#\d+$/);
    expect(screen.getByTestId('denoise-source')).toBeTruthy();
    // the second draw differs from the first
    fireEvent.click(screen.getByRole('button', { name: en.draw }));
    const second = screen.getByTestId('denoise-xt');
    expect([second.getAttribute('data-x'), second.getAttribute('data-y')]).not.toEqual(position);
  });

  it('restores from the URL, gives notices for bad values, and speaks Chinese', () => {
    const { container } = renderWidget(<DenoiseOneStep />, {
      lang: 'zh',
      search: '?denoise.noise=7&denoise.xt=-1&denoise.yt=abc&denoise.shape=spiral&denoise.source=99',
    });
    expect(Number(noiseSlider().value)).toBe(0.99);
    expect(screen.getByRole('button', { name: DENOISE_STRINGS.zh.handle('-1', '0.3') })).toBeTruthy();
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/noise/);
    expect(notice.textContent).toMatch(/yt/);
    expect(notice.textContent).toMatch(/source/);
    expect(text('denoise-source-text')).toBe('#24');
    expect(container.textContent).toContain(DENOISE_STRINGS.zh.draw);
    expect((screen.getByLabelText(DENOISE_STRINGS.zh.shapes.spiral) as HTMLInputElement).checked).toBe(true);
  });
});
