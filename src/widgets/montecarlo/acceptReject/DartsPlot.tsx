import { area, line, scaleLinear } from 'd3';
import { memo, useCallback, useMemo } from 'react';
import { cssColour } from '../../common/canvas/plotColours';
import { useFigure } from '../../common/frame/FigureContext';
import { Axis, axisBottom, axisLeft } from '../../common/plots/Axis';
import { PALETTE, ROLE } from '../../common/plots/colours';
import { LayeredPlot } from '../../common/plots/LayeredPlot';
import { RANGE_1D } from '../targets';
import type { RejectionModel } from './model';

export interface DartsPlotProps {
  model: RejectionModel;
  /** How many proposals to draw (the animation reveals them). */
  shown: number;
  label: string;
  axes: [string, string];
}

/**
 * Every proposal X_i as a point (X_i, U_i·k q(X_i)) under the envelope k q: filled dots where it was kept (below
 * p̃), small crosses where it was rejected. Where k q < p̃ the gap is shaded: proposals there are always kept.
 */
function DartsPlotView({ model, shown, label, axes }: DartsPlotProps) {
  const { projector } = useFigure();
  const { xs, target, envelope } = model;
  const yMax = useMemo(() => {
    let m = 0;
    for (let i = 0; i < xs.length; i++) m = Math.max(m, target[i], envelope[i]);
    return m * 1.06 || 1;
  }, [xs, target, envelope]);

  const draw = useCallback(
    (
      context: CanvasRenderingContext2D,
      box: { innerWidth: number; innerHeight: number },
      canvas: HTMLCanvasElement,
    ) => {
      const x = scaleLinear().domain([RANGE_1D.min, RANGE_1D.max]).range([0, box.innerWidth]);
      const y = scaleLinear().domain([0, yMax]).range([box.innerHeight, 0]);
      const acceptColour = cssColour(canvas, '--plot-accept', PALETTE.green);
      const rejectColour = cssColour(canvas, '--plot-reject', PALETTE.vermillion);
      const { proposals, heights, accepted } = model.run;
      const count = Math.min(shown, proposals.length);
      const size = projector ? 4 : 2.5;
      // Rejected first (crosses), accepted on top (dots): one path per kind, no allocation per point.
      context.beginPath();
      for (let i = 0; i < count; i++) {
        if (accepted[i]) continue;
        const px = x(proposals[i]);
        const py = y(heights[i]);
        context.moveTo(px - size, py - size);
        context.lineTo(px + size, py + size);
        context.moveTo(px + size, py - size);
        context.lineTo(px - size, py + size);
      }
      context.strokeStyle = rejectColour;
      context.globalAlpha = 0.75;
      context.lineWidth = 1.2;
      context.stroke();
      context.beginPath();
      for (let i = 0; i < count; i++) {
        if (!accepted[i]) continue;
        const px = x(proposals[i]);
        const py = y(heights[i]);
        context.moveTo(px + size, py);
        context.arc(px, py, size, 0, 2 * Math.PI);
      }
      context.fillStyle = acceptColour;
      context.globalAlpha = 0.85;
      context.fill();
      context.globalAlpha = 1;
    },
    [model, shown, yMax, projector],
  );

  return (
    <LayeredPlot height={280} label={label} testId="rejection-darts" draw={draw}>
      {(box) => {
        const x = scaleLinear().domain([RANGE_1D.min, RANGE_1D.max]).range([0, box.innerWidth]);
        const y = scaleLinear().domain([0, yMax]).range([box.innerHeight, 0]);
        const curve = (values: Float64Array) =>
          line<number>()
            .x((i) => x(xs[i]))
            .y((i) => y(values[i]))(indices(xs.length)) ?? '';
        // The shaded gap between k q and p̃ where the envelope fails (zero height elsewhere).
        const gap = model.envelopeHolds
          ? ''
          : (area<number>()
              .x((i) => x(xs[i]))
              .y0((i) => y(Math.min(envelope[i], target[i])))
              .y1((i) => y(target[i]))(indices(xs.length)) ?? '');
        return (
          <>
            <Axis
              axis={axisLeft(y).ticks(5)}
              label={axes[1]}
              labelPosition={{ x: -box.margin.left + 16, y: box.innerHeight / 2, rotate: -90 }}
            />
            <Axis
              axis={axisBottom(x).ticks(8)}
              transform={`translate(0,${box.innerHeight})`}
              label={axes[0]}
              labelPosition={{ x: box.innerWidth / 2, y: box.margin.bottom - 6 }}
            />
            {gap && (
              <path d={gap} fill={ROLE.reject} fillOpacity={0.35} stroke="none" data-testid="rejection-gap" />
            )}
            <path
              d={curve(envelope)}
              fill="none"
              stroke={ROLE.data}
              strokeWidth={projector ? 3.5 : 2}
              strokeDasharray="7 4"
              data-testid="rejection-envelope-curve"
            />
            <path
              d={curve(target)}
              fill="none"
              stroke={ROLE.exact}
              strokeWidth={projector ? 3.5 : 2}
              data-testid="rejection-target-curve"
            />
          </>
        );
      }}
    </LayeredPlot>
  );
}

const indexCache = new Map<number, number[]>();
/** [0, 1, …, n − 1], built once per length (d3's line generators take an array). */
export function indices(n: number): number[] {
  let cached = indexCache.get(n);
  if (!cached) {
    cached = Array.from({ length: n }, (_, i) => i);
    indexCache.set(n, cached);
  }
  return cached;
}

/** Memoised: a URL change made by another widget re-renders the page, not this plot. */
export const DartsPlot = memo(DartsPlotView);
