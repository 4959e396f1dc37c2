import { useMemo } from 'react';
import { piStandardError } from '../../../core';
import { useFigure } from '../../common/frame/FigureContext';
import { CornerLegend, DASHED, Line, Plot, Points, powersOfTenAxis, ROLE } from '../../common/plots';
import type { RunningPiPoints } from './darts';
import type { DartsPlotFrame } from './RunningEstimatePlot';

/**
 * |π̂ − π| lives between about 10⁻⁵ (a lucky moment) and 4 (after one dart). An error below the floor is drawn on
 * the floor: π is irrational, so the error is never exactly 0, but it can pass very close when π̂ crosses π.
 */
const FLOOR = 1e-5;

export interface ErrorPlotProps {
  points: RunningPiPoints;
  /** The log N axis and the outer size, shared with the running estimate's plot. */
  frame: DartsPlotFrame;
  label: string;
  yLabel: string;
  errorLabel: string;
  referenceLabel: string;
}

/** |π̂ − π| against N on log–log axes, next to the line σ/√N with the true σ = 4√(p(1 − p)), p = π/4. */
export function ErrorPlot(props: ErrorPlotProps) {
  const { points, frame, yLabel } = props;
  const { projector } = useFigure();
  // Large projector type needs room: every other power of ten there.
  const y = useMemo(
    () => ({ ...powersOfTenAxis(FLOOR, 1, yLabel, projector ? 2 : 1), domain: [FLOOR, 4] as const }),
    [yLabel, projector],
  );
  const n = (k: number) => k;
  return (
    <Plot {...frame} y={y} label={props.label} testId="darts-error">
      {/* The reference σ/√N is a straight line of slope −½ on these axes: its two ends draw it exactly. */}
      <Line
        data={frame.x.domain}
        x={n}
        y={piStandardError}
        colour={ROLE.exact}
        width={2}
        dash={DASHED}
        testId="darts-reference"
      />
      <Points
        data={points.ns}
        x={n}
        y={(_, i) => Math.max(FLOOR, points.absError[i])}
        radius={2}
        testId="darts-error-dots"
      />
      <CornerLegend
        corner="top-right"
        items={[
          { glyph: '- -', colour: ROLE.exact, label: props.referenceLabel },
          { glyph: '●', colour: ROLE.data, label: props.errorLabel },
        ]}
      />
    </Plot>
  );
}
