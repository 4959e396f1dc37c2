import { ROLE } from '../colours';
import { usePlot } from '../Plot';
import type { MarkStyle } from './style';

export interface RectProps extends MarkStyle {
  /** Edges in data units; an edge left out is that side of the inner box (a band across the whole plot). */
  x0?: number;
  x1?: number;
  y0?: number;
  y1?: number;
  /** Outline the rectangle too (with `dash`, if given); by default it is only filled. */
  outline?: boolean;
}

/** A filled rectangle in data units, clipped to the inner box: a ±2σ band, a region whose area means something. */
export function Rect(props: RectProps) {
  const plot = usePlot();
  const { innerWidth, innerHeight } = plot.box;
  const left = props.x0 === undefined ? 0 : plot.x(props.x0);
  const right = props.x1 === undefined ? innerWidth : plot.x(props.x1);
  const bottom = props.y0 === undefined ? innerHeight : plot.y(props.y0);
  const top = props.y1 === undefined ? 0 : plot.y(props.y1);
  if (![left, right, bottom, top].every(Number.isFinite)) return null;
  const colour = props.colour ?? ROLE.data;
  return (
    <rect
      x={Math.min(left, right)}
      y={Math.min(top, bottom)}
      width={Math.abs(right - left)}
      height={Math.abs(bottom - top)}
      fill={colour}
      fillOpacity={props.opacity ?? 0.1}
      stroke={props.outline ? colour : 'none'}
      strokeWidth={props.outline ? (props.width ?? 1) * (plot.projector ? 2 : 1) : undefined}
      strokeDasharray={props.outline ? props.dash : undefined}
      clipPath={plot.clip}
      data-testid={props.testId}
    />
  );
}
