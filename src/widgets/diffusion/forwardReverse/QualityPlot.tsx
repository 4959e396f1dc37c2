import { useMemo } from 'react';
import type { ReverseSampler } from '../../../core';
import type { ReverseRunResult } from '../../../workers/reverseDiffusion';
import { formatNumber } from '../../common/lang';
import {
  type AxisSpec,
  CornerLegend,
  DASHED,
  DOTTED,
  Line,
  Plot,
  PlotText,
  Points,
  powersOfTenAxis,
  ROLE,
  Rule,
} from '../../common/plots';

const LADDER_TICKS = [5, 10, 20, 50, 100, 200, 500, 1000];
const X_DOMAIN: readonly [number, number] = [4, 1250];
/** Energy distances seen here run from about 3·10⁻¹ (5 coarse steps) down to the floor near 5·10⁻³. */
const Y_DOMAIN: readonly [number, number] = [1e-3, 1];

/**
 * Drawing only: energy distance against steps (log–log) for both samplers, the floor of perfect samples (dotted),
 * and a vertical rule at the current setting, labelled with its steps and sampler. The rule and its label are
 * a function of the settings alone, so the figure answers the steps slider before anything is measured.
 */
export function QualityPlot(props: {
  results: readonly ReverseRunResult[];
  floor: number;
  steps: number;
  sampler: ReverseSampler;
  labels: { x: string; y: string; ddpm: string; ode: string; floor: string; now: string; plot: string };
}) {
  const { results, floor, steps, sampler, labels } = props;
  const x = useMemo<AxisSpec>(
    () => ({ domain: X_DOMAIN, type: 'log', tickValues: LADDER_TICKS, tickFormat: String, label: labels.x }),
    [labels.x],
  );
  const y = useMemo<AxisSpec>(() => powersOfTenAxis(Y_DOMAIN[0], Y_DOMAIN[1], labels.y), [labels.y]);
  const clampY = (v: number) => Math.min(Y_DOMAIN[1], Math.max(Y_DOMAIN[0], v));
  const ddpm = results.filter((r) => r.sampler === 'ddpm');
  const ode = results.filter((r) => r.sampler === 'ode');
  const series = [
    { name: 'ddpm' as const, data: ddpm, dash: undefined, shape: 'dot' as const, colour: ROLE.data },
    { name: 'ode' as const, data: ode, dash: DASHED, shape: 'square' as const, colour: ROLE.exact },
  ];
  return (
    <Plot x={x} y={y} height={260} label={labels.plot} testId="reverse-quality">
      {floor > 0 && <Rule y={floor} dash={DOTTED} colour={ROLE.muted} width={2} />}
      {series.map((s) => (
        <g key={s.name}>
          <Line
            data={s.data}
            x={(r) => r.steps}
            y={(r) => clampY(r.energy)}
            dash={s.dash}
            colour={s.colour}
            width={s.name === sampler ? 2.5 : 1.25}
          />
          <Points
            data={s.data}
            x={(r) => r.steps}
            y={(r) => clampY(r.energy)}
            shape={s.shape}
            colour={s.colour}
          />
        </g>
      ))}
      <Rule x={steps} dash={undefined} colour={ROLE.muted} width={1.5} testId="reverse-quality-now" />
      <PlotText
        x={steps}
        y={Y_DOMAIN[0]}
        anchor={steps > 150 ? 'end' : 'start'}
        dx={steps > 150 ? -4 : 4}
        dy={-6}
      >
        {labels.now}
      </PlotText>
      <CornerLegend
        corner="top-right"
        items={[
          { glyph: '━●', colour: ROLE.data, label: labels.ddpm },
          { glyph: '- -■', colour: ROLE.exact, label: labels.ode },
          { glyph: '···', colour: ROLE.muted, label: `${labels.floor} ${formatNumber(floor, 2)}` },
        ]}
      />
    </Plot>
  );
}
