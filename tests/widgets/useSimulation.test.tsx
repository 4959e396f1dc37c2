import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSimulation } from '../../src/widgets/common/animation/useSimulation';

/** A counter model: each step adds `by`; the readout is its value; `drawn` records every draw. */
const drawn: number[] = [];
function Probe(props: { by: number; maxSteps?: number; atEnd?: 'stop' | 'restart' }) {
  const simulation = useSimulation({
    create: () => ({ value: 0, by: props.by }),
    deps: [props.by],
    step: (model) => {
      model.value += model.by;
    },
    stepsPerFrame: 3,
    readout: (model) => model.value,
    maxSteps: props.maxSteps,
    atEnd: props.atEnd,
    draw: (model) => drawn.push(model.value),
  });
  return (
    <div>
      <span data-testid="value">{simulation.readout}</span>
      <span data-testid="steps">{simulation.steps}</span>
      <span data-testid="playing">{String(simulation.animation.playing)}</span>
      <button type="button" onClick={simulation.animation.stepOnce}>
        step
      </button>
      <button type="button" onClick={simulation.animation.toggle}>
        toggle
      </button>
      <button type="button" onClick={simulation.reset}>
        reset
      </button>
    </div>
  );
}

/** A model whose step size is a live parameter: changing `by` acts on the running model, with no new run. */
let liveRunsBuilt = 0;
function LiveProbe(props: { by: number; readoutEvery?: number }) {
  const simulation = useSimulation({
    create: () => {
      liveRunsBuilt++;
      return { value: 0, by: props.by };
    },
    deps: [],
    live: {
      deps: [props.by],
      apply: (model) => {
        model.by = props.by;
      },
    },
    step: (model) => {
      model.value += model.by;
    },
    readout: (model) => `${model.value} by ${model.by}`,
    readoutEvery: props.readoutEvery,
    draw: (model) => drawn.push(model.value),
  });
  return (
    <div>
      <span data-testid="value">{simulation.readout}</span>
      <span data-testid="steps">{simulation.steps}</span>
      <button type="button" onClick={simulation.animation.stepOnce}>
        step
      </button>
      <button type="button" onClick={simulation.animation.toggle}>
        toggle
      </button>
    </div>
  );
}

let frames: FrameRequestCallback[] = [];
async function runFrame() {
  const pending = frames;
  frames = [];
  await act(async () => {
    for (const callback of pending) callback(performance.now());
  });
}

describe('useSimulation', () => {
  beforeEach(() => {
    frames = [];
    drawn.length = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('a Step advances one frame of steps, and the model is drawn after it', () => {
    render(<Probe by={2} />);
    expect(drawn).toEqual([0]);
    fireEvent.click(screen.getByText('step'));
    expect(screen.getByTestId('value').textContent).toBe('6');
    expect(screen.getByTestId('steps').textContent).toBe('3');
    expect(drawn.at(-1)).toBe(6);
  });

  it('stops at maxSteps without overshooting, and Play on a finished run starts it over', async () => {
    render(<Probe by={1} maxSteps={5} />);
    fireEvent.click(screen.getByText('toggle'));
    expect(screen.getByTestId('playing').textContent).toBe('true');
    await runFrame();
    await runFrame();
    expect(screen.getByTestId('steps').textContent).toBe('5');
    expect(screen.getByTestId('playing').textContent).toBe('false');
    await runFrame(); // a frame already on its way must not move a finished run
    expect(screen.getByTestId('steps').textContent).toBe('5');
    fireEvent.click(screen.getByText('toggle'));
    expect(screen.getByTestId('steps').textContent).toBe('0');
  });

  it('restarts at the end when asked to, and a parameter change or reset is a new run from t = 0', async () => {
    const { rerender } = render(<Probe by={1} maxSteps={4} atEnd="restart" />);
    fireEvent.click(screen.getByText('step'));
    fireEvent.click(screen.getByText('step'));
    expect(screen.getByTestId('steps').textContent).toBe('4');
    fireEvent.click(screen.getByText('step'));
    expect(screen.getByTestId('steps').textContent).toBe('3');
    rerender(<Probe by={10} maxSteps={4} atEnd="restart" />);
    expect(screen.getByTestId('value').textContent).toBe('0');
    fireEvent.click(screen.getByText('step'));
    expect(screen.getByTestId('value').textContent).toBe('30');
    fireEvent.click(screen.getByText('reset'));
    expect(screen.getByTestId('value').textContent).toBe('0');
  });

  it('a live parameter acts on the running model: no new run, and the readout and drawing follow at once', () => {
    const { rerender } = render(<LiveProbe by={1} />);
    fireEvent.click(screen.getByText('step'));
    fireEvent.click(screen.getByText('step'));
    expect(screen.getByTestId('value').textContent).toBe('2 by 1');
    const draws = drawn.length;
    const built = liveRunsBuilt;
    rerender(<LiveProbe by={5} />);
    expect(liveRunsBuilt).toBe(built); // no new run
    expect(screen.getByTestId('value').textContent).toBe('2 by 5');
    expect(screen.getByTestId('steps').textContent).toBe('2');
    expect(drawn.length).toBe(draws + 1);
    fireEvent.click(screen.getByText('step'));
    expect(screen.getByTestId('value').textContent).toBe('7 by 5');
  });

  it('before the first step, a live parameter builds the run afresh (so t = 0 depends on the parameters alone)', () => {
    const { rerender } = render(<LiveProbe by={1} />);
    const built = liveRunsBuilt;
    rerender(<LiveProbe by={5} />);
    expect(liveRunsBuilt).toBe(built + 1);
    expect(screen.getByTestId('value').textContent).toBe('0 by 5');
    expect(screen.getByTestId('steps').textContent).toBe('0');
    fireEvent.click(screen.getByText('step'));
    expect(screen.getByTestId('value').textContent).toBe('5 by 5');
  });

  it('reads the figures every readoutEvery frames while playing, but at once after a Step by hand', async () => {
    render(<LiveProbe by={1} readoutEvery={3} />);
    fireEvent.click(screen.getByText('step'));
    expect(screen.getByTestId('value').textContent).toBe('1 by 1');
    fireEvent.click(screen.getByText('toggle'));
    await runFrame();
    expect(screen.getByTestId('value').textContent).toBe('1 by 1');
    await runFrame();
    expect(screen.getByTestId('value').textContent).toBe('3 by 1');
    expect(drawn.at(-1)).toBe(3);
  });
});
