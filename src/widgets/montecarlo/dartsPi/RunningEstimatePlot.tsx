import { area, format, line, scaleLinear, scaleLog } from 'd3';
import { useId, useMemo } from 'react';
import { Axis, axisBottom, axisLeft, plotBox, plotMargins } from '../../common/plots/Axis';
import { ROLE } from '../../common/plots/colours';
import { powerOfTenLabel, powersOfTen } from '../../common/plots/logTicks';
import type { RunningPiPoints } from './darts';

/** π̂ can only be 0 … 4; the interesting part of the picture is near π. Outside this range the plot is clipped. */
const Y_DOMAIN: [number, number] = [2, 4.25];

export interface RunningEstimatePlotProps {
  points: RunningPiPoints;
  /** Right end of the log N axis (the N the reader chose). */
  nMax: number;
  width: number;
  height: number;
  projector: boolean;
  label: string;
  axes: [string, string];
  bandLabel: string;
}

/** π̂ against N on a log axis, the ±1.96 SE band around it, and π itself (dashed). */
export function RunningEstimatePlot(props: RunningEstimatePlotProps) {
  const { points, nMax, projector } = props;
  const box = plotBox(props.width, props.height, plotMargins(projector));
  const clipId = `clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const x = useMemo(
    () =>
      scaleLog()
        .domain([1, Math.max(10, nMax)])
        .range([0, box.innerWidth]),
    [nMax, box.innerWidth],
  );
  const y = useMemo(() => scaleLinear().domain(Y_DOMAIN).range([box.innerHeight, 0]), [box.innerHeight]);
  const xAxis = useMemo(
    () =>
      axisBottom(x)
        .tickValues(powersOfTen(1, Math.max(10, nMax)))
        .tickFormat((v) => powerOfTenLabel(Number(v))),
    [x, nMax],
  );
  const yAxis = useMemo(() => axisLeft(y).ticks(5).tickFormat(format('.1f')), [y]);
  const indices = points.ns.map((_, i) => i);
  const band =
    area<number>()
      .x((i) => x(points.ns[i]))
      .y0((i) => y(points.lower[i]))
      .y1((i) => y(points.upper[i]))(indices) ?? '';
  const estimate =
    line<number>()
      .x((i) => x(points.ns[i]))
      .y((i) => y(points.estimate[i]))(indices) ?? '';
  const piY = y(Math.PI);
  return (
    <svg
      width={box.width}
      height={box.height}
      role="img"
      aria-label={props.label}
      data-testid="darts-running"
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
        <g clipPath={`url(#${clipId})`}>
          <path d={band} fill={ROLE.data} fillOpacity={0.18} stroke="none" data-testid="darts-band" />
          <path
            d={estimate}
            fill="none"
            stroke={ROLE.data}
            strokeWidth={projector ? 3 : 1.6}
            data-testid="darts-estimate-line"
          />
        </g>
        <line
          x1={0}
          x2={box.innerWidth}
          y1={piY}
          y2={piY}
          stroke={ROLE.exact}
          strokeWidth={1.5}
          strokeDasharray="6 4"
        />
        <text x={box.innerWidth - 4} y={piY - 6} textAnchor="end">
          π
        </text>
        <text x={6} y={projector ? 26 : 14}>
          {props.bandLabel}
        </text>
      </g>
    </svg>
  );
}
