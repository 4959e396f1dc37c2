import { line } from 'd3';
import { usePlot } from '../Plot';
import type { MarkStyle } from './style';
import { strokeOf } from './style';

export interface LineProps<T> extends MarkStyle {
  /** The points, in order; `x` and `y` give each one's coordinates in data units. */
  data: ArrayLike<T>;
  x: (d: T, index: number) => number;
  y: (d: T, index: number) => number;
  /** Stop the line at points where this is false (gaps, e.g. where a density is zero). */
  defined?: (d: T, index: number) => boolean;
}

/** A polyline through the points, clipped to the plot's inner box. */
export function Line<T>(props: LineProps<T>) {
  const plot = usePlot();
  const generator = line<T>()
    .x((d, i) => plot.x(props.x(d, i)))
    .y((d, i) => plot.y(props.y(d, i)));
  if (props.defined) generator.defined(props.defined);
  const d = generator(Array.from(props.data)) ?? '';
  return (
    <path
      d={d}
      fill="none"
      {...strokeOf(props, plot.projector)}
      clipPath={plot.clip}
      data-testid={props.testId}
    />
  );
}

/** `y = f(x)` sampled at `samples` points across the x-domain (exact densities, envelopes, curves). */
export function FunctionLine(props: MarkStyle & { f: (x: number) => number; samples?: number }) {
  const plot = usePlot();
  const [lo, hi] = plot.x.domain();
  const count = props.samples ?? 200;
  const xs = Array.from({ length: count + 1 }, (_, k) => lo + ((hi - lo) * k) / count);
  return (
    <Line
      {...props}
      data={xs}
      x={(v) => v}
      y={(v) => props.f(v)}
      defined={(v) => Number.isFinite(props.f(v))}
    />
  );
}
