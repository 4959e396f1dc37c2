import { useMemo } from 'react';
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
import { DensitiesPlot } from './importance/DensitiesPlot';
import { computeImportance, GRID_POINTS } from './importance/model';
import { WeightSticks } from './importance/WeightSticks';
import { DEFAULT_FORMULA_1D, type ImportanceFunctionId, RANGE_1D } from './targets';

export const IMPORTANCE_PARAMS = {
  target: { kind: 'enum', values: ['normal', 'formula'], default: 'normal' },
  formula: { kind: 'string', maxLength: MAX_LENGTH, default: DEFAULT_FORMULA_1D },
  f: { kind: 'enum', values: ['square', 'tail', 'identity'], default: 'square' },
  centre: { kind: 'number', min: -3, max: 4, default: 0 },
  width: { kind: 'number', min: 0.2, max: 4, default: 1.5 },
  n: { kind: 'number', min: 50, max: 20000, default: 1000, integer: true },
} as const;

/** Below this fraction N_eff/N the widget says in words that the estimate cannot be trusted. */
export const ESS_WARNING_FRACTION = 0.05;

const VARIABLES = ['x'] as const;
const FORMULA_GRID = { min: RANGE_1D.min, max: RANGE_1D.max, points: GRID_POINTS };
const onGrid = (density: TypedDensity) => densityOnGrid1D(density, FORMULA_GRID);

