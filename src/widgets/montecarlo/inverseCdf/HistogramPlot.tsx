import { line, scaleLinear } from 'd3';
import { useId, useMemo } from 'react';
import type { Distribution1D, Histogram } from '../../../core';
import { Axis, axisBottom, axisLeft, plotBox, plotMargins } from '../../common/plots/Axis';
import { ROLE } from '../../common/plots/colours';

const GRID = 401;

export interface HistogramPlotProps {
  distribution: Distribution1D;
  range: [number, number];
  /** Histogram of the draws so far on `range` (density scale), or null before the first draw. */
  histogram: Histogram | null;
  width: number;
  height: number;
  projector: boolean;
  label: string;
  axes: [string, string];
  legend: { exact: string; histogram: string };
}

/**
 * The histogram of the draws (filled bars, density scale: bar area = share of the draws) under the exact density
 * (solid line). The y-range is fixed at 1.5 × the density's peak so it does not jump while draws arrive; taller bars
 * (a few draws early on) are clipped.
 */
export function HistogramPlot(props: HistogramPlotProps) {
  const { distribution, range, histogram, projector } = props;
  const box = plotBox(props.width, props.height, plotMargins(projector));
  const clipId = `clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [lo, hi] = range;
  const grid = useMemo(
    () => Array.from({ length: GRID }, (_, k) => lo + ((hi - lo) * k) / (GRID - 1)),
    [lo, hi],
  );
  const peak = useMemo(
    () => grid.reduce((m, g) => Math.max(m, distribution.pdf(g)), 0),
    [grid, distribution],
  );
  const x = useMemo(() => scaleLinear().domain(range).range([0, box.innerWidth]), [range, box.innerWidth]);
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([0, 1.5 * peak])
        .range([box.innerHeight, 0]),
    [peak, box.innerHeight],
  );
  const densityPath = useMemo(
    () =>
      line<number>()
        .x((g) => x(g))
        .y((g) => y(distribution.pdf(g)))(grid) ?? '',
    [distribution, grid, x, y],
  );
  let bars = '';
  if (histogram) {
    const { edges, density } = histogram;
    for (let j = 0; j < density.length; j++) {
      if (density[j] <= 0) continue;
      const left = x(edges[j]);
      const right = x(edges[j + 1]);
      bars += `M${left},${y(0)}V${y(density[j])}H${right}V${y(0)}Z`;
    }
  }
  const xAxis = useMemo(() => axisBottom(x).ticks(8), [x]);
  const yAxis = useMemo(() => axisLeft(y).ticks(4), [y]);
  return (
    <svg
      width={box.width}
      height={box.height}
      role="img"
      aria-label={props.label}
      data-testid="inverse-cdf-histogram"
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
          <path
            d={bars}
            fill={ROLE.data}
            fillOpacity={0.35}
            stroke={ROLE.data}
            strokeWidth={1}
            data-testid="inverse-cdf-bars"
          />
          <path d={densityPath} fill="none" stroke={ROLE.exact} strokeWidth={projector ? 4 : 2.5} />
        </g>
        <text x={box.innerWidth - 4} y={projector ? 26 : 14} textAnchor="end">
          <tspan fill={ROLE.exact}>━ </tspan>
          {props.legend.exact}
        </text>
        <text x={box.innerWidth - 4} y={projector ? 58 : 32} textAnchor="end">
          <tspan fill={ROLE.data}>▇ </tspan>
          {props.legend.histogram}
        </text>
      </g>
    </svg>
  );
}
