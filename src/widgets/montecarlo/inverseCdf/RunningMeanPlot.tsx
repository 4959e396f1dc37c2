import { useMemo } from 'react';
import {
  checkpointsUpTo,
  Line,
  logSpacedCounts,
  Plot,
  PlotText,
  powersOfTenAxis,
  Rule,
} from '../../common/plots';

export interface RunningMeanPlotProps {
  runningMean: Float64Array;
  shown: number;
  /** The x-axis runs to n, the number of draws chosen. */
  n: number;
  /** E[X], or null where it does not exist. */
  mean: number | null;
  /** Centre and half-height of the y-range. */
  centre: number;
  window: number;
  label: string;
  axes: [string, string];
  meanLabel: string;
}

/** The mean of the first k draws against k (log axis), and E[X] dashed where it exists. */
export function RunningMeanPlot(props: RunningMeanPlotProps) {
  const { runningMean, shown, n, mean, centre, window, axes } = props;
  const top = Math.max(10, n);
  const checkpoints = useMemo(() => logSpacedCounts(n, 200), [n]);
  const x = useMemo(() => powersOfTenAxis(1, top, axes[0]), [top, axes]);
  const y = useMemo(
    () => ({ domain: [centre - window, centre + window] as const, ticks: 4, label: axes[1] }),
    [centre, window, axes],
  );
  return (
    <Plot x={x} y={y} height={170} projectorHeight={300} label={props.label} testId="inverse-cdf-mean">
      {mean !== null && <Rule y={mean} />}
      <Line
        data={checkpointsUpTo(checkpoints, shown)}
        x={(k) => k}
        y={(k) => runningMean[k - 1]}
        width={1.6}
        testId="inverse-cdf-mean-line"
      />
      <PlotText corner="top-right">{props.meanLabel}</PlotText>
    </Plot>
  );
}
