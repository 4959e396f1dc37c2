import { useCallback, useMemo, useRef, useState } from 'react';
import { useAnimation } from '../common/animation/useAnimation';
import { Figure } from '../common/frame/Figure';
import { Choice, Readout, Slider } from '../common/inputs/controls';
import { FormulaField } from '../common/inputs/formula/FormulaField';
import { densityOnGrid1D } from '../common/inputs/formula/gridCheck';
import type { TypedDensity } from '../common/inputs/formula/parseFormula';
import { resolveFormula } from '../common/inputs/formula/resolve';
import { MAX_LENGTH } from '../common/inputs/formula/whitelist';
import { LogSlider } from '../common/inputs/LogSlider';
import { formatNumber, useStrings } from '../common/lang';
import { ROLE } from '../common/plots/colours';
import { Legend } from '../common/plots/Legend';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { AcceptedHistogram } from './acceptReject/AcceptedHistogram';
import { DartsPlot } from './acceptReject/DartsPlot';
import { computeRejection, GRID_POINTS } from './acceptReject/model';
import { DEFAULT_FORMULA_1D, RANGE_1D } from './targets';

export const ACCEPT_REJECT_PARAMS = {
  target: { kind: 'enum', values: ['mixture', 'formula'], default: 'mixture' },
  formula: { kind: 'string', maxLength: MAX_LENGTH, default: DEFAULT_FORMULA_1D },
  proposal: { kind: 'enum', values: ['normal', 'uniform'], default: 'normal' },
  centre: { kind: 'number', min: -3, max: 3, default: 0 },
  width: { kind: 'number', min: 0.3, max: 6, default: 2 },
  k: { kind: 'number', min: 0.5, max: 30, default: 3 },
  n: { kind: 'number', min: 100, max: 20000, default: 2000, integer: true },
} as const;

const VARIABLES = ['x'] as const;
const FORMULA_GRID = { min: RANGE_1D.min, max: RANGE_1D.max, points: GRID_POINTS };
/** The formula is checked on the very grid the curves are drawn on. */
const onGrid = (density: TypedDensity) => densityOnGrid1D(density, FORMULA_GRID);

