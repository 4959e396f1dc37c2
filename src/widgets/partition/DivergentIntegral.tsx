import { useMemo } from 'react';
import { Figure } from '../common/frame/Figure';
import { Slider } from '../common/inputs/controls';
import { snapToStep } from '../common/inputs/snapToStep';
import { formatNumber, useStrings } from '../common/lang';
import { formatLog10 } from '../common/plots';
import { noticeBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { DivergentReadout } from './divergent/DivergentReadout';
import { GrowthPlot } from './divergent/GrowthPlot';
import { growthCurve, HALF_WIDTH_RANGE, windowValues } from './divergent/model';
import { DIVERGENT_STRINGS } from './divergent/strings';
import { WindowPlot } from './divergent/WindowPlot';
import './partition.css';

const BETA_STEP = 0.05;

/** Parameter table. β = 0 lies on the slider's grid (−1 + 20 steps), so the borderline case is reachable exactly. */
export const DIVERGENT_PARAMS = {
  beta: { kind: 'number', min: -1, max: 2, default: 1, step: BETA_STEP },
  halfWidth: { kind: 'number', min: HALF_WIDTH_RANGE[0], max: HALF_WIDTH_RANGE[1], default: 5, scale: 'log' },
} as const;

/** Chapter 3: ∫ e^{−βx²} dx over a widening window settles at √(π/β) for β > 0 and grows without bound for β ≤ 0. */
export function DivergentIntegral() {
  const t = useStrings(DIVERGENT_STRINGS);
  const state = useWidgetState(DIVERGENT_PARAMS);
  // The verdict depends on the sign of β: a value a hair off the grid (from a hand-written URL) counts as its step.
  const beta = snapToStep(state.values.beta, BETA_STEP);
  const { halfWidth } = state.values;
  const curve = useMemo(() => growthCurve(beta), [beta]);
  const current = useMemo(() => windowValues(beta, halfWidth), [beta, halfWidth]);
  const betaBindings = sliderBindings(state, 'beta');
  const betaText = formatNumber(beta, 3);
  const lText = formatNumber(halfWidth, 3);

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      onReset={state.resetParams}
      {...noticeBindings(state)}
      controls={
        <>
          <Slider
            label={t.beta}
            {...betaBindings}
            onChange={(value) => betaBindings.onChange(snapToStep(value, BETA_STEP))}
          />
          <Slider label={t.halfWidth} {...sliderBindings(state, 'halfWidth')} />
        </>
      }
    >
      <WindowPlot
        beta={beta}
        halfWidth={halfWidth}
        exitAt={current.ceilingAt}
        offScale={
          current.ceilingAt === null
            ? null
            : t.offScale(formatNumber(current.ceilingAt, 3), formatLog10(current.log10Peak, 3))
        }
        edgeLabels={t.windowEdges}
        label={t.plotLabel(betaText, lText, formatLog10(current.log10Area, 4))}
        axes={t.axes}
      />
      <DivergentReadout beta={beta} halfWidth={halfWidth} window={current} limit={curve.limit} t={t} />
      <GrowthPlot
        log10Areas={curve.log10Areas}
        limit={curve.limit}
        halfWidth={halfWidth}
        log10Area={current.log10Area}
        label={t.growthLabel(betaText, curve.limit.kind === 'converges')}
        axes={t.growthAxes}
        legend={{ area: t.legendArea, twoL: t.legendTwoL, limit: t.legendLimit, now: t.legendNow }}
      />
    </Figure>
  );
}
