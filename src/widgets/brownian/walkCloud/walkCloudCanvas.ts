/**
 * Drawing only: the walkers on a canvas. 2-D: every walker a dot (density-shaded), with circles of radius σ and
 * 2σ of the exact N(0, 2Dt·I) law. 1-D: every walker a dot at its x, spread vertically by a fixed jitter so the
 * cloud can be seen, with lines at ±σ and ±2σ. The scale is fixed by the largest step count, so the cloud
 * visibly spreads as the walk proceeds.
 */
import type { DotsScene } from '../../common/canvas/DotsCanvas';
import { drawSigmaRings, SIGMA_DASHES } from '../../common/canvas/sigmaRings';

export interface WalkCanvasScene {
  positions: Float64Array;
  count: number;
  dimension: 1 | 2;
  /** fixed vertical jitter in [0, 1) per walker, for the 1-D strip */
  jitter: Float64Array;
  /** σ = √(2Dt) per axis now, and at the last step (sets the scale) */
  sigma: number;
  sigmaMax: number;
  labels: readonly [string, string];
}

/** Half the canvas width in units of the final σ: the 2σ circle at the end still fits with room to spare. */
const HALF_WIDTH_IN_SIGMA = 3.2;

/** A fixed vertical position in [0, 1) per walker for the 1-D strip: golden-ratio spacing, no randomness needed. */
export function stripJitter(count: number): Float64Array {
  const jitter = new Float64Array(count);
  for (let i = 0; i < count; i++) jitter[i] = (i * 0.6180339887498949) % 1;
  return jitter;
}

export function drawWalkCloud(canvas: DotsScene, scene: WalkCanvasScene): void {
  const { context, dots, width, height, colours, fontPx } = canvas;
  const cx = width / 2;
  const cy = height / 2;
  const scale = width / 2 / (HALF_WIDTH_IN_SIGMA * Math.max(scene.sigmaMax, 1e-12)); // px per length unit

  // faint axes through the origin
  context.strokeStyle = colours.muted;
  context.lineWidth = 1;
  context.setLineDash([]);
  context.beginPath();
  context.moveTo(0, cy);
  context.lineTo(width, cy);
  if (scene.dimension === 2) {
    context.moveTo(cx, 0);
    context.lineTo(cx, height);
  }
  context.stroke();

  if (scene.dimension === 2) {
    dots.add(scene.positions, scene.positions, scene.count, 2, 0, 1, {
      x0: cx,
      sx: scale,
      y0: cy,
      sy: -scale,
    });
  } else {
    // the strip: x from the walker, y from its fixed jitter (in the middle 80 % of the height)
    dots.add(scene.positions, scene.jitter, scene.count, 1, 0, 0, {
      x0: cx,
      sx: scale,
      y0: 0.1 * height,
      sy: 0.8 * height,
    });
  }
  dots.draw(context);

  if (!(scene.sigma > 0)) return;
  const colourPair = { exact: colours.exact, ink: colours.ink };
  const sigmaPx = scene.sigma * scale;
  if (scene.dimension === 2)
    drawSigmaRings(context, { cx, cy, sigmaPx, width, labels: scene.labels, colours: colourPair, fontPx });
  else drawSigmaLines(context, cx, sigmaPx, width, height, scene.labels, colourPair, fontPx);
}

/** 1-D: vertical lines at ±σ (dashed) and ±2σ (dotted), labelled at the top right of each where they fit. */
function drawSigmaLines(
  context: CanvasRenderingContext2D,
  cx: number,
  sigmaPx: number,
  width: number,
  height: number,
  labels: readonly [string, string],
  colours: { exact: string; ink: string },
  fontPx: number,
): void {
  context.strokeStyle = colours.exact;
  context.fillStyle = colours.ink;
  context.font = `${fontPx}px system-ui, sans-serif`;
  context.textBaseline = 'bottom';
  context.lineWidth = 2;
  for (let k = 1; k <= 2; k++) {
    const r = k * sigmaPx;
    context.setLineDash(SIGMA_DASHES[k - 1] as number[]);
    context.beginPath();
    context.moveTo(cx - r, 0);
    context.lineTo(cx - r, height);
    context.moveTo(cx + r, 0);
    context.lineTo(cx + r, height);
    context.stroke();
    const text = labels[k - 1];
    const lx = cx + r + 3;
    const ly = fontPx + 4 + (k - 1) * (fontPx + 2);
    if (lx + context.measureText(text).width < width && ly > fontPx) context.fillText(text, lx, ly);
  }
  context.setLineDash([]);
}
