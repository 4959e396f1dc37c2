import { ROLE } from '../colours';
import { usePlot } from '../Plot';
import { DASHED, type MarkStyle, strokeOf } from './style';

/**
 * A horizontal rule at `y` or a vertical rule at `x` (data units) across the whole inner box: an exact value, a
 * reference level, a marker of "now". Dashed by default, since it is usually the exact value next to data.
 */
export function Rule(props: MarkStyle & ({ y: number; x?: undefined } | { x: number; y?: undefined })) {
  const plot = usePlot();
  const style = strokeOf({ colour: ROLE.exact, dash: DASHED, ...props }, plot.projector);
  if (props.y !== undefined) {
    const at = plot.y(props.y);
    if (!Number.isFinite(at)) return null;
    return <line x1={0} x2={plot.box.innerWidth} y1={at} y2={at} {...style} data-testid={props.testId} />;
  }
  const at = plot.x(props.x);
  if (!Number.isFinite(at)) return null;
  return <line x1={at} x2={at} y1={0} y2={plot.box.innerHeight} {...style} data-testid={props.testId} />;
}
