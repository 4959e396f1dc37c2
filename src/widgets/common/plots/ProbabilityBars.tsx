import { useMemo } from 'react';
import { Bars } from './marks/Bars';
import { PlotText } from './marks/PlotText';
import { Plot } from './Plot';
import { stackedHeights } from './stackedHeights';

export interface ProbabilityBarsProps {
  /** One probability per category, in [0, 1]. */
  values: ArrayLike<number>;
  /** Each category's name, written under its bar (so bars are read by their words, not their colours). */
  names: readonly string[];
  colours: readonly string[];
  label: string;
  axes: [string, string];
  height?: number;
  /** The plot's test id; each bar's printed value gets `${testId}-${k}`. */
  testId: string;
}

/** A few categories' probabilities as bars on [0, 1], each with its value printed above it. */
export function ProbabilityBars(props: ProbabilityBarsProps) {
  const { names } = props;
  const count = names.length;
  const x = useMemo(
    () => ({
      domain: [-0.5, count - 0.5] as const,
      tickValues: names.map((_, k) => k),
      tickFormat: (v: number) => names[v] ?? '',
      label: props.axes[0],
    }),
    [names, count, props.axes],
  );
  const y = useMemo(
    () => ({ domain: [0, 1.15] as const, tickValues: [0, 0.5, 1], label: props.axes[1] }),
    [props.axes],
  );
  return (
    <Plot x={x} y={y} {...stackedHeights(props.height ?? 160)} label={props.label} testId={props.testId}>
      {names.map((name, k) => (
        <Bars
          key={name}
          bins={[{ x0: k - 0.3, x1: k + 0.3, value: props.values[k] }]}
          colour={props.colours[k]}
          opacity={0.5}
        />
      ))}
      {names.map((name, k) => (
        <PlotText
          key={name}
          x={k}
          y={props.values[k]}
          dy={-4}
          anchor="middle"
          testId={`${props.testId}-${k}`}
        >
          {props.values[k].toFixed(3)}
        </PlotText>
      ))}
    </Plot>
  );
}
