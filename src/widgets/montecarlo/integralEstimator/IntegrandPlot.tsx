import { useMemo } from 'react';
import type { Integrand } from '../../../core';
import { FunctionLine, Plot, PlotText, Points, Rect, ROLE, Stems } from '../../common/plots';
import { alignedMargins } from './margins';

export interface IntegrandPlotProps {
  integrand: Integrand;
  /** Sample points x_i (a prefix of the run). */
  sampleXs: Float64Array;
  /** The estimate of ∫f: drawn as a rectangle of height estimate/(b − a) over [a, b], which has that area. */
  estimate: number;
  label: string;
  axes: [string, string];
  rectangleLabel: string;
}

/**
 * f on [a, b] (solid), one stick from 0 up to f(x_i) per sample point, and the rectangle whose height is the mean
 * stick height: its area, mean height × (b − a), is the Monte Carlo estimate.
 */
export function IntegrandPlot(props: IntegrandPlotProps) {
  const { integrand, sampleXs, axes } = props;
  const { a, b, f } = integrand;
  const x = useMemo(() => ({ domain: [a, b] as const, ticks: 6, label: axes[0] }), [a, b, axes]);
  const y = useMemo(
    () => ({ domain: [0, integrand.maxValue * 1.1] as const, ticks: 5, label: axes[1] }),
    [integrand.maxValue, axes],
  );
  const meanHeight = props.estimate / (b - a);
  const at = (v: number) => v;
  return (
    <Plot
      x={x}
      y={y}
      height={250}
      projectorHeight={420}
      margins={alignedMargins}
      label={props.label}
      testId="integral-plot"
    >
      <Rect x0={a} x1={b} y0={0} y1={meanHeight} outline dash="3 3" testId="integral-rectangle" />
      <Stems data={sampleXs} x={at} y={f} width={1} opacity={0.45} testId="integral-sticks" />
      <Points data={sampleXs} x={at} y={f} radius={1.75} />
      <FunctionLine f={f} samples={400} colour={ROLE.exact} width={2} testId="integral-curve" />
      <PlotText x={b} y={meanHeight} dx={-4} dy={-6} anchor="end">
        {props.rectangleLabel}
      </PlotText>
    </Plot>
  );
}
