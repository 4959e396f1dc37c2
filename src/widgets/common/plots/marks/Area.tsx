import { area } from 'd3';
import { ROLE } from '../colours';
import { usePlot } from '../Plot';
import type { MarkStyle } from './style';

export interface AreaProps<T> extends Omit<MarkStyle, 'width' | 'dash'> {
  data: ArrayLike<T>;
  x: (d: T, index: number) => number;
  /** The lower edge (default: 0) and the upper edge, in data units. */
  y0?: (d: T, index: number) => number;
  y1: (d: T, index: number) => number;
}

/** A filled band between two curves (a ±σ band, a region under a density), clipped to the inner box. */
export function Area<T>(props: AreaProps<T>) {
  const plot = usePlot();
  const lower = props.y0 ?? (() => 0);
  const d =
    area<T>()
      .x((p, i) => plot.x(props.x(p, i)))
      .y0((p, i) => plot.y(lower(p, i)))
      .y1((p, i) => plot.y(props.y1(p, i)))(Array.from(props.data)) ?? '';
  return (
    <path
      d={d}
      fill={props.colour ?? ROLE.data}
      fillOpacity={props.opacity ?? 0.18}
      stroke="none"
      clipPath={plot.clip}
      data-testid={props.testId}
    />
  );
}
