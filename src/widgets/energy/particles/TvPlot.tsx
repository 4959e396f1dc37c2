import { memo, useMemo } from 'react';
import { DASHED, Line, Plot, ROLE, Rule } from '../../common/plots';
import { MAX_SWEEPS } from './model';

/** TV against sweeps (solid) and the noise level of n independent draws (dashed). */
function TvPlotView(props: {
  tv: Float64Array;
  steps: number;
  noise: number;
  label: string;
  axes: [string, string];
}) {
  const { tv, steps, noise } = props;
  const shown = Math.min(steps, MAX_SWEEPS) + 1;
  const x = useMemo(
    () => ({ domain: [0, Math.max(50, shown)] as const, ticks: 5, label: props.axes[0] }),
    [shown, props.axes],
  );
  const ys = tv.slice(0, shown);
  // The first sweeps (a uniform start) sit far above the noise level: the axis follows the largest value shown.
  let top = 3 * noise;
  for (const v of ys) top = Math.max(top, v);
  const yMax = Math.min(1, Number(top.toPrecision(2)));
  const y = useMemo(
    () => ({ domain: [0, yMax] as const, ticks: 5, label: props.axes[1] }),
    [yMax, props.axes],
  );
  return (
    <Plot x={x} y={y} height={200} label={props.label} testId="particles-tv">
      <Line data={ys} x={(_, i) => i} y={(v) => v} colour={ROLE.data} testId="particles-tv-line" />
      <Rule y={noise} colour={ROLE.exact} dash={DASHED} />
    </Plot>
  );
}

export const TvPlot = memo(TvPlotView);
