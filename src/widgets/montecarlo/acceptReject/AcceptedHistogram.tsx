import { line, scaleLinear } from 'd3';
import { memo, useMemo } from 'react';
import { histogram as coreHistogram } from '../../../core';
import { useFigure } from '../../common/frame/FigureContext';
import { Axis, axisBottom, axisLeft } from '../../common/plots/Axis';
import { ROLE } from '../../common/plots/colours';
import { LayeredPlot } from '../../common/plots/LayeredPlot';
import { RANGE_1D } from '../targets';
import { indices } from './DartsPlot';
import type { RejectionModel } from './model';

const BINS = 48;

/** Histogram of the accepted samples (density scale) with the normalised target p = p̃/Z over it. */
function AcceptedHistogramView(props: {
  model: RejectionModel;
  acceptedShown: number;
  label: string;
  axes: [string, string];
}) {
  const { projector } = useFigure();
  const { model, acceptedShown } = props;
  const bins = useMemo(
    () =>
      coreHistogram(model.run.samples.subarray(0, acceptedShown), {
        min: RANGE_1D.min,
        max: RANGE_1D.max,
        bins: BINS,
      }),
    [model, acceptedShown],
  );
  const yMax = useMemo(() => {
    let m = 0;
    for (const v of model.normalisedTarget) m = Math.max(m, v);
    if (model.sampledDensity) for (const v of model.sampledDensity) m = Math.max(m, v);
    for (const v of bins.density) m = Math.max(m, v);
    return m * 1.08 || 1;
  }, [model, bins]);

  return (
    <LayeredPlot height={200} label={props.label} testId="rejection-hist">
      {(box) => {
        const x = scaleLinear().domain([RANGE_1D.min, RANGE_1D.max]).range([0, box.innerWidth]);
        const y = scaleLinear().domain([0, yMax]).range([box.innerHeight, 0]);
        let bars = '';
        for (let j = 0; j < BINS; j++) {
          if (bins.counts[j] === 0) continue;
          const x0 = x(bins.edges[j]);
          const x1 = x(bins.edges[j + 1]);
          bars += `M${x0},${box.innerHeight}V${y(bins.density[j])}H${x1}V${box.innerHeight}Z`;
        }
        const curve = (values: Float64Array) =>
          line<number>()
            .x((i) => x(model.xs[i]))
            .y((i) => y(values[i]))(indices(model.xs.length)) ?? '';
        return (
          <>
            <Axis
              axis={axisLeft(y).ticks(4)}
              label={props.axes[1]}
              labelPosition={{ x: -box.margin.left + 16, y: box.innerHeight / 2, rotate: -90 }}
            />
            <Axis
              axis={axisBottom(x).ticks(8)}
              transform={`translate(0,${box.innerHeight})`}
              label={props.axes[0]}
              labelPosition={{ x: box.innerWidth / 2, y: box.margin.bottom - 6 }}
            />
            <path
              d={bars}
              fill={ROLE.accept}
              fillOpacity={0.45}
              stroke={ROLE.accept}
              strokeWidth={0.8}
              data-testid="rejection-bars"
            />
            <path
              d={curve(model.normalisedTarget)}
              fill="none"
              stroke={ROLE.exact}
              strokeWidth={projector ? 3.5 : 2}
            />
            {model.sampledDensity && (
              <path
                d={curve(model.sampledDensity)}
                fill="none"
                stroke={ROLE.reject}
                strokeWidth={projector ? 3.5 : 2.2}
                strokeDasharray="2 4"
              />
            )}
          </>
        );
      }}
    </LayeredPlot>
  );
}

/** Memoised: a URL change made by another widget re-renders the page, not this plot. */
export const AcceptedHistogram = memo(AcceptedHistogramView);
