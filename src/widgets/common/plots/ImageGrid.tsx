import { useEffect, useRef } from 'react';
import { prepareCanvas } from '../canvas/prepareCanvas';
import { useFigure } from '../frame/FigureContext';
import { useElementWidth } from './useElementWidth';

export interface ImageGridProps {
  /** `count` images of `rows × columns` values each, one after another, row-major. */
  pixels: ArrayLike<number>;
  count: number;
  rows: number;
  columns: number;
  /** Grey levels: each image from its own minimum (black) to its maximum (white), or one range for all. */
  range?: 'per-image' | readonly [number, number];
  /**
   * 'dark-on-light' draws the largest value black, as ink on paper (digits, samples, reconstructions); the default
   * draws it white (filters: lighter = larger weight).
   */
  tone?: 'light-on-dark' | 'dark-on-light';
  /** Images per row (default: a square-ish grid); fewer fit when the container is narrow. */
  perRow?: number;
  /** Largest tile side in CSS pixels at normal size (projector mode doubles it). */
  maxTile?: number;
  /** What the grid shows, in words: the canvas is one labelled image. */
  label: string;
  testId?: string;
}

const GAP = 2;

/**
 * Small grey images in a square-ish grid on one canvas: an RBM's filters, samples of digits, reconstructions.
 * Grey level only carries magnitude, which is what these images mean, so no colour is needed to read them.
 */
export function ImageGrid(props: ImageGridProps) {
  const { projector } = useFigure();
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(containerRef);
  const perRow = Math.max(1, props.perRow ?? Math.ceil(Math.sqrt(props.count)));
  const maxTile = (props.maxTile ?? 40) * (projector ? 2 : 1);
  // A tile is `tile` wide and as tall as the image's shape asks (8 × 16 hidden units: half as tall as wide).
  const tile = Math.max(props.columns, Math.min(maxTile, Math.floor(width / perRow) - GAP));
  const tileHeight = Math.round((tile * props.rows) / props.columns);
  const gridRows = Math.ceil(props.count / perRow);
  const cssWidth = perRow * (tile + GAP) - GAP;
  const cssHeight = Math.max(1, gridRows * (tileHeight + GAP) - GAP);
  const inkDark = props.tone === 'dark-on-light';
  const { pixels, count, rows, columns, range } = props;

  useEffect(() => {
    const context = prepareCanvas(canvasRef.current, cssWidth, cssHeight);
    if (!context) return;
    context.clearRect(0, 0, cssWidth, cssHeight);
    const size = rows * columns;
    const cell = tile / columns;
    for (let image = 0; image < count; image++) {
      const offset = image * size;
      let lo = range === undefined || range === 'per-image' ? Number.POSITIVE_INFINITY : range[0];
      let hi = range === undefined || range === 'per-image' ? Number.NEGATIVE_INFINITY : range[1];
      if (range === undefined || range === 'per-image') {
        for (let p = 0; p < size; p++) {
          lo = Math.min(lo, pixels[offset + p]);
          hi = Math.max(hi, pixels[offset + p]);
        }
      }
      // A flat image (all values equal) is drawn mid-grey rather than divided by zero.
      const span = hi > lo ? hi - lo : 0;
      const left = (image % perRow) * (tile + GAP);
      const top = Math.floor(image / perRow) * (tileHeight + GAP);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < columns; c++) {
          const value = pixels[offset + r * columns + c];
          const level = span > 0 ? Math.round((255 * (value - lo)) / span) : 128;
          const grey = Math.min(255, Math.max(0, inkDark ? 255 - level : level));
          context.fillStyle = `rgb(${grey},${grey},${grey})`;
          // Whole pixels overlap by a hair so no seams show between cells.
          context.fillRect(left + c * cell, top + r * cell, cell + 0.5, cell + 0.5);
        }
      }
      // ink on paper: a thin frame, or a white tile would vanish into a white page
      if (inkDark) {
        context.strokeStyle = '#8a8a8a';
        context.lineWidth = 1;
        context.strokeRect(left + 0.5, top + 0.5, tile - 1, tileHeight - 1);
      }
    }
  }, [pixels, count, rows, columns, range, tile, tileHeight, perRow, cssWidth, cssHeight, inkDark]);

  return (
    <div ref={containerRef} className="image-grid">
      <canvas ref={canvasRef} role="img" aria-label={props.label} data-testid={props.testId} />
    </div>
  );
}
