/**
 * Drawing only: the collision box. Molecules are small grey dots, the grain a filled disc with an outline, and its
 * trail a line — three different shapes, so nothing depends on telling colours apart.
 */
import type { DensityDots } from '../../common/canvas/densityDots';

export interface CollisionScene {
  boxSize: number;
  moleculeX: Float64Array;
  moleculeY: Float64Array;
  moleculeCount: number;
  grainX: number;
  grainY: number;
  grainRadius: number;
  /** the trail, oldest first */
  trailX: Float64Array;
  trailY: Float64Array;
  trailCount: number;
}

export interface CollisionColours {
  molecules: [number, number, number];
  grain: string;
  trail: string;
  ink: string;
}

/** At most this many trail vertices are stroked per frame (the trail is thinned evenly beyond that). */
const MAX_TRAIL_VERTICES = 1200;

export function drawCollisionBox(
  context: CanvasRenderingContext2D,
  dots: DensityDots,
  side: number,
  scene: CollisionScene,
  colours: CollisionColours,
  lineScale: number,
): void {
  const scale = side / scene.boxSize; // px per nm
  context.clearRect(0, 0, side, side);

  dots.clear();
  dots.add(scene.moleculeX, scene.moleculeY, scene.moleculeCount, 1, 0, 0, {
    x0: 0,
    sx: scale,
    y0: side,
    sy: -scale,
  });
  dots.draw(context);

  // the trail: where the grain has been (its centre)
  const n = scene.trailCount;
  if (n > 1) {
    const stride = Math.max(1, Math.ceil(n / MAX_TRAIL_VERTICES));
    context.strokeStyle = colours.trail;
    context.lineWidth = 1.5 * lineScale;
    context.lineJoin = 'round';
    context.beginPath();
    context.moveTo(scene.trailX[0] * scale, side - scene.trailY[0] * scale);
    for (let k = stride; k < n; k += stride)
      context.lineTo(scene.trailX[k] * scale, side - scene.trailY[k] * scale);
    context.lineTo(scene.trailX[n - 1] * scale, side - scene.trailY[n - 1] * scale);
    context.stroke();
  }

  // the grain, half transparent so the trail under it stays visible
  context.beginPath();
  context.arc(scene.grainX * scale, side - scene.grainY * scale, scene.grainRadius * scale, 0, 2 * Math.PI);
  context.globalAlpha = 0.6;
  context.fillStyle = colours.grain;
  context.fill();
  context.globalAlpha = 1;
  context.lineWidth = 2 * lineScale;
  context.strokeStyle = colours.ink;
  context.stroke();
}
