import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ShapeDissolves } from '../../../src/widgets/brownian/ShapeDissolves';
import { renderWidget } from '../renderWidget';

const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const number = (id: string) => Number.parseFloat(text(id));

/** ᾱ_t of DDPM's linear schedule written out independently: β_s = 1e-4 + (s − 1)/999 · (0.02 − 1e-4). */
function linearAlphaBar(t: number): number {
  let product = 1;
  for (let s = 1; s <= t; s++) product *= 1 - (1e-4 + ((s - 1) / 999) * (0.02 - 1e-4));
  return product;
}

/** Nichol & Dhariwal's cosine ᾱ(t/T) = f(t)/f(0), f(u) = cos²((u + s)/(1 + s) · π/2), s = 0.008. */
function cosineAlphaBar(fraction: number): number {
  const f = (u: number) => Math.cos(((u + 0.008) / 1.008) * (Math.PI / 2)) ** 2;
  return f(fraction) / f(0);
}

describe('ShapeDissolves', () => {
  it('renders the clean figure at t = 0: ᾱ = 1 and the x-coordinates are far from Gaussian', () => {
    const { container } = renderWidget(<ShapeDissolves />);
    expect(container.querySelector('figure[data-widget="dissolve"]')).not.toBeNull();
    expect(text('dissolve-t')).toBe('0');
    expect(number('dissolve-alphabar')).toBe(1);
    // a smiley's x-marginal is lumpy: its KS distance to N(0, 1) is well above the 5 % critical value 1.36/√4000
    expect(number('dissolve-ks')).toBeGreaterThan(3 * (1.358 / Math.sqrt(4000)));
    expect(screen.getByTestId('dissolve-canvas').getAttribute('aria-label')).toMatch(/smiley/);
  });

  it('scrubbing t to T turns the figure into noise: ᾱ_T of the linear schedule, KS at the sampling level', () => {
    renderWidget(<ShapeDissolves />);
    const bars = screen.getByTestId('dissolve-histogram-bars').getAttribute('d');
    fireEvent.change(screen.getByLabelText('Time step t'), { target: { value: '1000' } });
    expect(text('dissolve-t')).toBe('1000');
    expect(number('dissolve-alphabar') / linearAlphaBar(1000)).toBeCloseTo(1, 3);
    // ε is an exact N(0, I) sample and √ᾱ_T ≈ 0.006: the KS distance is that of 4000 normal draws (< 0.03 with
    // probability > 99.9 %; the seed is fixed, so this cannot flicker)
    expect(number('dissolve-ks')).toBeLessThan(0.03);
    expect(screen.getByTestId('dissolve-histogram-bars').getAttribute('d')).not.toBe(bars);
  });

  it('the schedule choice changes ᾱ_t: cosine keeps more of the figure at mid-time', () => {
    renderWidget(<ShapeDissolves />, { search: '?dissolve.t=500' });
    const linear = number('dissolve-alphabar');
    expect(linear / linearAlphaBar(500)).toBeCloseTo(1, 3);
    fireEvent.click(screen.getByLabelText('cosine'));
    const cosine = number('dissolve-alphabar');
    expect(cosine).toBeCloseTo(cosineAlphaBar(0.5), 3);
    expect(cosine).toBeGreaterThan(linear);
  });

  it('→ moves t forward, R goes back to the figure, Space plays', () => {
    const { container } = renderWidget(<ShapeDissolves />, { search: '?dissolve.t=100' });
    const figure = container.querySelector('figure') as HTMLElement;
    fireEvent.keyDown(figure, { key: 'ArrowRight' });
    expect(text('dissolve-t')).toBe('105');
    fireEvent.keyDown(figure, { key: 'r' });
    expect(text('dissolve-t')).toBe('0');
    fireEvent.keyDown(figure, { key: ' ' });
    expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('restores its state from the URL; the same seed gives the same cloud', () => {
    const search =
      '?dissolve.t=300&dissolve.schedule=cosine&dissolve.shape=heart&dissolve.points=2500&dissolve.seed=4';
    const first = renderWidget(<ShapeDissolves />, { search });
    expect(text('dissolve-t')).toBe('300');
    expect((screen.getByLabelText('heart') as HTMLInputElement).checked).toBe(true);
    expect(number('dissolve-alphabar')).toBeCloseTo(cosineAlphaBar(0.3), 3);
    const ks = text('dissolve-ks');
    const bars = screen.getByTestId('dissolve-histogram-bars').getAttribute('d');
    first.unmount();
    renderWidget(<ShapeDissolves />, { search });
    expect(text('dissolve-ks')).toBe(ks);
    expect(screen.getByTestId('dissolve-histogram-bars').getAttribute('d')).toBe(bars);
  });

  it('bad URL values give notices and clamped values, never NaN', () => {
    const { container } = renderWidget(<ShapeDissolves />, {
      search: '?dissolve.t=2000&dissolve.shape=cat&dissolve.points=12',
    });
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/t = 2000/);
    expect(notice.textContent).toMatch(/shape = cat/);
    expect(notice.textContent).toMatch(/points = 12/);
    expect(text('dissolve-t')).toBe('1000');
    expect(container.querySelector('.readout')?.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('speaks Chinese on the Chinese pages', () => {
    renderWidget(<ShapeDissolves />, { lang: 'zh' });
    expect(screen.getByText('一个图形溶解为噪声')).toBeTruthy();
    expect(screen.getByLabelText('时间步 t')).toBeTruthy();
    expect(screen.getByLabelText('笑脸')).toBeTruthy();
  });
});
