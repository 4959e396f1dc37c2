import type { ReactNode } from 'react';
import { type AxisSpec, Plot, wideMargins } from '../common/plots';

/**
 * A companion plot of a chapter-1 drawing: a caption-sized title over a `<Plot>` with wide margins (long y tick
 * labels), 200 px tall by default and 1.8 times as tall in projector mode.
 */
export function TitledPlot(props: {
  title: string;
  x: AxisSpec;
  y: AxisSpec;
  height?: number;
  label: string;
  testId: string;
  children: ReactNode;
}) {
  const height = props.height ?? 200;
  return (
    <div>
      <p className="brownian-plot-title">{props.title}</p>
      <Plot
        x={props.x}
        y={props.y}
        height={height}
        projectorHeight={height * 1.8}
        margins={wideMargins}
        label={props.label}
        testId={props.testId}
      >
        {props.children}
      </Plot>
    </div>
  );
}
