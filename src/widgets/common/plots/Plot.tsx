import { createContext, type ReactNode, useContext, useEffect, useId, useMemo, useRef } from 'react';
import { prepareCanvas } from '../canvas/prepareCanvas';
import { useFigure } from '../frame/FigureContext';
import { Axis, axisBottom, axisLeft, type PlotBox, plotBox, plotMargins } from './Axis';
import { type AxisSpec, type PlotScale, scaleOf } from './scales';
import { useElementWidth } from './useElementWidth';

/** What every mark inside a `<Plot>` reads: the scales, the inner box, the clip path and projector mode. */
export interface PlotFrame {
  x: PlotScale;
  y: PlotScale;
  box: PlotBox;
  /** `url(#…)` of the inner box, for marks that must not spill over the axes. */
  clip: string;
  projector: boolean;
}

const PlotContext = createContext<PlotFrame | null>(null);

export function usePlot(): PlotFrame {
  const frame = useContext(PlotContext);
  if (!frame) throw new Error('A plot mark must be drawn inside a <Plot>.');
  return frame;
}

export interface PlotProps {
  x: AxisSpec;
  y: AxisSpec;
  /** Outer height in CSS pixels at normal size. */
  height: number;
  /** Outer height in projector mode (default: twice `height`, so the plot fills the screen). */
  projectorHeight?: number;
  /** A fixed outer width; by default the plot takes its container's width, measured. */
  width?: number;
  /** Margins instead of the frame's (e.g. `wideMargins` for long tick labels). */
  margins?: (projector: boolean) => PlotBox['margin'];
  /** Make the inner box square: the largest square that fits (maps of a 2-D density). */
  square?: boolean;
  /** What the plot shows, in words, for screen readers: the SVG is one labelled image. */
  label: string;
  testId?: string;
  /** The plot holds focusable marks (draggable handles): the SVG is then a labelled group, not one image, since an
   * image may not contain interactive controls. */
  interactive?: boolean;
  /** Thousands of marks go on a canvas under the SVG, in inner-box pixels. Memoise it: it redraws on change. */
  draw?: (context: CanvasRenderingContext2D, frame: PlotFrame, canvas: HTMLCanvasElement) => void;
  /** The marks (Line, Area, Bars, Rule, Points, PlotText …), drawn in the inner box above the axes. */
  children?: ReactNode;
}

/**
 * The one way to draw a plot: it owns the width (measured), the projector size, the margins, the clip path and the
 * axes, so that a widget's plot is only its axis specs and its marks — as in Observable Plot. Plots draw at their
 * real pixel size (no viewBox scaling), so the CSS font sizes hold, also in projector mode.
 */
export function Plot(props: PlotProps) {
  const { projector } = useFigure();
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const measured = useElementWidth(containerRef);
  const clipId = `clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const margin = (props.margins ?? plotMargins)(projector);
  const outerHeight = projector ? (props.projectorHeight ?? props.height * 2) : props.height;
  let box = plotBox(props.width ?? measured, outerHeight, margin);
  if (props.square) {
    const side = Math.min(box.innerWidth, box.innerHeight);
    box = plotBox(side + margin.left + margin.right, side + margin.top + margin.bottom, margin);
  }
  const { innerWidth, innerHeight } = box;
  const { x: xSpec, y: ySpec } = props;
  // Scales are rebuilt only when what they depend on changes, so memoised marks and axes keep their identity.
  const x = useMemo(() => scaleOf(xSpec, [0, innerWidth]), [xSpec, innerWidth]);
  const y = useMemo(() => scaleOf(ySpec, [innerHeight, 0]), [ySpec, innerHeight]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the box is rebuilt on every render; its sizes are the dependencies
  const frame = useMemo<PlotFrame>(
    () => ({ x, y, box, clip: `url(#${clipId})`, projector }),
    [x, y, innerWidth, innerHeight, box.margin.left, box.margin.top, clipId, projector],
  );

  const { draw } = props;
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = prepareCanvas(canvas, frame.box.innerWidth, frame.box.innerHeight);
    if (!context || !canvas || !draw) return;
    context.clearRect(0, 0, frame.box.innerWidth, frame.box.innerHeight);
    draw(context, frame, canvas);
  }, [draw, frame]);

  return (
    <div ref={containerRef} className="plot plot--layered">
      {draw && (
        <div aria-hidden="true" className="plot__canvas" style={{ left: margin.left, top: margin.top }}>
          <canvas ref={canvasRef} />
        </div>
      )}
      <svg
        width={box.width}
        height={box.height}
        role={props.interactive ? 'group' : 'img'}
        aria-label={props.label}
        data-testid={props.testId}
        className="plot__svg"
      >
        <defs>
          <clipPath id={clipId}>
            <rect width={innerWidth} height={innerHeight} />
          </clipPath>
        </defs>
        <g transform={`translate(${margin.left},${margin.top})`}>
          <PlotContext.Provider value={frame}>
            <PlotAxes x={xSpec} y={ySpec} />
            {props.children}
          </PlotContext.Provider>
        </g>
      </svg>
    </div>
  );
}

/** The two axes of a plot, from their specs; d3 draws the ticks. */
function PlotAxes(props: { x: AxisSpec; y: AxisSpec }) {
  const { x, y, box } = usePlot();
  const xAxis = useMemo(() => {
    const axis = axisBottom(x);
    if (props.x.ticks !== undefined) axis.ticks(props.x.ticks);
    if (props.x.tickValues) axis.tickValues(props.x.tickValues);
    if (props.x.tickFormat) axis.tickFormat((v) => props.x.tickFormat?.(Number(v)) ?? String(v));
    return axis;
  }, [x, props.x]);
  const yAxis = useMemo(() => {
    const axis = axisLeft(y);
    if (props.y.ticks !== undefined) axis.ticks(props.y.ticks);
    if (props.y.tickValues) axis.tickValues(props.y.tickValues);
    if (props.y.tickFormat) axis.tickFormat((v) => props.y.tickFormat?.(Number(v)) ?? String(v));
    return axis;
  }, [y, props.y]);
  return (
    <>
      {!props.y.hidden && (
        <Axis
          axis={yAxis}
          label={props.y.label}
          labelPosition={{ x: -box.margin.left + 16, y: box.innerHeight / 2, rotate: -90 }}
        />
      )}
      {!props.x.hidden && (
        <Axis
          axis={xAxis}
          transform={`translate(0,${box.innerHeight})`}
          label={props.x.label}
          labelPosition={{ x: box.innerWidth / 2, y: box.margin.bottom - 6 }}
        />
      )}
    </>
  );
}
