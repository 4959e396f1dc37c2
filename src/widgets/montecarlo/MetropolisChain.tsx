import { useMemo } from 'react';
import { useReveal } from '../common/animation/useReveal';
import { Figure } from '../common/frame/Figure';
import { Slider } from '../common/inputs/controls';
import { TargetChoice } from '../common/inputs/formula/TargetChoice';
import { MAX_LENGTH } from '../common/inputs/formula/whitelist';
import { ScaleSlider } from '../common/inputs/ScaleSlider';
import { formatNumber, useStrings } from '../common/lang';
import { DensityMap, ROLE } from '../common/plots';
import { ChainPanels } from '../common/plots/diagnostics/ChainPanels';
import { useChainSummary } from '../common/plots/diagnostics/useChainSummary';
import { choiceBindings, frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { ChainMarks } from './metropolis/ChainMarks';
import { MetropolisReadout } from './metropolis/MetropolisReadout';
import { onGrid2D, runChain } from './metropolis/model';
import { METROPOLIS_STRINGS } from './metropolis/strings';
import { useMapTarget, VARIABLES } from './metropolis/useMapTarget';
import { DEFAULT_FORMULA_2D } from './targets';

export const METROPOLIS_PARAMS = {
  target: { kind: 'enum', values: ['banana', 'mixture', 'correlated', 'formula'], default: 'banana' },
  formula: { kind: 'string', maxLength: MAX_LENGTH, default: DEFAULT_FORMULA_2D },
  scale: { kind: 'number', min: 0.02, max: 20, default: 1, scale: 'log', step: 0.02 },
  steps: { kind: 'number', min: 100, max: 20000, default: 2000, integer: true, scale: 'log', step: 0.1 },
} as const;

/** About 400 frames (seven seconds) to replay a chain, however long: slow enough to watch single steps early on. */
const revealSpeed = (steps: number) => (current: number) => current + Math.max(1, Math.round(steps / 400));

/** Random-walk Metropolis on a banana, two modes, a correlated Gaussian or a typed density of (x, y). */
export function MetropolisChain() {
  const t = useStrings(METROPOLIS_STRINGS);
  const state = useWidgetState(METROPOLIS_PARAMS);
  const { target, formula, scale, steps, seed } = state.values;
  const { mapTarget, badRef } = useMapTarget(target, formula);
  // The whole chain is run up front (states, proposals and their fates) and replayed step by step on Play.
  const run = useMemo(() => runChain(mapTarget, scale, steps, seed), [mapTarget, scale, steps, seed]);
  const bad = badRef.current;
  const advance = useMemo(() => revealSpeed(steps), [steps]);
  const reveal = useReveal(steps, advance);
  const { shown, showAll } = reveal;

  const summary = useChainSummary(run.xs, shown, steps);
  const path = useMemo(() => ({ xs: run.xs, ys: run.ys, count: shown + 1 }), [run, shown]);
  const current = useMemo(() => [run.xs[shown], run.ys[shown]] as const, [run, shown]);
  const marks = useMemo(
    () => <ChainMarks run={run} start={mapTarget.start} shown={shown} />,
    [run, mapTarget.start, shown],
  );
  const commitFormula = (source: string) => {
    state.set('formula', source);
    showAll();
  };
  const acceptance = shown > 0 ? run.acceptedBefore[shown] / shown : 0;
  const { box } = mapTarget;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={reveal.animation}
      onReset={reveal.reset}
      {...frameBindings(state, showAll)}
      controls={
        <>
          <TargetChoice
            label={t.target}
            options={[
              { value: 'banana', label: t.banana },
              { value: 'mixture', label: t.mixture },
              { value: 'correlated', label: t.correlated },
              { value: 'formula', label: t.formula },
            ]}
            {...choiceBindings(state, 'target', showAll)}
            formula={{
              label: t.formulaLabel,
              committed: formula,
              variables: VARIABLES,
              onGrid: onGrid2D,
              onCommit: commitFormula,
              samplingProblem: bad ? { code: 'bad-value-while-sampling', x: bad.x, y: bad.y } : null,
            }}
          />
          <ScaleSlider label={t.scale} {...sliderBindings(state, 'scale', showAll)} />
          <Slider label={t.steps} {...sliderBindings(state, 'steps', showAll)} />
        </>
      }
    >
      <ChainPanels
        map={
          <DensityMap
            density={mapTarget}
            path={path}
            current={current}
            label={t.mapLabel(shown, formatNumber(acceptance, 3))}
            axes={t.mapAxes}
            testId="metropolis-map"
          >
            {marks}
          </DensityMap>
        }
        mapLegend={[
          { label: t.legendPath, glyph: 'line', colour: ROLE.data },
          { label: t.legendAccepted, glyph: 'dot', colour: ROLE.accept },
          { label: t.legendRejected, glyph: 'cross', colour: ROLE.reject },
          { label: t.legendStart, glyph: 'open-square', colour: ROLE.ink },
          { label: t.legendContours, glyph: 'line', colour: ROLE.muted },
        ]}
        diagnostics={{
          chain: run.xs,
          steps: shown,
          range: [box.xMin, box.xMax],
          exactMean: mapTarget.meanX,
          summary,
          testId: 'metropolis',
          words: t,
          dashedLabel: mapTarget.meanX !== null ? t.legendExact : null,
        }}
      />
      <MetropolisReadout run={run} shown={shown} summary={summary} exactMean={mapTarget.meanX} />
    </Figure>
  );
}
