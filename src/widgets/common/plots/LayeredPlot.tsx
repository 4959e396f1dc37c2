import { type ReactNode, useEffect, useRef } from 'react';
import { prepareCanvas } from '../canvas/prepareCanvas';
import { useFigure } from '../frame/FigureContext';
import { type PlotBox, plotBox, plotMargins } from './Axis';
import { useElementWidth } from './useElementWidth';

export interface LayeredPlotProps {
  /** Outer height in CSS pixels at normal size (projector mode makes it taller). */
  height: number;
  /** What the plot shows, for screen readers (the SVG is the one labelled image; the canvas repeats its points). */
  label: string;
  testId?: string;
  /** Thousands of marks go on a canvas under the SVG, in inner-box coordinates. Memoise it: it redraws on change. */
  draw?: (context: CanvasRenderingContext2D, box: PlotBox, canvas: HTMLCanvasElement) => void;
  /** Axes, curves and labels, drawn inside the inner box (the group is already translated by the margins). */
  children: (box: PlotBox) => ReactNode;
  /** Force a square inner box (maps of a 2-D density). */
  square?: boolean;
}

/** A plot of two layers: a canvas for many points, and an SVG on top of it for axes, curves and text. */
export function LayeredPlot(props: LayeredPlotProps) {
  const { projector } = useFigure();
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(containerRef);
  const margin = plotMargins(projector);
  const outerHeight = projector ? Math.round(props.height * 1.7) : props.height;
  let box = plotBox(width, outerHeight, margin);
  if (props.square) {
    // The largest square that fits the width and the requested height.
    const side = Math.min(box.innerWidth, box.innerHeight);
    box = plotBox(side + margin.left + margin.right, side + margin.top + margin.bottom, margin);
  }
  const { draw } = props;
  const { innerWidth, innerHeight } = box;

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = prepareCanvas(canvas, innerWidth, innerHeight);
    if (!context || !canvas || !draw) return;
    const m = plotMargins(projector);
    context.clearRect(0, 0, innerWidth, innerHeight);
    draw(context, plotBox(innerWidth + m.left + m.right, innerHeight + m.top + m.bottom, m), canvas);
  }, [draw, innerWidth, innerHeight, projector]);

  return (
    <div ref={containerRef} className="plot" style={{ position: 'relative' }}>
      {draw && (
        <div aria-hidden="true" style={{ position: 'absolute', left: box.margin.left, top: box.margin.top }}>
          <canvas ref={canvasRef} />
        </div>
      )}
      <svg
        width={box.width}
        height={box.height}
        role="img"
        aria-label={props.label}
        data-testid={props.testId}
        style={{ position: 'relative' }}
      >
        <g transform={`translate(${box.margin.left},${box.margin.top})`}>{props.children(box)}</g>
      </svg>
    </div>
  );
}
