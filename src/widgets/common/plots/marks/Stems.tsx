import { ROLE } from '../colours';
import { usePlot } from '../Plot';
import type { MarkStyle } from './style';

export interface StemsProps<T> extends Omit<MarkStyle, 'dash'> {
  data: ArrayLike<T>;
  x: (d: T, index: number) => number;
  y: (d: T, index: number) => number;
  /** Where every stem starts, in data units (default 0). */
  base?: number;
}

/**
 * A vertical stem from `base` up (or down) to each value: autocorrelations against the lag, weights against x. One
 * path for all the stems; stems read as sticks next to a dashed line without colour. Not clipped, so the stems at
 * the ends of the x-range are drawn whole: values beyond the y-range are cut at its edge instead, and points
 * outside the x-range are left out.
 */
export function Stems<T>(props: StemsProps<T>) {
  const plot = usePlot();
  const [xLow, xHigh] = extentOf(plot.x.domain());
  const [yLow, yHigh] = extentOf(plot.y.domain());
  const within = (v: number) => Math.min(yHigh, Math.max(yLow, v));
  const from = plot.y(within(props.base ?? 0));
  let d = '';
  for (let i = 0; i < props.data.length; i++) {
    const point = props.data[i];
    const at = props.x(point, i);
    const value = props.y(point, i);
    if (!(at >= xLow && at <= xHigh) || !Number.isFinite(value)) continue;
    const px = plot.x(at);
    const py = plot.y(within(value));
    d += `M${px},${from}V${py}`;
  }
  return (
    <path
      d={d}
      fill="none"
      stroke={props.colour ?? ROLE.data}
      strokeWidth={(props.width ?? 1.5) * (plot.projector ? 2 : 1)}
      strokeOpacity={props.opacity}
      data-testid={props.testId}
    />
  );
}

function extentOf(domain: number[]): [number, number] {
  return [Math.min(...domain), Math.max(...domain)];
}
