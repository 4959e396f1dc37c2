import { useMemo } from 'react';
import { DASHED, Line, Marker, ROLE, Rule, SwatchLegend } from '../../common/plots';
import { TitledPlot } from '../TitledPlot';

/** About this many vertices per schedule curve (of T + 1 values): smooth enough, and a light SVG. */
const CURVE_VERTICES = 250;

/**
 * Drawing only: ᾱ_t against t for the chosen schedule (solid) and the other one (dashed), with the current t
 * marked by a vertical line and a dot.
 */
export function AlphaBarPlot(props: {
  current: Float64Array;
  other: Float64Array;
  t: number;
  title: string;
  label: string;
  axes: readonly [string, string];
  legend: readonly [string, string];
}) {
  const { current, other, axes, legend } = props;
  const T = current.length - 1;
  const x = useMemo(() => ({ domain: [0, T] as const, ticks: 5, label: axes[0] }), [T, axes]);
  const y = useMemo(() => ({ domain: [0, 1] as const, ticks: 4, label: axes[1] }), [axes]);
  const samples = useMemo(() => {
    const stride = Math.max(1, Math.ceil(T / CURVE_VERTICES));
    const steps: number[] = [];
    for (let s = 0; s <= T; s += stride) steps.push(s);
    if (steps[steps.length - 1] !== T) steps.push(T);
    return steps;
  }, [T]);
  return (
    <TitledPlot title={props.title} x={x} y={y} label={props.label} testId="dissolve-alphabar-plot">
      <Line data={samples} x={(s) => s} y={(s) => other[s]} colour={ROLE.muted} dash={DASHED} />
      <Line data={samples} x={(s) => s} y={(s) => current[s]} width={2} />
      <Rule x={props.t} colour={ROLE.exact} dash="2 3" width={1} />
      <Marker x={props.t} y={current[props.t]} radius={5} testId="dissolve-alphabar-marker" />
      <SwatchLegend
        right={120}
        items={[
          { label: legend[0], glyph: 'line', colour: ROLE.data },
          { label: legend[1], glyph: 'dashed', colour: ROLE.muted },
        ]}
      />
    </TitledPlot>
  );
}
