import { line, scaleLinear } from 'd3';
import { useMemo } from 'react';
import type { Integrand } from '../../../core';
import { Axis, axisBottom, axisLeft, plotBox, plotMargins } from '../../common/plots/Axis';
import { ROLE } from '../../common/plots/colours';

export interface IntegrandPlotProps {
  integrand: Integrand;
  /** Sample points x_i (a prefix of the run). */
  sampleXs: Float64Array;
  /** The estimate of ∫f: drawn as a rectangle of height estimate/(b − a) over [a, b], which has that area. */
  estimate: number;
  width: number;
  height: number;
  projector: boolean;
  label: string;
  axes: [string, string];
  rectangleLabel: string;
}

const CURVE_POINTS = 400;

/**
 * f on [a, b] (solid), one stick from 0 up to f(x_i) per sample point, and the rectangle whose height is the mean
 * stick height: its area, mean height × (b − a), is the Monte Carlo estimate.
 */
export function IntegrandPlot(props: IntegrandPlotProps) {
  const { integrand, sampleXs, projector } = props;
  const { a, b, f } = integrand;
  // The same left margin as the repeats plot below, so the two x-axes start at the same place.
  const margins = plotMargins(projector);
  const box = plotBox(props.width, props.height, { ...margins, left: margins.left + (projector ? 20 : 12) });
  const x = useMemo(() => scaleLinear().domain([a, b]).range([0, box.innerWidth]), [a, b, box.innerWidth]);
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([0, integrand.maxValue * 1.1])
        .range([box.innerHeight, 0]),
    [integrand.maxValue, box.innerHeight],
  );
  const curve = useMemo(() => {
    const xs = Array.from({ length: CURVE_POINTS + 1 }, (_, i) => a + ((b - a) * i) / CURVE_POINTS);
    return (
      line<number>()
        .x((v) => x(v))
        .y((v) => y(f(v)))(xs) ?? ''
    );
  }, [a, b, f, x, y]);
  let sticks = '';
  let tips = '';
  for (let i = 0; i < sampleXs.length; i++) {
    const px = x(sampleXs[i]);
    const py = y(f(sampleXs[i]));
    sticks += `M${px},${y(0)}V${py}`;
    tips += `M${px},${py}h0`;
  }
  const meanHeight = props.estimate / (b - a);
  const xAxis = useMemo(() => axisBottom(x).ticks(6), [x]);
  const yAxis = useMemo(() => axisLeft(y).ticks(5), [y]);
  return (
    <svg
      width={box.width}
      height={box.height}
      role="img"
      aria-label={props.label}
      data-testid="integral-plot"
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
          y={y(meanHeight)}
          width={box.innerWidth}
          height={Math.max(0, y(0) - y(meanHeight))}
          fill={ROLE.data}
          fillOpacity={0.1}
          stroke={ROLE.data}
          strokeDasharray="3 3"
          data-testid="integral-rectangle"
        />
        <path
          d={sticks}
          stroke={ROLE.data}
          strokeOpacity={0.45}
          strokeWidth={1}
          fill="none"
          data-testid="integral-sticks"
        />
        <path
          d={tips}
          stroke={ROLE.data}
          strokeWidth={projector ? 6 : 3.5}
          strokeLinecap="round"
          fill="none"
        />
        <path
          d={curve}
          fill="none"
          stroke={ROLE.exact}
          strokeWidth={projector ? 3.5 : 2}
          data-testid="integral-curve"
        />
        <text x={box.innerWidth - 4} y={y(meanHeight) - 6} textAnchor="end">
          {props.rectangleLabel}
        </text>
      </g>
    </svg>
  );
}