const STRINGS = {
  en: {
    title: 'Rejection sampling: darts under an envelope',
    caption:
      'Each proposal x ~ q is drawn at height u·k q(x), u ~ U(0, 1), under the dashed envelope k q: a dot if it falls under the target p̃ (kept), a cross if not (rejected). The kept x have density p̃/Z (histogram, with p = p̃/Z drawn over it), and a proposal is kept with probability Z/k — exactly 1/k for the normalised mixture. Where k q dips below p̃ (shaded) every proposal there is kept, but too few are made: the samples then follow min(p̃, k q) (dotted), not p. Play reveals the proposals batch by batch; the same seed gives the same points.',
    target: 'Target p̃',
    mixture: 'two-humped mixture',
    formula: 'your formula',
    formulaLabel: 'p̃(x) =',
    proposal: 'Proposal q',
    normal: 'normal',
    uniform: 'uniform',
    centre: 'Centre of q',
    sd: 'Width σ of q',
    halfWidth: 'Half-width h of q',
    k: 'Envelope constant k',
    n: 'Proposals N',
    proposals: 'Proposals drawn',
    accepted: 'Accepted',
    rate: 'Acceptance rate ± SE',
    theory: 'In theory',
    theoryExact: (v: string) => `1/k = ${v}`,
    theoryZ: (v: string) => `Z/k = ${v} (Z numerical)`,
    theoryBroken: (v: string) => `∫min(p̃, k q)/k = ${v} (numerical)`,
    smallestK: 'Smallest valid k',
    noK: 'none: q = 0 where p̃ > 0',
    z: (a: number, b: number) => `Z = ∫p̃ dx (numerical quadrature on [${a}, ${b}])`,
    broken: (from: string, to: string, more: number) =>
      `Biased samples: k q < p̃ on [${from}, ${to}]${more > 0 ? ` and ${more} more interval(s)` : ''} (shaded). There every proposal is accepted but too few are proposed, so the accepted samples follow min(p̃, k q), not p.`,
    raiseK: (k: string) => ` Raise k to at least ${k}.`,
    cannotFix: ' No k can repair this: q is zero where p̃ is positive — widen the proposal.',
    outsideOnly: (a: number, b: number) =>
      `Biased samples: k q < p̃ somewhere on [${a}, ${b}] outside the plotted range, so the accepted samples are not exactly from p.`,
    legendAccepted: 'kept (u·k q < p̃)',
    legendRejected: 'rejected',
    legendTarget: 'target p̃',
    legendEnvelope: 'envelope k q',
    legendGap: 'k q < p̃: biased',
    legendHist: 'accepted samples',
    legendP: 'p = p̃/Z',
    legendSampled: 'what is really sampled',
    dartsAxes: ['x', 'height u·k q(x)'] as [string, string],
    histAxes: ['x', 'density'] as [string, string],
    dartsLabel: (n: number, a: number) =>
      `${n} proposals drawn as points under the envelope k q; ${a} kept under the target curve p̃, the rest rejected.`,
    histLabel: (a: number) =>
      `Histogram of the ${a} accepted samples with the normalised target density drawn over it.`,
  },
  zh: {
    title: '拒绝采样：包络线下的飞镖',
    caption:
      '每个提议 x ~ q 画在高度 u·k q(x)(u ~ U(0, 1))处，位于虚线包络 k q 之下：落在目标 p̃ 之下的画成圆点（接受），否则画成叉（拒绝）。被接受的 x 的密度为 p̃/Z（下方直方图，叠加 p = p̃/Z），每个提议被接受的概率为 Z/k——对归一化的混合分布恰好是 1/k。在 k q 低于 p̃ 的地方（阴影），那里的提议全部被接受，但提议的数量不够：样本服从的是 min(p̃, k q)（点线），而不是 p。按“播放”分批显示提议；种子相同，点就相同。',
    target: '目标 p̃',
    mixture: '双峰混合分布',
    formula: '自己输入公式',
    formulaLabel: 'p̃(x) =',
    proposal: '提议分布 q',
    normal: '正态',
    uniform: '均匀',
    centre: 'q 的中心',
    sd: 'q 的宽度 σ',
    halfWidth: 'q 的半宽 h',
    k: '包络常数 k',
    n: '提议数 N',
    proposals: '已画出的提议',
    accepted: '接受数',
    rate: '接受率 ± 标准误差',
    theory: '理论值',
    theoryExact: (v: string) => `1/k = ${v}`,
    theoryZ: (v: string) => `Z/k = ${v}（Z 为数值积分）`,
    theoryBroken: (v: string) => `∫min(p̃, k q)/k = ${v}（数值积分）`,
    smallestK: '最小的有效 k',
    noK: '不存在：在 p̃ > 0 处 q = 0',
    z: (a: number, b: number) => `Z = ∫p̃ dx(在 [${a}, ${b}] 上数值积分)`,
    broken: (from: string, to: string, more: number) =>
      `样本有偏：在 [${from}, ${to}]${more > 0 ? ` 以及另外 ${more} 个区间` : ''}上 k q < p̃（阴影）。那里的提议全部被接受，但提议得太少，所以被接受的样本服从 min(p̃, k q)，而不是 p。`,
    raiseK: (k: string) => `请把 k 提高到至少 ${k}。`,
    cannotFix: '任何 k 都无法修复：在 p̃ 为正的地方 q 为零——请加宽提议分布。',
    outsideOnly: (a: number, b: number) =>
      `样本有偏：在 [${a}, ${b}] 中绘图范围之外的某处 k q < p̃，所以被接受的样本并不严格服从 p。`,
    legendAccepted: '接受(u·k q < p̃)',
    legendRejected: '拒绝',
    legendTarget: '目标 p̃',
    legendEnvelope: '包络 k q',
    legendGap: 'k q < p̃：有偏',
    legendHist: '被接受的样本',
    legendP: 'p = p̃/Z',
    legendSampled: '实际采到的分布',
    dartsAxes: ['x', '高度 u·k q(x)'] as [string, string],
    histAxes: ['x', '密度'] as [string, string],
    dartsLabel: (n: number, a: number) =>
      `${n} 个提议画成包络 k q 之下的点；其中 ${a} 个落在目标曲线 p̃ 之下被接受，其余被拒绝。`,
    histLabel: (a: number) => `${a} 个被接受样本的直方图，叠加归一化的目标密度。`,
  },
};

