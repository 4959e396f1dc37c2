import { useMemo } from 'react';
import { formatNumber } from '../../common/lang';
import { Area, Bars, DASHED, FunctionLine, Plot, PlotText, ROLE } from '../../common/plots';
import type { FirstMarginal } from './model';

/** Tallest density on [0, 1] for |b| ≤ 3 is 3e³/(e³ − 1) ≈ 3.16: one fixed y-axis for every b. */
const DENSITY_TOP = 3.3;
/** On ℝ the unnormalised weight is drawn on [−4, 4], clamped at this height (it leaves the plot, as it should). */
const REAL_EXTENT = 4;
const REAL_TOP = 5;

/**
 * The marginal of x₁: two bars with their probabilities written on them (discrete domains), a density with the
 * area under it shaded ([0, 1]), or on ℝ only the unnormalised weight e^{b₁x₁}, dashed and labelled as not a
 * distribution — no density is drawn where none exists.
 */
export function MarginalPlot(props: {
  marginal: FirstMarginal;
  axes: [string, string];
  label: string;
  notADistribution: string;
}) {
  const { marginal, axes } = props;
  const x = useMemo(() => {
    if (marginal.kind === 'bars') {
      const [v0, v1] = marginal.values;
      const tickFormat = (v: number) => (v < 0 ? '−1' : v === 0 ? '0' : v1 > 0 && v0 < 0 ? '+1' : '1');
      return { domain: [v0 - 0.75, v1 + 0.75] as const, tickValues: [v0, v1], tickFormat, label: axes[0] };
    }
    if (marginal.kind === 'density') return { domain: [0, 1] as const, ticks: 5, label: axes[0] };
    return { domain: [-REAL_EXTENT, REAL_EXTENT] as const, ticks: 8, label: axes[0] };
  }, [marginal, axes]);
  const top = marginal.kind === 'bars' ? 1 : marginal.kind === 'density' ? DENSITY_TOP : REAL_TOP;
  const y = useMemo(() => ({ domain: [0, top] as const, ticks: 5, label: axes[1] }), [top, axes]);
  return (
    <>
      <Plot x={x} y={y} height={200} projectorHeight={340} label={props.label} testId="domain-plot">
        <MarginalMarks marginal={marginal} />
      </Plot>
      {marginal.kind === 'none' && (
        <p className="partition-note" data-testid="domain-no-distribution">
          {props.notADistribution}
        </p>
      )}
    </>
  );
}

function MarginalMarks(props: { marginal: FirstMarginal }) {
  const { marginal } = props;
  if (marginal.kind === 'bars') {
    const bins = marginal.values.map((v, k) => ({
      x0: v - 0.3,
      x1: v + 0.3,
      value: marginal.probabilities[k],
    }));
    return (
      <>
        <Bars bins={bins} opacity={0.5} testId="domain-bars" />
        {marginal.values.map((v, k) => (
          <PlotText key={v} x={v} y={marginal.probabilities[k]} dy={-6} anchor="middle">
            {formatNumber(marginal.probabilities[k], 4)}
          </PlotText>
        ))}
      </>
    );
  }
  if (marginal.kind === 'density') {
    const { b, z } = marginal;
    const density = (v: number) => Math.exp(b * v) / z;
    const xs = Array.from({ length: 101 }, (_, k) => k / 100);
    return (
      <>
        <Area data={xs} x={(v) => v} y1={density} />
        <FunctionLine f={density} samples={100} width={2} testId="domain-density" />
      </>
    );
  }
  const { b } = marginal;
  return (
    <FunctionLine
      f={(v) => Math.min(Math.exp(b * v), 2 * REAL_TOP)}
      samples={200}
      colour={ROLE.muted}
      dash={DASHED}
      width={2}
      testId="domain-weight"
    />
  );
}
