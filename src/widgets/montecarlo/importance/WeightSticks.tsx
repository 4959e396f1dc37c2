import { memo, useCallback, useMemo } from 'react';
import { readPlotColours } from '../../common/canvas/plotColours';
import { useThemeVersion } from '../../common/canvas/useThemeVersion';
import { Plot, type PlotFrame, ROLE, Rule } from '../../common/plots';
import { RANGE_1D } from '../targets';
import { PROJECTOR_GROWTH } from './DensitiesPlot';

export interface WeightSticksProps {
  samples: Float64Array | null;
  /** Normalised weights w̄_i (sum 1). */
  weights: Float64Array | null;
  label: string;
  axes: [string, string];
}

/**
 * A stick at each draw x_i, of height N·w̄_i: 1 is an equal share (dashed line). With a good proposal the sticks
 * are all of similar height; with a light-tailed one a few tower over the rest — those few are the estimate.
 */
function WeightSticksView({ samples, weights, label, axes }: WeightSticksProps) {
  const theme = useThemeVersion();
  const top = useMemo(() => {
    const n = samples?.length ?? 0;
    let tallest = 2;
    if (weights) for (let i = 0; i < weights.length; i++) tallest = Math.max(tallest, n * weights[i]);
    return tallest * 1.05;
  }, [samples, weights]);
  const x = useMemo(
    () => ({ domain: [RANGE_1D.min, RANGE_1D.max] as const, ticks: 8, label: axes[0] }),
    [axes],
  );
  const y = useMemo(() => ({ domain: [0, top] as const, ticks: 4, label: axes[1] }), [top, axes]);

  // Up to 20 000 sticks: one canvas path, not an SVG node each.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new theme must repaint the canvas with its colours
  const draw = useCallback(
    (context: CanvasRenderingContext2D, frame: PlotFrame, canvas: HTMLCanvasElement) => {
      if (samples && weights) paintSticks(context, frame, readPlotColours(canvas).data, samples, weights);
    },
    [samples, weights, theme],
  );

  return (
    <Plot
      x={x}
      y={y}
      height={200}
      projectorHeight={Math.round(200 * PROJECTOR_GROWTH)}
      label={label}
      testId="importance-weights"
      draw={draw}
    >
      <Rule y={1} colour={ROLE.muted} dash="4 4" />
    </Plot>
  );
}

function paintSticks(
  context: CanvasRenderingContext2D,
  frame: PlotFrame,
  colour: string,
  samples: Float64Array,
  weights: Float64Array,
): void {
  const { innerWidth, innerHeight } = frame.box;
  const n = samples.length;
  context.beginPath();
  for (let i = 0; i < n; i++) {
    const px = frame.x(samples[i]);
    if (px < 0 || px > innerWidth) continue;
    context.moveTo(px, innerHeight);
    context.lineTo(px, frame.y(n * weights[i]));
  }
  context.strokeStyle = colour;
  context.lineWidth = frame.projector ? 2 : 1;
  context.globalAlpha = 0.7;
  context.stroke();
  // A dot on top of each stick, so even a lone tall stick is easy to spot.
  context.beginPath();
  const r = frame.projector ? 3 : 1.8;
  for (let i = 0; i < n; i++) {
    const px = frame.x(samples[i]);
    if (px < 0 || px > innerWidth) continue;
    const py = frame.y(n * weights[i]);
    context.moveTo(px + r, py);
    context.arc(px, py, r, 0, 2 * Math.PI);
  }
  context.fillStyle = colour;
  context.globalAlpha = 0.9;
  context.fill();
  context.globalAlpha = 1;
}

/** Memoised: a URL change made by another widget re-renders the page, not this plot. */
export const WeightSticks = memo(WeightSticksView);
