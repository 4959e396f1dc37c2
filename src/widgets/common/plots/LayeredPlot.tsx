import { type ReactNode, useCallback } from 'react';
import type { PlotBox } from './Axis';
import { Plot, type PlotFrame, usePlot } from './Plot';
import type { AxisSpec } from './scales';

export interface LayeredPlotProps {
  /** Outer height in CSS pixels at normal size (projector mode makes it 1.7 times taller). */
  height: number;
  /** What the plot shows, for screen readers (the SVG is the one labelled image; the canvas repeats its points). */
  label: string;
  testId?: string;
  /** Thousands of marks go on a canvas under the SVG, in inner-box coordinates. Memoise it: it redraws on change. */
  draw?: (context: CanvasRenderingContext2D, box: PlotBox, canvas: HTMLCanvasElement) => void;
  /** Axes, curves and labels, drawn inside the inner box (the group is already translated by the margins). */
  children: (box: PlotBox) => ReactNode;
  /** Force a square inner box (maps of a 2-D density). */
  square?: boolean;
}

/** No axes of the Plot's own: a layered plot's children build their scales and axes from the box. */
const NO_AXIS: AxisSpec = { domain: [0, 1], hidden: true };

/**
 * A `<Plot>` whose children draw their own scales and axes from the inner box: the form the chapter 6 plots were
 * written in before the kit had marks. New plots should give `<Plot>` their axis specs and use marks instead.
 */
export function LayeredPlot(props: LayeredPlotProps) {
  const { draw } = props;
  const drawOnFrame = useCallback(
    (context: CanvasRenderingContext2D, frame: PlotFrame, canvas: HTMLCanvasElement) =>
      draw?.(context, frame.box, canvas),
    [draw],
  );
  return (
    <Plot
      x={NO_AXIS}
      y={NO_AXIS}
      height={props.height}
      projectorHeight={Math.round(props.height * 1.7)}
      square={props.square}
      label={props.label}
      testId={props.testId}
      draw={draw ? drawOnFrame : undefined}
    >
      <BoxChildren render={props.children} />
    </Plot>
  );
}

function BoxChildren(props: { render: (box: PlotBox) => ReactNode }) {
  return <>{props.render(usePlot().box)}</>;
}
