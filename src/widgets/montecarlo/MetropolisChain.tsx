import { useCallback, useMemo, useRef, useState } from 'react';
import { useAnimation } from '../common/animation/useAnimation';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Choice, Readout } from '../common/inputs/controls';
import { FormulaField } from '../common/inputs/formula/FormulaField';
import { resolveFormula } from '../common/inputs/formula/resolve';
import { MAX_LENGTH } from '../common/inputs/formula/whitelist';
import { LogSlider } from '../common/inputs/LogSlider';
import { ScaleSlider } from '../common/inputs/ScaleSlider';
import { formatNumber, useStrings } from '../common/lang';
import { ROLE } from '../common/plots/colours';
import { DensityMap, type MapScales } from '../common/plots/DensityMap';
import { AutocorrelationPlot } from '../common/plots/diagnostics/AutocorrelationPlot';
import { MAX_LAG, statisticsLength, summariseChain } from '../common/plots/diagnostics/chainStats';
import { TracePlot } from '../common/plots/diagnostics/TracePlot';
import { Legend } from '../common/plots/Legend';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import {
  builtInTarget,
  MAP_POINTS,
  type MapTarget,
  onGrid2D,
  runChain,
  typedTarget,
} from './metropolis/model';
import { DEFAULT_FORMULA_2D, type Target2DId } from './targets';

export const METROPOLIS_PARAMS = {
  target: { kind: 'enum', values: ['banana', 'mixture', 'correlated', 'formula'], default: 'banana' },
  formula: { kind: 'string', maxLength: MAX_LENGTH, default: DEFAULT_FORMULA_2D },
  scale: { kind: 'number', min: 0.02, max: 20, default: 1 },
  steps: { kind: 'number', min: 100, max: 20000, default: 2000, integer: true },
} as const;

/** Acceptance above this: steps too small; below the other: steps too large (the words under the plots). */
export const TOO_SMALL_ACCEPTANCE = 0.85;
export const TOO_LARGE_ACCEPTANCE = 0.1;

const VARIABLES = ['x', 'y'] as const;

