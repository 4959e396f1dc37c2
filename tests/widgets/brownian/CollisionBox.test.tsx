import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CollisionBox } from '../../../src/widgets/brownian/CollisionBox';
import { COLLISIONS_STRINGS } from '../../../src/widgets/brownian/collisions/strings';
import { FRAME_STRINGS } from '../../../src/widgets/common/frame/frameStrings';
import { renderWidget } from '../renderWidget';

const en = COLLISIONS_STRINGS.en;
const zh = COLLISIONS_STRINGS.zh;

const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const number = (id: string) => Number.parseFloat(text(id));

/** Press → `frames` times on the figure: each press is one animation frame (8 model steps of 0.5 ps). */
function stepFrames(figure: HTMLElement, frames: number) {
  for (let i = 0; i < frames; i++) fireEvent.keyDown(figure, { key: 'ArrowRight' });
}

/** The grain’s MSD over τ = 50 ps after running 100 frames (400 ps) from the given URL state. */
function msdAfterRun(search: string): number {
  const { container, unmount } = renderWidget(<CollisionBox />, { search });
  stepFrames(container.querySelector('figure') as HTMLElement, 100);
  const msd = number('collisions-msd');
  unmount();
  return msd;
}

describe('CollisionBox', () => {
  it('renders at t = 0 with the grain at rest and the MSD still collecting', () => {
    const { container } = renderWidget(<CollisionBox />);
    expect(container.querySelector('figure[data-widget="collisions"]')).not.toBeNull();
    expect(text('collisions-time')).toBe('0 ps');
    expect(text('collisions-kicks')).toBe('0');
    expect(text('collisions-msd')).toBe(en.collecting);
    expect(screen.getByTestId('collisions-canvas').getAttribute('aria-label')).toMatch(/2000 gas molecules/);
  });

  it('→ advances 4 ps per frame; after 50 ps the MSD readout says over what window it averages', () => {
    const { container } = renderWidget(<CollisionBox />);
    const figure = container.querySelector('figure') as HTMLElement;
    stepFrames(figure, 1);
    expect(text('collisions-time')).toBe('4 ps');
    stepFrames(figure, 24);
    expect(text('collisions-time')).toBe('100 ps');
    expect(number('collisions-kicks')).toBeGreaterThan(0);
    // 100 ps of trail at 0.5 ps per sample, lag 100 samples: 201 − 100 = 101 pairs over the last 100 ps
    expect(text('collisions-msd')).toMatch(/nm² \(averaged over the last 100 ps, 101 pairs\)/);
    expect(number('collisions-msd')).toBeGreaterThan(0);
  });

  it('a hotter gas makes the grain livelier; a bigger grain jitters less (same seed, same run length)', () => {
    const base = msdAfterRun('?collisions.seed=3');
    const hot = msdAfterRun('?collisions.seed=3&collisions.temperature=1000');
    const big = msdAfterRun('?collisions.seed=3&collisions.grainRadius=14');
    expect(hot).toBeGreaterThan(2 * base);
    expect(big).toBeLessThan(base / 2);
  });

  it('moving the temperature slider acts on the running model and restarts the MSD window', () => {
    const { container } = renderWidget(<CollisionBox />);
    const figure = container.querySelector('figure') as HTMLElement;
    stepFrames(figure, 20);
    expect(text('collisions-msd')).toMatch(/averaged/);
    fireEvent.change(screen.getByLabelText(en.temperature), { target: { value: '800' } });
    expect(text('collisions-msd')).toBe(en.collecting);
    expect(text('collisions-time')).toBe('80 ps');
    expect(screen.getByTestId('collisions-canvas').getAttribute('aria-label')).toMatch(/at 800 K/);
    fireEvent.change(screen.getByLabelText(en.molecules), { target: { value: '500' } });
    expect(screen.getByTestId('collisions-canvas').getAttribute('aria-label')).toMatch(/500 gas molecules/);
  });

  it('R starts the same run again: same seed, same kicks', () => {
    const { container } = renderWidget(<CollisionBox />, { search: '?collisions.seed=11' });
    const figure = container.querySelector('figure') as HTMLElement;
    stepFrames(figure, 30);
    const kicks = text('collisions-kicks');
    fireEvent.keyDown(figure, { key: 'r' });
    expect(text('collisions-time')).toBe('0 ps');
    stepFrames(figure, 30);
    expect(text('collisions-kicks')).toBe(kicks);
    fireEvent.change(screen.getByLabelText(FRAME_STRINGS.en.seed), { target: { value: '12' } });
    fireEvent.blur(screen.getByLabelText(FRAME_STRINGS.en.seed));
    expect(text('collisions-time')).toBe('0 ps');
    stepFrames(figure, 30);
    expect(text('collisions-kicks')).not.toBe(kicks);
  });

  it('the grain radius slider (the main control) carries data-param and acts on the running model', () => {
    const { container } = renderWidget(<CollisionBox />);
    const figure = container.querySelector('figure') as HTMLElement;
    stepFrames(figure, 5);
    const slider = container.querySelector('input[data-param="grainRadius"]') as HTMLInputElement;
    expect(slider).toBe(screen.getByLabelText(en.grainRadius));
    fireEvent.change(slider, { target: { value: '9.5' } });
    expect(slider.getAttribute('aria-valuetext')).toBe('9.5 nm');
    expect(screen.getByTestId('collisions-canvas').getAttribute('aria-label')).toMatch(/radius 9.5 nm/);
    expect(text('collisions-time')).toBe('20 ps');
  });

  it('restores its state from the URL', () => {
    renderWidget(<CollisionBox />, {
      search: '?collisions.temperature=500&collisions.molecules=300&collisions.grainRadius=8',
    });
    expect(screen.getByLabelText(en.temperature).getAttribute('aria-valuetext')).toBe('500 K');
    expect(screen.getByLabelText(en.grainRadius).getAttribute('aria-valuetext')).toBe('8 nm');
    expect(screen.getByTestId('collisions-canvas').getAttribute('aria-label')).toMatch(
      /300 gas molecules.*radius 8 nm.*500 K/,
    );
  });

  it('bad URL values give notices and clamped values, never NaN', () => {
    const { container } = renderWidget(<CollisionBox />, {
      search: '?collisions.molecules=-3&collisions.temperature=hot&collisions.grainRadius=1e6',
    });
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/molecules = -3/);
    expect(notice.textContent).toMatch(/temperature = hot/);
    expect(notice.textContent).toMatch(/grainRadius = 1e6/);
    expect(screen.getByTestId('collisions-canvas').getAttribute('aria-label')).toMatch(
      /100 gas molecules.*radius 15 nm.*300 K/,
    );
    expect(container.querySelector('.readout')?.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('speaks Chinese on the Chinese pages', () => {
    renderWidget(<CollisionBox />, { lang: 'zh' });
    expect(screen.getByText(zh.title)).toBeTruthy();
    expect(screen.getByLabelText(zh.temperature)).toBeTruthy();
    expect(text('collisions-msd')).toBe(zh.collecting);
  });
});
