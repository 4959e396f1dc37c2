import { useCallback, useMemo, useRef } from 'react';
import { useReveal } from '../common/animation/useReveal';
import { Figure } from '../common/frame/Figure';
import { Choice, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { choiceBindings, frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { DIST_IDS, drawByInverseCdf, setupDistribution } from './inverseCdf/distributions';
import { HeightsEditor } from './inverseCdf/HeightsEditor';
import { DEFAULT_HEIGHTS, formatHeights } from './inverseCdf/heights';
import { InverseCdfPlots } from './inverseCdf/InverseCdfPlots';
import { InverseCdfReadout } from './inverseCdf/InverseCdfReadout';
import { INVERSE_CDF_STRINGS } from './inverseCdf/strings';
import { useDrawStatistics } from './inverseCdf/useDrawStatistics';
import { useHeights } from './inverseCdf/useHeights';

export const INVERSE_CDF_PARAMS = {
  dist: { kind: 'enum', values: DIST_IDS, default: 'normal' },
  rate: { kind: 'number', min: 0.2, max: 5, default: 1, step: 0.1 },
  n: { kind: 'number', min: 10, max: 20000, default: 1000, integer: true, scale: 'log' },
  heights: { kind: 'string', maxLength: 60, default: DEFAULT_HEIGHTS },
} as const;

/** The first draws come slowly enough to follow each trace; then the pace grows. */
const SLOW_DRAWS = 12;
const MS_PER_SLOW_DRAW = 350;

/** Inverse-transform sampling: uniforms traced through F⁻¹, the histogram and the empirical CDF converging. */
export function InverseCdf() {
  const t = useStrings(INVERSE_CDF_STRINGS);
  const state = useWidgetState(INVERSE_CDF_PARAMS);
  const { dist, rate, n, seed } = state.values;
  const heights = useHeights(state.values.heights, state.notices, state.dismissNotices);

  const setup = useMemo(() => setupDistribution(dist, rate, heights.valid), [dist, rate, heights.valid]);
  const draws = useMemo(() => drawByInverseCdf(setup.distribution, seed, n), [setup, seed, n]);

  // Draws shown: all at rest; play and step start from the first draw.
  const elapsed = useRef(0);
  const advance = useCallback((current: number, frameMs: number) => {
    if (current < SLOW_DRAWS) {
      elapsed.current += frameMs;
      if (current > 0 && elapsed.current < MS_PER_SLOW_DRAW) return current;
      elapsed.current = 0;
      return current + 1;
    }
    return current < 100 ? current + 1 : Math.ceil(current * 1.03);
  }, []);
  const reveal = useReveal(n, advance);
  const { shown } = reveal;

  const stats = useDrawStatistics(draws.xs, shown, setup);
  const meanText = setup.mean === null ? null : formatNumber(setup.mean, 4);

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={reveal.animation}
      onReset={reveal.reset}
      {...frameBindings(state)}
      notices={heights.notices}
      onDismissNotices={heights.dismissNotices}
      controls={
        <>
          <Choice
            label={t.dist}
            options={DIST_IDS.map((value) => ({ value, label: t.options[value] }))}
            {...choiceBindings(state, 'dist')}
          />
          <Slider label={t.n} {...sliderBindings(state, 'n', reveal.showAll)} />
          {dist === 'exponential' && <Slider label={t.rate} {...sliderBindings(state, 'rate')} />}
          {dist === 'piecewise' && (
            <HeightsEditor
              legend={t.heightsLegend}
              heights={heights.shown}
              pieceLabel={t.pieceLabel}
              error={heights.parsed.kind === 'all-zero' ? t.allZero : undefined}
              onChange={(next) => state.set('heights', formatHeights(next))}
            />
          )}
        </>
      }
    >
      <InverseCdfPlots
        t={t}
        dist={dist}
        setup={setup}
        draws={draws}
        stats={stats}
        shown={shown}
        n={n}
        meanText={meanText}
      />
      <InverseCdfReadout
        t={t}
        dist={dist}
        setup={setup}
        stats={stats}
        runningMean={draws.runningMean}
        shown={shown}
        meanText={meanText}
      />
    </Figure>
  );
}
