import { scaleLog } from 'd3';
import { useMemo } from 'react';
import { DASHED, Line, Points, ROLE, Rule, SwatchLegend } from '../../common/plots';
import { TitledPlot } from '../TitledPlot';
import { formatPowerOfTen } from '../units';

interface PlotText {
  title: string;
  label: string;
  axes: readonly [string, string];
  legend: readonly [string, string];
}

/** At most about this many vertices in the measured MSD curve: the SVG stays light with 1000 steps. */
const MSD_VERTICES = 400;

/** Mean squared displacement against steps: the measured curve so far and the exact line 2·d·D·t (dashed). */
export function MsdPlot(
  props: PlotText & { msd: Float64Array; steps: number; maxSteps: number; slope: number },
) {
  const { msd, steps, maxSteps, slope, axes, legend } = props;
  let top = slope * maxSteps;
  for (let n = 0; n <= steps; n++) if (msd[n] > top) top = msd[n];
  const x = useMemo(() => ({ domain: [0, maxSteps] as const, ticks: 5, label: axes[0] }), [maxSteps, axes]);
  const y = useMemo(() => ({ domain: [0, top * 1.05 || 1] as const, ticks: 4, label: axes[1] }), [top, axes]);
  const stride = Math.max(1, Math.ceil(steps / MSD_VERTICES));
  const shown: number[] = [];
  for (let n = 0; n <= steps; n += stride) shown.push(n);
  if (shown[shown.length - 1] !== steps) shown.push(steps);
  return (
    <TitledPlot title={props.title} x={x} y={y} label={props.label} testId="walkers-msd-plot">
      <Line
        data={[0, maxSteps]}
        x={(n) => n}
        y={(n) => slope * n}
        colour={ROLE.exact}
        width={2}
        dash={DASHED}
      />
      <Line data={shown} x={(n) => n} y={(n) => msd[n]} width={2} testId="walkers-msd-line" />
      <SwatchLegend
        items={[
          { label: legend[0], glyph: 'line', colour: ROLE.data },
          { label: legend[1], glyph: 'dashed', colour: ROLE.exact },
        ]}
      />
    </TitledPlot>
  );
}

/** The KS axis: from 10⁻³ (well under the sampling floor of 10,000 walkers) to 1 (the largest possible gap). */
const KS_FLOOR = 1e-3;
const KS_AXIS_TICKS = [1e-3, 1e-2, 1e-1, 1];

/** KS distance against steps on log–log axes, with the 5 % critical value as a dashed line. */
export function KsPlot(
  props: PlotText & {
    steps: Float64Array;
    values: Float64Array;
    count: number;
    maxSteps: number;
    critical: number;
  },
) {
  const { steps, values, count, maxSteps, axes, legend } = props;
  // d3's log-axis labels: about 4 of them (1, 2, 10, 20, 100 …), the other ticks unlabelled.
  const x = useMemo(
    () => ({
      domain: [1, maxSteps] as const,
      type: 'log' as const,
      ticks: 4,
      tickFormat: scaleLog().domain([1, maxSteps]).tickFormat(4, '~s'),
      label: axes[0],
    }),
    [maxSteps, axes],
  );
  const y = useMemo(
    () => ({
      domain: [KS_FLOOR, 1] as const,
      type: 'log' as const,
      tickValues: KS_AXIS_TICKS,
      tickFormat: formatPowerOfTen,
      clamp: true,
      label: axes[1],
    }),
    [axes],
  );
  const recorded = values.subarray(0, count);
  const at = (_: number, i: number) => steps[i];
  const floored = (value: number) => Math.max(KS_FLOOR, value);
  return (
    <TitledPlot title={props.title} x={x} y={y} label={props.label} testId="walkers-ks-plot">
      <Rule y={props.critical} colour={ROLE.muted} width={2} dash={DASHED} />
      <Line data={recorded} x={at} y={floored} width={1.5} testId="walkers-ks-line" />
      <Points data={recorded} x={at} y={floored} radius={2.5} />
      <SwatchLegend
        right={170}
        items={[
          { label: legend[0], glyph: 'line-dot', colour: ROLE.data },
          { label: legend[1], glyph: 'dashed', colour: ROLE.muted },
        ]}
      />
    </TitledPlot>
  );
}
