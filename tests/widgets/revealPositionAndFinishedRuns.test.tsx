import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useReveal } from '../../src/widgets/common/animation/useReveal';
import { useSimulation } from '../../src/widgets/common/animation/useSimulation';

/** A hand-cranked requestAnimationFrame: each runFrame() delivers the frames requested so far. */
let frames = new Map<number, FrameRequestCallback>();
let nextId = 1;
async function runFrame() {
  const pending = [...frames.values()];
  frames = new Map();
  await act(async () => {
    for (const callback of pending) callback(performance.now() + 16);
  });
}

beforeEach(() => {
  frames = new Map();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(nextId, callback);
    return nextId++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});
afterEach(() => vi.unstubAllGlobals());

const shown = () => screen.getByTestId('shown').textContent;
const click = (name: string) => fireEvent.click(screen.getByText(name));

/** A reveal of 10 items, 3 per frame, whose position is held by the component (as a time slider's parameter). */
function HeldReveal() {
  const [position, setPosition] = useState(4);
  const reveal = useReveal(
    10,
    (current) => current + 3,
    (current) => current + 3,
    {
      shown: position,
      set: setPosition,
    },
  );
  return (
    <div>
      <span data-testid="shown">{reveal.shown}</span>
      <span data-testid="playing">{String(reveal.animation.playing)}</span>
      <button type="button" onClick={() => setPosition(7)}>
        slide
      </button>
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

describe('useReveal with a held position', () => {
  it('rests where it is held, steps and plays on from there, stops at the end and replays from 0', async () => {
    render(<HeldReveal />);
    expect(shown()).toBe('4');
    click('step');
    expect(shown()).toBe('7');
    click('slide');
    click('toggle');
    await runFrame();
    expect(shown()).toBe('10');
    expect(screen.getByTestId('playing').textContent).toBe('false');
    await runFrame();
    expect(shown()).toBe('10');
    click('toggle');
    expect(shown()).toBe('0');
    await runFrame();
    expect(shown()).toBe('3');
    click('reset');
    expect(shown()).toBe('0');
  });
});

/** A counter simulation of `max` steps, 2 per frame, shown finished at rest. */
function FinishedRun(props: { by: number; max: number }) {
  const simulation = useSimulation({
    create: () => ({ value: 0 }),
    deps: [props.by, props.max],
    step: (model) => {
      model.value += props.by;
    },
    stepsPerFrame: 2,
    maxSteps: props.max,
    readout: (model) => model.value,
    showFinished: true,
  });
  return (
    <div>
      <span data-testid="shown">{simulation.steps}</span>
      <span data-testid="value">{simulation.readout}</span>
      <button type="button" onClick={simulation.animation.toggle}>
        toggle
      </button>
      <button type="button" onClick={simulation.animation.stepOnce}>
        step
      </button>
      <button type="button" onClick={simulation.reset}>
        reset
      </button>
    </div>
  );
}

describe('useSimulation showing finished runs', () => {
  it('is finished on mount; a change keeps it finished, or where it had got to; reset and Play start at 0', async () => {
    const { rerender } = render(<FinishedRun by={1} max={6} />);
    expect(shown()).toBe('6');
    expect(screen.getByTestId('value').textContent).toBe('6');
    rerender(<FinishedRun by={10} max={8} />);
    expect(shown()).toBe('8');
    expect(screen.getByTestId('value').textContent).toBe('80');
    click('reset');
    expect(shown()).toBe('0');
    click('step');
    expect(shown()).toBe('2');
    rerender(<FinishedRun by={1} max={8} />);
    expect(shown()).toBe('2');
    expect(screen.getByTestId('value').textContent).toBe('2');
    click('step');
    click('step');
    click('step');
    expect(shown()).toBe('8');
    click('toggle');
    expect(shown()).toBe('0');
    await runFrame();
    expect(shown()).toBe('2');
  });
});
