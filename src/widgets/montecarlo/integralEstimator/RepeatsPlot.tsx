import { useMemo } from 'react';
import { ErrorBars, Plot, PlotText, Points, Rect, ROLE, Rule } from '../../common/plots';
import { repeatsMargins } from './margins';

export interface RepeatsPlotProps {
  estimates: Float64Array;
  errors: Float64Array;
  /** How many runs are shown so far. */
  count: number;
  exact: number;
  /** The true standard error σ/√N: the shaded band is exact ± 2 σ/√N. */
  trueStandardError: number;
  label: string;
  axes: [string, string];
  exactLabel: string;
}

/**
 * Each repeated run's estimate with its own ±2 SE bar, against the exact value (dashed) and the band
 * exact ± 2σ/√N. Bars that miss the exact value are dotted (and in another colour), so misses read without colour.
 */
export function RepeatsPlot(props: RepeatsPlotProps) {
  const { estimates, errors, count, exact, trueStandardError, axes } = props;
  const total = estimates.length;
  // Fixed for the run (all REPEATS runs), so the axis does not jump while runs appear one by one.
  const halfRange = useMemo(() => {
    let m = 3 * trueStandardError;
    for (let r = 0; r < total; r++) m = Math.max(m, Math.abs(estimates[r] - exact) + 2 * errors[r]);
    return m * 1.08;
  }, [estimates, errors, exact, trueStandardError, total]);
  const x = useMemo(
    () => ({ domain: [0.5, total + 0.5] as const, ticks: Math.min(8, total), label: axes[0] }),
    [total, axes],
  );
  const y = useMemo(
    () => ({ domain: [exact - halfRange, exact + halfRange] as const, ticks: 5, label: axes[1] }),
    [exact, halfRange, axes],
  );
  const shown = Array.from({ length: count }, (_, r) => r);
  const covers = (r: number) => Math.abs(estimates[r] - exact) <= 2 * errors[r];
  const bar = {
    x: (r: number) => r + 1,
    low: (r: number) => estimates[r] - 2 * errors[r],
    high: (r: number) => estimates[r] + 2 * errors[r],
  };
  return (
    <Plot
      x={x}
      y={y}
      height={190}
      projectorHeight={320}
      margins={repeatsMargins}
      label={props.label}
      testId="integral-repeats"
    >
      <Rect y0={exact - 2 * trueStandardError} y1={exact + 2 * trueStandardError} colour={ROLE.exact} />
      <Rule y={exact} />
      <PlotText x={total + 0.5} y={exact + halfRange} dy={-6} anchor="end">
        {props.exactLabel}
      </PlotText>
      <ErrorBars data={shown.filter(covers)} {...bar} width={1.5} />
      <ErrorBars
        data={shown.filter((r) => !covers(r))}
        {...bar}
        colour={ROLE.reject}
        width={2.5}
        dash="0.1 4"
        cap="round"
      />
      <Points data={shown} x={bar.x} y={(r) => estimates[r]} testId="integral-repeat-dots" />
    </Plot>
  );
}
