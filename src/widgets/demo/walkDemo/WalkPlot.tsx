import { extent } from 'd3';
import { useMemo } from 'react';
import { DASHED, FunctionLine, Line, Plot, ROLE } from '../../common/plots';

/** Drawing only: the path's first `shown` steps, and the ±σ√n envelope. */
export function WalkPlot(props: {
  path: Float64Array;
  shown: number;
  stepSize: number;
  label: string;
  axes: [string, string];
}) {
  const { path, shown, stepSize } = props;
  const n = path.length - 1;
  // The y-range holds the whole path and the envelope, so the axes stay still while the walk is revealed.
  const bound = useMemo(() => {
    const [low, high] = extent(path) as [number, number];
    return Math.max(Math.abs(low), Math.abs(high), stepSize * Math.sqrt(n), 1e-9) * 1.05;
  }, [path, stepSize, n]);
  const x = useMemo(() => ({ domain: [0, n] as const, ticks: 6, label: props.axes[0] }), [n, props.axes]);
  const y = useMemo(
    () => ({ domain: [-bound, bound] as const, ticks: 5, label: props.axes[1] }),
    [bound, props.axes],
  );
  const shownPath = useMemo(() => path.subarray(0, shown + 1), [path, shown]);
  return (
    <Plot x={x} y={y} height={260} label={props.label} testId="walk-plot">
      <FunctionLine f={(i) => stepSize * Math.sqrt(i)} samples={100} colour={ROLE.exact} dash={DASHED} />
      <FunctionLine f={(i) => -stepSize * Math.sqrt(i)} samples={100} colour={ROLE.exact} dash={DASHED} />
      <Line data={shownPath} x={(_, i) => i} y={(v) => v} testId="walk-line" />
    </Plot>
  );
}
