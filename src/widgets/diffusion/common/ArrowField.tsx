import { memo, useMemo } from 'react';
import { type GridBox, gridCoordinate } from '../../../core';
import { ROLE, usePlot } from '../../common/plots';

/**
 * A mark for a <Plot>: a vector field sampled on an n × n grid of the box (value (i, j) at 2(j n + i), the layout
 * of the core's score grids), one arrow per point, all in one path. An arrow's length is 0.9 of a cell times
 * tanh(|v| / scale): direction exact, length saturating, so fields as steep as a score near the data stay readable;
 * two panels drawn with the same `scale` compare by eye.
 */
export const ArrowField = memo(function ArrowField(props: {
  field: Float64Array;
  box: GridBox;
  n: number;
  scale: number;
  testId?: string;
}) {
  const plot = usePlot();
  const { field, box, n, scale } = props;
  const d = useMemo(() => {
    const cell = Math.abs(plot.x((box.xMax - box.xMin) / Math.max(1, n - 1)) - plot.x(0));
    const head = plot.projector ? 8 : 4;
    const f = (v: number) => v.toFixed(1);
    let path = '';
    for (let j = 0; j < n; j++) {
      const py = plot.y(gridCoordinate(box.yMin, box.yMax, n, j));
      for (let i = 0; i < n; i++) {
        const vx = field[2 * (j * n + i)];
        const vy = field[2 * (j * n + i) + 1];
        const size = Math.hypot(vx, vy);
        if (!(size > 1e-12) || !Number.isFinite(size)) continue;
        const length = 0.9 * cell * Math.tanh(size / scale);
        const px = plot.x(gridCoordinate(box.xMin, box.xMax, n, i));
        const ux = vx / size;
        const uy = -vy / size; // screen y points down
        const tx = px + ux * length;
        const ty = py + uy * length;
        const h = Math.min(head, 0.4 * length);
        path +=
          `M${f(px)},${f(py)}L${f(tx)},${f(ty)}` +
          `M${f(tx - h * (0.87 * ux - 0.5 * uy))},${f(ty - h * (0.87 * uy + 0.5 * ux))}L${f(tx)},${f(ty)}` +
          `L${f(tx - h * (0.87 * ux + 0.5 * uy))},${f(ty - h * (0.87 * uy - 0.5 * ux))}`;
      }
    }
    return path;
  }, [field, box, n, scale, plot]);
  return (
    <path
      d={d}
      fill="none"
      stroke={ROLE.ink}
      strokeWidth={plot.projector ? 2 : 1.2}
      strokeLinecap="round"
      clipPath={plot.clip}
      data-testid={props.testId}
    />
  );
});
