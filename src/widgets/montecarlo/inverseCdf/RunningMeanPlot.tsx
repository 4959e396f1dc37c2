import { line, scaleLinear, scaleLog } from 'd3';
import { useId, useMemo } from 'react';
import { Axis, axisBottom, axisLeft, plotBox, plotMargins } from '../../common/plots/Axis';
import { ROLE } from '../../common/plots/colours';
import { powerOfTenLabel, powersOfTen } from '../../common/plots/logTicks';
import { logSpacedCounts } from '../dartsPi/darts';

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
  width: number;
  height: number;
  projector: boolean;
  label: string;
  axes: [string, string];
  meanLabel: string;
}

/** The mean of the first k draws against k (log axis), and E[X] dashed where it exists. */
export function RunningMeanPlot(props: RunningMeanPlotProps) {
  const { runningMean, shown, n, mean, centre, window, projector } = props;
  const box = plotBox(props.width, props.height, plotMargins(projector));
  const clipId = `clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const top = Math.max(10, n);
  const checkpoints = useMemo(() => logSpacedCounts(n, 200), [n]);
  const x = useMemo(() => scaleLog().domain([1, top]).range([0, box.innerWidth]), [top, box.innerWidth]);
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([centre - window, centre + window])
        .range([box.innerHeight, 0]),
    [centre, window, box.innerHeight],
  );
  const ks: number[] = [];
  for (let i = 0; i < checkpoints.length && checkpoints[i] <= shown; i++) ks.push(checkpoints[i]);
  if (shown > 0 && ks[ks.length - 1] !== shown) ks.push(shown);
  const path =
    line<number>()
      .x((k) => x(k))
      .y((k) => y(runningMean[k - 1]))(ks) ?? '';
  const xAxis = useMemo(
    () =>
      axisBottom(x)
        .tickValues(powersOfTen(1, top))
        .tickFormat((v) => powerOfTenLabel(Number(v))),
    [x, top],
  );
  const yAxis = useMemo(() => axisLeft(y).ticks(4), [y]);
  return (
    <svg
      width={box.width}
      height={box.height}
      role="img"
      aria-label={props.label}
      data-testid="inverse-cdf-mean"
    >
      <defs>
        <clipPath id={clipId}>
          <rect width={box.innerWidth} height={box.innerHeight} />
        </clipPath>
      </defs>
      <g transform={`translate(${box.margin.left},${box.margin.top})`}>
        <Axis
          axis={yAxis}
          label={props.axes[1]}
          labelPosition={{ x: -box.margin.left + 14, y: box.innerHeight / 2, rotate: -90 }}
        />
        <Axis
          axis={xAxis}
          transform={`translate(0,${box.innerHeight})`}
          label={props.axes[0]}
          labelPosition={{ x: box.innerWidth / 2, y: box.margin.bottom - 6 }}
        />
        {mean !== null && (
          <line
            x1={0}
            x2={box.innerWidth}
            y1={y(mean)}
            y2={y(mean)}
            stroke={ROLE.exact}
            strokeWidth={1.5}
            strokeDasharray="6 4"
          />
        )}
        <g clipPath={`url(#${clipId})`}>
          <path
            d={path}
            fill="none"
            stroke={ROLE.data}
            strokeWidth={projector ? 3 : 1.6}
            data-testid="inverse-cdf-mean-line"
          />
        </g>
        <text x={box.innerWidth - 4} y={projector ? 26 : 14} textAnchor="end">
          {props.meanLabel}
        </text>
      </g>
    </svg>
  );
}
