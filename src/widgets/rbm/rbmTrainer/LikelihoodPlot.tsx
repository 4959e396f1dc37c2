import { useMemo } from 'react';
import { ErrorBars, Line, Plot, Points } from '../../common/plots';

export interface LikelihoodPlotProps {
  /** One value per epoch done, in nats per image. */
  values: ArrayLike<number>;
  /** One standard error per epoch (drawn as ± 2 SE bars), when the values are estimates. */
  errors?: ArrayLike<number>;
  epochs: number;
  label: string;
  axes: [string, string];
  testId: string;
  /** Shape of the points, so two curves of the figure differ without colour. */
  shape?: 'dot' | 'square';
  height?: number;
}

/**
 * A learning curve: one point per epoch. The y-range follows the values and their error bars (with a floor of one
 * nat of height, so a flat curve is not blown up into noise); before training it shows the range of a 64-pixel
 * image's log-probabilities, from −64 log 2 (a coin per pixel) to 0.
 */
export function LikelihoodPlot(props: LikelihoodPlotProps) {
  const { values, errors, epochs } = props;
  const [xLabel, yLabel] = props.axes;
  const x = useMemo(
    () => ({ domain: [0, Math.max(1, epochs) + 0.5] as const, ticks: Math.min(10, epochs), label: xLabel }),
    [epochs, xLabel],
  );
  const y = useMemo(() => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let e = 0; e < values.length; e++) {
      const spread = 2 * (errors?.[e] ?? 0);
      lo = Math.min(lo, values[e] - spread);
      hi = Math.max(hi, values[e] + spread);
    }
    if (!Number.isFinite(lo)) return { domain: [-64 * Math.LN2, 0] as const, ticks: 5, label: yLabel };
    const pad = Math.max(0.5, (hi - lo) * 0.1);
    return { domain: [lo - pad, hi + pad] as const, ticks: 5, label: yLabel, nice: true };
  }, [values, errors, yLabel]);
  const points = Array.from(values, (value, index) => ({
    epoch: index + 1,
    value,
    error: errors?.[index] ?? 0,
  }));
  return (
    <Plot x={x} y={y} height={props.height ?? 300} label={props.label} testId={props.testId}>
      <Line data={points} x={(p) => p.epoch} y={(p) => p.value} />
      {errors && (
        <ErrorBars
          data={points}
          x={(p) => p.epoch}
          low={(p) => p.value - 2 * p.error}
          high={(p) => p.value + 2 * p.error}
        />
      )}
      <Points data={points} x={(p) => p.epoch} y={(p) => p.value} shape={props.shape ?? 'dot'} />
    </Plot>
  );
}
