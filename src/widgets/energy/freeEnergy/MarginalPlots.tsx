import { memo, useMemo } from 'react';
import { Area, Line, Plot, ROLE, Rule, stackedHeights } from '../../common/plots';
import type { FreeEnergyView } from './model';
import { X_DOMAIN } from './model';

/** The marginal p(x) = exp(−F(x))/Z, with the probe x₀ marked. */
function MarginalPlotView(props: {
  view: FreeEnergyView;
  probe: number;
  label: string;
  axes: [string, string];
}) {
  const { view } = props;
  let peak = 0;
  for (const p of view.marginal) if (p > peak) peak = p;
  const top = Math.max(0.05, Math.ceil(peak * 12) / 10);
  const x = useMemo(() => ({ domain: X_DOMAIN, ticks: 11, label: props.axes[0] }), [props.axes]);
  const y = useMemo(() => ({ domain: [0, top] as const, ticks: 4, label: props.axes[1] }), [props.axes, top]);
  const index = Array.from(view.xs.keys());
  return (
    <Plot x={x} y={y} {...stackedHeights(170)} label={props.label} testId="free-energy-marginal">
      <Area
        data={index}
        x={(k) => view.xs[k]}
        y1={(k) => view.marginal[k]}
        colour={ROLE.data}
        opacity={0.25}
      />
      <Line
        data={index}
        x={(k) => view.xs[k]}
        y={(k) => view.marginal[k]}
        colour={ROLE.data}
        width={2}
        testId="free-energy-marginal-line"
      />
      <Rule x={props.probe} colour={ROLE.muted} />
    </Plot>
  );
}

export const MarginalPlot = memo(MarginalPlotView);
