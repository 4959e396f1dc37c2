import { type AxisDomain, axisBottom, axisLeft, type Axis as D3Axis, select } from 'd3';
import { useEffect, useRef } from 'react';

export interface AxisProps<D extends AxisDomain> {
  /** A configured d3 axis generator, e.g. `axisBottom(x).ticks(5)`. */
  axis: D3Axis<D>;
  /** Where the axis sits inside the plot's SVG. */
  transform?: string;
  /** Axis title. */
  label?: string;
  /** Where the title goes, relative to the axis group. */
  labelPosition?: { x: number; y: number; rotate?: number };
}

/** A d3 axis drawn into a <g>: d3 owns the ticks, React owns everything else. */
export function Axis<D extends AxisDomain>(props: AxisProps<D>) {
  const ref = useRef<SVGGElement>(null);
  useEffect(() => {
    if (ref.current) select(ref.current).call(props.axis);
  }, [props.axis]);
  const position = props.labelPosition;
  return (
    <g className="axis" transform={props.transform}>
      <g ref={ref} />
      {props.label && position && (
        <text
          className="axis__label"
          x={position.x}
          y={position.y}
          transform={position.rotate ? `rotate(${position.rotate} ${position.x} ${position.y})` : undefined}
          textAnchor="middle"
        >
          {props.label}
        </text>
      )}
    </g>
  );
}

export { axisBottom, axisLeft };

/** The inner box of a plot after margins, recomputed from the outer size. */
export interface PlotBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  innerWidth: number;
  innerHeight: number;
}

export function plotBox(width: number, height: number, margin: PlotBox['margin']): PlotBox {
  return {
    width,
    height,
    margin,
    innerWidth: Math.max(10, width - margin.left - margin.right),
    innerHeight: Math.max(10, height - margin.top - margin.bottom),
  };
}

/** Margins that leave room for tick labels at the current font size (larger in projector mode). */
export function plotMargins(projector: boolean): PlotBox['margin'] {
  return projector
    ? { top: 16, right: 24, bottom: 64, left: 88 }
    : { top: 10, right: 16, bottom: 42, left: 56 };
}
