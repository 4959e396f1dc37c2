import { line, scaleLinear } from 'd3';
import { memo } from 'react';
import { useFigure } from '../../frame/FigureContext';
import { Axis, axisBottom, axisLeft } from '../Axis';
import { ROLE } from '../colours';
import { LayeredPlot } from '../LayeredPlot';

export interface AutocorrelationPlotProps {
  /** ρ_0 … ρ_L estimated from the chain (null: too short). */
  acf: Float64Array | null;
  /** Exact ρ_k where known (e.g. ρ^{2k} for Gibbs on a bivariate Gaussian), drawn dashed. */
  theory?: (lag: number) => number;
  maxLag: number;
  label: string;
  axes: [string, string];
  testId: string;
}

/** Stems ρ_k against the lag k: the slower they fall, the fewer independent draws the chain is worth. */
function AutocorrelationPlotView(props: AutocorrelationPlotProps) {
  const { projector } = useFigure();
  return (
    <LayeredPlot height={170} label={props.label} testId={props.testId}>
      {(box) => {
        const x = scaleLinear().domain([0, props.maxLag]).range([0, box.innerWidth]);
        const y = scaleLinear().domain([-0.25, 1]).range([box.innerHeight, 0]);
        let stems = '';
        if (props.acf) {
          for (let k = 0; k < props.acf.length; k++) {
            const px = x(k);
            stems += `M${px},${y(0)}V${y(Math.max(-0.25, props.acf[k]))}`;
          }
        }
        const theory = props.theory;
        const theoryPath = theory
          ? (line<number>()
              .x((k) => x(k))
              .y((k) => y(theory(k)))(Array.from({ length: props.maxLag + 1 }, (_, k) => k)) ?? '')
          : '';
        return (
          <>
            <Axis
              axis={axisLeft(y).ticks(5)}
              label={props.axes[1]}
              labelPosition={{ x: -box.margin.left + 16, y: box.innerHeight / 2, rotate: -90 }}
            />
            <Axis
              axis={axisBottom(x).ticks(10)}
              transform={`translate(0,${box.innerHeight})`}
              label={props.axes[0]}
              labelPosition={{ x: box.innerWidth / 2, y: box.margin.bottom - 6 }}
            />
            <line x1={0} x2={box.innerWidth} y1={y(0)} y2={y(0)} stroke={ROLE.muted} />
            <path
              d={stems}
              stroke={ROLE.data}
              strokeWidth={projector ? 4 : 2.5}
              fill="none"
              data-testid={`${props.testId}-stems`}
            />
            {theoryPath && (
              <path
                d={theoryPath}
                stroke={ROLE.exact}
                strokeWidth={projector ? 3 : 1.8}
                strokeDasharray="6 4"
                fill="none"
                data-testid={`${props.testId}-theory`}
              />
            )}
          </>
        );
      }}
    </LayeredPlot>
  );
}

/** Memoised: a URL change made by another widget re-renders the page, not this plot. */
export const AutocorrelationPlot = memo(AutocorrelationPlotView);
