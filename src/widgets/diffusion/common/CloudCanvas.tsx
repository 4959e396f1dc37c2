import { useCallback } from 'react';
import { DotsCanvas, type DotsScene } from '../../common/canvas/DotsCanvas';
import './diffusion.css';

/** The canvases show [−VIEW, VIEW]² in standardised units: the shapes reach about ±2, N(0, I) mostly ±3. */
const VIEW = 3.2;

export interface CloudPaths {
  /** values[(p · length + k) · 2 + axis]: point k of path p */
  values: Float64Array;
  count: number;
  length: number;
}

/**
 * Drawing only (shared by ForwardReverse and LearnScore): a cloud of density-shaded dots on a fixed view, and optionally a few particle paths (solid lines,
 * an open circle at each start) so the reader can follow single points from noise to data.
 */
export function CloudCanvas(props: {
  points: Float64Array;
  paths?: CloudPaths;
  label: string;
  testId: string;
  legend?: { dots: string; marks: string };
}) {
  const { points, paths } = props;
  const paint = useCallback(
    ({ context, dots, width, colours, fontPx }: DotsScene) => {
      const scale = width / (2 * VIEW);
      const c = width / 2;
      dots.add(points, points, points.length >> 1, 2, 0, 1, { x0: c, sx: scale, y0: c, sy: -scale });
      dots.draw(context);
      if (!paths || paths.count === 0) return;
      context.strokeStyle = colours.exact;
      // dashed, as the legend's swatch for the marks: the paths are told from the dots by shape, not colour alone
      const big = fontPx > 13;
      context.lineWidth = big ? 2 : 1;
      // see-through, so the generated cloud under the paths stays readable
      context.globalAlpha = 0.55;
      context.setLineDash(big ? [10, 6] : [5, 3]);
      for (let p = 0; p < paths.count; p++) {
        context.beginPath();
        for (let k = 0; k < paths.length; k++) {
          const i = (p * paths.length + k) * 2;
          const x = c + scale * paths.values[i];
          const y = c - scale * paths.values[i + 1];
          if (k === 0) context.moveTo(x, y);
          else context.lineTo(x, y);
        }
        context.stroke();
        const i0 = p * paths.length * 2;
        context.setLineDash([]);
        context.beginPath();
        context.arc(c + scale * paths.values[i0], c - scale * paths.values[i0 + 1], 4, 0, 2 * Math.PI);
        context.stroke();
        context.setLineDash(big ? [10, 6] : [5, 3]);
      }
      context.setLineDash([]);
      context.globalAlpha = 1;
    },
    [points, paths],
  );
  return (
    <DotsCanvas
      maxWidth={420}
      aspect={1}
      maxPoints={Math.max(1, points.length >> 1)}
      paint={paint}
      label={props.label}
      testId={props.testId}
      className="diffusion-canvas"
      legend={props.legend}
    />
  );
}
