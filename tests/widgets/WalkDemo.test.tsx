import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { WalkDemo } from '../../src/widgets/demo/WalkDemo';
import { renderWidget } from './renderWidget';

describe('WalkDemo (the frame exercised end to end)', () => {
  it('renders in a figure with title, caption, seed and a plot', () => {
    const { container } = renderWidget(<WalkDemo />);
    const figure = container.querySelector('figure[data-widget="walk-demo"]');
    expect(figure).not.toBeNull();
    expect(figure?.querySelector('figcaption')?.textContent).toMatch(/Gaussian kick/);
    expect(screen.getByLabelText('Seed')).toHaveProperty('value', '1');
    expect(screen.getByTestId('walk-shown').textContent).toBe('400');
  });

  it('moving the steps slider changes what is drawn', () => {
    renderWidget(<WalkDemo />);
    const before = screen.getByTestId('walk-line').getAttribute('d');
    fireEvent.change(screen.getByLabelText('Steps n'), { target: { value: '100' } });
    expect(screen.getByTestId('walk-shown').textContent).toBe('100');
    expect(screen.getByTestId('walk-line').getAttribute('d')).not.toBe(before);
  });

  it('the same seed reproduces the same path; a new seed changes it', () => {
    const first = renderWidget(<WalkDemo />, { search: '?walk-demo.seed=7' });
    const pathA = screen.getByTestId('walk-line').getAttribute('d');
    first.unmount();
    renderWidget(<WalkDemo />, { search: '?walk-demo.seed=7' });
    expect(screen.getByTestId('walk-line').getAttribute('d')).toBe(pathA);
    fireEvent.change(screen.getByLabelText('Seed'), { target: { value: '8' } });
    fireEvent.blur(screen.getByLabelText('Seed'));
    expect(screen.getByTestId('walk-line').getAttribute('d')).not.toBe(pathA);
  });

  it('out-of-range URL values are clamped and reported, never NaN', () => {
    const { container } = renderWidget(<WalkDemo />, {
      search: '?walk-demo.steps=1e9&walk-demo.stepSize=abc',
    });
    expect(screen.getByTestId('walk-shown').textContent).toBe('2000');
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/steps = 1e9/);
    expect(notice.textContent).toMatch(/stepSize = abc/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('writes its parameters to the URL after a change', async () => {
    vi.useFakeTimers();
    const { router } = renderWidget(<WalkDemo />);
    fireEvent.change(screen.getByLabelText('Steps n'), { target: { value: '250' } });
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    vi.useRealTimers();
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('walk-demo.steps')).toBe('250');
    expect(search.get('walk-demo.seed')).toBe('1');
  });

  it('keyboard: → steps the animation, R resets, F enters projector mode, Esc leaves it', () => {
    const { container } = renderWidget(<WalkDemo />);
    const figure = container.querySelector('figure') as HTMLElement;
    fireEvent.keyDown(figure, { key: 'r' });
    expect(screen.getByTestId('walk-shown').textContent).toBe('0');
    fireEvent.keyDown(figure, { key: 'ArrowRight' });
    expect(Number(screen.getByTestId('walk-shown').textContent)).toBeGreaterThan(0);
    fireEvent.keyDown(figure, { key: 'f' });
    expect(figure.getAttribute('data-projector')).toBe('on');
    fireEvent.keyDown(figure, { key: 'Escape' });
    expect(figure.getAttribute('data-projector')).toBe('off');
  });

  it('Space toggles play from the figure but not from a text field', () => {
    const { container } = renderWidget(<WalkDemo />);
    const figure = container.querySelector('figure') as HTMLElement;
    const play = screen.getByRole('button', { name: 'Play' });
    fireEvent.keyDown(figure, { key: ' ' });
    expect(play.getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(screen.getByLabelText('Seed'), { key: ' ' });
    expect(play.getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(figure, { key: ' ' });
    expect(play.getAttribute('aria-pressed')).toBe('false');
  });

  it('speaks Chinese on the Chinese pages', () => {
    renderWidget(<WalkDemo />, { lang: 'zh' });
    expect(screen.getByText('一个粒子的随机游走')).toBeTruthy();
    expect(screen.getByLabelText('随机种子')).toBeTruthy();
  });
});
