import { useMemo } from 'react';
import { Bars, binsOf, FunctionLine, ROLE, SwatchLegend } from '../common/plots';
import { TitledPlot } from './TitledPlot';

export interface HistogramWithDensityProps {
  title: string;
  /** bin edges (length bins + 1) and densities (length bins): counts / (total · width) */
  edges: Float64Array;
  density: Float64Array;
  /** the exact density, drawn as a line over the bars; null draws none (e.g. every point still at the origin) */
  exact: ((x: number) => number) | null;
  /** x range of the axes (may be wider than the bins) */
  xDomain: readonly [number, number];
  height: number;
  label: string;
  axes: readonly [string, string];
  legend: readonly [string, string];
  testId: string;
}

/** Points at which the exact density is drawn (and searched for its peak, which sets the y-range). */
const CURVE_SAMPLES = 160;

/** Drawing only: a titled density histogram as one skyline, with an exact density curve on top and a legend. */
export function HistogramWithDensity(props: HistogramWithDensityProps) {
  const { edges, density, exact, axes, legend } = props;
  const [low, high] = props.xDomain;
  const bins = useMemo(() => binsOf(edges, density), [edges, density]);
  const yMax = useMemo(() => {
    let top = 0;
    for (const bin of bins) top = Math.max(top, bin.value);
    for (let k = 0; exact && k <= CURVE_SAMPLES; k++) {
      const value = exact(low + ((high - low) * k) / CURVE_SAMPLES);
      if (Number.isFinite(value)) top = Math.max(top, value);
    }
    return top > 0 ? top * 1.12 : 1;
  }, [bins, exact, low, high]);
  const x = useMemo(() => ({ domain: [low, high] as const, ticks: 5, label: axes[0] }), [low, high, axes]);
  const y = useMemo(() => ({ domain: [0, yMax] as const, ticks: 4, label: axes[1] }), [yMax, axes]);
  const items = useMemo(
    () => [
      { label: legend[0], glyph: 'area' as const, colour: ROLE.data },
      { label: legend[1], glyph: 'line' as const, colour: ROLE.exact },
    ],
    [legend],
  );
  return (
    <TitledPlot
      title={props.title}
      x={x}
      y={y}
      height={props.height}
      label={props.label}
      testId={props.testId}
    >
      <Bars bins={bins} joined testId={`${props.testId}-bars`} />
      {exact && (
        <FunctionLine
          f={exact}
          samples={CURVE_SAMPLES}
          colour={ROLE.exact}
          width={2.5}
          testId={`${props.testId}-curve`}
        />
      )}
      <SwatchLegend items={items} />
    </TitledPlot>
  );
}
