import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DISSOLVE_STRINGS } from '../../../src/widgets/brownian/dissolve/strings';
import { ShapeDissolves } from '../../../src/widgets/brownian/ShapeDissolves';
import { FRAME_STRINGS } from '../../../src/widgets/common/frame/frameStrings';
import { renderWidget } from '../renderWidget';

const EN = DISSOLVE_STRINGS.en;
const ZH = DISSOLVE_STRINGS.zh;
const FRAME = FRAME_STRINGS.en;

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
    fireEvent.change(screen.getByLabelText(EN.t), { target: { value: '1000' } });
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
    fireEvent.click(screen.getByLabelText(EN.cosine));
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
    expect(screen.getByRole('button', { name: FRAME.pause }).getAttribute('aria-pressed')).toBe('true');
  });

  it('restores its state from the URL; the same seed gives the same cloud', () => {
    const search =
      '?dissolve.t=300&dissolve.schedule=cosine&dissolve.shape=heart&dissolve.points=2500&dissolve.seed=4';
    const first = renderWidget(<ShapeDissolves />, { search });
    expect(text('dissolve-t')).toBe('300');
    expect((screen.getByLabelText(EN.shapes.heart) as HTMLInputElement).checked).toBe(true);
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
    expect(screen.getByText(ZH.title)).toBeTruthy();
    expect(screen.getByLabelText(ZH.t)).toBeTruthy();
    expect(screen.getByLabelText(ZH.shapes.smiley)).toBeTruthy();
  });

  it('the t slider is the main control (data-param): moving it changes the drawing', () => {
    const { container } = renderWidget(<ShapeDissolves />);
    const slider = container.querySelector('[data-param="t"]') as HTMLInputElement;
    expect(slider).toBe(screen.getByLabelText(EN.t));
    const label = screen.getByTestId('dissolve-canvas').getAttribute('aria-label');
    fireEvent.change(slider, { target: { value: '3' } });
    expect(text('dissolve-t')).toBe('3');
    expect(screen.getByTestId('dissolve-canvas').getAttribute('aria-label')).not.toBe(label);
  });
});

describe('ShapeDissolves playing', () => {
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

  it('plays on from the slider, stops at T, and Play at T starts again from the clean figure', async () => {
    renderWidget(<ShapeDissolves />, { search: '?dissolve.t=980' });
    fireEvent.click(screen.getByRole('button', { name: FRAME.play }));
    await runFrames(1);
    expect(text('dissolve-t')).toBe('985');
    await runFrames(5);
    expect(text('dissolve-t')).toBe('1000');
    expect(screen.getByRole('button', { name: FRAME.play }).getAttribute('aria-pressed')).toBe('false');
    await runFrames(2); // frames still on their way do not move a finished reveal
    expect(text('dissolve-t')).toBe('1000');
    fireEvent.click(screen.getByRole('button', { name: FRAME.play }));
    expect(text('dissolve-t')).toBe('0');
    expect(number('dissolve-alphabar')).toBe(1);
    await runFrames(1);
    expect(text('dissolve-t')).toBe('5');
  });
});
