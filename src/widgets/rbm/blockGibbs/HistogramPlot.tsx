import { useMemo, useRef } from 'react';
import { type AxisSpec, Bars, type Bin, DASHED, Plot, ROLE, StepLine } from '../../common/plots';
import { plotMargins } from '../../common/plots/Axis';
import { useElementWidth } from '../../common/plots/useElementWidth';
import { GIBBS_STATES, stateLabel } from './model';

/** Below this width the 16 state labels no longer fit side by side, so they stand upright. */
const UPRIGHT_BELOW = 640;

/** Room under the axis for upright four-digit labels and the axis title beneath them. */
function uprightMargins(projector: boolean) {
  return { ...plotMargins(projector), bottom: projector ? 124 : 66 };
}

/**
 * The visit frequencies of the 16 visible states (bars) against the exact p(v) (a dashed staircase, one step per
 * state). The staircase alone is drawn by the weight scale, so it changes before anything is played.
 */
export function HistogramPlot(props: {
  frequencies: Float64Array | null;
  exact: Float64Array;
  label: string;
  axes: [string, string];
}) {
  const ref = useRef<HTMLDivElement>(null);
  const upright = useElementWidth(ref) < UPRIGHT_BELOW;
  const { exact, frequencies, axes } = props;
  const top = useMemo(() => {
    let max = 0;
    for (let k = 0; k < GIBBS_STATES; k++) max = Math.max(max, exact[k], frequencies?.[k] ?? 0);
    return Math.min(1, Math.ceil(max * 11) / 10);
  }, [exact, frequencies]);
  const x = useMemo<AxisSpec>(
    () => ({
      domain: [-0.5, GIBBS_STATES - 0.5],
      tickValues: Array.from({ length: GIBBS_STATES }, (_, k) => k),
      tickFormat: stateLabel,
      label: axes[0],
    }),
    [axes],
  );
  const y = useMemo<AxisSpec>(() => ({ domain: [0, top], ticks: 5, label: axes[1] }), [top, axes]);
  const bins = useMemo<Bin[] | null>(
    () => frequencies && Array.from(frequencies, (value, k) => ({ x0: k - 0.38, x1: k + 0.38, value })),
    [frequencies],
  );
  // The staircase: state k's exact probability held from k − ½ to k + ½, ending at the right edge.
  const steps = useMemo(
    () => [...Array.from(exact, (p, k) => [k - 0.5, p]), [GIBBS_STATES - 0.5, exact[15]]],
    [exact],
  );
  return (
    <div
      ref={ref}
      className={upright ? 'rbm-gibbs__histogram rbm-gibbs__histogram--upright' : 'rbm-gibbs__histogram'}
    >
      <Plot
        x={x}
        y={y}
        height={upright ? 270 : 240}
        margins={upright ? uprightMargins : undefined}
        label={props.label}
        testId="rbm-gibbs-histogram"
      >
        {bins && <Bars bins={bins} testId="rbm-gibbs-visits" />}
        <StepLine
          data={steps}
          x={(s) => s[0]}
          y={(s) => s[1]}
          colour={ROLE.exact}
          width={2.5}
          dash={DASHED}
          testId="rbm-gibbs-exact"
        />
      </Plot>
    </div>
  );
}
