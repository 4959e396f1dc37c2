import { memo, useMemo } from 'react';
import { DASHED, Line, Plot, ROLE } from '../../common/plots';
import { RANGE_1D } from '../targets';
import type { ImportanceModel } from './model';

/** The layered plots of chapter 6 grow by 1.7 in projector mode (not 2): two of them share the screen. */
export const PROJECTOR_GROWTH = 1.7;

/** The target p (solid) and the proposal q (dashed), both normalised, on the same axes. */
function DensitiesPlotView(props: { model: ImportanceModel; label: string; axes: [string, string] }) {
  const { xs, target, proposal } = props.model;
  const { axes } = props;
  const yMax = useMemo(() => {
    let top = 0;
    for (let i = 0; i < xs.length; i++) top = Math.max(top, target[i], proposal[i]);
    return top * 1.06 || 1;
  }, [xs, target, proposal]);
  const x = useMemo(
    () => ({ domain: [RANGE_1D.min, RANGE_1D.max] as const, ticks: 8, label: axes[0] }),
    [axes],
  );
  const y = useMemo(() => ({ domain: [0, yMax] as const, ticks: 4, label: axes[1] }), [yMax, axes]);
  const at = (_: number, i: number) => xs[i];
  return (
    <Plot
      x={x}
      y={y}
      height={220}
      projectorHeight={Math.round(220 * PROJECTOR_GROWTH)}
      label={props.label}
      testId="importance-densities"
    >
      <Line data={target} x={at} y={(p) => p} colour={ROLE.exact} width={2} testId="importance-p" />
      <Line data={proposal} x={at} y={(q) => q} width={2} dash={DASHED} testId="importance-q" />
    </Plot>
  );
}

/** Memoised: a URL change made by another widget re-renders the page, not this plot. */
export const DensitiesPlot = memo(DensitiesPlotView);
