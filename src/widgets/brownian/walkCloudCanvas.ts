/**
 * Drawing only: the walkers on a canvas. 2-D: every walker a dot (density-shaded), with circles of radius σ and
 * 2σ of the exact N(0, 2Dt·I) law. 1-D: every walker a dot at its x, spread vertically by a fixed jitter so the
 * cloud can be seen, with lines at ±σ and ±2σ. The scale is fixed by the largest step count, so the cloud
 * visibly spreads as the walk proceeds.
 */
import type { DensityDots } from '../common/canvas/densityDots';

export interface WalkCanvasColours {
  dots: [number, number, number];
  exact: string;
  ink: string;
  muted: string;
}

export interface WalkCanvasScene {
  positions: Float64Array;
  count: number;
  dimension: 1 | 2;
  /** fixed vertical jitter in [0, 1) per walker, for the 1-D strip */
  jitter: Float64Array;
  /** σ = √(2Dt) per axis now, and at the last step (sets the scale) */
  sigma: number;
  sigmaMax: number;
  labels: { sigma: string; twoSigma: string };
}

/** Half the canvas width in units of the final σ: the 2σ circle at the end still fits with room to spare. */
const HALF_WIDTH_IN_SIGMA = 3.2;

export function drawWalkCloud(
  context: CanvasRenderingContext2D,
  dots: DensityDots,
  width: number,
  height: number,
  scene: WalkCanvasScene,
  colours: WalkCanvasColours,
  fontPx: number,
): void {
  context.clearRect(0, 0, width, height);
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

  dots.clear();
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
  context.strokeStyle = colours.exact;
  context.fillStyle = colours.ink;
  context.font = `${fontPx}px system-ui, sans-serif`;
  context.textBaseline = 'bottom';
  const marks: [number, number[], string][] = [
    [1, [6, 4], scene.labels.sigma],
    [2, [2, 4], scene.labels.twoSigma],
  ];
  for (const [k, dash, text] of marks) {
    const r = k * scene.sigma * scale;
    context.lineWidth = 2;
    context.setLineDash(dash);
    context.beginPath();
    if (scene.dimension === 2) {
      context.arc(cx, cy, r, 0, 2 * Math.PI);
    } else {
      context.moveTo(cx - r, 0);
      context.lineTo(cx - r, height);
      context.moveTo(cx + r, 0);
      context.lineTo(cx + r, height);
    }
    context.stroke();
    // label just outside the mark, upper right, if it fits on the canvas
    const lx = scene.dimension === 2 ? cx + r * Math.SQRT1_2 + 3 : cx + r + 3;
    const ly = scene.dimension === 2 ? cy - r * Math.SQRT1_2 - 2 : fontPx + 4 + (k - 1) * (fontPx + 2);
    if (lx + context.measureText(text).width < width && ly > fontPx) context.fillText(text, lx, ly);
  }
  context.setLineDash([]);
}
