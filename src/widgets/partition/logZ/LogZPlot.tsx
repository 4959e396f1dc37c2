import { useMemo } from 'react';
import { DASHED, FunctionLine, Line, Marker, Plot, ROLE } from '../../common/plots';
import { COUPLING_RANGE, type LogZView } from './model';

export interface LogZPlotProps {
  view: LogZView;
  coupling: number;
  label: string;
  axes: [string, string];
}

/** The curve log Z(J), the current J on it, and the tangent whose slope is E[Σ sᵢsᵢ₊₁]. */
export function LogZPlot(props: LogZPlotProps) {
  const { view, coupling } = props;
  const [xLabel, yLabel] = props.axes;
  const x = useMemo(() => ({ domain: COUPLING_RANGE, ticks: 8, label: xLabel }), [xLabel]);
  const y = useMemo(() => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const point of view.curve) {
      lo = Math.min(lo, point.logZ);
      hi = Math.max(hi, point.logZ);
    }
    const pad = (hi - lo) * 0.08 || 1;
    return { domain: [lo - pad, hi + pad] as const, ticks: 6, label: yLabel, nice: true };
  }, [view.curve, yLabel]);
  const { logZTransfer: at, mean: slope } = view;
  return (
    <Plot x={x} y={y} height={300} label={props.label} testId="logz-plot">
      <Line data={view.curve} x={(p) => p.J} y={(p) => p.logZ} width={2} testId="logz-curve" />
      <FunctionLine
        f={(J) => at + slope * (J - coupling)}
        colour={ROLE.exact}
        dash={DASHED}
        testId="logz-tangent"
      />
      <Marker x={coupling} y={at} testId="logz-point" />
    </Plot>
  );
}
