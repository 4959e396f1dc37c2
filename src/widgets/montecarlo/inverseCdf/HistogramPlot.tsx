import { useMemo } from 'react';
import type { Distribution1D, Histogram } from '../../../core';
import { Bars, binsOf, CornerLegend, FunctionLine, Plot, ROLE } from '../../common/plots';

const GRID = 401;

export interface HistogramPlotProps {
  distribution: Distribution1D;
  range: [number, number];
  /** Histogram of the draws so far on `range` (density scale), or null before the first draw. */
  histogram: Histogram | null;
  label: string;
  axes: [string, string];
  legend: { exact: string; histogram: string };
}

/**
 * The histogram of the draws (filled bars, density scale: bar area = share of the draws) under the exact density
 * (solid line). The y-range is fixed at 1.5 × the density's peak so it does not jump while draws arrive; taller bars
 * (a few draws early on) are clipped.
 */
export function HistogramPlot(props: HistogramPlotProps) {
  const { distribution, histogram, axes } = props;
  const [lo, hi] = props.range;
  const peak = useMemo(() => {
    let top = 0;
    for (let k = 0; k < GRID; k++) top = Math.max(top, distribution.pdf(lo + ((hi - lo) * k) / (GRID - 1)));
    return top;
  }, [distribution, lo, hi]);
  const x = useMemo(() => ({ domain: [lo, hi] as const, ticks: 8, label: axes[0] }), [lo, hi, axes]);
  const y = useMemo(() => ({ domain: [0, 1.5 * peak] as const, ticks: 4, label: axes[1] }), [peak, axes]);
  const bins = useMemo(() => (histogram ? binsOf(histogram.edges, histogram.density) : []), [histogram]);
  return (
    <Plot x={x} y={y} height={220} projectorHeight={360} label={props.label} testId="inverse-cdf-histogram">
      <Bars bins={bins} testId="inverse-cdf-bars" />
      <FunctionLine f={distribution.pdf} samples={GRID - 1} colour={ROLE.exact} width={2.5} />
      <CornerLegend
        corner="top-right"
        items={[
          { glyph: '━', colour: ROLE.exact, label: props.legend.exact },
          { glyph: '▇', colour: ROLE.data, label: props.legend.histogram },
        ]}
      />
    </Plot>
  );
}
