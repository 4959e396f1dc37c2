import { scaleLinear } from 'd3';
import { memo, useCallback } from 'react';
import { cssColour } from '../../common/canvas/plotColours';
import { useFigure } from '../../common/frame/FigureContext';
import { Axis, axisBottom, axisLeft } from '../../common/plots/Axis';
import { PALETTE, ROLE } from '../../common/plots/colours';
import { LayeredPlot } from '../../common/plots/LayeredPlot';
import { RANGE_1D } from '../targets';

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
  const { projector } = useFigure();
  const n = samples?.length ?? 0;
  let top = 2;
  if (weights) for (let i = 0; i < weights.length; i++) top = Math.max(top, n * weights[i]);
  top *= 1.05;

  const draw = useCallback(
    (
      context: CanvasRenderingContext2D,
      box: { innerWidth: number; innerHeight: number },
      canvas: HTMLCanvasElement,
    ) => {
      if (!samples || !weights) return;
      const x = scaleLinear().domain([RANGE_1D.min, RANGE_1D.max]).range([0, box.innerWidth]);
      const y = scaleLinear().domain([0, top]).range([box.innerHeight, 0]);
      context.beginPath();
      for (let i = 0; i < samples.length; i++) {
        const px = x(samples[i]);
        if (px < 0 || px > box.innerWidth) continue;
        context.moveTo(px, box.innerHeight);
        context.lineTo(px, y(samples.length * weights[i]));
      }
      context.strokeStyle = cssColour(canvas, '--plot-data', PALETTE.blue);
      context.lineWidth = projector ? 2 : 1;
      context.globalAlpha = 0.7;
      context.stroke();
      // A dot on top of each stick, so even a lone tall stick is easy to spot.
      context.beginPath();
      const r = projector ? 3 : 1.8;
      for (let i = 0; i < samples.length; i++) {
        const px = x(samples[i]);
        if (px < 0 || px > box.innerWidth) continue;
        const py = y(samples.length * weights[i]);
        context.moveTo(px + r, py);
        context.arc(px, py, r, 0, 2 * Math.PI);
      }
      context.fillStyle = context.strokeStyle;
      context.globalAlpha = 0.9;
      context.fill();
      context.globalAlpha = 1;
    },
    [samples, weights, top, projector],
  );

  return (
    <LayeredPlot height={200} label={label} testId="importance-weights" draw={draw}>
      {(box) => {
        const x = scaleLinear().domain([RANGE_1D.min, RANGE_1D.max]).range([0, box.innerWidth]);
        const y = scaleLinear().domain([0, top]).range([box.innerHeight, 0]);
        return (
          <>
            <Axis
              axis={axisLeft(y).ticks(4)}
              label={axes[1]}
              labelPosition={{ x: -box.margin.left + 16, y: box.innerHeight / 2, rotate: -90 }}
            />
            <Axis
              axis={axisBottom(x).ticks(8)}
              transform={`translate(0,${box.innerHeight})`}
              label={axes[0]}
              labelPosition={{ x: box.innerWidth / 2, y: box.margin.bottom - 6 }}
            />
            <line
              x1={0}
              x2={box.innerWidth}
              y1={y(1)}
              y2={y(1)}
              stroke={ROLE.muted}
              strokeDasharray="4 4"
              strokeWidth={1.5}
            />
          </>
        );
      }}
    </LayeredPlot>
  );
}

/** Memoised: a URL change made by another widget re-renders the page, not this plot. */
export const WeightSticks = memo(WeightSticksView);
