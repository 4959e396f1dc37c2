import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useReveal } from '../../src/widgets/common/animation/useReveal';

function Probe(props: { total: number }) {
  const reveal = useReveal(props.total, (current) => current + 1);
  return (
    <div>
      <span data-testid="shown">{reveal.shown}</span>
      <span data-testid="playing">{String(reveal.animation.playing)}</span>
      <button type="button" onClick={reveal.animation.toggle}>
        toggle
      </button>
      <button type="button" onClick={reveal.animation.stepOnce}>
        step
      </button>
      <button type="button" onClick={reveal.reset}>
        reset
      </button>
    </div>
  );
}

/** Animation frames by hand. cancelAnimationFrame is a no-op, like a frame already on its way when the loop stops. */
let frames: FrameRequestCallback[] = [];
async function runFrame() {
  const pending = frames;
  frames = [];
  await act(async () => {
    for (const callback of pending) callback(performance.now() + 16);
  });
}

describe('useReveal', () => {
  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows everything at rest; play starts over from the first item and stops at the end', async () => {
    render(<Probe total={3} />);
    expect(screen.getByTestId('shown').textContent).toBe('3');
    fireEvent.click(screen.getByText('toggle'));
    expect(screen.getByTestId('shown').textContent).toBe('0');
    await runFrame();
    expect(screen.getByTestId('shown').textContent).toBe('1');
    await runFrame();
    await runFrame();
    expect(screen.getByTestId('shown').textContent).toBe('3');
    expect(screen.getByTestId('playing').textContent).toBe('false');
  });

  it('a frame that arrives after the end does not start the reveal over', async () => {
    render(<Probe total={2} />);
    fireEvent.click(screen.getByText('toggle'));
    await runFrame();
    await runFrame();
    expect(screen.getByTestId('shown').textContent).toBe('2');
    // The loop had already asked for one more frame before it was stopped: it must change nothing.
    expect(frames.length).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) {
      await runFrame();
      expect(screen.getByTestId('shown').textContent).toBe('2');
    }
  });

  it('step adds one (starting over when finished); reset shows nothing', () => {
    render(<Probe total={5} />);
    fireEvent.click(screen.getByText('step'));
    expect(screen.getByTestId('shown').textContent).toBe('1');
    fireEvent.click(screen.getByText('step'));
    expect(screen.getByTestId('shown').textContent).toBe('2');
    fireEvent.click(screen.getByText('reset'));
    expect(screen.getByTestId('shown').textContent).toBe('0');
  });
});
