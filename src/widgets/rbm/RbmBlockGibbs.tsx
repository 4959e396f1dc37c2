import { useMemo } from 'react';
import { useReveal } from '../common/animation/useReveal';
import { Figure } from '../common/frame/Figure';
import { Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { checkpointsUpTo, Legend, logSpacedCounts, ROLE } from '../common/plots';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { GibbsReadout } from './blockGibbs/GibbsReadout';
import { HistogramPlot } from './blockGibbs/HistogramPlot';
import {
  exactVisible,
  GIBBS_STEPS,
  gibbsRbm,
  independentTv,
  modesOf,
  runBlockGibbs,
  stateLabel,
  stuckChain,
  totalVariation,
  tvCurve,
  visitCounts,
} from './blockGibbs/model';
import { RBM_GIBBS_STRINGS } from './blockGibbs/strings';
import { TvPlot } from './blockGibbs/TvPlot';
import './blockGibbs/blockGibbs.css';

export const RBM_GIBBS_PARAMS = {
  scale: { kind: 'number', min: 0.5, max: 6, default: 1.5, step: 0.1 },
} as const;

/** The weight scale of the "strong weights" preset, where the chain sticks in one mode. */
export const STRONG_SCALE = 6;
const CHECKPOINTS = logSpacedCounts(GIBBS_STEPS, 80);
/** One step a frame at first, then 2 % more a frame: even progress along the log step axis (about five seconds). */
const advance = (current: number) => current + Math.max(1, Math.round(current * 0.02));

/** Chapter 5's small RBM sampled by block Gibbs: visit frequencies and TV distance against the exact p(v). */
export function RbmBlockGibbs() {
  const t = useStrings(RBM_GIBBS_STRINGS);
  const state = useWidgetState(RBM_GIBBS_PARAMS);
  const { scale, seed } = state.values;
  const rbm = useMemo(() => gibbsRbm(scale), [scale]);
  const exact = useMemo(() => exactVisible(rbm), [rbm]);
  const modes = useMemo(() => modesOf(exact), [exact]);
  const run = useMemo(() => runBlockGibbs(rbm, GIBBS_STEPS, seed), [rbm, seed]);
  const curve = useMemo(() => tvCurve(run, exact, CHECKPOINTS), [run, exact]);
  const reference = useMemo(() => Float64Array.from(CHECKPOINTS, (n) => independentTv(exact, n)), [exact]);

  const reveal = useReveal(GIBBS_STEPS, advance);
  const shown = Math.min(reveal.shown, GIBBS_STEPS);
  const counts = useMemo(() => visitCounts(run, shown), [run, shown]);
  const frequencies = useMemo(
    () => (shown > 0 ? Float64Array.from(counts, (c) => c / shown) : null),
    [counts, shown],
  );
  const tv = shown > 0 ? totalVariation(counts, shown, exact) : Number.NaN;
  // The curve so far: the checkpoints reached, then the step shown now (its TV from the counts on screen).
  const reached = useMemo(() => checkpointsUpTo(CHECKPOINTS, shown), [shown]);
  const tvShown = useMemo(
    () => reached.map((n, i) => (i < reached.length - 1 || n === CHECKPOINTS[i] ? curve[i] : tv)),
    [reached, curve, tv],
  );
  const stuck = useMemo(() => stuckChain(run, shown, exact, modes), [run, shown, exact, modes]);
  let visited = 0;
  for (let k = 0; k < counts.length; k++) if (counts[k] > 0) visited++;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={reveal.animation}
      onReset={reveal.reset}
      {...frameBindings(state, reveal.showAll)}
      controls={
        <>
          <Slider label={t.scale} {...sliderBindings(state, 'scale', reveal.showAll)} />
          <fieldset className="control control--choice rbm-gibbs__presets">
            <legend>{t.presets}</legend>
            <button
              type="button"
              data-preset="strong"
              aria-pressed={scale === STRONG_SCALE}
              onClick={() => {
                state.set('scale', STRONG_SCALE);
                reveal.showAll();
              }}
            >
              {t.strong}
            </button>
          </fieldset>
        </>
      }
    >
      <HistogramPlot
        frequencies={frequencies}
        exact={exact}
        label={t.histogramLabel(shown)}
        axes={t.histogramAxes}
      />
      <Legend
        items={[
          { label: t.legendVisits, glyph: 'square', colour: ROLE.data },
          { label: t.legendExact, glyph: 'dashed', colour: ROLE.exact },
        ]}
      />
      <TvPlot
        steps={reached}
        tv={tvShown}
        referenceSteps={CHECKPOINTS}
        reference={reference}
        label={t.tvLabel(shown)}
        axes={t.tvAxes}
        legend={{ chain: t.legendTv, independent: t.legendIndependent }}
      />
      <GibbsReadout
        shown={shown}
        tv={tv}
        independent={independentTv(exact, Math.max(1, shown))}
        visited={visited}
      />
      {stuck && (
        <p className="warning" role="status" data-testid="rbm-gibbs-stuck">
          {t.stuck(
            stateLabel(stuck.mode),
            stuck.stay,
            shown,
            `${formatNumber(100 * stuck.modeMass, 2)}%`,
            stateLabel(stuck.missed),
          )}
        </p>
      )}
    </Figure>
  );
}
