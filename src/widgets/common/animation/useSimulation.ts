import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { type AnimationControls, useAnimation } from './useAnimation';

export interface SimulationOptions<Model, Readout> {
  /** Build the model at t = 0 from the widget's parameters (seed included): on mount, on reset, when `deps` change. */
  create: () => Model;
  /** What `create` depends on (the parameters): a change rebuilds the model, as a new run from t = 0. */
  deps: readonly unknown[];
  /** Advance the model by one step of its own time step (the model holds dt; PhET's `step(dt)`). */
  step: (model: Model) => void;
  /** Steps per animation frame (the playback speed); a Step press advances one frame's worth. */
  stepsPerFrame?: number;
  /** The figures shown beside the drawing, read from the model as React state. */
  readout: (model: Model, steps: number) => Readout;
  /** Read the figures every this many frames only, when reading them is costly (default: every frame). */
  readoutEvery?: number;
  /** The run ends after this many steps: playing stops there ('stop', the default) or starts over ('restart'). */
  maxSteps?: number;
  atEnd?: 'stop' | 'restart';
  /** Draw the model imperatively (a canvas) after each frame and after each rebuild. */
  draw?: (model: Model, steps: number) => void;
  autoPlay?: boolean;
}

export interface Simulation<Model, Readout> {
  /** The live model, mutated in place by `step` (for drawing; React state holds only the readout). */
  model: RefObject<Model>;
  readout: Readout;
  /** Steps taken since t = 0. */
  steps: number;
  animation: AnimationControls;
  /** Back to t = 0 with the same parameters and seed: the same run again (the R key). */
  reset(): void;
}

/**
 * The driver of per-frame simulations (molecules colliding, walkers spreading, a shape dissolving): a mutable model
 * advanced a few steps per frame and drawn imperatively, with React state only for the figures beside it. A run
 * that reaches `maxSteps` stops (or restarts); Play on a finished run starts it over from t = 0, as useReveal does.
 */
export function useSimulation<Model, Readout>(
  options: SimulationOptions<Model, Readout>,
): Simulation<Model, Readout> {
  const latest = useRef(options);
  latest.current = options;
  const model = useRef<Model>(null as Model);
  const steps = useRef(0);
  const frames = useRef(0);
  const [readout, setReadout] = useState<Readout>(() => {
    model.current = options.create();
    return options.readout(model.current, 0);
  });
  const [stepCount, setStepCount] = useState(0);

  const publish = useCallback(() => {
    const { readout: read, draw } = latest.current;
    setReadout(read(model.current, steps.current));
    setStepCount(steps.current);
    draw?.(model.current, steps.current);
  }, []);

  const rebuild = useCallback(() => {
    model.current = latest.current.create();
    steps.current = 0;
    frames.current = 0;
    publish();
  }, [publish]);

  const finished = useCallback(() => runIsOver(latest.current.maxSteps, steps.current), []);

  const stopRef = useRef<() => void>(() => undefined);
  const advanceFrame = useCallback(() => {
    const {
      step,
      stepsPerFrame = 1,
      readoutEvery = 1,
      maxSteps,
      atEnd = 'stop',
      readout: read,
      draw,
    } = latest.current;
    if (finished()) {
      if (atEnd === 'stop') return;
      model.current = latest.current.create();
      steps.current = 0;
    }
    const budget = maxSteps === undefined ? stepsPerFrame : Math.min(stepsPerFrame, maxSteps - steps.current);
    for (let k = 0; k < budget; k++) step(model.current);
    steps.current += budget;
    frames.current += 1;
    const ended = finished();
    if (ended || frames.current % readoutEvery === 0) {
      setReadout(read(model.current, steps.current));
      setStepCount(steps.current);
    }
    draw?.(model.current, steps.current);
    if (ended && atEnd === 'stop') stopRef.current();
  }, [finished]);

  const base = useAnimation({ onFrame: advanceFrame, autoPlay: options.autoPlay });
  stopRef.current = () => base.setPlaying(false);

  // A change of parameters is a new run from t = 0 (the first render already built the model).
  const runNumber = useChangeCount(options.deps);
  const drawnRun = useRef(-1);
  useEffect(() => {
    if (drawnRun.current === -1) latest.current.draw?.(model.current, 0);
    else if (drawnRun.current !== runNumber) rebuild();
    drawnRun.current = runNumber;
  }, [runNumber, rebuild]);

  const { setPlaying: setBasePlaying, toggle: baseToggle } = base;
  const animation: AnimationControls = {
    ...base,
    toggle: () => {
      if (!base.playing && finished()) rebuild();
      baseToggle();
    },
    setPlaying: (playing) => {
      if (playing && !base.playing && finished()) rebuild();
      setBasePlaying(playing);
    },
    stepOnce: () => {
      if (finished()) rebuild();
      advanceFrame();
    },
  };

  const reset = useCallback(() => {
    setBasePlaying(false);
    rebuild();
  }, [setBasePlaying, rebuild]);

  return { model, readout, steps: stepCount, animation, reset };
}

function runIsOver(maxSteps: number | undefined, steps: number): boolean {
  return maxSteps !== undefined && steps >= maxSteps;
}

/** How many times the values in `deps` have changed (compared one by one, as React compares effect deps). */
function useChangeCount(deps: readonly unknown[]): number {
  const previous = useRef(deps);
  const count = useRef(0);
  if (
    deps.length !== previous.current.length ||
    deps.some((value, i) => !Object.is(value, previous.current[i]))
  ) {
    count.current += 1;
    previous.current = deps;
  }
  return count.current;
}
