import { useMemo } from 'react';
import { brownianPath, createRng } from '../../core';
import { useReveal } from '../common/animation/useReveal';
import { Figure } from '../common/frame/Figure';
import { Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { WALK_DEMO_STRINGS } from './walkDemo/strings';
import { WalkPlot } from './walkDemo/WalkPlot';

/** Parameter table: ranges, steps and defaults in one place; the same table validates URL values. */
export const WALK_DEMO_PARAMS = {
  steps: { kind: 'number', min: 10, max: 2000, default: 400, integer: true, step: 10 },
  stepSize: { kind: 'number', min: 0.1, max: 3, default: 1, step: 0.1 },
} as const;

/** About 120 frames (two seconds) to reveal a whole path, whatever its length. */
const revealSpeed = (steps: number) => (current: number) => current + Math.max(1, Math.round(steps / 120));

/** The kit's model widget: a seeded 1-D Gaussian random walk, computed whole and revealed step by step on Play. */
export function WalkDemo() {
  const t = useStrings(WALK_DEMO_STRINGS);
  const state = useWidgetState(WALK_DEMO_PARAMS);
  const { steps, stepSize, seed } = state.values;
  // Steps of size σ per unit time are Brownian motion with D = σ²/2 sampled at Δt = 1 (σ² = 2DΔt).
  const path = useMemo(
    () => brownianPath(createRng(seed), steps, 1, (stepSize * stepSize) / 2, 1),
    [seed, steps, stepSize],
  );
  const advance = useMemo(() => revealSpeed(steps), [steps]);
  const reveal = useReveal(steps, advance);
  const { shown } = reveal;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={reveal.animation}
      onReset={reveal.reset}
      {...frameBindings(state, reveal.showAll)}
      controls={
        <>
          <Slider label={t.steps} {...sliderBindings(state, 'steps', reveal.showAll)} />
          <Slider label={t.stepSize} {...sliderBindings(state, 'stepSize')} />
        </>
      }
    >
      <WalkPlot
        path={path}
        shown={shown}
        stepSize={stepSize}
        label={t.plotLabel(shown)}
        axes={[t.xAxis, t.yAxis]}
      />
      <Readout
        items={[
          { label: t.shown, value: <span data-testid="walk-shown">{shown}</span> },
          { label: t.final, value: <span data-testid="walk-final">{formatNumber(path[shown], 4)}</span> },
          { label: t.spread, value: formatNumber(stepSize * Math.sqrt(shown), 4) },
        ]}
      />
    </Figure>
  );
}
