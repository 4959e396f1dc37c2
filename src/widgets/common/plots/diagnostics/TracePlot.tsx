import { scaleLinear } from 'd3';
import { memo, useCallback } from 'react';
import { cssColour } from '../../canvas/plotColours';
import { useFigure } from '../../frame/FigureContext';
import { Axis, axisBottom, axisLeft } from '../Axis';
import { PALETTE, ROLE } from '../colours';
import { LayeredPlot } from '../LayeredPlot';

export interface TracePlotProps {
  /** The coordinate's values x_0 … x_{total−1}; the first `shown` are drawn. */
  values: Float64Array;
  shown: number;
  /** Fixed vertical range, so the plot does not jump while a chain is revealed. */
  min: number;
  max: number;
  /** Exact mean, drawn as a dashed line, if known. */
  exactMean: number | null;
  label: string;
  axes: [string, string];
  testId: string;
}

/** The trace x_t against t: slow wiggles mean small steps, flat runs mean rejections. */
function TracePlotView(props: TracePlotProps) {
  const { projector } = useFigure();
  const { values, shown, min, max } = props;
  const total = values.length;
  const draw = useCallback(
    (
      context: CanvasRenderingContext2D,
      box: { innerWidth: number; innerHeight: number },
      canvas: HTMLCanvasElement,
    ) => {
      const x = scaleLinear()
        .domain([0, Math.max(1, total - 1)])
        .range([0, box.innerWidth]);
      const y = scaleLinear().domain([min, max]).range([box.innerHeight, 0]).clamp(true);
      context.beginPath();
      const count = Math.min(shown, total);
      for (let t = 0; t < count; t++) {
        if (t === 0) context.moveTo(x(t), y(values[t]));
        else context.lineTo(x(t), y(values[t]));
      }
      context.strokeStyle = cssColour(canvas, '--plot-data', PALETTE.blue);
      context.lineWidth = projector ? 2 : 1;
      context.stroke();
    },
    [values, shown, total, min, max, projector],
  );
  return (
    <LayeredPlot height={170} label={props.label} testId={props.testId} draw={draw}>
      {(box) => {
        const x = scaleLinear()
          .domain([0, Math.max(1, total - 1)])
          .range([0, box.innerWidth]);
        const y = scaleLinear().domain([min, max]).range([box.innerHeight, 0]);
        return (
          <>
            <Axis
              axis={axisLeft(y).ticks(4)}
              label={props.axes[1]}
              labelPosition={{ x: -box.margin.left + 16, y: box.innerHeight / 2, rotate: -90 }}
            />
            <Axis
              axis={axisBottom(x).ticks(6)}
              transform={`translate(0,${box.innerHeight})`}
              label={props.axes[0]}
              labelPosition={{ x: box.innerWidth / 2, y: box.margin.bottom - 6 }}
            />
            {props.exactMean !== null && (
              <line
                x1={0}
                x2={box.innerWidth}
                y1={y(props.exactMean)}
                y2={y(props.exactMean)}
                stroke={ROLE.exact}
                strokeDasharray="6 4"
                strokeWidth={projector ? 3 : 1.5}
              />
            )}
          </>
        );
      }}
    </LayeredPlot>
  );
}

/** Memoised: a URL change made by another widget re-renders the page, not this plot. */
export const TracePlot = memo(TracePlotView);
