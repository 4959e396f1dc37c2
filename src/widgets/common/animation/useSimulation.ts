import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { FrameStatsRecorder } from '../canvas/frameStats';
import { type AnimationControls, useAnimation } from './useAnimation';

export interface SimulationOptions<Model, Readout> {
  /** Build the model at t = 0 from the widget's parameters (seed included): on mount, on reset, when `deps` change. */
  create: () => Model;
  /** What `create` depends on (the parameters): a change rebuilds the model, as a new run from t = 0. */
  deps: readonly unknown[];
  /**
   * Parameters the running model takes on the fly (a temperature turned up mid-run): when a value in `deps`
   * changes, `apply` sets them on the live model, with no new run; the readout and drawing then refresh.
   */
  live?: { deps: readonly unknown[]; apply: (model: Model) => void };
  /** Advance the model by one step of its own time step (the model holds dt; PhET's `step(dt)`). */
  step: (model: Model) => void;
  /** Steps per animation frame (the playback speed); a Step press advances one frame's worth. */
  stepsPerFrame?: number;
  /** The figures shown beside the drawing, read from the model as React state. */
  readout: (model: Model, steps: number) => Readout;
  /** Read the figures every this many frames only, when reading them is costly (default: every frame); a Step by
   * hand always reads them, so its result shows at once. */
  readoutEvery?: number;
  /** The run ends after this many steps: playing stops there ('stop', the default) or starts over ('restart'). */
  maxSteps?: number;
  atEnd?: 'stop' | 'restart';
  /** Draw the model imperatively (a canvas) after each frame and after each rebuild. */
  draw?: (model: Model, steps: number) => void;
  autoPlay?: boolean;
  /**
   * Show runs finished at rest, as useReveal shows everything: on mount the run is taken to `maxSteps` at once, and
   * a change of `deps` takes the new run to the step the old one had reached (its own end, if the old one had
   * finished). Reset and Play on a finished run still start from t = 0.
   */
  showFinished?: boolean;
  /** Times each frame's work (steps + drawing) for the benchmark; see canvas/frameStats. */
  frameStats?: FrameStatsRecorder;
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
  /** The maxSteps the current run was built for: whether it had finished is judged against it after a change. */
  const builtFor = useRef(options.maxSteps);
  // Steps the fresh model to `target` at once (a run shown finished, or carried over a change of parameters).
  const runTo = useRef((target: number) => {
    for (; steps.current < target; steps.current++) latest.current.step(model.current);
  }).current;
  const [readout, setReadout] = useState<Readout>(() => {
    model.current = options.create();
    if (options.showFinished) runTo(options.maxSteps ?? 0);
    return options.readout(model.current, steps.current);
  });
  const [stepCount, setStepCount] = useState(steps.current);

  const publish = useCallback(() => {
    const { readout: read, draw } = latest.current;
    setReadout(read(model.current, steps.current));
    setStepCount(steps.current);
    draw?.(model.current, steps.current);
  }, []);

  const rebuild = useCallback(
    (target = 0) => {
      model.current = latest.current.create();
      steps.current = 0;
      frames.current = 0;
      builtFor.current = latest.current.maxSteps;
      runTo(target);
      publish();
    },
    [publish, runTo],
  );

  const finished = useCallback(() => runIsOver(latest.current.maxSteps, steps.current), []);

  const stopRef = useRef<() => void>(() => undefined);
  const advanceFrame = useCallback(
    (byHand: boolean) => {
      const {
        step,
        stepsPerFrame = 1,
        readoutEvery = 1,
        maxSteps,
        atEnd = 'stop',
        readout: read,
        draw,
        frameStats,
      } = latest.current;
      if (finished()) {
        if (atEnd === 'stop') return;
        model.current = latest.current.create();
        steps.current = 0;
      }
      const start = frameStats?.begin() ?? 0;
      const budget =
        maxSteps === undefined ? stepsPerFrame : Math.min(stepsPerFrame, maxSteps - steps.current);
      for (let k = 0; k < budget; k++) step(model.current);
      steps.current += budget;
      frames.current += 1;
      const ended = finished();
      if (byHand || ended || frames.current % readoutEvery === 0) {
        setReadout(read(model.current, steps.current));
        setStepCount(steps.current);
      }
      draw?.(model.current, steps.current);
      frameStats?.end(start);
      if (ended && atEnd === 'stop') stopRef.current();
    },
    [finished],
  );

  const base = useAnimation({ onFrame: () => advanceFrame(false), autoPlay: options.autoPlay });
  stopRef.current = () => base.setPlaying(false);

  // A change of parameters is a new run from t = 0 (the first render already built the model).
  const runNumber = useChangeCount(options.deps);
  const drawnRun = useRef(-1);
  useEffect(() => {
    if (drawnRun.current === -1) latest.current.draw?.(model.current, steps.current);
    else if (drawnRun.current !== runNumber) {
      const { showFinished, maxSteps } = latest.current;
      rebuild(showFinished ? carriedSteps(steps.current, builtFor.current, maxSteps) : 0);
    }
    drawnRun.current = runNumber;
  }, [runNumber, rebuild]);

  // A change of a live parameter acts on the running model (declared after the rebuild, so a change of both
  // applies to the new run). Before the first step there is nothing to keep, so the run is built afresh instead:
  // the state at t = 0 is then a function of the parameters alone, which is what a copied link reproduces.
  const liveNumber = useChangeCount(options.live?.deps ?? NO_DEPS);
  const appliedLive = useRef(liveNumber);
  useEffect(() => {
    if (appliedLive.current === liveNumber) return;
    appliedLive.current = liveNumber;
    if (steps.current === 0) {
      rebuild(0);
      return;
    }
    latest.current.live?.apply(model.current);
    publish();
  }, [liveNumber, publish, rebuild]);

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
      advanceFrame(true);
    },
  };

  const reset = useCallback(() => {
    setBasePlaying(false);
    rebuild();
  }, [setBasePlaying, rebuild]);

  return { model, readout, steps: stepCount, animation, reset };
}

const NO_DEPS: readonly unknown[] = [];

/** Where a run shown finished stands after a change: the old run's step, or the new end if the old one had ended. */
function carriedSteps(steps: number, oldMax: number | undefined, newMax: number | undefined): number {
  if (newMax === undefined) return 0;
  return oldMax !== undefined && steps >= oldMax ? newMax : Math.min(steps, newMax);
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
