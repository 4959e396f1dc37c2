import { line, scaleLinear, scaleLog } from 'd3';
import { useMemo, useRef } from 'react';
import { useFigure } from '../common/frame/FigureContext';
import { Axis, axisBottom, axisLeft, plotBox } from '../common/plots/Axis';
import { ROLE } from '../common/plots/colours';
import { useElementWidth } from '../common/plots/useElementWidth';
import { wideMargins } from '../common/plots/wideMargins';
import { formatPowerOfTen } from './units';

const HEIGHT = 200;

interface PlotText {
  title: string;
  label: string;
  axes: [string, string];
  legend: [string, string];
}

/** Legend of two series: a solid line (measured) and a dashed one (theory or threshold). */
function TwoSeriesLegend(props: {
  x: number;
  projector: boolean;
  legend: [string, string];
  second: 'exact' | 'muted';
  firstMarker?: boolean;
}) {
  const row = props.projector ? 32 : 18;
  const colour = props.second === 'exact' ? ROLE.exact : ROLE.muted;
  return (
    <g transform={`translate(${props.x},${props.projector ? 18 : 10})`}>
      <line x1={0} x2={20} y1={0} y2={0} stroke={ROLE.data} strokeWidth={2} />
      {props.firstMarker && <circle cx={10} cy={0} r={3} fill={ROLE.data} />}
      <text x={26} y={4}>
        {props.legend[0]}
      </text>
      <line x1={0} x2={20} y1={row} y2={row} stroke={colour} strokeWidth={2} strokeDasharray="6 4" />
      <text x={26} y={row + 4}>
        {props.legend[1]}
      </text>
    </g>
  );
}

/** Mean squared displacement against steps: the measured curve so far and the exact line 2·d·D·t. */
export function MsdPlot(
  props: PlotText & { msd: Float64Array; steps: number; maxSteps: number; slope: number },
) {
  const { projector } = useFigure();
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 320);
  const box = plotBox(width, projector ? HEIGHT * 1.8 : HEIGHT, wideMargins(projector));
  const { msd, steps, maxSteps, slope } = props;
  let top = slope * maxSteps;
  for (let n = 0; n <= steps; n++) if (msd[n] > top) top = msd[n];
  const x = useMemo(
    () => scaleLinear().domain([0, maxSteps]).range([0, box.innerWidth]),
    [maxSteps, box.innerWidth],
  );
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([0, top * 1.05 || 1])
        .range([box.innerHeight, 0]),
    [top, box.innerHeight],
  );
  // Thin the measured curve to at most ~400 vertices: the SVG stays light when there are 1000 steps.
  const stride = Math.max(1, Math.ceil(steps / 400));
  const indices: number[] = [];
  for (let n = 0; n <= steps; n += stride) indices.push(n);
  if (indices[indices.length - 1] !== steps) indices.push(steps);
  const measured =
    steps > 0
      ? (line<number>()
          .x((n) => x(n))
          .y((n) => y(msd[n]))(indices) ?? '')
      : '';
  const xAxis = useMemo(() => axisBottom(x).ticks(5), [x]);
  const yAxis = useMemo(() => axisLeft(y).ticks(4), [y]);
  return (
    <div ref={ref} className="plot">
      <p className="brownian-plot-title">{props.title}</p>
      <svg
        width={box.width}
        height={box.height}
        role="img"
        aria-label={props.label}
        data-testid="walkers-msd-plot"
      >
        <g transform={`translate(${box.margin.left},${box.margin.top})`}>
          <Axis
            axis={yAxis}
            label={props.axes[1]}
            labelPosition={{ x: -box.margin.left + 16, y: box.innerHeight / 2, rotate: -90 }}
          />
          <Axis
            axis={xAxis}
            transform={`translate(0,${box.innerHeight})`}
            label={props.axes[0]}
            labelPosition={{ x: box.innerWidth / 2, y: box.margin.bottom - 6 }}
          />
          <line
            x1={x(0)}
            y1={y(0)}
            x2={x(maxSteps)}
            y2={y(slope * maxSteps)}
            stroke={ROLE.exact}
            strokeWidth={2}
            strokeDasharray="6 4"
          />
          <path
            d={measured}
            fill="none"
            stroke={ROLE.data}
            strokeWidth={projector ? 3.5 : 2}
            data-testid="walkers-msd-line"
          />
          <TwoSeriesLegend x={8} projector={projector} legend={props.legend} second="exact" />
        </g>
      </svg>
    </div>
  );
}

const KS_DOMAIN: [number, number] = [1e-3, 1];

/** KS distance against steps on log–log axes, with the 5 % critical value as a dashed line. */
export function KsPlot(
  props: PlotText & {
    steps: Float64Array;
    values: Float64Array;
    count: number;
    maxSteps: number;
    critical: number;
  },
) {
  const { projector } = useFigure();
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 320);
  const box = plotBox(width, projector ? HEIGHT * 1.8 : HEIGHT, wideMargins(projector));
  const { steps, values, count, maxSteps, critical } = props;
  const x = useMemo(
    () => scaleLog().domain([1, maxSteps]).range([0, box.innerWidth]),
    [maxSteps, box.innerWidth],
  );
  const y = useMemo(
    () => scaleLog().domain(KS_DOMAIN).range([box.innerHeight, 0]).clamp(true),
    [box.innerHeight],
  );
  const indices = Array.from({ length: count }, (_, i) => i);
  const path =
    count > 0
      ? (line<number>()
          .x((i) => x(steps[i]))
          .y((i) => y(Math.max(KS_DOMAIN[0], values[i])))(indices) ?? '')
      : '';
  const xAxis = useMemo(() => axisBottom(x).ticks(4, '~s'), [x]);
  const yAxis = useMemo(
    () =>
      axisLeft(y)
        .tickValues([1e-3, 1e-2, 1e-1, 1])
        .tickFormat((v) => formatPowerOfTen(Number(v))),
    [y],
  );
  const markerRadius = projector ? 4 : 2.5;
  return (
    <div ref={ref} className="plot">
      <p className="brownian-plot-title">{props.title}</p>
      <svg
        width={box.width}
        height={box.height}
        role="img"
        aria-label={props.label}
        data-testid="walkers-ks-plot"
      >
        <g transform={`translate(${box.margin.left},${box.margin.top})`}>
          <Axis
            axis={yAxis}
            label={props.axes[1]}
            labelPosition={{ x: -box.margin.left + 16, y: box.innerHeight / 2, rotate: -90 }}
          />
          <Axis
            axis={xAxis}
            transform={`translate(0,${box.innerHeight})`}
            label={props.axes[0]}
            labelPosition={{ x: box.innerWidth / 2, y: box.margin.bottom - 6 }}
          />
          <line
            x1={0}
            x2={box.innerWidth}
            y1={y(critical)}
            y2={y(critical)}
            stroke={ROLE.muted}
            strokeWidth={2}
            strokeDasharray="6 4"
          />
          <path
            d={path}
            fill="none"
            stroke={ROLE.data}
            strokeWidth={projector ? 3 : 1.5}
            data-testid="walkers-ks-line"
          />
          {indices.map((i) => (
            <circle
              key={i}
              cx={x(steps[i])}
              cy={y(Math.max(KS_DOMAIN[0], values[i]))}
              r={markerRadius}
              fill={ROLE.data}
            />
          ))}
          <TwoSeriesLegend
            x={box.innerWidth - (projector ? 300 : 170)}
            projector={projector}
            legend={props.legend}
            second="muted"
            firstMarker
          />
        </g>
      </svg>
    </div>
  );
}
