import { type ContourMultiPolygon, contours, geoPath, geoTransform, scaleLinear } from 'd3';
import { memo, type ReactNode, useCallback, useMemo } from 'react';
import { pixelImage } from '../canvas/pixelImage';
import { readPlotColours } from '../canvas/plotColours';
import { useThemeVersion } from '../canvas/useThemeVersion';
import { ROLE } from './colours';
import { Marker } from './marks/Marker';
import { Plot, type PlotFrame, usePlot } from './Plot';
import { stackedHeights } from './stackedHeights';

/** A rectangle of the plane: where a 2-D density is mapped. */
export interface Box2D {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** A density on an nx × ny grid over a box, ends included, row j = y_j from the bottom; and its maximum. */
export interface DensityGrid {
  box: Box2D;
  values: Float64Array;
  max: number;
  nx: number;
  ny: number;
}

export interface DensityMapProps {
  density: DensityGrid;
  /** The path: its first `count` points are joined by straight segments (a staircase if the data is one). */
  path: { xs: Float64Array; ys: Float64Array; count: number };
  /** Samples marked with small dots (their first `count`), if any. */
  points?: { xs: Float64Array; ys: Float64Array; count: number };
  /** The chain's current state, marked with a ringed dot above everything else. */
  current?: readonly [number, number];
  /** Contour lines of the density (default on). */
  contourLines?: boolean;
  label: string;
  axes: [string, string];
  testId: string;
  /** The children include focusable marks (draggable handles): see Plot's `interactive`. */
  interactive?: boolean;
  /** Marks drawn over the map (proposal, ellipses), inside the plot: they read its scales with `usePlot()`.
   * Memoise them, or the map re-renders whenever the widget does. */
  children?: ReactNode;
}

/** Contour levels, as fractions of the maximum density: a shape cue that does not rely on the shading. */
const LEVELS = [0.05, 0.25, 0.5, 0.75];
const HEIGHT = 420;

/**
 * A 2-D density as a light heat map with contour lines, and a chain's path over it. The heat map is drawn at grid
 * resolution into a small off-screen canvas and scaled up (smoothly) to the plot.
 */
function DensityMapView(props: DensityMapProps) {
  const { path, points, axes } = props;
  const { box, values, max, nx, ny } = props.density;
  const theme = useThemeVersion();
  const x = useMemo(() => ({ domain: [box.xMin, box.xMax] as const, ticks: 6, label: axes[0] }), [box, axes]);
  const y = useMemo(() => ({ domain: [box.yMin, box.yMax] as const, ticks: 6, label: axes[1] }), [box, axes]);
  const heat = useMemo(() => heatImage(values, max, nx, ny), [values, max, nx, ny]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new theme must repaint the canvas with its colours
  const draw = useCallback(
    (context: CanvasRenderingContext2D, frame: PlotFrame, canvas: HTMLCanvasElement) => {
      const w = frame.box.innerWidth;
      const h = frame.box.innerHeight;
      // Grid points sit at cell centres of the image: stretch it half a cell beyond the box on each side.
      if (heat) {
        context.imageSmoothingEnabled = true;
        const cellW = w / (nx - 1);
        const cellH = h / (ny - 1);
        context.drawImage(heat, -cellW / 2, -cellH / 2, w + cellW, h + cellH);
      }
      const count = Math.min(path.count, path.xs.length);
      context.save();
      context.beginPath();
      context.rect(0, 0, w, h);
      context.clip();
      context.beginPath();
      for (let t = 0; t < count; t++) {
        if (t === 0) context.moveTo(frame.x(path.xs[t]), frame.y(path.ys[t]));
        else context.lineTo(frame.x(path.xs[t]), frame.y(path.ys[t]));
      }
      const ink = readPlotColours(canvas).data;
      context.strokeStyle = ink;
      context.globalAlpha = 0.55;
      context.lineWidth = frame.projector ? 2 : 1;
      context.stroke();
      if (points) {
        context.beginPath();
        const r = frame.projector ? 3 : 2;
        const n = Math.min(points.count, points.xs.length);
        for (let t = 0; t < n; t++) {
          const cx = frame.x(points.xs[t]);
          const cy = frame.y(points.ys[t]);
          context.moveTo(cx + r, cy);
          context.arc(cx, cy, r, 0, 2 * Math.PI);
        }
        context.fillStyle = ink;
        context.globalAlpha = 0.85;
        context.fill();
      }
      context.restore();
      context.globalAlpha = 1;
    },
    [heat, path, points, nx, ny, theme],
  );

  return (
    <Plot
      x={x}
      y={y}
      {...stackedHeights(HEIGHT)}
      square
      label={props.label}
      testId={props.testId}
      interactive={props.interactive}
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
      {props.current && <Marker x={props.current[0]} y={props.current[1]} radius={5} colour={ROLE.data} />}
    </Plot>
  );
}

/** Contour lines at the `LEVELS` of the maximum, as SVG paths (a group, empty when hidden). */
export function Contours(props: {
  values: Float64Array;
  max: number;
  nx: number;
  ny: number;
  hidden: boolean;
  testId: string;
}) {
  const { box } = usePlot();
  const { values, max, nx, ny, hidden } = props;
  const bands = useMemo<ContourMultiPolygon[]>(
    () =>
      hidden
        ? []
        : contours()
            .size([nx, ny])
            .thresholds(LEVELS.map((l) => l * max))(Array.from(values)),
    [values, max, nx, ny, hidden],
  );
  // d3.contours works in grid units (point i at i + ½); map them to the inner box.
  const outline = useMemo(() => {
    const gx = scaleLinear()
      .domain([0.5, nx - 0.5])
      .range([0, box.innerWidth]);
    const gy = scaleLinear()
      .domain([0.5, ny - 0.5])
      .range([box.innerHeight, 0]);
    return geoPath(
      geoTransform({
        point(px, py) {
          this.stream.point(gx(px), gy(py));
        },
      }),
    );
  }, [nx, ny, box.innerWidth, box.innerHeight]);
  return (
    <g data-testid={props.testId}>
      {bands.map((band) => (
        <path key={band.value} d={outline(band) ?? ''} fill="none" stroke={ROLE.muted} strokeWidth={1} />
      ))}
    </g>
  );
}

/** The density as a tiny image, one pixel per grid point, in sky blue (or `rgb`) with opacity rising as √(density/max). */
export function heatImage(
  values: Float64Array,
  max: number,
  nx: number,
  ny: number,
  rgb: readonly [number, number, number] = [86, 180, 233],
): HTMLCanvasElement | null {
  return pixelImage(nx, ny, (pixels) => {
    for (let j = 0; j < ny; j++) {
      const row = ny - 1 - j; // image rows go down, y goes up
      for (let i = 0; i < nx; i++) {
        const v = max > 0 ? values[j * nx + i] / max : 0;
        const k = 4 * (row * nx + i);
        // Okabe–Ito sky blue, opacity rising with density (√ so that the tails stay visible).
        pixels[k] = rgb[0];
        pixels[k + 1] = rgb[1];
        pixels[k + 2] = rgb[2];
        pixels[k + 3] = Math.round(255 * 0.75 * Math.sqrt(Math.max(0, Math.min(1, v))));
      }
    }
  });
}

/** Memoised: a URL change made by another widget re-renders the page, not this plot. */
export const DensityMap = memo(DensityMapView);
