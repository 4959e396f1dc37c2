import { scaleLinear } from 'd3';
import { useMemo } from 'react';
import { Axis, axisBottom, axisLeft, plotBox, plotMargins } from '../../common/plots/Axis';
import { ROLE } from '../../common/plots/colours';

export interface RepeatsPlotProps {
  estimates: Float64Array;
  errors: Float64Array;
  /** How many runs are shown so far. */
  count: number;
  exact: number;
  /** The true standard error σ/√N: the shaded band is exact ± 2 σ/√N. */
  trueStandardError: number;
  width: number;
  height: number;
  projector: boolean;
  label: string;
  axes: [string, string];
  exactLabel: string;
}

/**
 * Each repeated run's estimate with its own ±2 SE bar, against the exact value (dashed) and the band
 * exact ± 2σ/√N. Bars that miss the exact value are dotted (and in another colour), so misses read without colour.
 */
export function RepeatsPlot(props: RepeatsPlotProps) {
  const { estimates, errors, count, exact, trueStandardError, projector } = props;
  const total = estimates.length;
  // Extra room on top for the legend, so it never sits on the data.
  const margins = plotMargins(projector);
  const box = plotBox(props.width, props.height, {
    ...margins,
    top: margins.top + (projector ? 30 : 18),
    left: margins.left + (projector ? 20 : 12),
  });
  // Fixed for the run (all REPEATS runs), so the axis does not jump while runs appear one by one.
  const halfRange = useMemo(() => {
    let m = 3 * trueStandardError;
    for (let r = 0; r < total; r++) m = Math.max(m, Math.abs(estimates[r] - exact) + 2 * errors[r]);
    return m * 1.08;
  }, [estimates, errors, exact, trueStandardError, total]);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0.5, total + 0.5])
        .range([0, box.innerWidth]),
    [total, box.innerWidth],
  );
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([exact - halfRange, exact + halfRange])
        .range([box.innerHeight, 0]),
    [exact, halfRange, box.innerHeight],
  );
  let hitBars = '';
  let missBars = '';
  let dots = '';
  for (let r = 0; r < count; r++) {
    const px = x(r + 1);
    const bar = `M${px},${y(estimates[r] - 2 * errors[r])}V${y(estimates[r] + 2 * errors[r])}`;
    if (Math.abs(estimates[r] - exact) <= 2 * errors[r]) hitBars += bar;
    else missBars += bar;
    dots += `M${px},${y(estimates[r])}h0`;
  }
  const xAxis = useMemo(() => axisBottom(x).ticks(Math.min(8, total)), [x, total]);
  const yAxis = useMemo(() => axisLeft(y).ticks(5), [y]);
  return (
    <svg
      width={box.width}
      height={box.height}
      role="img"
      aria-label={props.label}
      data-testid="integral-repeats"
    >
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
        <rect
          x={0}
          width={box.innerWidth}
          y={y(exact + 2 * trueStandardError)}
          height={y(exact - 2 * trueStandardError) - y(exact + 2 * trueStandardError)}
          fill={ROLE.exact}
          fillOpacity={0.1}
        />
        <line
          x1={0}
          x2={box.innerWidth}
          y1={y(exact)}
          y2={y(exact)}
          stroke={ROLE.exact}
          strokeWidth={1.5}
          strokeDasharray="6 4"
        />
        <text x={box.innerWidth} y={-6} textAnchor="end">
          {props.exactLabel}
        </text>
        <path d={hitBars} stroke={ROLE.data} strokeWidth={projector ? 3 : 1.5} fill="none" />
        <path
          d={missBars}
          stroke={ROLE.reject}
          strokeWidth={projector ? 4.5 : 2.5}
          strokeDasharray="0.1 4"
          strokeLinecap="round"
          fill="none"
        />
        <path
          d={dots}
          stroke={ROLE.data}
          strokeWidth={projector ? 9 : 5}
          strokeLinecap="round"
          fill="none"
          data-testid="integral-repeat-dots"
        />
      </g>
    </svg>
  );
}
