import { type ReactNode, type RefObject, useCallback, useEffect, useRef } from 'react';
import { useFigure } from '../frame/FigureContext';
import { ROLE } from '../plots/colours';
import { Legend } from '../plots/Legend';
import { useElementWidth } from '../plots/useElementWidth';
import './dotsCanvas.css';
import { DensityDots } from './densityDots';
import { type PlotColours, readPlotColours } from './plotColours';
import { prepareCanvas } from './prepareCanvas';
import { useThemeVersion } from './useThemeVersion';

/** What a painter gets: the sized and cleared canvas, its emptied dot grid, the theme's colours, the text size. */
export interface DotsScene {
  context: CanvasRenderingContext2D;
  dots: DensityDots;
  width: number;
  height: number;
  colours: PlotColours;
  /** Label size in CSS pixels: 13, or 22 in projector mode. */
  fontPx: number;
}

export interface DotsCanvasProps {
  /** The canvas takes its box's width, at most this (760 px in projector mode), and at least 120 px. */
  maxWidth: number;
  /** Height as a fraction of the width (1: square). */
  aspect: number;
  /** The most dots one picture holds. */
  maxPoints: number;
  /** How fast a cell's colour saturates with dots (DensityDots' gain, fixed at the first paint; high where one dot
   * must show clearly). */
  opacityGain?: number;
  /** Paint one picture. A new function is a repaint; so are a resize, projector mode and a change of theme. */
  paint: (scene: DotsScene) => void;
  /** Set to a function that repaints at once, for an animation frame (no React render). */
  repaint?: RefObject<() => void>;
  /** What the picture shows, in words: the canvas is one labelled image. */
  label: string;
  testId: string;
  className?: string;
  /**
   * The legend under the canvas (a canvas cannot carry words of its own): what the dots are, and what the
   * reference marks drawn over them are (dashed, in the exact colour), each with a swatch of its shape.
   */
  legend?: { dots: string; marks: string };
  /** Anything else under the canvas. */
  children?: ReactNode;
}

/** Animation frames re-read the theme's colours this often only (reading them costs a style recalculation). */
const COLOUR_REFRESH_PAINTS = 30;

/**
 * A canvas of thousands of density-shaded dots (walkers, a noised point cloud): sized to its box and the screen's
 * pixel ratio, larger in projector mode, its colours read from the theme, with its legend under it. The widget
 * supplies only `paint`.
 */
export function DotsCanvas(props: DotsCanvasProps) {
  const { projector } = useFigure();
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const dotsRef = useRef<DensityDots | null>(null);
  const colours = useRef(readPlotColours(null));
  const paints = useRef(0);
  const boxWidth = useElementWidth(boxRef, 420);
  const width = Math.max(120, Math.min(boxWidth, projector ? 760 : props.maxWidth));
  const height = Math.round(width * props.aspect);
  const { paint, maxPoints, opacityGain } = props;

  const paintNow = useCallback(() => {
    const context = prepareCanvas(canvasRef.current, width, height);
    if (!context) return;
    if (!dotsRef.current) dotsRef.current = new DensityDots(opacityGain);
    const dots = dotsRef.current;
    if (!dots.prepare(width, height, maxPoints, projector ? 3 : 2)) return;
    if (paints.current++ % COLOUR_REFRESH_PAINTS === 0) colours.current = readPlotColours(canvasRef.current);
    dots.setColour(colours.current.dataRgb);
    dots.clear();
    context.clearRect(0, 0, width, height);
    paint({ context, dots, width, height, colours: colours.current, fontPx: projector ? 22 : 13 });
  }, [paint, maxPoints, opacityGain, width, height, projector]);
  if (props.repaint) props.repaint.current = paintNow;

  // A static repaint reads the colours first: the theme or projector mode may just have changed them.
  const themeVersion = useThemeVersion();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the theme version is a repaint trigger
  useEffect(() => {
    paints.current = 0;
    paintNow();
  }, [paintNow, themeVersion]);

  return (
    <div ref={boxRef}>
      <canvas
        ref={canvasRef}
        className={props.className}
        width={width}
        height={height}
        role="img"
        aria-label={props.label}
        data-testid={props.testId}
      />
      {props.legend && (
        <Legend
          className="dots-canvas__legend"
          items={[
            { label: props.legend.dots, glyph: 'square', colour: ROLE.data },
            { label: props.legend.marks, glyph: 'dashed', colour: ROLE.exact },
          ]}
        />
      )}
      {props.children}
    </div>
  );
}