const STRINGS = {
  en: {
    title: 'Random-walk Metropolis on a 2-D target',
    caption:
      'From the current point the chain proposes x′ = x + σξ, ξ ~ N(0, I), and moves there with probability min(1, p̃(x′)/p̃(x)); otherwise it stays and the current point is counted again. The map shows the target (shading and contour lines) and the path; the last proposal is drawn with a solid line and a dot if it was accepted, a dashed line and a cross if it was rejected. Both extremes of σ mix badly: too small, and almost every step is accepted but the chain crawls (slow wiggles in the trace, autocorrelation that decays slowly, small ESS); too large, and most proposals land where p̃ is tiny and are rejected, so the chain sits still (flat runs in the trace). In between — acceptance roughly 0.2 to 0.5 — the ESS is largest. All states count, including the first ones (no burn-in is removed). Play replays the chain step by step; the same seed gives the same chain.',
    target: 'Target',
    banana: 'banana',
    mixture: 'two modes',
    correlated: 'correlated Gaussian',
    formula: 'your formula',
    formulaLabel: 'p̃(x, y) =',
    scale: 'Proposal scale σ',
    steps: 'Steps N',
    shownSteps: 'Steps',
    acceptance: 'Acceptance rate',
    ess: 'ESS of x',
    essFraction: 'ESS/N',
    tau: 'τ = N/ESS',
    meanX: 'Mean of x ± MCSE',
    exactMeanX: 'Exact E[x]',
    lastProposal: 'Last proposal',
    accepted: 'accepted',
    rejected: 'rejected',
    none: 'none yet',
    tooSmall:
      'Steps too small: almost every proposal is accepted, but the chain only creeps — the trace wiggles slowly and the autocorrelation stays high.',
    tooLarge:
      'Steps too large: most proposals are rejected and the chain sits still for long stretches — flat runs in the trace.',
    fine: 'Acceptance in a workable range: compare the ESS with smaller and larger σ.',
    farOff: (z: string) =>
      `The chain average is ${z} standard errors from the exact mean: the chain has not yet explored the target (stuck in one mode, or still on its way from the start), and its standard error is too optimistic.`,
    legendPath: 'chain path',
    legendAccepted: 'proposal accepted',
    legendRejected: 'proposal rejected',
    legendStart: 'start',
    legendContours: 'density contours (5, 25, 50, 75 % of max)',
    legendExact: 'exact mean',
    legendAcf: 'autocorrelation ρ_k',
    mapAxes: ['x', 'y'] as [string, string],
    traceAxes: ['step t', 'x_t'] as [string, string],
    acfAxes: ['lag k', 'ρ_k of x'] as [string, string],
    mapLabel: (t: number, rate: string) =>
      `Density map of the target with the Metropolis chain's path after ${t} steps; acceptance rate ${rate}.`,
    traceLabel: (t: number) => `Trace plot of the x coordinate over ${t} steps.`,
    acfLabel: (ess: string) => `Autocorrelation of x for lags 0 to ${MAX_LAG}; effective sample size ${ess}.`,
  },
  zh: {
    title: '二维目标上的随机游走 Metropolis',
    caption:
      '链从当前点提议 x′ = x + σξ(ξ ~ N(0, I))，并以概率 min(1, p̃(x′)/p̃(x)) 移动过去；否则留在原地，当前点再被计一次。地图显示目标分布（阴影与等高线）和路径；最后一次提议若被接受，画成实线加圆点，若被拒绝，画成虚线加叉。σ 的两个极端都混合得很差：太小，几乎每一步都被接受，但链只是缓慢爬行（轨迹缓慢起伏，自相关衰减很慢，ESS 很小）；太大，大多数提议落在 p̃ 极小的地方而被拒绝，链长时间停在原地（轨迹中出现平台）。介于两者之间——接受率大约 0.2 到 0.5——ESS 最大。所有状态都计入，包括最初的那些（没有去掉预烧期）。按“播放”逐步回放这条链；种子相同，链就相同。',
    target: '目标',
    banana: '香蕉形',
    mixture: '双峰',
    correlated: '相关高斯',
    formula: '自己输入公式',
    formulaLabel: 'p̃(x, y) =',
    scale: '提议尺度 σ',
    steps: '步数 N',
    shownSteps: '步数',
    acceptance: '接受率',
    ess: 'x 的 ESS',
    essFraction: 'ESS/N',
    tau: 'τ = N/ESS',
    meanX: 'x 的均值 ± MCSE',
    exactMeanX: '精确值 E[x]',
    lastProposal: '最后一次提议',
    accepted: '接受',
    rejected: '拒绝',
    none: '尚无',
    tooSmall: '步长太小：几乎每个提议都被接受，但链只是缓慢爬行——轨迹起伏缓慢，自相关一直很高。',
    tooLarge: '步长太大：大多数提议被拒绝，链长时间停在原地——轨迹中出现平台。',
    fine: '接受率处于可用的范围：请与更小和更大的 σ 比较 ESS。',
    farOff: (z: string) =>
      `链的平均值离精确均值有 ${z} 个标准误差：链还没有探索完目标分布（困在一个峰里，或仍在从起点出发的途中），它的标准误差过于乐观。`,
    legendPath: '链的路径',
    legendAccepted: '提议被接受',
    legendRejected: '提议被拒绝',
    legendStart: '起点',
    legendContours: '密度等高线（最大值的 5%、25%、50%、75%）',
    legendExact: '精确均值',
    legendAcf: '自相关 ρ_k',
    mapAxes: ['x', 'y'] as [string, string],
    traceAxes: ['步数 t', 'x_t'] as [string, string],
    acfAxes: ['滞后 k', 'x 的 ρ_k'] as [string, string],
    mapLabel: (t: number, rate: string) =>
      `目标分布的密度图，以及 Metropolis 链走了 ${t} 步后的路径；接受率 ${rate}。`,
    traceLabel: (t: number) => `x 坐标在 ${t} 步中的轨迹图。`,
    acfLabel: (ess: string) => `x 在滞后 0 到 ${MAX_LAG} 的自相关；有效样本量 ${ess}。`,
  },
};

