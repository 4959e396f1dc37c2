import { useMemo } from 'react';
import { useFigure } from '../../common/frame/FigureContext';
import { type AxisSpec, CornerLegend, DASHED, Line, Plot, powersOfTenAxis, ROLE } from '../../common/plots';
import { GIBBS_STEPS } from './model';

/**
 * The total-variation distance after n steps on a log-n axis: the chain's (solid) against what n independent draws
 * from p(v) would leave on average (dashed). A chain that mixes follows the dashed curve down, a little above it;
 * a stuck chain levels off.
 */
export function TvPlot(props: {
  /** Step counts and the chain's TV after each, up to the steps shown. */
  steps: ArrayLike<number>;
  tv: ArrayLike<number>;
  /** The independent-draws reference at every checkpoint of the whole run. */
  referenceSteps: ArrayLike<number>;
  reference: ArrayLike<number>;
  label: string;
  axes: [string, string];
  legend: { chain: string; independent: string };
}) {
  const { projector } = useFigure();
  const { axes } = props;
  const x = useMemo<AxisSpec>(() => powersOfTenAxis(1, GIBBS_STEPS, axes[0]), [axes]);
  const y = useMemo<AxisSpec>(
    () => ({ domain: [0, 1], ticks: projector ? 3 : 5, label: axes[1] }),
    [axes, projector],
  );
  const chain = useMemo(() => Array.from(props.steps, (n, i) => [n, props.tv[i]]), [props.steps, props.tv]);
  const reference = useMemo(
    () => Array.from(props.referenceSteps, (n, i) => [n, Math.min(1, props.reference[i])]),
    [props.referenceSteps, props.reference],
  );
  return (
    <Plot x={x} y={y} height={210} label={props.label} testId="rbm-gibbs-tv">
      <Line data={reference} x={(d) => d[0]} y={(d) => d[1]} colour={ROLE.exact} width={2} dash={DASHED} />
      <Line data={chain} x={(d) => d[0]} y={(d) => d[1]} width={2} testId="rbm-gibbs-tv-line" />
      <CornerLegend
        corner="top-right"
        items={[
          { glyph: '━', colour: ROLE.data, label: props.legend.chain },
          { glyph: '- -', colour: ROLE.exact, label: props.legend.independent },
        ]}
      />
    </Plot>
  );
}
