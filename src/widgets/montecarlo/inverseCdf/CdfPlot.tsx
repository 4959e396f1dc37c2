import { useMemo, useRef } from 'react';
import type { Distribution1D } from '../../../core';
import { formatNumber } from '../../common/lang';
import { CornerLegend, FunctionLine, Plot, PlotText, ROLE, StepLine } from '../../common/plots';
import { CdfTraces } from './CdfTraces';
import { empiricalCdfOnGrid } from './distributions';

const GRID = 301;

export interface CdfPlotProps {
  distribution: Distribution1D;
  range: [number, number];
  /** The first `shown` draws sorted ascending (for the empirical CDF). */
  sorted: Float64Array;
  xs: Float64Array;
  us: Float64Array;
  shown: number;
  label: string;
  axes: [string, string];
  legend: { exact: string; empirical: string };
}

/**
 * The exact CDF F (solid), the empirical CDF of the draws so far (thin steps), and the latest draws traced from u
 * across to F and down to x = F⁻¹(u).
 */
export function CdfPlot(props: CdfPlotProps) {
  const { distribution, range, sorted, xs, us, shown, axes } = props;
  const [lo, hi] = range;
  const x = useMemo(() => ({ domain: [lo, hi] as const, ticks: 8, label: axes[0] }), [lo, hi, axes]);
  const y = useMemo(() => ({ domain: [0, 1] as const, ticks: 5, label: axes[1] }), [axes]);
  const grid = useMemo(
    () => Float64Array.from({ length: GRID }, (_, k) => lo + ((hi - lo) * k) / (GRID - 1)),
    [lo, hi],
  );
  // Reused between frames: the empirical CDF on the grid.
  const empiricalBuffer = useRef(new Float64Array(GRID));
  const empirical = empiricalCdfOnGrid(sorted, grid, empiricalBuffer.current);
  const newest = shown - 1;
  return (
    <Plot x={x} y={y} height={260} projectorHeight={420} label={props.label} testId="inverse-cdf-plot">
      <FunctionLine
        f={distribution.cdf}
        samples={GRID - 1}
        colour={ROLE.exact}
        width={2.5}
        testId="inverse-cdf-exact"
      />
      <StepLine
        data={shown > 0 ? empirical : []}
        x={(_, k) => grid[k]}
        y={(f) => f}
        width={1.2}
        testId="inverse-cdf-empirical"
      />
      <CdfTraces xs={xs} us={us} shown={shown} />
      {newest >= 0 && (
        <PlotText x={hi} y={0} dx={-4} dy={-8} anchor="end" testId="inverse-cdf-latest">
          u = {formatNumber(us[newest], 3)} → x = F⁻¹(u) = {formatNumber(xs[newest], 3)}
        </PlotText>
      )}
      <CornerLegend
        corner="top-left"
        items={[
          { glyph: '━', colour: ROLE.exact, label: props.legend.exact },
          { glyph: '─', colour: ROLE.data, label: props.legend.empirical },
        ]}
      />
    </Plot>
  );
}
