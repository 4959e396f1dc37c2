import { useRef } from 'react';
import { useSimulation } from '../common/animation/useSimulation';
import { useFrameStats } from '../common/canvas/useFrameStats';
import { Figure } from '../common/frame/Figure';
import { Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import './brownian.css';
import { CollisionCanvas } from './collisions/CollisionCanvas';
import {
  applySettings,
  COLLISIONS_PARAMS,
  type CollisionReadout,
  createRun,
  readCollisions,
  STEPS_PER_FRAME,
  TIME_STEP_PS,
} from './collisions/model';
import { COLLISIONS_STRINGS } from './collisions/strings';

export { COLLISIONS_PARAMS } from './collisions/model';

/** While playing, the readouts (which scan the trail for the MSD) refresh every few frames only. */
const READOUT_EVERY = 6;

/** Simulated time in ps, switching to ns once it is long (1 ns = 1000 ps). */
function formatTime(ps: number): string {
  return ps < 10_000 ? `${formatNumber(ps, 5)} ps` : `${formatNumber(ps / 1000, 4)} ns`;
}

/**
 * One heavy grain kicked about by many light molecules: the collision model of Brownian motion, live. The run has
 * no end; a new seed starts a new one, while the sliders act on the running gas (useSimulation's `live`), so the
 * reader sees the grain liven up or calm down at once.
 */
export function CollisionBox() {
  const t = useStrings(COLLISIONS_STRINGS);
  const state = useWidgetState(COLLISIONS_PARAMS);
  const { temperature, grainRadius, molecules, seed } = state.values;
  const settings = { temperature, grainRadius, molecules };
  const repaint = useRef<() => void>(() => undefined);
  const frameStats = useFrameStats();
  const simulation = useSimulation({
    create: () => createRun(seed, settings),
    deps: [seed],
    live: { deps: [temperature, grainRadius, molecules], apply: (run) => applySettings(run, settings) },
    step: (run) => run.model.step(TIME_STEP_PS),
    stepsPerFrame: STEPS_PER_FRAME,
    readout: readCollisions,
    readoutEvery: READOUT_EVERY,
    draw: () => repaint.current(),
    frameStats,
  });
  const readout = simulation.readout;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={simulation.animation}
      onReset={simulation.reset}
      {...frameBindings(state)}
      controls={
        <>
          <Slider label={t.temperature} {...sliderBindings(state, 'temperature')} />
          <Slider label={t.grainRadius} {...sliderBindings(state, 'grainRadius')} />
          <Slider label={t.molecules} {...sliderBindings(state, 'molecules')} />
        </>
      }
    >
      <CollisionCanvas
        run={simulation.model}
        repaint={repaint}
        label={t.canvasLabel(
          readout.moleculeCount,
          formatNumber(readout.grainRadius, 3),
          formatNumber(readout.temperature, 4),
          formatNumber(readout.time, 5),
        )}
        legend={[t.legendMolecules, t.legendGrain, t.legendTrail]}
      />
      <CollisionReadouts readout={readout} />
    </Figure>
  );
}

/** The figures under the box: time, the MSD (or why there is none yet), kicks and the grain's mass. */
function CollisionReadouts({ readout }: { readout: CollisionReadout }) {
  const t = useStrings(COLLISIONS_STRINGS);
  const { msd } = readout;
  return (
    <Readout
      items={[
        { label: t.time, value: <span data-testid="collisions-time">{formatTime(readout.time)}</span> },
        {
          label: t.msd,
          value: (
            <span data-testid="collisions-msd">
              {msd
                ? `${formatNumber(msd.msd, 3)} nm² (${t.window(formatNumber(msd.window, 4), msd.pairs)})`
                : t.collecting}
            </span>
          ),
        },
        { label: t.kicks, value: <span data-testid="collisions-kicks">{readout.kicks}</span> },
        { label: t.mass, value: `${formatNumber(readout.grainMass, 3)} u` },
      ]}
    />
  );
}
