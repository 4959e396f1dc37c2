import { ROLE, usePlot } from '../../common/plots';

/**
 * A short horizontal dash at (x_i, y_i) for each value, one path: the exact value each estimate is aimed at, read
 * against the dot above or below it. `halfWidth` is in data units of x.
 */
export function ExactDashes(props: { values: ArrayLike<number>; halfWidth: number; testId?: string }) {
  const plot = usePlot();
  let d = '';
  for (let i = 0; i < props.values.length; i++) {
    const y = plot.y(props.values[i]);
    const left = plot.x(i - props.halfWidth);
    const right = plot.x(i + props.halfWidth);
    if ([y, left, right].every(Number.isFinite)) d += `M${left},${y}H${right}`;
  }
  return (
    <path
      d={d}
      fill="none"
      stroke={ROLE.exact}
      strokeWidth={plot.projector ? 5 : 2.5}
      clipPath={plot.clip}
      data-testid={props.testId}
    />
  );
}
