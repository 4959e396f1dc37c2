import { useCallback, useMemo } from 'react';
import { piFromHits } from '../../core';
import { useReveal } from '../common/animation/useReveal';
import { Figure } from '../common/frame/Figure';
import { Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { logSpacedCounts } from '../common/plots/logSpaced';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { DartsLayout } from './dartsPi/DartsLayout';
import { DartsReadout } from './dartsPi/DartsReadout';
import { runningPiPoints, throwSeededDarts } from './dartsPi/darts';
import { DARTS_STRINGS } from './dartsPi/strings';

export const DARTS_PARAMS = {
  n: { kind: 'number', min: 10, max: 100000, default: 2000, integer: true, scale: 'log' },
} as const;

/** Darts added per animation frame: one at a time at first (each one visible), then 3.5 % more per frame. */
function nextCount(current: number, n: number): number {
  return Math.min(n, current < 20 ? current + 1 : Math.ceil(current * 1.035));
}

/** Monte Carlo's first example: π from darts, with its running estimate, its 95 % band and its 1/√N error. */
export function DartsPi() {
  const t = useStrings(DARTS_STRINGS);
  const state = useWidgetState(DARTS_PARAMS);
  const { n, seed } = state.values;
  const run = useMemo(() => throwSeededDarts(seed, n), [seed, n]);
  const checkpoints = useMemo(() => logSpacedCounts(n, 200), [n]);

  // Darts landed so far: all of them at rest; play and step throw them from the first.
  const advance = useCallback((current: number) => nextCount(current, n), [n]);
  const reveal = useReveal(n, advance, advance);
  const { shown } = reveal;

  const points = useMemo(() => runningPiPoints(run, shown, checkpoints), [run, shown, checkpoints]);
  const hits = shown > 0 ? run.cumulativeHits[shown - 1] : 0;
  const summary = shown > 0 ? piFromHits(hits, shown) : null;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={reveal.animation}
      onReset={reveal.reset}
      {...frameBindings(state)}
      controls={<Slider label={t.n} {...sliderBindings(state, 'n', reveal.showAll)} />}
    >
      <DartsLayout
        run={run}
        shown={shown}
        hits={hits}
        points={points}
        n={n}
        t={t}
        estimateText={summary ? formatNumber(summary.estimate, 5) : t.none}
        errorText={summary ? formatNumber(Math.abs(summary.estimate - Math.PI), 3) : t.none}
      />
      <DartsReadout shown={shown} hits={hits} summary={summary} t={t} />
    </Figure>
  );
}
