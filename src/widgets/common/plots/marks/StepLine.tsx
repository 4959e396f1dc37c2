import { Line } from './Line';
import type { MarkStyle } from './style';

export interface StepLineProps<T> extends MarkStyle {
  /** The points, in increasing x; each value holds until the next point's x. */
  data: ArrayLike<T>;
  x: (d: T, index: number) => number;
  y: (d: T, index: number) => number;
}

/** A staircase through the points (an empirical CDF, a piecewise-constant function), clipped to the inner box. */
export function StepLine<T>(props: StepLineProps<T>) {
  const { data, x, y, ...style } = props;
  // Before each point comes the corner where the previous value ends: (xᵢ, yᵢ₋₁), then (xᵢ, yᵢ).
  const corners: [number, number][] = [];
  for (let i = 0; i < data.length; i++) {
    const px = x(data[i], i);
    if (i > 0) corners.push([px, corners[corners.length - 1][1]]);
    corners.push([px, y(data[i], i)]);
  }
  return <Line {...style} data={corners} x={(c) => c[0]} y={(c) => c[1]} />;
}
