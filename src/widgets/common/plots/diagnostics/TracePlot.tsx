import { memo, useCallback, useMemo } from 'react';
import { readPlotColours } from '../../canvas/plotColours';
import { useThemeVersion } from '../../canvas/useThemeVersion';
import { ROLE } from '../colours';
import { Rule } from '../marks/Rule';
import { DASHED } from '../marks/style';
import { Plot, type PlotFrame } from '../Plot';
import { stackedHeights } from '../stackedHeights';

export interface TracePlotProps {
  /** The coordinate's values x_0 … x_{total−1}; the first `shown` are drawn. */
  values: Float64Array;
  shown: number;
  /** Fixed vertical range, so the plot does not jump while a chain is revealed. */
  min: number;
  max: number;
  /** Exact mean, drawn as a dashed line, if known. */
  exactMean: number | null;
  label: string;
  axes: [string, string];
  testId: string;
}

const HEIGHT = 170;

/** The trace x_t against t: slow wiggles mean small steps, flat runs mean rejections. */
function TracePlotView(props: TracePlotProps) {
  const { values, shown, min, max, axes } = props;
  const total = values.length;
  const theme = useThemeVersion();
  const x = useMemo(
    () => ({ domain: [0, Math.max(1, total - 1)] as const, ticks: 6, label: axes[0] }),
    [total, axes],
  );
  // Clamped, so a chain that wanders off the box runs along its edge rather than over the axes.
  const y = useMemo(
    () => ({ domain: [min, max] as const, ticks: 4, label: axes[1], clamp: true }),
    [min, max, axes],
  );
  // Thousands of states: one canvas path, not an SVG node per step.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new theme must repaint the canvas with its colours
  const draw = useCallback(
    (context: CanvasRenderingContext2D, frame: PlotFrame, canvas: HTMLCanvasElement) => {
      context.beginPath();
      const count = Math.min(shown, total);
      for (let t = 0; t < count; t++) {
        if (t === 0) context.moveTo(frame.x(t), frame.y(values[t]));
        else context.lineTo(frame.x(t), frame.y(values[t]));
      }
      context.strokeStyle = readPlotColours(canvas).data;
      context.lineWidth = frame.projector ? 2 : 1;
      context.stroke();
    },
    [values, shown, total, theme],
  );
  return (
    <Plot x={x} y={y} {...stackedHeights(HEIGHT)} label={props.label} testId={props.testId} draw={draw}>
      {props.exactMean !== null && <Rule y={props.exactMean} colour={ROLE.exact} dash={DASHED} />}
    </Plot>
  );
}

/** Memoised: a URL change made by another widget re-renders the page, not this plot. */
export const TracePlot = memo(TracePlotView);
