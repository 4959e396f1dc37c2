import { curveStepAfter, line, scaleLinear } from 'd3';
import { useId, useMemo, useRef } from 'react';
import type { Distribution1D } from '../../../core';
import { formatNumber } from '../../common/lang';
import { Axis, axisBottom, axisLeft, plotBox, plotMargins } from '../../common/plots/Axis';
import { ROLE } from '../../common/plots/colours';
import { empiricalCdfOnGrid } from './distributions';

/** How many of the latest draws are traced u → F⁻¹(u). */
export const TRACES = 10;
const GRID = 301;

export interface CdfPlotProps {
  distribution: Distribution1D;
  range: [number, number];
  /** The first `shown` draws sorted ascending (for the empirical CDF). */
  sorted: Float64Array;
  xs: Float64Array;
  us: Float64Array;
  shown: number;
  width: number;
  height: number;
  projector: boolean;
  label: string;
  axes: [string, string];
  legend: { exact: string; empirical: string };
}

/**
 * The exact CDF F (solid), the empirical CDF of the draws so far (thin steps), and the latest draws traced: from u on
 * the vertical axis across to the curve, then down to x = F⁻¹(u) on the horizontal axis. Older traces fade.
 */
export function CdfPlot(props: CdfPlotProps) {
  const { distribution, range, sorted, xs, us, shown, projector } = props;
  const box = plotBox(props.width, props.height, plotMargins(projector));
  const clipId = `clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [lo, hi] = range;
  const x = useMemo(() => scaleLinear().domain(range).range([0, box.innerWidth]), [range, box.innerWidth]);
  const y = useMemo(() => scaleLinear().domain([0, 1]).range([box.innerHeight, 0]), [box.innerHeight]);
  const grid = useMemo(
    () => Float64Array.from({ length: GRID }, (_, k) => lo + ((hi - lo) * k) / (GRID - 1)),
    [lo, hi],
  );
  const exactPath = useMemo(
    () =>
      line<number>()
        .x((g) => x(g))
        .y((g) => y(distribution.cdf(g)))(grid) ?? '',
    [distribution, grid, x, y],
  );
  // Reused between frames: the empirical CDF on the grid.
  const empiricalBuffer = useRef(new Float64Array(GRID));
  const empirical = empiricalCdfOnGrid(sorted, grid, empiricalBuffer.current);
  const empiricalPath =
    shown > 0
      ? (line<number>()
          .curve(curveStepAfter)
          .x((_, k) => x(grid[k]))
          .y((f) => y(f))(empirical) ?? '')
      : '';

  const traces: {
    key: number;
    d: string;
    opacity: number;
    newest: boolean;
    px: number;
    py: number;
    off: -1 | 0 | 1;
  }[] = [];
  for (let i = Math.max(0, shown - TRACES); i < shown; i++) {
    const age = shown - 1 - i;
    const off = xs[i] < lo ? -1 : xs[i] > hi ? 1 : 0;
    const px = off === 0 ? x(xs[i]) : off < 0 ? 0 : box.innerWidth;
    const py = y(us[i]);
    const d = off === 0 ? `M0,${py}H${px}V${box.innerHeight}` : `M0,${py}H${px}`;
    traces.push({ key: i, d, opacity: 1 - age * 0.08, newest: age === 0, px, py, off });
  }
  const newest = shown > 0 ? shown - 1 : -1;
  const xAxis = useMemo(() => axisBottom(x).ticks(8), [x]);
  const yAxis = useMemo(() => axisLeft(y).ticks(5), [y]);
  return (
    <svg
      width={box.width}
      height={box.height}
      role="img"
      aria-label={props.label}
      data-testid="inverse-cdf-plot"
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={-2} width={box.innerWidth + 4} height={box.innerHeight} />
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
            d={exactPath}
            fill="none"
            stroke={ROLE.exact}
            strokeWidth={projector ? 4 : 2.5}
            data-testid="inverse-cdf-exact"
          />
          <path
            d={empiricalPath}
            fill="none"
            stroke={ROLE.data}
            strokeWidth={projector ? 2 : 1.2}
            data-testid="inverse-cdf-empirical"
          />
        </g>
        <g data-testid="inverse-cdf-traces">
          {traces.map((trace) => (
            <g key={trace.key} opacity={trace.opacity}>
              <path
                d={trace.d}
                fill="none"
                stroke={ROLE.accept}
                strokeWidth={trace.newest ? (projector ? 3.5 : 2.2) : projector ? 2 : 1}
                strokeDasharray={trace.newest ? undefined : '4 3'}
              />
              {trace.off === 0 ? (
                <circle cx={trace.px} cy={trace.py} r={trace.newest ? 4 : 2.5} fill={ROLE.accept} />
              ) : (
                <text
                  x={trace.off < 0 ? 2 : trace.px - 2}
                  y={trace.py - 4}
                  textAnchor={trace.off < 0 ? 'start' : 'end'}
                >
                  {trace.off < 0 ? '←' : '→'}
                </text>
              )}
            </g>
          ))}
        </g>
        {newest >= 0 && (
          <text
            x={box.innerWidth - 4}
            y={box.innerHeight - 8}
            textAnchor="end"
            data-testid="inverse-cdf-latest"
          >
            u = {formatNumber(us[newest], 3)} → x = F⁻¹(u) = {formatNumber(xs[newest], 3)}
          </text>
        )}
        <text x={6} y={projector ? 26 : 14}>
          <tspan fill={ROLE.exact}>━ </tspan>
          {props.legend.exact}
        </text>
        <text x={6} y={projector ? 58 : 32}>
          <tspan fill={ROLE.data}>─ </tspan>
          {props.legend.empirical}
        </text>
      </g>
    </svg>
  );
}
