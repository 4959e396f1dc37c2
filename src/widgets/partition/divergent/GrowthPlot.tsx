import { useMemo } from 'react';
import {
  DASHED,
  DOTTED,
  FunctionLine,
  Legend,
  Line,
  log10Axis,
  Marker,
  Plot,
  powersOfTenAxis,
  ROLE,
  Rule,
} from '../../common/plots';
import { divergentMargins } from './margins';
import { GROWTH_HALF_WIDTHS, HALF_WIDTH_RANGE, type Limit } from './model';

export interface GrowthPlotProps {
  log10Areas: Float64Array;
  limit: Limit;
  halfWidth: number;
  log10Area: number;
  label: string;
  axes: [string, string];
  legend: { area: string; twoL: string; limit: string; now: string };
}

/**
 * The area over [−L, L] against L, both on log scales (the y-axis by log10, so areas of 10⁴³⁴² are plotted as
 * easily as 1.77): for β > 0 it flattens onto the dashed √(π/β); at β = 0 it is the dotted line 2L; for β < 0 it
 * leaves 2L behind and climbs without end.
 */
export function GrowthPlot(props: GrowthPlotProps) {
  const { log10Areas, limit, axes } = props;
  const x = useMemo(() => powersOfTenAxis(HALF_WIDTH_RANGE[0], HALF_WIDTH_RANGE[1], axes[0]), [axes]);
  const y = useMemo(() => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const v of log10Areas) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (limit.kind === 'converges') hi = Math.max(hi, limit.log10Z);
    const pad = Math.max(0.05 * (hi - lo), 0.02);
    return log10Axis(lo - pad, hi + pad, axes[1]);
  }, [log10Areas, limit, axes]);
  const items = [
    { label: props.legend.area, glyph: 'line' as const, colour: ROLE.data },
    { label: props.legend.twoL, glyph: 'dotted' as const, colour: ROLE.muted },
    ...(limit.kind === 'converges'
      ? [{ label: props.legend.limit, glyph: 'dashed' as const, colour: ROLE.exact }]
      : []),
    { label: props.legend.now, glyph: 'dot' as const, colour: ROLE.exact },
  ];
  return (
    <>
      <Plot
        x={x}
        y={y}
        height={200}
        projectorHeight={300}
        margins={divergentMargins}
        label={props.label}
        testId="divergent-growth"
      >
        <FunctionLine f={(L) => Math.log10(2 * L)} colour={ROLE.muted} dash={DOTTED} width={2} />
        {limit.kind === 'converges' && (
          <Rule y={limit.log10Z} dash={DASHED} testId="divergent-growth-limit" />
        )}
        <Line
          data={log10Areas}
          x={(_, k) => GROWTH_HALF_WIDTHS[k]}
          y={(v) => v}
          width={2}
          testId="divergent-growth-line"
        />
        <Marker x={props.halfWidth} y={props.log10Area} radius={5} testId="divergent-growth-point" />
      </Plot>
      <Legend items={items} />
    </>
  );
}