const STRINGS = {
  en: {
    title: 'Importance sampling: weights and the effective sample size',
    caption:
      'Draw x_i from the proposal q (dashed) and give each the weight w_i = p̃(x_i)/q(x_i); the self-normalised estimate Σ w̄_i f(x_i), w̄_i = w_i/Σ w_j, needs p only up to its constant. The sticks show N·w̄_i (1 = an equal share). The effective sample size N_eff = (Σ w)²/Σ w² says how many equally weighted draws the sample is worth. For p = N(0, 1) and q = N(μ, σ²) theory gives N_eff/N → 1/E_q[w²], and E_q[w²] is infinite for σ ≤ 1/√2: a proposal narrower than the target has a few huge weights in its tails, N_eff collapses, and the estimate jumps from seed to seed while its standard error looks deceptively small.',
    target: 'Target p',
    normal: 'N(0, 1)',
    formula: 'your formula',
    formulaLabel: 'p̃(x) =',
    f: 'Function f',
    square: 'x²',
    tail: '1{x > 2}',
    identity: 'x',
    centre: 'Centre μ of q',
    width: 'Width σ of q',
    n: 'Draws N',
    estimate: 'Estimate ± SE',
    exact: 'Exact E_p[f]',
    exactNumerical: (v: string) => `${v} (numerical quadrature)`,
    errorInSe: '|error| / SE',
    ess: 'N_eff',
    essFraction: 'N_eff/N',
    theory: 'Theory N_eff/N ≈ 1/E_q[w²]',
    infiniteVariance: '→ 0 (E_q[w²] = ∞)',
    collapse: (pct: string, ess: string) =>
      `Effective sample size collapsed: only ${pct} of the draws count (N_eff = ${ess}). A few draws carry almost all the weight, so neither the estimate nor its standard error can be trusted. Widen the proposal or move it over the target.`,
    zeroSe:
      'Every weighted draw gave the same f(x): an SE of 0 only says that no draw reached the region where f changes.',
    allZero: 'Every weight is 0: the proposal never lands where the target is positive. Move or widen it.',
    legendP: 'target p',
    legendQ: 'proposal q',
    legendSticks: 'N·w̄_i at each draw',
    legendEqual: 'equal share (1)',
    densityAxes: ['x', 'density'] as [string, string],
    stickAxes: ['x', 'N · weight'] as [string, string],
    densityLabel: (mu: string, sigma: string) =>
      `The target density p and the proposal q = N(${mu}, ${sigma}²).`,
    stickLabel: (n: number, ess: string) =>
      `${n} draws from q, each a stick of height N times its normalised weight; N_eff = ${ess}.`,
  },
  zh: {
    title: '重要性采样：权重与有效样本量',
    caption:
      '从提议分布 q（虚线）中抽取 x_i，并赋予权重 w_i = p̃(x_i)/q(x_i)；自归一化估计 Σ w̄_i f(x_i)(w̄_i = w_i/Σ w_j)只需要知道 p 的一个常数倍。竖线高度为 N·w̄_i（1 表示平均份额）。有效样本量 N_eff = (Σ w)²/Σ w² 表示这组加权样本相当于多少个等权样本。对 p = N(0, 1) 和 q = N(μ, σ²)，理论给出 N_eff/N → 1/E_q[w²]，而当 σ ≤ 1/√2 时 E_q[w²] 为无穷大：比目标更窄的提议会在尾部产生少数极大的权重，N_eff 崩溃，估计值随种子剧烈跳动，而它的标准误差却小得具有欺骗性。',
    target: '目标 p',
    normal: 'N(0, 1)',
    formula: '自己输入公式',
    formulaLabel: 'p̃(x) =',
    f: '函数 f',
    square: 'x²',
    tail: '1{x > 2}',
    identity: 'x',
    centre: 'q 的中心 μ',
    width: 'q 的宽度 σ',
    n: '样本数 N',
    estimate: '估计值 ± 标准误差',
    exact: '精确值 E_p[f]',
    exactNumerical: (v: string) => `${v}（数值积分）`,
    errorInSe: '|误差| / 标准误差',
    ess: 'N_eff',
    essFraction: 'N_eff/N',
    theory: '理论 N_eff/N ≈ 1/E_q[w²]',
    infiniteVariance: '→ 0(E_q[w²] = ∞)',
    collapse: (pct: string, ess: string) =>
      `有效样本量崩溃：只有 ${pct} 的样本起作用(N_eff = ${ess})。少数样本几乎占据了全部权重，所以估计值及其标准误差都不可信。请加宽提议分布，或把它移到目标上方。`,
    zeroSe: '所有带权重的样本给出相同的 f(x)：标准误差为 0 只说明没有样本落到 f 变化的区域。',
    allZero: '所有权重都是 0：提议分布从未落在目标为正的地方。请移动或加宽它。',
    legendP: '目标 p',
    legendQ: '提议 q',
    legendSticks: '每个样本处的 N·w̄_i',
    legendEqual: '平均份额(1)',
    densityAxes: ['x', '密度'] as [string, string],
    stickAxes: ['x', 'N · 权重'] as [string, string],
    densityLabel: (mu: string, sigma: string) => `目标密度 p 与提议分布 q = N(${mu}, ${sigma}²)。`,
    stickLabel: (n: number, ess: string) =>
      `从 q 抽取的 ${n} 个样本，每个画成高度为 N 乘以归一化权重的竖线；N_eff = ${ess}。`,
  },
};

