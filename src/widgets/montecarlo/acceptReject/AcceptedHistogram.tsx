import { memo, useMemo } from 'react';
import { histogram as coreHistogram } from '../../../core';
import { Bars, binsOf, DOTTED, Line, Plot, ROLE, stackedHeights } from '../../common/plots';
import { RANGE_1D } from '../targets';
import type { RejectionModel } from './model';

const BINS = 48;
const HEIGHT = 200;

/** Histogram of the accepted samples (density scale) with the normalised target p = p̃/Z over it. */
function AcceptedHistogramView(props: {
  model: RejectionModel;
  acceptedShown: number;
  label: string;
  axes: [string, string];
}) {
  const { model, acceptedShown, axes } = props;
  const bins = useMemo(() => {
    const h = coreHistogram(model.run.samples.subarray(0, acceptedShown), {
      min: RANGE_1D.min,
      max: RANGE_1D.max,
      bins: BINS,
    });
    return { bars: binsOf(h.edges, h.density), density: h.density };
  }, [model, acceptedShown]);
  // The y-range holds the curves and the bars, so nothing is cut off while the samples are revealed.
  const yMax = useMemo(() => {
    let m = 0;
    for (const v of model.normalisedTarget) m = Math.max(m, v);
    if (model.sampledDensity) for (const v of model.sampledDensity) m = Math.max(m, v);
    for (const v of bins.density) m = Math.max(m, v);
    return m * 1.08 || 1;
  }, [model, bins]);
  const x = useMemo(
    () => ({ domain: [RANGE_1D.min, RANGE_1D.max] as const, ticks: 8, label: axes[0] }),
    [axes],
  );
  const y = useMemo(() => ({ domain: [0, yMax] as const, ticks: 4, label: axes[1] }), [yMax, axes]);
  const { sampledDensity } = model;

  return (
    <Plot x={x} y={y} {...stackedHeights(HEIGHT)} label={props.label} testId="rejection-hist">
      <Bars bins={bins.bars} colour={ROLE.accept} opacity={0.45} width={0.8} testId="rejection-bars" />
      <Line
        data={model.xs}
        x={(v) => v}
        y={(_, i) => model.normalisedTarget[i]}
        colour={ROLE.exact}
        width={2}
      />
      {sampledDensity && (
        <Line
          data={model.xs}
          x={(v) => v}
          y={(_, i) => sampledDensity[i]}
          colour={ROLE.reject}
          width={2.2}
          dash={DOTTED}
        />
      )}
    </Plot>
  );
}

/** Memoised: a URL change made by another widget re-renders the page, not this plot. */
export const AcceptedHistogram = memo(AcceptedHistogramView);