/** Rejection sampling of a two-humped (or typed) target under an adjustable envelope k q. */
export function AcceptReject() {
  const t = useStrings(STRINGS);
  const state = useWidgetState(ACCEPT_REJECT_PARAMS);
  const { target, formula, centre, width, k, n, seed } = state.values;
  const proposal = state.values.proposal === 'uniform' ? 'uniform' : 'normal';

  const resolved = useMemo(
    () => (target === 'formula' ? resolveFormula(formula, DEFAULT_FORMULA_1D, VARIABLES, onGrid) : null),
    [target, formula],
  );
  const model = useMemo(
    () => computeRejection({ typed: resolved?.density ?? null, proposal, centre, width, k, n, seed }),
    [resolved, proposal, centre, width, k, n, seed],
  );

  // The animation reveals the proposals in order; at rest all of them are shown.
  const total = model.run.proposalsMade;
  const [revealed, setRevealed] = useState<number | null>(null);
  const shown = revealed === null ? total : Math.min(total, revealed);
  const figureRef = useRef<HTMLDivElement>(null);
  const onFrame = useCallback(() => {
    setRevealed((r) => {
      const current = r === null ? 0 : r;
      return current >= total ? current : current + Math.max(1, Math.round(total / 150));
    });
  }, [total]);
  const animation = useAnimation({ onFrame });
  const reset = useCallback(() => {
    animation.setPlaying(false);
    setRevealed(0);
  }, [animation]);
  // A new parameter or seed is a new run: show it whole, not from where the old run's reveal had got to.
  const showWholeRun = () => setRevealed(null);
  const set = <K extends keyof typeof state.values>(name: K, value: (typeof state.values)[K]) => {
    state.set(name, value);
    showWholeRun();
  };

  const accepted = model.acceptedBefore[shown];
  const rate = shown > 0 ? accepted / shown : 0;
  const rateSe = shown > 0 ? Math.sqrt((rate * (1 - rate)) / shown) : 0;
  const theoryValue = formatNumber(model.expectedRate, 4);
  const theory = !model.envelopeHolds
    ? t.theoryBroken(theoryValue)
    : model.zIsNumerical
      ? t.theoryZ(theoryValue)
      : t.theoryExact(theoryValue);
  const minimalK = model.check.minimalK;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={animation}
      onReset={reset}
      {...frameBindings(state, showWholeRun)}
      controls={
        <>
          <Choice
            label={t.target}
            value={target}
            options={[
              { value: 'mixture', label: t.mixture },
              { value: 'formula', label: t.formula },
            ]}
            onChange={(v) => set('target', v)}
          />
          {target === 'formula' && (
            <FormulaField
              label={t.formulaLabel}
              committed={formula}
              variables={VARIABLES}
              onGrid={onGrid}
              onCommit={(source) => set('formula', source)}
              samplingProblem={
                model.badValueAt !== null ? { code: 'bad-value-while-sampling', x: model.badValueAt } : null
              }
            />
          )}
          <Choice
            label={t.proposal}
            value={proposal}
            options={[
              { value: 'normal', label: t.normal },
              { value: 'uniform', label: t.uniform },
            ]}
            onChange={(v) => set('proposal', v)}
          />
          <Slider label={t.centre} step={0.1} {...sliderBindings(state, 'centre', showWholeRun)} />
          <Slider
            label={proposal === 'normal' ? t.sd : t.halfWidth}
            step={0.05}
            {...sliderBindings(state, 'width', showWholeRun)}
          />
          <Slider label={t.k} step={0.1} {...sliderBindings(state, 'k', showWholeRun)} />
          <LogSlider label={t.n} {...sliderBindings(state, 'n', showWholeRun)} />
        </>
      }
    >
      <div ref={figureRef}>
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
        {!model.envelopeHolds && (
          <p className="warning" role="status" data-testid="rejection-warning">
            <EnvelopeWarning model={model} t={t} />
          </p>
        )}
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
        <Readout
          items={[
            { label: t.proposals, value: <span data-testid="rejection-shown">{shown}</span> },
            { label: t.accepted, value: <span data-testid="rejection-accepted">{accepted}</span> },
            {
              label: t.rate,
              value: (
                <span data-testid="rejection-rate" data-value={rate}>
                  {formatNumber(rate, 4)} ± {formatNumber(rateSe, 2)}
                </span>
              ),
            },
            {
              label: t.theory,
              value: (
                <span data-testid="rejection-theory" data-value={model.expectedRate}>
                  {theory}
                </span>
              ),
            },
            {
              label: t.smallestK,
              value: (
                <span data-testid="rejection-kstar">
                  {Number.isFinite(minimalK) ? formatNumber(minimalK, 4) : t.noK}
                </span>
              ),
            },
            ...(model.zIsNumerical
              ? [
                  {
                    label: t.z(RANGE_1D.min, RANGE_1D.max),
                    value: <span data-testid="rejection-z">{formatNumber(model.z, 5)}</span>,
                  },
                ]
              : []),
          ]}
        />
      </div>
    </Figure>
  );
}

function EnvelopeWarning({
  model,
  t,
}: {
  model: ReturnType<typeof computeRejection>;
  t: (typeof STRINGS)['en'];
}) {
  const inRange = model.check.violations.filter((v) => v.to >= RANGE_1D.min && v.from <= RANGE_1D.max);
  const fixable = Number.isFinite(model.check.minimalK);
  // Round the advice up, so following it really repairs the envelope.
  const advice = fixable
    ? t.raiseK(formatNumber(Math.ceil(model.check.minimalK * 100) / 100, 4))
    : t.cannotFix;
  if (inRange.length === 0)
    return <>{t.outsideOnly(model.checkedRange.min, model.checkedRange.max) + advice}</>;
  const first = inRange[0];
  const from = formatNumber(Math.max(first.from, RANGE_1D.min), 3);
  const to = formatNumber(Math.min(first.to, RANGE_1D.max), 3);
  return <>{t.broken(from, to, inRange.length - 1) + advice}</>;
}
