import { useEffect, useRef } from 'react';
import { type PlotColours, readPlotColours } from '../../common/canvas/plotColours';
import { prepareCanvas } from '../../common/canvas/prepareCanvas';
import { useThemeVersion } from '../../common/canvas/useThemeVersion';
import { useFigure } from '../../common/frame/FigureContext';
import type { DartRun } from './darts';

export interface DartBoardProps {
  run: DartRun;
  /** How many of the run's darts have landed so far. */
  shown: number;
  /** Side of the drawing in CSS pixels. */
  size: number;
  label: string;
}

interface Painted {
  run: DartRun | null;
  count: number;
  size: number;
  projector: boolean;
  theme: number;
  colours: PlotColours | null;
}

/** Room around the square for the 0 and 1 labels. */
const PAD = 18;

/**
 * The unit square and its quarter circle on a canvas, with darts drawn incrementally: while the experiment plays,
 * each frame paints only the darts that landed since the last frame. Hits are solid squares in the "accept" colour,
 * misses are fainter crosses in the "reject" colour, so shape and opacity tell them apart without colour.
 */
export function DartBoard(props: DartBoardProps) {
  const { run, shown, size } = props;
  const { projector } = useFigure();
  const theme = useThemeVersion();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // What is on the canvas now, so that a frame of a running experiment paints only the darts that are new.
  const painted = useRef<Painted>({
    run: null,
    count: 0,
    size: 0,
    projector: false,
    theme: -1,
    colours: null,
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = prepareCanvas(canvas, size, size);
    if (!canvas || !context) return;
    const state = painted.current;
    const stale =
      state.run !== run || state.size !== size || state.projector !== projector || state.theme !== theme;
    let colours = state.colours;
    if (stale || shown < state.count || !colours) {
      // Colours are read when the board is repainted (a new theme repaints it), not on every frame.
      colours = readPlotColours(canvas);
      Object.assign(state, { run, size, projector, theme, count: 0, colours });
      paintBoard(context, colours, size);
    }
    if (shown > state.count) {
      paintDarts(context, colours, run, state.count, shown, size, projector);
      state.count = shown;
    }
  }, [run, shown, size, projector, theme]);

  return (
    <canvas
      ref={canvasRef}
      role="img"
      aria-label={props.label}
      data-testid="darts-canvas"
      width={size}
      height={size}
    />
  );
}

function paintBoard(context: CanvasRenderingContext2D, colours: PlotColours, size: number): void {
  const side = size - 2 * PAD;
  const { ink, inkSoft: soft } = colours;
  context.clearRect(0, 0, size, size);
  context.lineWidth = 1;
  context.strokeStyle = soft;
  context.strokeRect(PAD, PAD, side, side);
  // The quarter circle x² + y² = 1 with its centre at the bottom-left corner (0, 0).
  context.beginPath();
  context.arc(PAD, PAD + side, side, -Math.PI / 2, 0);
  context.lineWidth = 2;
  context.strokeStyle = ink;
  context.stroke();
  context.fillStyle = soft;
  context.font = `${colours.fontSize} sans-serif`;
  context.textBaseline = 'top';
  context.textAlign = 'center';
  context.fillText('0', PAD, PAD + side + 3);
  context.fillText('1', PAD + side, PAD + side + 3);
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  context.fillText('1', PAD - 4, PAD);
}

function paintDarts(
  context: CanvasRenderingContext2D,
  colours: PlotColours,
  run: DartRun,
  from: number,
  to: number,
  size: number,
  projector: boolean,
): void {
  const side = size - 2 * PAD;
  // Smaller marks for denser experiments, so 100 000 darts still show the quarter circle's edge.
  const base = run.n <= 1000 ? 2.6 : run.n <= 10000 ? 1.6 : 1;
  const r = projector ? base * 1.5 : base;
  const { xs, ys, inside } = run;

  context.globalAlpha = 0.9;
  context.fillStyle = colours.accept;
  context.beginPath();
  for (let i = from; i < to; i++) {
    if (!inside[i]) continue;
    context.rect(PAD + xs[i] * side - r, PAD + (1 - ys[i]) * side - r, 2 * r, 2 * r);
  }
  context.fill();

  context.globalAlpha = 0.6;
  context.strokeStyle = colours.reject;
  context.lineWidth = r > 1.5 ? 1.2 : 0.8;
  context.beginPath();
  for (let i = from; i < to; i++) {
    if (inside[i]) continue;
    const cx = PAD + xs[i] * side;
    const cy = PAD + (1 - ys[i]) * side;
    context.moveTo(cx - r, cy - r);
    context.lineTo(cx + r, cy + r);
    context.moveTo(cx - r, cy + r);
    context.lineTo(cx + r, cy - r);
  }
  context.stroke();
  context.globalAlpha = 1;
}
