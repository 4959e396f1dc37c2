import { type ScaleContinuousNumeric, scaleLinear, scaleLog } from 'd3';

/** One axis of a plot, described as data: the `<Plot>` builds the d3 scale and draws the axis from it. */
export interface AxisSpec {
  domain: readonly [number, number];
  /** 'log' needs a positive domain. */
  type?: 'linear' | 'log';
  /** Approximate tick count (d3 picks round values), or exact tick positions. */
  ticks?: number;
  tickValues?: readonly number[];
  tickFormat?: (value: number) => string;
  /** The axis title. */
  label?: string;
  /** Extend the domain to round values. */
  nice?: boolean;
  /** Clamp values outside the domain to its ends (a trace that must not leave its box). */
  clamp?: boolean;
  /** Draw no axis (the scale is still there for the marks). */
  hidden?: boolean;
}

export type PlotScale = ScaleContinuousNumeric<number, number>;

/** The d3 scale of an axis spec, mapped onto [from, to] pixels (y runs from the bottom up: pass [height, 0]). */
export function scaleOf(spec: AxisSpec, range: readonly [number, number]): PlotScale {
  const scale: PlotScale = spec.type === 'log' ? scaleLog() : scaleLinear();
  scale.domain(spec.domain as [number, number]).range(range as [number, number]);
  if (spec.nice) scale.nice();
  if (spec.clamp) scale.clamp(true);
  return scale;
}
