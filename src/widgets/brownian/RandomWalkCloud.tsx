import { useMemo, useRef } from 'react';
import type { WalkDimension, WalkKind } from '../../core';
import { useSimulation } from '../common/animation/useSimulation';
import { useFrameStats } from '../common/canvas/useFrameStats';
import { Figure } from '../common/frame/Figure';
import { Choice, Slider } from '../common/inputs/controls';
import { useStrings } from '../common/lang';
import { choiceBindings, frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import './brownian.css';
import { readWalkCloud } from './walkCloud/readout';
import { WALKERS_STRINGS } from './walkCloud/strings';
import { WalkCloudPanels } from './walkCloud/WalkCloudPanels';
import { WalkCloudReadout } from './walkCloud/WalkCloudReadout';
import { createWalkCloudRun, stepRun, stepsPerFrame, type WalkCloudSettings } from './walkCloud/walkCloudRun';

export const WALKERS_PARAMS = {
  walkers: { kind: 'number', min: 100, max: 10_000, default: 2_000, integer: true, step: 100 },
  steps: { kind: 'number', min: 10, max: 1_000, default: 200, integer: true, step: 10 },
  stepSize: { kind: 'number', min: 0.1, max: 2, default: 1, step: 0.1 },
  dimension: { kind: 'enum', values: ['1', '2'], default: '2' },
  kind: { kind: 'enum', values: ['lattice', 'gaussian'], default: 'lattice' },
} as const;

/** The readouts and plots refresh every this many animation frames; the canvas is repainted every frame. */
const READOUT_EVERY = 4;

/**
 * Many random walkers from the origin: the cloud, its histogram against N(0, 2Dt), its MSD and its KS distance.
 * One simulation (the run) is stepped per frame; the run is shown finished at rest, and Play replays it from t = 0.
 */
export function RandomWalkCloud() {
  const t = useStrings(WALKERS_STRINGS);
  const state = useWidgetState(WALKERS_PARAMS);
  const { walkers, steps, stepSize, dimension, kind, seed } = state.values;
  const settings = useMemo<WalkCloudSettings>(
    () => ({
      seed,
      walkers,
      dimension: Number(dimension) as WalkDimension,
      kind: kind as WalkKind,
      stepSize,
      maxSteps: steps,
    }),
    [seed, walkers, dimension, kind, stepSize, steps],
  );

  const repaint = useRef<() => void>(() => undefined);
  const frameStats = useFrameStats();
  const simulation = useSimulation({
    create: () => createWalkCloudRun(settings),
    deps: [settings],
    step: stepRun,
    stepsPerFrame: stepsPerFrame(settings),
    maxSteps: settings.maxSteps,
    readout: readWalkCloud,
    readoutEvery: READOUT_EVERY,
    draw: () => repaint.current(),
    frameStats,
    showFinished: true,
  });

  return (
    <Figure
      title={t.title}
      caption={t.caption(dimension)}
      animation={simulation.animation}
      onReset={simulation.reset}
      {...frameBindings(state)}
      controls={
        <>
          <Slider label={t.steps} {...sliderBindings(state, 'steps')} />
          <Slider label={t.walkers} {...sliderBindings(state, 'walkers')} />
          <Slider label={t.stepSize} {...sliderBindings(state, 'stepSize')} />
          <Choice
            label={t.dimension}
            options={[
              { value: '1', label: t.oneD },
              { value: '2', label: t.twoD },
            ]}
            {...choiceBindings(state, 'dimension')}
          />
          <Choice
            label={t.kind}
            options={[
              { value: 'lattice', label: t.lattice },
              { value: 'gaussian', label: t.gaussian },
            ]}
            {...choiceBindings(state, 'kind')}
          />
        </>
      }
    >
      <WalkCloudPanels
        figures={simulation.readout}
        run={simulation.model}
        repaint={repaint}
        dimension={dimension}
        walkers={walkers}
        t={t}
      />
      <WalkCloudReadout figures={simulation.readout} dimension={dimension} t={t} />
    </Figure>
  );
}
