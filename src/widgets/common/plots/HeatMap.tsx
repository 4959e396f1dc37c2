import { memo, type ReactNode, useCallback, useMemo } from 'react';
import { useThemeVersion } from '../canvas/useThemeVersion';
import { Contours, type DensityGrid, heatImage } from './DensityMap';
import { Plot, type PlotFrame } from './Plot';
import { stackedHeights } from './stackedHeights';

export interface HeatMapProps {
  /** Values on an nx × ny grid over a box, ends included, row j from the bottom; shaded as √(value/max). */
  grid: DensityGrid;
  /** Okabe–Ito sky blue by default; another colour tells two maps of different quantities apart (with their titles). */
  rgb?: readonly [number, number, number];
  /** Outer height at normal size (the inner box is square). */
  height: number;
  /** Axis titles, or null for a small panel with no axes (a thumbnail). */
  axes: [string, string] | null;
  contourLines?: boolean;
  label: string;
  testId: string;
  /** Marks over the map (memoise them). */
  children?: ReactNode;
}

const NO_MARGIN = () => ({ top: 2, right: 2, bottom: 2, left: 2 });

/**
 * A grid of non-negative values on a box as a square heat map with contour lines, at any size: a density beside an
 * energy, or a row of small panels. (`DensityMap` is the same map with a chain's path over it.)
 */
function HeatMapView(props: HeatMapProps) {
  const { box, values, max, nx, ny } = props.grid;
  const { axes, rgb } = props;
  const theme = useThemeVersion();
  const x = useMemo(
    () => ({ domain: [box.xMin, box.xMax] as const, ticks: 5, label: axes?.[0], hidden: axes === null }),
    [box, axes],
  );
  const y = useMemo(
    () => ({ domain: [box.yMin, box.yMax] as const, ticks: 5, label: axes?.[1], hidden: axes === null }),
    [box, axes],
  );
  const heat = useMemo(() => heatImage(values, max, nx, ny, rgb), [values, max, nx, ny, rgb]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new theme must repaint the canvas
  const draw = useCallback(
    (context: CanvasRenderingContext2D, frame: PlotFrame) => {
      if (!heat) return;
      const w = frame.box.innerWidth;
      const h = frame.box.innerHeight;
      // Grid points sit at pixel centres: stretch the image half a cell beyond the box on each side, clipped.
      const cellW = w / (nx - 1);
      const cellH = h / (ny - 1);
      context.save();
      context.beginPath();
      context.rect(0, 0, w, h);
      context.clip();
      context.imageSmoothingEnabled = true;
      context.drawImage(heat, -cellW / 2, -cellH / 2, w + cellW, h + cellH);
      context.restore();
    },
    [heat, nx, ny, theme],
  );
  return (
    <Plot
      x={x}
      y={y}
      {...stackedHeights(props.height)}
      margins={axes === null ? NO_MARGIN : undefined}
      square
      label={props.label}
      testId={props.testId}
      draw={draw}
    >
      <Contours
        values={values}
        max={max}
        nx={nx}
        ny={ny}
        hidden={props.contourLines === false}
        testId={`${props.testId}-contours`}
      />
      {props.children}
    </Plot>
  );
}

export const HeatMap = memo(HeatMapView);
