import { scaleLog } from 'd3';
import { useId, useMemo } from 'react';
import { piStandardError } from '../../../core';
import { Axis, axisBottom, axisLeft, plotBox, plotMargins } from '../../common/plots/Axis';
import { ROLE } from '../../common/plots/colours';
import { powerOfTenLabel, powersOfTen } from '../../common/plots/logTicks';
import type { RunningPiPoints } from './darts';

/**
 * |π̂ − π| lives between about 10⁻⁵ (a lucky moment) and 4 (after one dart). An error below the floor is drawn on
 * the floor: π is irrational, so the error is never exactly 0, but it can pass very close when π̂ crosses π.
 */
const Y_DOMAIN: [number, number] = [1e-5, 4];

export interface ErrorPlotProps {
  points: RunningPiPoints;
  nMax: number;
  width: number;
  height: number;
  projector: boolean;
  label: string;
  axes: [string, string];
  errorLabel: string;
  referenceLabel: string;
}

/** |π̂ − π| against N on log–log axes, next to the line σ/√N with the true σ = 4√(p(1 − p)), p = π/4. */
export function ErrorPlot(props: ErrorPlotProps) {
  const { points, nMax, projector } = props;
  const box = plotBox(props.width, props.height, plotMargins(projector));
  const clipId = `clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const top = Math.max(10, nMax);
  const x = useMemo(() => scaleLog().domain([1, top]).range([0, box.innerWidth]), [top, box.innerWidth]);
  const y = useMemo(() => scaleLog().domain(Y_DOMAIN).range([box.innerHeight, 0]), [box.innerHeight]);
  const xAxis = useMemo(
    () =>
      axisBottom(x)
        .tickValues(powersOfTen(1, top))
        .tickFormat((v) => powerOfTenLabel(Number(v))),
    [x, top],
  );
  const yAxis = useMemo(
    () =>
      axisLeft(y)
        // Large projector type needs room: every other power of ten there.
        .tickValues(
          projector ? powersOfTen(Y_DOMAIN[0], 1).filter((_, i) => i % 2 === 1) : powersOfTen(Y_DOMAIN[0], 1),
        )
        .tickFormat((v) => powerOfTenLabel(Number(v))),
    [y, projector],
  );
  const indices = points.ns.keys();
  // One dot per checkpoint, all in one path (a zero-length segment with round caps draws a dot).
  let dots = '';
  for (const i of indices) dots += `M${x(points.ns[i])},${y(Math.max(Y_DOMAIN[0], points.absError[i]))}h0`;
  // The reference σ/√N is a straight line of slope −½ on these axes: two points draw it exactly.
  const reference = `M${x(1)},${y(piStandardError(1))}L${x(top)},${y(piStandardError(top))}`;
  return (
    <svg width={box.width} height={box.height} role="img" aria-label={props.label} data-testid="darts-error">
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
            d={reference}
            stroke={ROLE.exact}
            strokeWidth={2}
            strokeDasharray="6 4"
            fill="none"
            data-testid="darts-reference"
          />
          <path
            d={dots}
            fill="none"
            stroke={ROLE.data}
            strokeWidth={projector ? 7 : 4}
            strokeLinecap="round"
            data-testid="darts-error-dots"
          />
        </g>
        <text x={box.innerWidth - 4} y={projector ? 26 : 14} textAnchor="end">
          <tspan fill={ROLE.exact}>- - </tspan>
          {props.referenceLabel}
        </text>
        <text x={box.innerWidth - 4} y={projector ? 58 : 32} textAnchor="end">
          <tspan fill={ROLE.data}>● </tspan>
          {props.errorLabel}
        </text>
      </g>
    </svg>
  );
}
