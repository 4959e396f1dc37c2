import { ROLE } from '../colours';
import { usePlot } from '../Plot';
import type { MarkStyle } from './style';

export interface PointsProps<T> extends Omit<MarkStyle, 'dash'> {
  data: ArrayLike<T>;
  x: (d: T, index: number) => number;
  y: (d: T, index: number) => number;
  /** Marker shape, so two series can be told apart without colour. */
  shape?: 'dot' | 'cross' | 'square';
  /** Radius in CSS pixels at normal size (projector mode doubles it). */
  radius?: number;
}

/** A marker per point, drawn as one path (hundreds of points stay one DOM node), clipped to the inner box. */
export function Points<T>(props: PointsProps<T>) {
  const plot = usePlot();
  const r = (props.radius ?? 2.5) * (plot.projector ? 2 : 1);
  const shape = props.shape ?? 'dot';
  let d = '';
  for (let i = 0; i < props.data.length; i++) {
    const point = props.data[i];
    const px = plot.x(props.x(point, i));
    const py = plot.y(props.y(point, i));
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    if (shape === 'dot') d += `M${px - r},${py}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    else if (shape === 'square') d += `M${px - r},${py - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    else d += `M${px - r},${py - r}L${px + r},${py + r}M${px - r},${py + r}L${px + r},${py - r}`;
  }
  const colour = props.colour ?? ROLE.data;
  const filled = shape !== 'cross';
  return (
    <path
      d={d}
      fill={filled ? colour : 'none'}
      fillOpacity={props.opacity}
      stroke={filled ? 'none' : colour}
      strokeWidth={filled ? undefined : (props.width ?? 1.5) * (plot.projector ? 2 : 1)}
      clipPath={plot.clip}
      data-testid={props.testId}
    />
  );
}
