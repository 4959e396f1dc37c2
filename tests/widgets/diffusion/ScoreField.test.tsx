import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScoreField } from '../../../src/widgets/diffusion/ScoreField';
import { SCORE_FIELD_STRINGS } from '../../../src/widgets/diffusion/scoreField/strings';
import { stubAnimationFrames } from '../animationFrames';
import { renderWidget } from '../renderWidget';

const en = SCORE_FIELD_STRINGS.en;
const arrows = () => screen.getByTestId('score-arrows').getAttribute('d') ?? '';
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';
const scaleSlider = () => document.querySelector('input[data-param="scale"]') as HTMLInputElement;

describe('ScoreField', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws arrows, a labelled colour scale and the uniform start of the ascent', () => {
    const { container } = renderWidget(<ScoreField />);
    expect(container.querySelector('figure[data-widget="score-field"]')).not.toBeNull();
    expect(arrows()).toMatch(/^M/);
    expect(screen.getAllByRole('button', { name: /^Centre \d at/ })).toHaveLength(2);
    expect(text('score-modes')).toBe('2');
    expect(text('score-steps')).toBe('0');
    // two discs of radius 0.3 cover 1.6 % of the 6 × 6 box
    expect(Number(screen.getByTestId('score-near').getAttribute('data-value'))).toBeLessThan(0.05);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('multiplying p̃ by c changes the numbers of the colour scale and not one arrow', () => {
    renderWidget(<ScoreField />);
    const before = arrows();
    const max = Number(text('score-scale-max'));
    fireEvent.change(scaleSlider(), { target: { value: '3' } }); // log10 c = 3
    expect(arrows()).toBe(before);
    expect(Number(text('score-scale-max')) / max).toBeCloseTo(1000, 0);
    fireEvent.change(scaleSlider(), { target: { value: '-3' } });
    expect(arrows()).toBe(before);
    expect(Number(text('score-scale-max')) / max).toBeCloseTo(1e-3, 5);
  });

  it('moving a centre with the arrow keys moves the arrows and its label; a weight changes them too', () => {
    renderWidget(<ScoreField />);
    const before = arrows();
    const handle = screen.getByRole('button', { name: /^Centre 1 at \(-1\.2, 0\)/ });
    fireEvent.keyDown(handle, { key: 'ArrowUp' });
    expect(screen.getByRole('button', { name: /^Centre 1 at \(-1\.2, 0\.05\)/ })).toBeTruthy();
    expect(arrows()).not.toBe(before);
    const moved = arrows();
    fireEvent.change(screen.getByLabelText(en.weight(2)), { target: { value: '0.1' } });
    expect(arrows()).not.toBe(moved);
  });

  it('a preset sets the components; Play carries every particle onto a mode', async () => {
    const frames = stubAnimationFrames();
    renderWidget(<ScoreField />);
    fireEvent.click(screen.getByLabelText(en.presets.threeModes));
    expect(screen.getAllByRole('button', { name: /^Centre \d at/ })).toHaveLength(3);
    expect(text('score-modes')).toBe('3');
    fireEvent.click(screen.getByRole('button', { name: /play/i }));
    await frames.run(3);
    expect(Number(text('score-steps'))).toBe(3);
    expect(Number(screen.getByTestId('score-near').getAttribute('data-value'))).toBeLessThan(0.5);
    await frames.run(160);
    expect(text('score-steps')).toBe('150');
    expect(Number(screen.getByTestId('score-near').getAttribute('data-value'))).toBe(1);
  });

  it('restores from the URL, gives notices for bad values, and speaks Chinese', () => {
    const { container } = renderWidget(<ScoreField />, {
      lang: 'zh',
      search: '?score-field.components=3&score-field.x1=-2&score-field.scale=1e9&score-field.width=abc',
    });
    expect(screen.getAllByRole('button', { name: /^中心 \d 位于/ })).toHaveLength(3);
    expect(screen.getByRole('button', { name: /^中心 1 位于 \(-2, 0\)/ })).toBeTruthy();
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/scale/);
    expect(notice.textContent).toMatch(/width/);
    expect(Number(scaleSlider().value)).toBe(3);
    expect(container.textContent).toContain(SCORE_FIELD_STRINGS.zh.colourScale);
  });
});
