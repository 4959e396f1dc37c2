import type { ReactNode } from 'react';
import { usePlot } from '../Plot';

/**
 * A label inside the plot. Positions are in data units (`x`, `y`) or pinned to a corner of the inner box
 * (`corner`), so labels follow the data or stay put as the plot resizes.
 */
export function PlotText(
  props: {
    children: ReactNode;
    anchor?: 'start' | 'middle' | 'end';
    /** A shift in CSS pixels (e.g. a label just above a rule and in from the edge: dx −4, dy −6). */
    dx?: number;
    dy?: number;
    testId?: string;
  } & (
    | { x: number; y: number; corner?: undefined }
    | { corner: 'top-left' | 'top-right'; x?: undefined; y?: undefined }
  ),
) {
  const plot = usePlot();
  const lineHeight = plot.projector ? 26 : 14;
  let px: number;
  let py: number;
  let anchor = props.anchor ?? 'start';
  if (props.corner) {
    px = props.corner === 'top-left' ? 4 : plot.box.innerWidth - 4;
    py = lineHeight;
    anchor = props.corner === 'top-left' ? 'start' : 'end';
  } else {
    px = plot.x(props.x);
    py = plot.y(props.y);
  }
  px += props.dx ?? 0;
  py += props.dy ?? 0;
  if (!Number.isFinite(px) || !Number.isFinite(py)) return null;
  return (
    <text x={px} y={py} textAnchor={anchor} data-testid={props.testId}>
      {props.children}
    </text>
  );
}
