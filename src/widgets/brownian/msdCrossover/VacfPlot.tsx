import { useMemo } from 'react';
import {
  type AxisSpec,
  DASHED,
  DOTTED,
  FunctionLine,
  Line,
  Plot,
  PlotText,
  ROLE,
  Rule,
  SwatchLegend,
} from '../../common/plots';
import { VACF_DOMAIN_PS, type VacfPoint } from './model';

const VALUE_DOMAIN = [-0.2, 1.05] as const;
const tauOf = (p: VacfPoint) => p.tau;
const correlationOf = (p: VacfPoint) => p.value;

export interface VacfPlotProps {
  data: readonly VacfPoint[];
  /** τ_v, ps: the lag at which the data fall to 1/e (NaN: not known yet). */
  tauV: number;
  label: string;
  axes: [string, string];
  legend: [string, string];
  marks: [string, string];
}

/**
 * Drawing only: the grain's velocity autocorrelation, normalised, on linear axes, with exp(−τ/τ_v) for the τ_v read
 * off it, the level 1/e and zero. Where the data leave the exponential is where the Langevin picture stops.
 */
export function VacfPlot(props: VacfPlotProps) {
  const [xLabel, yLabel] = props.axes;
  const [dataLabel, exponentialLabel] = props.legend;
  const [tauVLabel, oneOverELabel] = props.marks;
  const x = useMemo<AxisSpec>(() => ({ domain: VACF_DOMAIN_PS, ticks: 5, label: xLabel }), [xLabel]);
  const y = useMemo<AxisSpec>(() => ({ domain: VALUE_DOMAIN, ticks: 5, label: yLabel }), [yLabel]);
  const { tauV } = props;
  const known = Number.isFinite(tauV) && tauV > 0;
  return (
    <Plot x={x} y={y} height={220} label={props.label} testId="msd-vacf">
      <Rule y={0} colour={ROLE.muted} dash={undefined} width={1} />
      <Rule y={1 / Math.E} colour={ROLE.muted} dash={DOTTED} />
      <PlotText x={VACF_DOMAIN_PS[1]} y={1 / Math.E} anchor="end" dx={-4} dy={-4}>
        {oneOverELabel}
      </PlotText>
      {known && (
        <>
          <Rule x={tauV} colour={ROLE.muted} dash={DOTTED} />
          <PlotText x={tauV} y={VALUE_DOMAIN[0]} dx={4} dy={-6}>
            {tauVLabel}
          </PlotText>
          <FunctionLine
            f={(t) => Math.exp(-t / tauV)}
            colour={ROLE.exact}
            dash={DASHED}
            testId="msd-vacf-exp"
          />
        </>
      )}
      <Line data={props.data} x={tauOf} y={correlationOf} width={2} testId="msd-vacf-data" />
      <SwatchLegend
        right={150}
        items={[
          { label: dataLabel, glyph: 'line', colour: ROLE.data },
          { label: exponentialLabel, glyph: 'dashed', colour: ROLE.exact },
        ]}
      />
    </Plot>
  );
}
