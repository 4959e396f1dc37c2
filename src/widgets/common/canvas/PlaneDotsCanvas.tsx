import { type RefObject, useCallback } from 'react';
import { DotsCanvas, type DotsScene } from './DotsCanvas';

/** Where the points of a cloud in the plane are, and which of them to draw. */
export interface PlaneCloud {
  /** Interleaved x, y. */
  points: Float64Array;
  /** Points with alive[p] = 0 are skipped (lost to a blow-up); absent: all are drawn. */
  alive?: Uint8Array;
  /** Reference circles (centre x, y and radius, data units), drawn dashed in the exact colour. */
  circles?: readonly (readonly [number, number, number])[];
}

export interface PlaneDotsCanvasProps {
  /** The square of the plane shown, [min, max]² in data units. */
  range: readonly [number, number];
  /** Called at every paint (the cloud moves in place, and a new run may have replaced it since the last render). */
  cloud: () => PlaneCloud | null;
  repaint: RefObject<() => void>;
  /** A new value repaints (a new run, other circles). */
  paintKey: unknown;
  maxPoints: number;
  label: string;
  legend: { dots: string; marks: string };
  testId: string;
  className?: string;
}

/**
 * A square view of a particle cloud in the plane (Langevin particles, a gradient ascent) with dashed reference
 * circles: DotsCanvas with the plane mapped onto it and lost particles left out, so no NaN is ever drawn.
 */
export function PlaneDotsCanvas(props: PlaneDotsCanvasProps) {
  const { cloud, range } = props;
  const [lo, hi] = range;
  // biome-ignore lint/correctness/useExhaustiveDependencies: paintKey is the repaint trigger (points move in place)
  const paint = useCallback(
    ({ context, dots, width, height, colours }: DotsScene) => {
      const model = cloud();
      if (!model) return;
      const sx = width / (hi - lo);
      const sy = height / (hi - lo);
      const map = { x0: -lo * sx, sx, y0: hi * sy, sy: -sy };
      const { points, alive } = model;
      const n = points.length >> 1;
      if (!alive) dots.add(points, points, n, 2, 0, 1, map);
      else for (let p = 0; p < n; p++) if (alive[p]) dots.add(points, points, 1, 2, 2 * p, 2 * p + 1, map);
      dots.draw(context);
      context.strokeStyle = colours.exact;
      context.lineWidth = 2;
      context.setLineDash([6, 4]);
      for (const [cx, cy, r] of model.circles ?? []) {
        context.beginPath();
        context.arc(map.x0 + sx * cx, map.y0 - sy * cy, r * sx, 0, 2 * Math.PI);
        context.stroke();
      }
      context.setLineDash([]);
    },
    [cloud, lo, hi, props.paintKey],
  );
  return (
    <DotsCanvas
      maxWidth={420}
      aspect={1}
      maxPoints={props.maxPoints}
      opacityGain={0.9}
      paint={paint}
      repaint={props.repaint}
      label={props.label}
      testId={props.testId}
      className={props.className}
      legend={props.legend}
    />
  );
}
