import { useMemo } from 'react';
import { Line, Plot, Points } from '../../common/plots';

export interface LikelihoodPlotProps {
  /** The pseudo-log-likelihood after each epoch done, in nats per image. */
  values: ArrayLike<number>;
  epochs: number;
  label: string;
  axes: [string, string];
}

/**
 * The learning curve: one point per epoch. The y-range follows the values (with a floor of one nat of height, so a
 * flat curve is not blown up into noise); before training it shows the range of a 64-pixel image's
 * pseudo-log-likelihood, from −64 log 2 (a coin per pixel) to 0.
 */
export function LikelihoodPlot(props: LikelihoodPlotProps) {
  const { values, epochs } = props;
  const [xLabel, yLabel] = props.axes;
  const x = useMemo(
    () => ({ domain: [0, Math.max(1, epochs) + 0.5] as const, ticks: Math.min(10, epochs), label: xLabel }),
    [epochs, xLabel],
  );
  const y = useMemo(() => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let e = 0; e < values.length; e++) {
      lo = Math.min(lo, values[e]);
      hi = Math.max(hi, values[e]);
    }
    if (!Number.isFinite(lo)) return { domain: [-64 * Math.LN2, 0] as const, ticks: 5, label: yLabel };
    const pad = Math.max(0.5, (hi - lo) * 0.1);
    return { domain: [lo - pad, hi + pad] as const, ticks: 5, label: yLabel, nice: true };
  }, [values, yLabel]);
  const points = Array.from(values, (value, index) => ({ epoch: index + 1, value }));
  return (
    <Plot x={x} y={y} height={300} label={props.label} testId="rbm-likelihood">
      <Line data={points} x={(p) => p.epoch} y={(p) => p.value} />
      <Points data={points} x={(p) => p.epoch} y={(p) => p.value} shape="dot" />
    </Plot>
  );
}
