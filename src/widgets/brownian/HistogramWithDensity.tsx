import { line, scaleLinear } from 'd3';
import { useMemo, useRef } from 'react';
import { useFigure } from '../common/frame/FigureContext';
import { Axis, axisBottom, axisLeft, plotBox } from '../common/plots/Axis';
import { ROLE } from '../common/plots/colours';
import { useElementWidth } from '../common/plots/useElementWidth';
import { wideMargins } from '../common/plots/wideMargins';

export interface HistogramWithDensityProps {
  /** bin edges (length bins + 1) and densities (length bins): counts / (total · width) */
  edges: Float64Array;
  density: Float64Array;
  /** the exact density sampled on a grid, drawn as a line; empty arrays draw no line */
  curveX: Float64Array;
  curveY: Float64Array;
  /** x range of the axes (may be wider than the bins) */
  xDomain: [number, number];
  height: number;
  label: string;
  axes: [string, string];
  legend: [string, string];
  testId: string;
}

/** Drawing only: a density histogram as one stepped area, with an exact density curve on top and a legend. */
export function HistogramWithDensity(props: HistogramWithDensityProps) {
  const { projector } = useFigure();
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef, 320);
  const box = plotBox(width, projector ? props.height * 1.8 : props.height, wideMargins(projector));
  const { edges, density, curveX, curveY } = props;

  let top = 0;
  for (let j = 0; j < density.length; j++) if (density[j] > top) top = density[j];
  for (let i = 0; i < curveY.length; i++) if (Number.isFinite(curveY[i]) && curveY[i] > top) top = curveY[i];
  const yMax = top > 0 ? top * 1.12 : 1;

  const x = useMemo(
    () => scaleLinear().domain(props.xDomain).range([0, box.innerWidth]),
    [props.xDomain, box.innerWidth],
  );
  const y = useMemo(
    () => scaleLinear().domain([0, yMax]).range([box.innerHeight, 0]),
    [yMax, box.innerHeight],
  );

  // One closed path for all bars: cheaper to render than one <rect> per bin, and it reads as one shape.
  let bars = '';
  if (density.length > 0) {
    const base = y(0);
    bars = `M${x(edges[0])},${base}`;
    for (let j = 0; j < density.length; j++) {
      const h = y(density[j]);
      bars += `V${h}H${x(edges[j + 1])}`;
    }
    bars += `V${base}Z`;
  }
  const curve =
    curveX.length > 1
      ? (line<number>()
          .defined((_, i) => Number.isFinite(curveY[i]))
          .x((v) => x(v))
          .y((_, i) => y(curveY[i]))(Array.from(curveX)) ?? '')
      : '';
  const xAxis = useMemo(() => axisBottom(x).ticks(5), [x]);
  const yAxis = useMemo(() => axisLeft(y).ticks(4), [y]);
  const legendRow = projector ? 32 : 18;
  return (
    <div ref={containerRef} className="plot">
      <svg
        width={box.width}
        height={box.height}
        role="img"
        aria-label={props.label}
        data-testid={props.testId}
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
          <path
            d={bars}
            fill={ROLE.data}
            fillOpacity={0.35}
            stroke={ROLE.data}
            strokeWidth={1}
            data-testid={`${props.testId}-bars`}
          />
          <path
            d={curve}
            fill="none"
            stroke={ROLE.exact}
            strokeWidth={projector ? 4 : 2.5}
            data-testid={`${props.testId}-curve`}
          />
          <g transform={`translate(8,${projector ? 18 : 10})`}>
            <rect
              x={0}
              y={-7}
              width={18}
              height={12}
              fill={ROLE.data}
              fillOpacity={0.35}
              stroke={ROLE.data}
            />
            <text x={24} y={4}>
              {props.legend[0]}
            </text>
            <line x1={0} x2={18} y1={legendRow} y2={legendRow} stroke={ROLE.exact} strokeWidth={2.5} />
            <text x={24} y={legendRow + 4}>
              {props.legend[1]}
            </text>
          </g>
        </g>
      </svg>
    </div>
  );
}
