import { ROLE } from '../colours';
import { usePlot } from '../Plot';
import { type MarkStyle, strokeOf } from './style';

export interface ErrorBarsProps<T> extends MarkStyle {
  data: ArrayLike<T>;
  x: (d: T, index: number) => number;
  /** The bar's ends in data units, e.g. estimate − 2 SE and estimate + 2 SE. */
  low: (d: T, index: number) => number;
  high: (d: T, index: number) => number;
  /** 'round' with a dash like "0.1 4" draws each bar as a column of dots (a second kind of bar, without colour). */
  cap?: 'butt' | 'round';
}

/**
 * A vertical error bar per item, all in one path, clipped to the inner box. (Sticks from a common baseline are
 * `Stems`.) Draw the estimates themselves with `Points` on top.
 */
export function ErrorBars<T>(props: ErrorBarsProps<T>) {
  const plot = usePlot();
  const bars: string[] = [];
  for (let i = 0; i < props.data.length; i++) {
    const item = props.data[i];
    const ends = [props.x(item, i), props.low(item, i), props.high(item, i)];
    const [px, low, high] = [plot.x(ends[0]), plot.y(ends[1]), plot.y(ends[2])];
    if ([px, low, high].every(Number.isFinite)) bars.push(`M${px},${low}V${high}`);
  }
  return (
    <path
      d={bars.join('')}
      fill="none"
      {...strokeOf({ colour: ROLE.data, ...props }, plot.projector)}
      strokeLinecap={props.cap}
      clipPath={plot.clip}
      data-testid={props.testId}
    />
  );
}
