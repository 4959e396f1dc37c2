import { useMemo } from 'react';
import { bivariateGibbsTheory } from '../../core';
import { useReveal } from '../common/animation/useReveal';
import { Figure } from '../common/frame/Figure';
import { Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { DensityMap, ROLE } from '../common/plots';
import { ChainPanels } from '../common/plots/diagnostics/ChainPanels';
import { useChainSummary } from '../common/plots/diagnostics/useChainSummary';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { Ellipses } from './gibbs/Ellipses';
import { GibbsReadout } from './gibbs/GibbsReadout';
import { GIBBS_BOX, gibbsDensityGrid, runGibbs } from './gibbs/model';
import { GIBBS_STRINGS } from './gibbs/strings';

export const GIBBS_PARAMS = {
  rho: { kind: 'number', min: -0.99, max: 0.99, default: 0.9, step: 0.01 },
  sweeps: { kind: 'number', min: 50, max: 5000, default: 2000, integer: true, scale: 'log', step: 0.1 },
} as const;

/** About 400 frames (seven seconds) to replay the staircase, however many sweeps it has. */
const revealSpeed = (moves: number) => (current: number) => current + Math.max(1, Math.round(moves / 400));

/** Systematic-scan Gibbs on a standard bivariate normal with correlation ρ. */
export function GibbsChain() {
  const t = useStrings(GIBBS_STRINGS);
  const state = useWidgetState(GIBBS_PARAMS);
  const { rho, sweeps, seed } = state.values;
  const run = useMemo(() => runGibbs(rho, sweeps, seed), [rho, sweeps, seed]);
  const grid = useMemo(() => gibbsDensityGrid(rho), [rho]);
  const theory = useMemo(() => bivariateGibbsTheory(rho), [rho]);

  // The recorded chain is replayed single move by single move (two per sweep); at rest everything is shown.
  const totalMoves = 2 * sweeps;
  const advance = useMemo(() => revealSpeed(totalMoves), [totalMoves]);
  const reveal = useReveal(totalMoves, advance);
  const moves = reveal.shown;
  const shownSweeps = Math.floor(moves / 2);

  const summary = useChainSummary(run.sampleX, shownSweeps, sweeps);
  const path = useMemo(() => ({ xs: run.stairX, ys: run.stairY, count: moves + 1 }), [run, moves]);
  const points = useMemo(
    () => ({ xs: run.sampleX, ys: run.sampleY, count: shownSweeps + 1 }),
    [run, shownSweeps],
  );
  const current = useMemo(() => [run.stairX[moves], run.stairY[moves]] as const, [run, moves]);
  const ellipses = useMemo(() => <Ellipses rho={rho} />, [rho]);

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={reveal.animation}
      onReset={reveal.reset}
      {...frameBindings(state, reveal.showAll)}
      controls={
        <>
          <Slider label={t.rho} {...sliderBindings(state, 'rho', reveal.showAll)} />
          <Slider label={t.sweeps} {...sliderBindings(state, 'sweeps', reveal.showAll)} />
        </>
      }
    >
      <ChainPanels
        map={
          <DensityMap
            density={grid}
            path={path}
            points={points}
            current={current}
            contourLines={false}
            label={t.mapLabel(formatNumber(rho, 2), shownSweeps)}
            axes={t.mapAxes}
            testId="gibbs-map"
          >
            {ellipses}
          </DensityMap>
        }
        mapLegend={[
          { label: t.legendStairs, glyph: 'line', colour: ROLE.data },
          { label: t.legendSamples, glyph: 'dot', colour: ROLE.data },
          { label: t.legend1, glyph: 'line', colour: ROLE.exact },
          { label: t.legend2, glyph: 'dashed', colour: ROLE.exact },
        ]}
        diagnostics={{
          chain: run.sampleX,
          steps: shownSweeps,
          range: [GIBBS_BOX.xMin, GIBBS_BOX.xMax],
          exactMean: 0,
          summary,
          theory: theory.lagCorrelation,
          testId: 'gibbs',
          words: t,
          dashedLabel: t.legendTheory,
        }}
      />
      <GibbsReadout sweeps={shownSweeps} summary={summary} theory={theory} />
    </Figure>
  );
}