/** Random-walk Metropolis on a banana, two modes, a correlated Gaussian or a typed density of (x, y). */
export function MetropolisChain() {
  const t = useStrings(STRINGS);
  const state = useWidgetState(METROPOLIS_PARAMS);
  const { target, formula, scale, steps, seed } = state.values;

  const resolved = useMemo(
    () => (target === 'formula' ? resolveFormula(formula, DEFAULT_FORMULA_2D, VARIABLES, onGrid2D) : null),
    [target, formula],
  );
  // A typed formula's value that is bad between grid points is reported at the field (and treated as 0).
  const badRef = useRef<{ x: number; y: number } | null>(null);
  const mapTarget: MapTarget = useMemo(() => {
    badRef.current = null;
    if (!resolved) return builtInTarget(target as Target2DId);
    return typedTarget(resolved.density, resolved.values, resolved.max, (x, y) => {
      badRef.current = { x, y };
    });
  }, [resolved, target]);
  const run = useMemo(() => runChain(mapTarget, scale, steps, seed), [mapTarget, scale, steps, seed]);
  const bad = badRef.current;

  const [revealed, setRevealed] = useState<number | null>(null);
  const shown = revealed === null ? steps : Math.min(steps, revealed);
  const figureRef = useRef<HTMLDivElement>(null);
  const onFrame = useCallback(() => {
    setRevealed((r) => {
      const current = r === null ? 0 : r;
      return current >= steps ? current : current + Math.max(1, Math.round(steps / 400));
    });
  }, [steps]);
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

  const path = useMemo(() => ({ xs: run.xs, ys: run.ys, count: shown + 1 }), [run, shown]);
  const statsLength = statisticsLength(shown, steps);
  const summary = useMemo(() => summariseChain(run.xs.subarray(0, statsLength + 1)), [run, statsLength]);
  const acceptance = shown > 0 ? run.acceptedBefore[shown] / shown : 0;
  const diagnosis =
    shown < 20
      ? null
      : acceptance > TOO_SMALL_ACCEPTANCE
        ? t.tooSmall
        : acceptance < TOO_LARGE_ACCEPTANCE
          ? t.tooLarge
          : t.fine;
  const last = shown > 0 ? shown - 1 : -1;
  // More than 4 MCSE from the truth: the chain's own error bar cannot be believed (built-in targets only).
  const offBy =
    summary && mapTarget.meanX !== null ? Math.abs(summary.mean - mapTarget.meanX) / summary.mcse : 0;
  const box = mapTarget.box;
  const overlay = useCallback(
    (s: MapScales) => (
      <>
        <rect
          x={s.x(mapTarget.start[0]) - 5}
          y={s.y(mapTarget.start[1]) - 5}
          width={10}
          height={10}
          fill="none"
          stroke={ROLE.ink}
          strokeWidth={2}
        />
        {last >= 0 && (
          <g data-testid="metropolis-proposal" data-accepted={run.accepted[last] ? 'yes' : 'no'}>
            <line
              x1={s.x(run.xs[last])}
              y1={s.y(run.ys[last])}
              x2={s.x(run.px[last])}
              y2={s.y(run.py[last])}
              stroke={run.accepted[last] ? ROLE.accept : ROLE.reject}
              strokeWidth={2.5}
              strokeDasharray={run.accepted[last] ? undefined : '5 4'}
            />
            {run.accepted[last] ? (
              <circle
                cx={s.x(run.px[last])}
                cy={s.y(run.py[last])}
                r={6}
                fill={ROLE.accept}
                stroke={ROLE.ink}
              />
            ) : (
              <path
                d={cross(s.x(run.px[last]), s.y(run.py[last]), 6)}
                stroke={ROLE.reject}
                strokeWidth={3}
                fill="none"
              />
            )}
          </g>
        )}
        <circle
          cx={s.x(run.xs[shown])}
          cy={s.y(run.ys[shown])}
          r={5}
          fill={ROLE.data}
          stroke={ROLE.ink}
          strokeWidth={1.5}
        />
      </>
    ),
    [mapTarget, run, last, shown],
  );

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
              { value: 'banana', label: t.banana },
              { value: 'mixture', label: t.mixture },
              { value: 'correlated', label: t.correlated },
              { value: 'formula', label: t.formula },
            ]}
            onChange={(v) => set('target', v)}
          />
          {target === 'formula' && (
            <FormulaField
              label={t.formulaLabel}
              committed={formula}
              variables={VARIABLES}
              onGrid={onGrid2D}
              onCommit={(source) => set('formula', source)}
              samplingProblem={bad ? { code: 'bad-value-while-sampling', x: bad.x, y: bad.y } : null}
            />
          )}
          <ScaleSlider label={t.scale} {...sliderBindings(state, 'scale', showWholeRun)} />
          <LogSlider label={t.steps} {...sliderBindings(state, 'steps', showWholeRun)} />
        </>
      }
    >
      <div ref={figureRef}>
        <TwoColumns
          left={
            <>
              <DensityMap
                box={box}
                values={mapTarget.values}
                max={mapTarget.max}
                nx={MAP_POINTS}
                ny={MAP_POINTS}
                path={path}
                label={t.mapLabel(shown, formatNumber(acceptance, 3))}
                axes={t.mapAxes}
                testId="metropolis-map"
                overlay={overlay}
              />
              <Legend
                items={[
                  { label: t.legendPath, glyph: 'line', colour: ROLE.data },
                  { label: t.legendAccepted, glyph: 'dot', colour: ROLE.accept },
                  { label: t.legendRejected, glyph: 'cross', colour: ROLE.reject },
                  { label: t.legendStart, glyph: 'open-square', colour: ROLE.ink },
                  { label: t.legendContours, glyph: 'line', colour: ROLE.muted },
                ]}
              />
            </>
          }
          right={
            <>
              <TracePlot
                values={run.xs}
                shown={shown + 1}
                min={box.xMin}
                max={box.xMax}
                exactMean={mapTarget.meanX}
                label={t.traceLabel(shown)}
                axes={t.traceAxes}
                testId="metropolis-trace"
              />
              <AutocorrelationPlot
                acf={summary?.acf ?? null}
                maxLag={MAX_LAG}
                label={t.acfLabel(summary ? formatNumber(summary.ess, 3) : '—')}
                axes={t.acfAxes}
                testId="metropolis-acf"
              />
              <Legend
                items={[
                  { label: t.legendAcf, glyph: 'stick', colour: ROLE.data },
                  ...(mapTarget.meanX !== null
                    ? [{ label: t.legendExact, glyph: 'dashed' as const, colour: ROLE.exact }]
                    : []),
                ]}
              />
            </>
          }
        />
        {diagnosis && (
          <p
            className={diagnosis === t.fine ? undefined : 'warning'}
            role="status"
            data-testid="metropolis-diagnosis"
          >
            {diagnosis}
          </p>
        )}
        {offBy > 4 && (
          <p className="warning" role="status" data-testid="metropolis-far-off">
            {t.farOff(formatNumber(offBy, 2))}
          </p>
        )}
        <Readout
          items={[
            { label: t.shownSteps, value: <span data-testid="metropolis-shown">{shown}</span> },
            {
              label: t.acceptance,
              value: (
                <span data-testid="metropolis-acceptance" data-value={acceptance}>
                  {formatNumber(acceptance, 3)}
                </span>
              ),
            },
            {
              label: t.ess,
              value: (
                <span data-testid="metropolis-ess" data-value={summary?.ess ?? 0}>
                  {summary ? formatNumber(summary.ess, 3) : '—'}
                </span>
              ),
            },
            { label: t.essFraction, value: summary ? formatNumber(summary.ess / summary.n, 3) : '—' },
            { label: t.tau, value: summary ? formatNumber(summary.n / summary.ess, 3) : '—' },
            {
              label: t.meanX,
              value: (
                <span data-testid="metropolis-mean">
                  {summary ? `${formatNumber(summary.mean, 3)} ± ${formatNumber(summary.mcse, 2)}` : '—'}
                </span>
              ),
            },
            ...(mapTarget.meanX !== null
              ? [{ label: t.exactMeanX, value: formatNumber(mapTarget.meanX, 4) }]
              : []),
            {
              label: t.lastProposal,
              value: last < 0 ? t.none : run.accepted[last] ? t.accepted : t.rejected,
            },
          ]}
        />
      </div>
    </Figure>
  );
}

function cross(x: number, y: number, r: number): string {
  return `M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`;
}
