import { line, scaleLinear } from 'd3';
import { memo } from 'react';
import { useFigure } from '../../common/frame/FigureContext';
import { Axis, axisBottom, axisLeft } from '../../common/plots/Axis';
import { ROLE } from '../../common/plots/colours';
import { LayeredPlot } from '../../common/plots/LayeredPlot';
import { indices } from '../acceptReject/DartsPlot';
import { RANGE_1D } from '../targets';
import type { ImportanceModel } from './model';

/** The target p (solid) and the proposal q (dashed), both normalised, on the same axes. */
function DensitiesPlotView(props: { model: ImportanceModel; label: string; axes: [string, string] }) {
  const { projector } = useFigure();
  const { xs, target, proposal } = props.model;
  let yMax = 0;
  for (let i = 0; i < xs.length; i++) yMax = Math.max(yMax, target[i], proposal[i]);
  yMax = yMax * 1.06 || 1;
  return (
    <LayeredPlot height={220} label={props.label} testId="importance-densities">
      {(box) => {
        const x = scaleLinear().domain([RANGE_1D.min, RANGE_1D.max]).range([0, box.innerWidth]);
        const y = scaleLinear().domain([0, yMax]).range([box.innerHeight, 0]);
        const curve = (values: Float64Array) =>
          line<number>()
            .x((i) => x(xs[i]))
            .y((i) => y(values[i]))(indices(xs.length)) ?? '';
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
              d={curve(target)}
              fill="none"
              stroke={ROLE.exact}
              strokeWidth={projector ? 3.5 : 2}
              data-testid="importance-p"
            />
            <path
              d={curve(proposal)}
              fill="none"
              stroke={ROLE.data}
              strokeWidth={projector ? 3.5 : 2}
              strokeDasharray="7 4"
              data-testid="importance-q"
            />
          </>
        );
      }}
    </LayeredPlot>
  );
}

/** Memoised: a URL change made by another widget re-renders the page, not this plot. */
export const DensitiesPlot = memo(DensitiesPlotView);
