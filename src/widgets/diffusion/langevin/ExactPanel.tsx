import { memo, useMemo } from 'react';
import { formatNumber } from '../../common/lang';
import { DASHED, DensityMap, DOTTED, Legend, PlotText, ROLE, usePlot } from '../../common/plots';
import type { componentSpreads, ExactTarget } from './model';

const NO_PATH = { xs: new Float64Array(0), ys: new Float64Array(0), count: 0 };
type Spreads = ReturnType<typeof componentSpreads>;

/** The exact π_T as a heat map, and per component the exact 1σ ring (dashed) and ULA's ring for this ε (dotted). */
export const ExactPanel = memo(function ExactPanel(props: {
  exact: ExactTarget;
  spreads: Spreads;
  label: string;
  axes: [string, string];
  legend: [string, string];
  diverges: string;
}) {
  const { grid } = props.exact;
  const density = useMemo(() => {
    const half = grid.h / 2; // values sit at cell centres
    const box = {
      xMin: grid.box.xMin + half,
      xMax: grid.box.xMax - half,
      yMin: grid.box.yMin + half,
      yMax: grid.box.yMax - half,
    };
    return { box, values: grid.values, max: grid.max, nx: grid.n, ny: grid.n };
  }, [grid]);
  const rings = useMemo(
    () => <Rings spreads={props.spreads} diverges={props.diverges} />,
    [props.spreads, props.diverges],
  );
  return (
    <>
      <DensityMap
        density={density}
        path={NO_PATH}
        label={props.label}
        axes={props.axes}
        testId="langevin-exact"
      >
        {rings}
      </DensityMap>
      <Legend
        items={[
          { label: props.legend[0], glyph: 'dashed', colour: ROLE.exact },
          { label: props.legend[1], glyph: 'dotted', colour: ROLE.ink },
        ]}
      />
    </>
  );
});

function Rings(props: { spreads: Spreads; diverges: string }) {
  const plot = usePlot();
  const unit = Math.abs(plot.x(1) - plot.x(0));
  const w = plot.projector ? 3 : 1.5;
  return (
    <g clipPath={plot.clip}>
      {props.spreads.map((s) => (
        <g key={`${s.x},${s.y}`}>
          <circle
            cx={plot.x(s.x)}
            cy={plot.y(s.y)}
            r={s.exact * unit}
            fill="none"
            stroke={ROLE.exact}
            strokeWidth={w}
            strokeDasharray={DASHED}
          />
          {Number.isFinite(s.ula) ? (
            <circle
              cx={plot.x(s.x)}
              cy={plot.y(s.y)}
              r={s.ula * unit}
              fill="none"
              stroke={ROLE.ink}
              strokeWidth={w}
              strokeDasharray={DOTTED}
              data-testid="langevin-ula-ring"
              data-radius={formatNumber(s.ula, 6)}
            />
          ) : (
            <PlotText x={s.x} y={s.y + s.exact + 0.3} anchor="middle">
              {props.diverges}
            </PlotText>
          )}
        </g>
      ))}
    </g>
  );
}
