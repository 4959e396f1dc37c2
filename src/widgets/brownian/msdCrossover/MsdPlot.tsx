import { useMemo } from 'react';
import {
  type AxisSpec,
  DASHED,
  DOTTED,
  Line,
  Plot,
  PlotText,
  Points,
  powerOfTenLabel,
  powersOfTen,
  ROLE,
  Rule,
  SwatchLegend,
} from '../../common/plots';
import { type GuidePoint, LAG_DOMAIN_PS, MSD_DOMAIN_NM2 } from './model';

const LAG_TICKS = [1, 10, 100, 1000];
const tauOf = (p: GuidePoint) => p.tau;
const msdOf = (p: GuidePoint) => p.msd;

export interface MsdPlotProps {
  data: readonly GuidePoint[];
  ballistic: readonly GuidePoint[];
  diffusive: readonly GuidePoint[];
  /** τ_v from the VACF, ps (NaN: not known yet, nothing marked). */
  tauV: number;
  label: string;
  axes: [string, string];
  legend: [string, string, string];
  marks: [string, string];
}

/**
 * Drawing only: the measured MSD on log–log axes with its two guides, ⟨v²⟩τ² (dashed) and 4Dτ (dotted), and rules
 * at τ_v and 2τ_v, where a Langevin grain's guides cross. The axes are fixed, so the guides visibly move with R.
 */
export function MsdPlot(props: MsdPlotProps) {
  const [xLabel, yLabel] = props.axes;
  const [dataLabel, ballisticLabel, diffusiveLabel] = props.legend;
  const [tauVLabel, twoTauVLabel] = props.marks;
  const x = useMemo<AxisSpec>(
    () => ({
      domain: LAG_DOMAIN_PS,
      type: 'log',
      tickValues: LAG_TICKS,
      tickFormat: powerOfTenLabel,
      label: xLabel,
    }),
    [xLabel],
  );
  const y = useMemo<AxisSpec>(
    () => ({
      domain: MSD_DOMAIN_NM2,
      type: 'log',
      clamp: true,
      tickValues: powersOfTen(MSD_DOMAIN_NM2[0], MSD_DOMAIN_NM2[1]),
      tickFormat: powerOfTenLabel,
      label: yLabel,
    }),
    [yLabel],
  );
  const marked = Number.isFinite(props.tauV);
  return (
    <Plot x={x} y={y} height={320} label={props.label} testId="msd-plot">
      {marked && (
        <>
          <Rule x={props.tauV} colour={ROLE.muted} dash={DOTTED} testId="msd-tau-v" />
          <PlotText x={props.tauV} y={MSD_DOMAIN_NM2[0]} dx={4} dy={-6}>
            {tauVLabel}
          </PlotText>
          <Rule x={2 * props.tauV} colour={ROLE.muted} dash={DOTTED} opacity={0.6} />
          <PlotText x={2 * props.tauV} y={MSD_DOMAIN_NM2[0]} dx={4} dy={-22}>
            {twoTauVLabel}
          </PlotText>
        </>
      )}
      <Line
        data={props.ballistic}
        x={tauOf}
        y={msdOf}
        colour={ROLE.exact}
        dash={DASHED}
        testId="msd-ballistic"
      />
      <Line
        data={props.diffusive}
        x={tauOf}
        y={msdOf}
        colour={ROLE.accept}
        dash={DOTTED}
        width={2.5}
        testId="msd-diffusive"
      />
      <Line data={props.data} x={tauOf} y={msdOf} opacity={0.5} />
      <Points data={props.data} x={tauOf} y={msdOf} shape="dot" radius={3} testId="msd-data" />
      <SwatchLegend
        items={[
          { label: dataLabel, glyph: 'line-dot', colour: ROLE.data },
          { label: ballisticLabel, glyph: 'dashed', colour: ROLE.exact },
          { label: diffusiveLabel, glyph: 'dotted', colour: ROLE.accept },
        ]}
      />
    </Plot>
  );
}