/** Self-normalised importance sampling of E_p[f] with an adjustable normal proposal. */
export function ImportanceSampling() {
  const t = useStrings(STRINGS);
  const state = useWidgetState(IMPORTANCE_PARAMS);
  const { target, formula, centre, width, n, seed } = state.values;
  const f = state.values.f as ImportanceFunctionId;

  const resolved = useMemo(
    () => (target === 'formula' ? resolveFormula(formula, DEFAULT_FORMULA_1D, VARIABLES, onGrid) : null),
    [target, formula],
  );
  const model = useMemo(
    () => computeImportance({ typed: resolved?.density ?? null, f, centre, width, n, seed }),
    [resolved, f, centre, width, n, seed],
  );
  const r = model.result;
  const estimate = r?.kind === 'estimate' ? r : null;
  const essFraction = estimate ? estimate.ess / estimate.n : 0;
  const collapsed = estimate !== null && essFraction < ESS_WARNING_FRACTION;
  const errorInSe = estimate
    ? Math.abs(estimate.estimate - model.exact) / estimate.standardError
    : Number.NaN;
  const exactText = model.exactIsNumerical
    ? t.exactNumerical(formatNumber(model.exact, 5))
    : formatNumber(model.exact, 5);
  const theoryText = model.theory
    ? model.theory.kind === 'finite'
      ? formatNumber(model.theory.essFraction, 3)
      : t.infiniteVariance
    : null;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      {...frameBindings(state)}
      controls={
        <>
          <Choice
            label={t.target}
            value={target}
            options={[
              { value: 'normal', label: t.normal },
              { value: 'formula', label: t.formula },
            ]}
            onChange={(v) => state.set('target', v)}
          />
          {target === 'formula' && (
            <FormulaField
              label={t.formulaLabel}
              committed={formula}
              variables={VARIABLES}
              onGrid={onGrid}
              onCommit={(source) => state.set('formula', source)}
              samplingProblem={
                model.badValueAt !== null ? { code: 'bad-value-while-sampling', x: model.badValueAt } : null
              }
            />
          )}
          <Choice
            label={t.f}
            value={f}
            options={[
              { value: 'square', label: t.square },
              { value: 'tail', label: t.tail },
              { value: 'identity', label: t.identity },
            ]}
            onChange={(v) => state.set('f', v)}
          />
          <Slider label={t.centre} step={0.1} {...sliderBindings(state, 'centre')} />
          <Slider label={t.width} step={0.05} {...sliderBindings(state, 'width')} />
          <LogSlider label={t.n} {...sliderBindings(state, 'n')} />
        </>
      }
    >
      <DensitiesPlot
        model={model}
        label={t.densityLabel(formatNumber(centre, 3), formatNumber(width, 3))}
        axes={t.densityAxes}
      />
      <Legend
        items={[
          { label: t.legendP, glyph: 'line', colour: ROLE.exact },
          { label: t.legendQ, glyph: 'dashed', colour: ROLE.data },
        ]}
      />
      <WeightSticks
        samples={model.samples}
        weights={estimate?.weights ?? null}
        label={t.stickLabel(n, estimate ? formatNumber(estimate.ess, 4) : '0')}
        axes={t.stickAxes}
      />
      <Legend
        items={[
          { label: t.legendSticks, glyph: 'stick', colour: ROLE.data },
          { label: t.legendEqual, glyph: 'dashed', colour: ROLE.muted },
        ]}
      />
      {collapsed && estimate && (
        <p className="warning" role="status" data-testid="importance-warning">
          {t.collapse(`${formatNumber(100 * essFraction, 2)} %`, formatNumber(estimate.ess, 3))}
        </p>
      )}
      {r?.kind === 'all-weights-zero' && (
        <p className="warning" role="status" data-testid="importance-warning">
          {t.allZero}
        </p>
      )}
      {estimate && estimate.standardError === 0 && <p data-testid="importance-zero-se">{t.zeroSe}</p>}
      <Readout
        items={[
          {
            label: t.estimate,
            value: (
              <span data-testid="importance-estimate" data-value={estimate?.estimate}>
                {estimate
                  ? `${formatNumber(estimate.estimate, 4)} ± ${formatNumber(estimate.standardError, 2)}`
                  : '—'}
              </span>
            ),
          },
          {
            label: t.exact,
            value: (
              <span data-testid="importance-exact" data-value={model.exact}>
                {exactText}
              </span>
            ),
          },
          {
            label: t.errorInSe,
            value: <span data-testid="importance-error-se">{formatNumber(errorInSe, 3)}</span>,
          },
          {
            label: t.ess,
            value: (
              <span data-testid="importance-ess" data-value={estimate?.ess ?? 0}>
                {estimate ? formatNumber(estimate.ess, 4) : '0'}
              </span>
            ),
          },
          {
            label: t.essFraction,
            value: (
              <span data-testid="importance-ess-fraction" data-value={essFraction}>
                {`${formatNumber(100 * essFraction, 3)} %`}
              </span>
            ),
          },
          ...(theoryText !== null
            ? [{ label: t.theory, value: <span data-testid="importance-ess-theory">{theoryText}</span> }]
            : []),
        ]}
      />
    </Figure>
  );
}
