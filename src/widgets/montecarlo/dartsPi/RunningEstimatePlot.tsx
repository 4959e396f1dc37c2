import { format } from 'd3';
import { useMemo } from 'react';
import { Area, Line, Plot, type PlotProps, PlotText, Rule } from '../../common/plots';
import type { RunningPiPoints } from './darts';

/** π̂ can only be 0 … 4; the interesting part of the picture is near π. Outside this range the plot is clipped. */
const Y_DOMAIN = [2, 4.25] as const;
const oneDecimal = format('.1f');

/** What the two plots beside the board share: the log N axis (1 to the N chosen) and their size. */
export type DartsPlotFrame = Pick<PlotProps, 'x' | 'width' | 'height' | 'projectorHeight'>;

export interface RunningEstimatePlotProps {
  points: RunningPiPoints;
  /** The log N axis and the outer size, shared with the error plot (see DartsLayout). */
  frame: DartsPlotFrame;
  label: string;
  yLabel: string;
  bandLabel: string;
}

/** π̂ against N on a log axis, the ±1.96 SE band around it, and π itself (dashed). */
export function RunningEstimatePlot(props: RunningEstimatePlotProps) {
  const { points, frame, yLabel } = props;
  const y = useMemo(() => ({ domain: Y_DOMAIN, ticks: 5, tickFormat: oneDecimal, label: yLabel }), [yLabel]);
  const n = (k: number) => k;
  return (
    <Plot {...frame} y={y} label={props.label} testId="darts-running">
      <Area
        data={points.ns}
        x={n}
        y0={(_, i) => points.lower[i]}
        y1={(_, i) => points.upper[i]}
        testId="darts-band"
      />
      <Line
        data={points.ns}
        x={n}
        y={(_, i) => points.estimate[i]}
        width={1.6}
        testId="darts-estimate-line"
      />
      <Rule y={Math.PI} />
      <PlotText x={frame.x.domain[1]} y={Math.PI} dx={-4} dy={-6} anchor="end">
        π
      </PlotText>
      <PlotText corner="top-left">{props.bandLabel}</PlotText>
    </Plot>
  );
}
