import { line, scaleLinear } from 'd3';
import { useMemo, useRef } from 'react';
import { useFigure } from '../common/frame/FigureContext';
import { Axis, axisBottom, axisLeft, plotBox } from '../common/plots/Axis';
import { ROLE } from '../common/plots/colours';
import { useElementWidth } from '../common/plots/useElementWidth';
import { wideMargins } from '../common/plots/wideMargins';

const HEIGHT = 200;

/**
 * Drawing only: ᾱ_t against t for the chosen schedule (solid) and the other one (dashed), with the current t
 * marked by a vertical line and a dot.
 */
export function AlphaBarPlot(props: {
  current: Float64Array;
  other: Float64Array;
  t: number;
  title: string;
  label: string;
  axes: [string, string];
  legend: [string, string];
}) {
  const { projector } = useFigure();
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 320);
  const box = plotBox(width, projector ? HEIGHT * 1.8 : HEIGHT, wideMargins(projector));
  const T = props.current.length - 1;
  const x = useMemo(() => scaleLinear().domain([0, T]).range([0, box.innerWidth]), [T, box.innerWidth]);
  const y = useMemo(() => scaleLinear().domain([0, 1]).range([box.innerHeight, 0]), [box.innerHeight]);
  const path = (values: Float64Array) => {
    const stride = Math.max(1, Math.ceil(T / 250));
    const steps: number[] = [];
    for (let s = 0; s <= T; s += stride) steps.push(s);
    if (steps[steps.length - 1] !== T) steps.push(T);
    return (
      line<number>()
        .x((s) => x(s))
        .y((s) => y(values[s]))(steps) ?? ''
    );
  };
  const currentPath = path(props.current);
  const otherPath = path(props.other);
  const xAxis = useMemo(() => axisBottom(x).ticks(5), [x]);
  const yAxis = useMemo(() => axisLeft(y).ticks(4), [y]);
  const px = x(props.t);
  const py = y(props.current[props.t]);
  const row = projector ? 32 : 18;
  return (
    <div ref={ref} className="plot">
      <p className="brownian-plot-title">{props.title}</p>
      <svg
        width={box.width}
        height={box.height}
        role="img"
        aria-label={props.label}
        data-testid="dissolve-alphabar-plot"
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
          <path d={otherPath} fill="none" stroke={ROLE.muted} strokeWidth={1.5} strokeDasharray="6 4" />
          <path d={currentPath} fill="none" stroke={ROLE.data} strokeWidth={projector ? 3.5 : 2} />
          <line x1={px} x2={px} y1={0} y2={box.innerHeight} stroke={ROLE.exact} strokeDasharray="2 3" />
          <circle
            cx={px}
            cy={py}
            r={projector ? 8 : 5}
            fill={ROLE.exact}
            stroke={ROLE.ink}
            data-testid="dissolve-alphabar-marker"
          />
          <g transform={`translate(${box.innerWidth - (projector ? 220 : 120)},${projector ? 18 : 10})`}>
            <line x1={0} x2={20} y1={0} y2={0} stroke={ROLE.data} strokeWidth={2} />
            <text x={26} y={4}>
              {props.legend[0]}
            </text>
            <line
              x1={0}
              x2={20}
              y1={row}
              y2={row}
              stroke={ROLE.muted}
              strokeWidth={1.5}
              strokeDasharray="6 4"
            />
            <text x={26} y={row + 4}>
              {props.legend[1]}
            </text>
          </g>
        </g>
      </svg>
    </div>
  );
}
