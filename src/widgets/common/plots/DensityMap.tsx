import { contours, geoPath, geoTransform, scaleLinear } from 'd3';
import { memo, type ReactNode, useCallback, useMemo } from 'react';
import type { Box2D } from '../../montecarlo/targets';
import { cssColour } from '../canvas/plotColours';
import { useFigure } from '../frame/FigureContext';
import type { PlotBox } from './Axis';
import { Axis, axisBottom, axisLeft } from './Axis';
import { PALETTE, ROLE } from './colours';
import { LayeredPlot } from './LayeredPlot';

/** Data → pixel maps of the map's inner box. */
export interface MapScales {
  x: (v: number) => number;
  y: (v: number) => number;
}

export interface DensityMapProps {
  box: Box2D;
  /** Density on an nx × ny grid with ends included, row j = y_j from the bottom. */
  values: Float64Array;
  max: number;
  nx: number;
  ny: number;
  /** The path: its first `count` points are joined by straight segments (a staircase if the data is one). */
  path: { xs: Float64Array; ys: Float64Array; count: number };
  /** Samples marked with small dots (their first `count`), if any. */
  points?: { xs: Float64Array; ys: Float64Array; count: number };
  /** Contour lines of the density (default on). */
  contourLines?: boolean;
  label: string;
  axes: [string, string];
  testId: string;
  /** SVG marks drawn over the map in data coordinates (current state, proposal, ellipses). Memoise it. */
  overlay?: (scales: MapScales, box: PlotBox) => ReactNode;
}

/** Contour levels, as fractions of the maximum density: a shape cue that does not rely on the shading. */
const LEVELS = [0.05, 0.25, 0.5, 0.75];

/**
 * A 2-D density as a light heat map with contour lines, and a chain's path over it. The heat map is drawn at grid
 * resolution into a small off-screen canvas and scaled up (smoothly) to the plot.
 */
function DensityMapView(props: DensityMapProps) {
  const { projector } = useFigure();
  const { box, values, max, nx, ny, path, points } = props;

  // The heat map as an image, rebuilt only when the density changes.
  const heat = useMemo(() => {
    if (typeof document === 'undefined') return null;
    const image = document.createElement('canvas');
    image.width = nx;
    image.height = ny;
    let context: CanvasRenderingContext2D | null = null;
    try {
      context = image.getContext('2d');
    } catch {
      return null;
    }
    if (!context || typeof context.createImageData !== 'function') return null;
    const data = context.createImageData(nx, ny);
    for (let j = 0; j < ny; j++) {
      const row = ny - 1 - j; // image rows go down, y goes up
      for (let i = 0; i < nx; i++) {
        const v = max > 0 ? values[j * nx + i] / max : 0;
        const k = 4 * (row * nx + i);
        // Okabe–Ito sky blue, opacity rising with density (√ so that the tails stay visible).
        data.data[k] = 86;
        data.data[k + 1] = 180;
        data.data[k + 2] = 233;
        data.data[k + 3] = Math.round(255 * 0.75 * Math.sqrt(Math.max(0, Math.min(1, v))));
      }
    }
    context.putImageData(data, 0, 0);
    return image;
  }, [values, max, nx, ny]);

  const { contourLines } = props;
  const bands = useMemo(
    () =>
      contourLines === false
        ? []
        : contours()
            .size([nx, ny])
            .thresholds(LEVELS.map((l) => l * max))(Array.from(values)),
    [values, max, nx, ny, contourLines],
  );

  const draw = useCallback(
    (
      context: CanvasRenderingContext2D,
      plot: { innerWidth: number; innerHeight: number },
      canvas: HTMLCanvasElement,
    ) => {
      const w = plot.innerWidth;
      const h = plot.innerHeight;
      // Grid points sit at cell centres of the image: stretch it half a cell beyond the box on each side.
      if (heat) {
        context.imageSmoothingEnabled = true;
        const cellW = w / (nx - 1);
        const cellH = h / (ny - 1);
        context.drawImage(heat, -cellW / 2, -cellH / 2, w + cellW, h + cellH);
      }
      const x = scaleLinear().domain([box.xMin, box.xMax]).range([0, w]);
      const y = scaleLinear().domain([box.yMin, box.yMax]).range([h, 0]);
      const count = Math.min(path.count, path.xs.length);
      context.save();
      context.beginPath();
      context.rect(0, 0, w, h);
      context.clip();
      context.beginPath();
      for (let t = 0; t < count; t++) {
        if (t === 0) context.moveTo(x(path.xs[t]), y(path.ys[t]));
        else context.lineTo(x(path.xs[t]), y(path.ys[t]));
      }
      const ink = cssColour(canvas, '--plot-data', PALETTE.blue);
      context.strokeStyle = ink;
      context.globalAlpha = 0.55;
      context.lineWidth = projector ? 2 : 1;
      context.stroke();
      if (points) {
        context.beginPath();
        const r = projector ? 3 : 2;
        const n = Math.min(points.count, points.xs.length);
        for (let t = 0; t < n; t++) {
          const cx = x(points.xs[t]);
          const cy = y(points.ys[t]);
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
    [heat, box, path, points, nx, ny, projector],
  );

  return (
    <LayeredPlot height={420} square label={props.label} testId={props.testId} draw={draw}>
      {(plot) => {
        const x = scaleLinear().domain([box.xMin, box.xMax]).range([0, plot.innerWidth]);
        const y = scaleLinear().domain([box.yMin, box.yMax]).range([plot.innerHeight, 0]);
        // d3.contours works in grid units (point i at i + ½); map them to the plot.
        const gx = scaleLinear()
          .domain([0.5, nx - 0.5])
          .range([0, plot.innerWidth]);
        const gy = scaleLinear()
          .domain([0.5, ny - 0.5])
          .range([plot.innerHeight, 0]);
        const projection = geoTransform({
          point(px, py) {
            this.stream.point(gx(px), gy(py));
          },
        });
        const path = geoPath(projection);
        return (
          <>
            <Axis
              axis={axisLeft(y).ticks(6)}
              label={props.axes[1]}
              labelPosition={{ x: -plot.margin.left + 16, y: plot.innerHeight / 2, rotate: -90 }}
            />
            <Axis
              axis={axisBottom(x).ticks(6)}
              transform={`translate(0,${plot.innerHeight})`}
              label={props.axes[0]}
              labelPosition={{ x: plot.innerWidth / 2, y: plot.margin.bottom - 6 }}
            />
            <g data-testid={`${props.testId}-contours`}>
              {bands.map((band) => (
                <path key={band.value} d={path(band) ?? ''} fill="none" stroke={ROLE.muted} strokeWidth={1} />
              ))}
            </g>
            {props.overlay?.({ x, y }, plot)}
          </>
        );
      }}
    </LayeredPlot>
  );
}

/** Memoised: a URL change made by another widget re-renders the page, not this plot. */
export const DensityMap = memo(DensityMapView);
