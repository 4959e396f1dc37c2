import { memo, useCallback, useMemo } from 'react';
import { readPlotColours } from '../../common/canvas/plotColours';
import { useThemeVersion } from '../../common/canvas/useThemeVersion';
import { Area, DASHED, Line, Plot, type PlotFrame, ROLE, stackedHeights } from '../../common/plots';
import { RANGE_1D } from '../targets';
import type { RejectionModel } from './model';

export interface DartsPlotProps {
  model: RejectionModel;
  /** How many proposals to draw (the animation reveals them). */
  shown: number;
  label: string;
  axes: [string, string];
}

const HEIGHT = 280;

/**
 * Every proposal X_i as a point (X_i, U_i·k q(X_i)) under the envelope k q: filled dots where it was kept (below
 * p̃), small crosses where it was rejected. Where k q < p̃ the gap is shaded: proposals there are always kept.
 */
function DartsPlotView({ model, shown, label, axes }: DartsPlotProps) {
  const { xs, target, envelope } = model;
  const theme = useThemeVersion();
  const yMax = useMemo(() => {
    let m = 0;
    for (let i = 0; i < xs.length; i++) m = Math.max(m, target[i], envelope[i]);
    return m * 1.06 || 1;
  }, [xs, target, envelope]);
  const x = useMemo(
    () => ({ domain: [RANGE_1D.min, RANGE_1D.max] as const, ticks: 8, label: axes[0] }),
    [axes],
  );
  const y = useMemo(() => ({ domain: [0, yMax] as const, ticks: 5, label: axes[1] }), [yMax, axes]);

  // Thousands of proposals go on the canvas under the curves.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new theme must repaint the canvas with its colours
  const draw = useCallback(
    (context: CanvasRenderingContext2D, frame: PlotFrame, canvas: HTMLCanvasElement) =>
      paintProposals(context, frame, canvas, model, shown),
    [model, shown, theme],
  );

  return (
    <Plot x={x} y={y} {...stackedHeights(HEIGHT)} label={label} testId="rejection-darts" draw={draw}>
      {!model.envelopeHolds && (
        <Area
          data={xs}
          x={(v) => v}
          y0={(_, i) => Math.min(envelope[i], target[i])}
          y1={(_, i) => target[i]}
          colour={ROLE.reject}
          opacity={0.35}
          testId="rejection-gap"
        />
      )}
      <Line
        data={xs}
        x={(v) => v}
        y={(_, i) => envelope[i]}
        colour={ROLE.data}
        width={2}
        dash={DASHED}
        testId="rejection-envelope-curve"
      />
      <Line
        data={xs}
        x={(v) => v}
        y={(_, i) => target[i]}
        colour={ROLE.exact}
        width={2}
        testId="rejection-target-curve"
      />
    </Plot>
  );
}

/** Rejected first (crosses), accepted on top (dots): one path per kind, no allocation per point. */
function paintProposals(
  context: CanvasRenderingContext2D,
  frame: PlotFrame,
  canvas: HTMLCanvasElement,
  model: RejectionModel,
  shown: number,
): void {
  const colours = readPlotColours(canvas);
  const { proposals, heights, accepted } = model.run;
  const count = Math.min(shown, proposals.length);
  const size = frame.projector ? 4 : 2.5;
  context.beginPath();
  for (let i = 0; i < count; i++) {
    if (accepted[i]) continue;
    const px = frame.x(proposals[i]);
    const py = frame.y(heights[i]);
    context.moveTo(px - size, py - size);
    context.lineTo(px + size, py + size);
    context.moveTo(px + size, py - size);
    context.lineTo(px - size, py + size);
  }
  context.strokeStyle = colours.reject;
  context.globalAlpha = 0.75;
  context.lineWidth = 1.2;
  context.stroke();
  context.beginPath();
  for (let i = 0; i < count; i++) {
    if (!accepted[i]) continue;
    const px = frame.x(proposals[i]);
    const py = frame.y(heights[i]);
    context.moveTo(px + size, py);
    context.arc(px, py, size, 0, 2 * Math.PI);
  }
  context.fillStyle = colours.accept;
  context.globalAlpha = 0.85;
  context.fill();
  context.globalAlpha = 1;
}

/** Memoised: a URL change made by another widget re-renders the page, not this plot. */
export const DartsPlot = memo(DartsPlotView);
