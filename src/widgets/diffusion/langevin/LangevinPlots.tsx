import { memo, useMemo } from 'react';
import { Bars, type Bin, DASHED, DOTTED, Legend, Line, Plot, ROLE, Rule } from '../../common/plots';
import { type ExactTarget, RECORD_EVERY, VIEW } from './model';

/** The x₁ histogram of the particles against the exact marginal (quadrature on the grid). */
export const MarginalPlot = memo(function MarginalPlot(props: {
  bins: readonly Bin[];
  exact: ExactTarget;
  title: string;
  label: string;
  axes: [string, string];
  legend: [string, string];
}) {
  const { grid } = props.exact;
  const top = useMemo(() => {
    let m = 0;
    for (const v of grid.marginal) m = Math.max(m, v);
    return 1.25 * m;
  }, [grid]);
  const x = useMemo(() => ({ domain: VIEW, ticks: 8, label: props.axes[0] }), [props.axes]);
  const y = useMemo(() => ({ domain: [0, top] as const, ticks: 4, label: props.axes[1] }), [top, props.axes]);
  const centres = useMemo(
    () => Float64Array.from(grid.marginal, (_, i) => grid.box.xMin + (i + 0.5) * grid.h),
    [grid],
  );
  const bins = useMemo(
    () => props.bins.map((b) => ({ ...b, value: Math.min(b.value, top) })),
    [props.bins, top],
  );
  return (
    <div>
      <p className="score-field__panel-title">{props.title}</p>
      <Plot x={x} y={y} height={200} label={props.label} testId="langevin-marginal">
        <Bars bins={bins} joined colour={ROLE.data} opacity={0.35} testId="langevin-histogram" />
        <Line
          data={grid.marginal}
          x={(_, i) => centres[i]}
          y={(v) => v}
          defined={(_, i) => centres[i] >= VIEW[0] && centres[i] <= VIEW[1]}
          colour={ROLE.exact}
          dash={DASHED}
          width={2}
        />
      </Plot>
      <Legend
        items={[
          { label: props.legend[0], glyph: 'square', colour: ROLE.data },
          { label: props.legend[1], glyph: 'dashed', colour: ROLE.exact },
        ]}
      />
    </div>
  );
});

/** TV and KS against steps, with the level each would have for exact draws of as many particles. */
export function DistancePlot(props: {
  ks: readonly number[];
  tv: readonly number[];
  tvNoise: number;
  ksCritical: number;
  maxSteps: number;
  title: string;
  label: string;
  axes: [string, string];
  legend: [string, string, string, string];
}) {
  const x = useMemo(
    () => ({ domain: [0, props.maxSteps] as const, ticks: 6, label: props.axes[0] }),
    [props.maxSteps, props.axes],
  );
  const y = useMemo(() => ({ domain: [0, 1] as const, ticks: 5, label: props.axes[1] }), [props.axes]);
  const finite = (v: number) => Number.isFinite(v);
  return (
    <div>
      <p className="score-field__panel-title">{props.title}</p>
      <Plot x={x} y={y} height={200} label={props.label} testId="langevin-distance">
        {finite(props.tvNoise) && <Rule y={props.tvNoise} colour={ROLE.data} dash={DOTTED} />}
        {finite(props.ksCritical) && <Rule y={props.ksCritical} colour={ROLE.muted} dash={DOTTED} />}
        <Line
          data={props.tv}
          x={(_, i) => i * RECORD_EVERY}
          y={(v) => Math.min(1, v)}
          defined={finite}
          colour={ROLE.data}
          width={2}
          testId="langevin-tv-line"
        />
        <Line
          data={props.ks}
          x={(_, i) => i * RECORD_EVERY}
          y={(v) => Math.min(1, v)}
          defined={finite}
          colour={ROLE.exact}
          dash={DASHED}
          width={2}
        />
      </Plot>
      <Legend
        items={[
          { label: props.legend[0], glyph: 'line', colour: ROLE.data },
          { label: props.legend[1], glyph: 'dashed', colour: ROLE.exact },
          { label: props.legend[2], glyph: 'dotted', colour: ROLE.data },
          { label: props.legend[3], glyph: 'dotted', colour: ROLE.muted },
        ]}
      />
    </div>
  );
}
