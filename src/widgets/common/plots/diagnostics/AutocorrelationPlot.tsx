import { memo, useMemo } from 'react';
import { ROLE } from '../colours';
import { FunctionLine } from '../marks/Line';
import { Rule } from '../marks/Rule';
import { Stems } from '../marks/Stems';
import { DASHED } from '../marks/style';
import { Plot } from '../Plot';
import { stackedHeights } from '../stackedHeights';

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

const HEIGHT = 170;
const NO_ACF = new Float64Array(0);

/** Stems ρ_k against the lag k: the slower they fall, the fewer independent draws the chain is worth. */
function AutocorrelationPlotView(props: AutocorrelationPlotProps) {
  const { maxLag, axes, theory } = props;
  const x = useMemo(() => ({ domain: [0, maxLag] as const, ticks: 10, label: axes[0] }), [maxLag, axes]);
  // A little room below 0: estimated ρ_k scatter around 0 once the chain has forgotten its past.
  const y = useMemo(() => ({ domain: [-0.25, 1] as const, ticks: 5, label: axes[1] }), [axes]);
  return (
    <Plot x={x} y={y} {...stackedHeights(HEIGHT)} label={props.label} testId={props.testId}>
      <Rule y={0} colour={ROLE.muted} dash={undefined} width={1} />
      <Stems
        data={props.acf ?? NO_ACF}
        x={(_, k) => k}
        y={(v) => v}
        colour={ROLE.data}
        width={2.5}
        testId={`${props.testId}-stems`}
      />
      {theory && (
        <FunctionLine
          f={theory}
          samples={maxLag}
          colour={ROLE.exact}
          width={1.8}
          dash={DASHED}
          testId={`${props.testId}-theory`}
        />
      )}
    </Plot>
  );
}

/** Memoised: a URL change made by another widget re-renders the page, not this plot. */
export const AutocorrelationPlot = memo(AutocorrelationPlotView);
