import { useMemo } from 'react';
import { useReveal } from '../common/animation/useReveal';
import { Figure } from '../common/frame/Figure';
import { Choice, Slider } from '../common/inputs/controls';
import { densityOnGrid1D } from '../common/inputs/formula/gridCheck';
import type { TypedDensity } from '../common/inputs/formula/parseFormula';
import { resolveFormula } from '../common/inputs/formula/resolve';
import { TargetChoice } from '../common/inputs/formula/TargetChoice';
import { MAX_LENGTH } from '../common/inputs/formula/whitelist';
import { useStrings } from '../common/lang';
import { Legend, ROLE } from '../common/plots';
import { choiceBindings, frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { AcceptedHistogram } from './acceptReject/AcceptedHistogram';
import { DartsPlot } from './acceptReject/DartsPlot';
import { EnvelopeWarning } from './acceptReject/EnvelopeWarning';
import { computeRejection, GRID_POINTS } from './acceptReject/model';
import { RejectionReadout } from './acceptReject/RejectionReadout';
import { ACCEPT_REJECT_STRINGS } from './acceptReject/strings';
import { DEFAULT_FORMULA_1D, RANGE_1D } from './targets';

export const ACCEPT_REJECT_PARAMS = {
  target: { kind: 'enum', values: ['mixture', 'formula'], default: 'mixture' },
  formula: { kind: 'string', maxLength: MAX_LENGTH, default: DEFAULT_FORMULA_1D },
  proposal: { kind: 'enum', values: ['normal', 'uniform'], default: 'normal' },
  centre: { kind: 'number', min: -3, max: 3, default: 0, step: 0.1 },
  width: { kind: 'number', min: 0.3, max: 6, default: 2, step: 0.05 },
  k: { kind: 'number', min: 0.5, max: 30, default: 3, step: 0.1 },
  n: { kind: 'number', min: 100, max: 20000, default: 2000, integer: true, scale: 'log', step: 0.1 },
} as const;

const VARIABLES = ['x'] as const;
const FORMULA_GRID = { min: RANGE_1D.min, max: RANGE_1D.max, points: GRID_POINTS };
/** The formula is checked on the very grid the curves are drawn on. */
const onGrid = (density: TypedDensity) => densityOnGrid1D(density, FORMULA_GRID);

/** About 150 frames (two and a half seconds) to reveal all the proposals, however many there are. */
const revealSpeed = (total: number) => (current: number) => current + Math.max(1, Math.round(total / 150));

/** Rejection sampling of a two-humped (or typed) target under an adjustable envelope k q. */
export function AcceptReject() {
  const t = useStrings(ACCEPT_REJECT_STRINGS);
  const state = useWidgetState(ACCEPT_REJECT_PARAMS);
  const { target, formula, proposal, centre, width, k, n, seed } = state.values;

  const resolved = useMemo(
    () => (target === 'formula' ? resolveFormula(formula, DEFAULT_FORMULA_1D, VARIABLES, onGrid) : null),
    [target, formula],
  );
  const model = useMemo(
    () => computeRejection({ typed: resolved?.density ?? null, proposal, centre, width, k, n, seed }),
    [resolved, proposal, centre, width, k, n, seed],
  );

  // The proposals are all drawn up front and revealed in order on Play; at rest all of them are shown.
  const total = model.run.proposalsMade;
  const advance = useMemo(() => revealSpeed(total), [total]);
  const reveal = useReveal(total, advance);
  const { shown, showAll } = reveal;
  const accepted = model.acceptedBefore[shown];

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
              { value: 'mixture', label: t.mixture },
              { value: 'formula', label: t.formula },
            ]}
            {...choiceBindings(state, 'target', showAll)}
            formula={{
              label: t.formulaLabel,
              committed: formula,
              variables: VARIABLES,
              onGrid,
              onCommit: (source) => {
                state.set('formula', source);
                showAll();
              },
              samplingProblem:
                model.badValueAt !== null ? { code: 'bad-value-while-sampling', x: model.badValueAt } : null,
            }}
          />
          <Choice
            label={t.proposal}
            options={[
              { value: 'normal', label: t.normal },
              { value: 'uniform', label: t.uniform },
            ]}
            {...choiceBindings(state, 'proposal', showAll)}
          />
          <Slider label={t.centre} {...sliderBindings(state, 'centre', showAll)} />
          <Slider
            label={proposal === 'normal' ? t.sd : t.halfWidth}
            {...sliderBindings(state, 'width', showAll)}
          />
          <Slider label={t.k} {...sliderBindings(state, 'k', showAll)} />
          <Slider label={t.n} {...sliderBindings(state, 'n', showAll)} />
        </>
      }
    >
      <DartsPlot model={model} shown={shown} label={t.dartsLabel(shown, accepted)} axes={t.dartsAxes} />
      <Legend
        items={[
          { label: t.legendAccepted, glyph: 'dot', colour: ROLE.accept },
          { label: t.legendRejected, glyph: 'cross', colour: ROLE.reject },
          { label: t.legendTarget, glyph: 'line', colour: ROLE.exact },
          { label: t.legendEnvelope, glyph: 'dashed', colour: ROLE.data },
          ...(model.envelopeHolds
            ? []
            : [{ label: t.legendGap, glyph: 'area' as const, colour: ROLE.reject }]),
        ]}
      />
      {!model.envelopeHolds && <EnvelopeWarning model={model} />}
      <AcceptedHistogram
        model={model}
        acceptedShown={accepted}
        label={t.histLabel(accepted)}
        axes={t.histAxes}
      />
      <Legend
        items={[
          { label: t.legendHist, glyph: 'square', colour: ROLE.accept },
          { label: t.legendP, glyph: 'line', colour: ROLE.exact },
          ...(model.sampledDensity
            ? [{ label: t.legendSampled, glyph: 'dotted' as const, colour: ROLE.reject }]
            : []),
        ]}
      />
      <RejectionReadout model={model} shown={shown} />
    </Figure>
  );
}
