import { line } from 'd3';
import { useCallback, useMemo, useRef, useState } from 'react';
import { bivariateGibbsTheory, correlatedGaussianEllipse } from '../../core';
import { useAnimation } from '../common/animation/useAnimation';
import { Figure } from '../common/frame/Figure';
import { useFigure } from '../common/frame/FigureContext';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Readout, Slider } from '../common/inputs/controls';
import { LogSlider } from '../common/inputs/LogSlider';
import { formatNumber, useStrings } from '../common/lang';
import { ROLE } from '../common/plots/colours';
import { DensityMap, type MapScales } from '../common/plots/DensityMap';
import { AutocorrelationPlot } from '../common/plots/diagnostics/AutocorrelationPlot';
import { MAX_LAG, statisticsLength, summariseChain } from '../common/plots/diagnostics/chainStats';
import { TracePlot } from '../common/plots/diagnostics/TracePlot';
import { Legend } from '../common/plots/Legend';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { GIBBS_BOX, GIBBS_MAP_POINTS, gibbsDensityGrid, runGibbs } from './gibbs/model';

export const GIBBS_PARAMS = {
  rho: { kind: 'number', min: -0.99, max: 0.99, default: 0.9 },
  sweeps: { kind: 'number', min: 50, max: 5000, default: 2000, integer: true },
} as const;

const STRINGS = {
  en: {
    title: 'Gibbs sampling on a correlated Gaussian',
    caption:
      'Each sweep redraws x from its conditional x | y ~ N(ρy, 1 − ρ²), then y from y | x ~ N(ρx, 1 − ρ²): two axis-parallel moves, hence the staircase (dots mark the state after each sweep). Every move has standard deviation √(1 − ρ²), while the target stretches along the diagonal with standard deviation √(1 + |ρ|) (ellipses: 1σ solid, 2σ dashed). As ρ → 1 the steps shrink and the chain needs many sweeps to cross the ellipse: the x-chain is AR(1) with coefficient ρ², so its autocorrelation is ρ²ᵏ (dashed over the bars) and τ = (1 + ρ²)/(1 − ρ²) sweeps per independent draw — about 9.5 at ρ = 0.9 and 100 at ρ = 0.99. Play replays the chain move by move; the same seed gives the same chain.',
    rho: 'Correlation ρ',
    sweeps: 'Sweeps N',
    shown: 'Sweeps',
    conditionalSd: 'Step size √(1 − ρ²)',
    longSd: 'Long-axis sd √(1 + |ρ|)',
    ess: 'ESS of x',
    essTheory: 'Theory N/τ',
    tau: 'τ estimated',
    tauTheory: 'τ = (1 + ρ²)/(1 − ρ²)',
    meanX: 'Mean of x ± MCSE',
    exactMean: 'exact 0',
    legendStairs: 'Gibbs moves (staircase)',
    legendSamples: 'state after each sweep',
    legend1: '1σ ellipse',
    legend2: '2σ ellipse',
    legendAcf: 'estimated ρ_k',
    legendTheory: 'exact ρ²ᵏ',
    mapAxes: ['x', 'y'] as [string, string],
    traceAxes: ['sweep t', 'x_t'] as [string, string],
    acfAxes: ['lag k (sweeps)', 'ρ_k of x'] as [string, string],
    mapLabel: (rho: string, s: number) =>
      `Correlated Gaussian with ρ = ${rho}: its 1σ and 2σ ellipses and the staircase path of ${s} Gibbs sweeps.`,
    traceLabel: (s: number) => `Trace plot of x over ${s} sweeps.`,
    acfLabel: (ess: string) =>
      `Autocorrelation of x for lags 0 to ${MAX_LAG} with the exact ρ²ᵏ; ESS ${ess}.`,
  },
  zh: {
    title: '相关高斯上的 Gibbs 采样',
    caption:
      '每一轮先从条件分布 x | y ~ N(ρy, 1 − ρ²) 重新抽 x，再从 y | x ~ N(ρx, 1 − ρ²) 重新抽 y：两次与坐标轴平行的移动，因此路径呈阶梯状（圆点标出每一轮结束时的状态）。每一步的标准差是 √(1 − ρ²)，而目标沿对角线伸展，标准差为 √(1 + |ρ|)（椭圆：实线为 1σ，虚线为 2σ）。当 ρ → 1 时步子越来越小，链需要很多轮才能穿过椭圆：x 链是系数为 ρ² 的 AR(1) 过程，自相关为 ρ²ᵏ（叠在柱上的虚线）,τ = (1 + ρ²)/(1 − ρ²) 轮才相当于一个独立样本——ρ = 0.9 时约 9.5,ρ = 0.99 时约 100。按“播放”逐步回放这条链；种子相同，链就相同。',
    rho: '相关系数 ρ',
    sweeps: '轮数 N',
    shown: '轮数',
    conditionalSd: '步长 √(1 − ρ²)',
    longSd: '长轴标准差 √(1 + |ρ|)',
    ess: 'x 的 ESS',
    essTheory: '理论值 N/τ',
    tau: 'τ 估计值',
    tauTheory: 'τ = (1 + ρ²)/(1 − ρ²)',
    meanX: 'x 的均值 ± MCSE',
    exactMean: '精确值 0',
    legendStairs: 'Gibbs 移动（阶梯）',
    legendSamples: '每轮结束时的状态',
    legend1: '1σ 椭圆',
    legend2: '2σ 椭圆',
    legendAcf: '估计的 ρ_k',
    legendTheory: '精确的 ρ²ᵏ',
    mapAxes: ['x', 'y'] as [string, string],
    traceAxes: ['轮数 t', 'x_t'] as [string, string],
    acfAxes: ['滞后 k（轮）', 'x 的 ρ_k'] as [string, string],
    mapLabel: (rho: string, s: number) =>
      `ρ = ${rho} 的相关高斯：它的 1σ 与 2σ 椭圆，以及 ${s} 轮 Gibbs 采样的阶梯路径。`,
    traceLabel: (s: number) => `x 在 ${s} 轮中的轨迹图。`,
    acfLabel: (ess: string) => `x 在滞后 0 到 ${MAX_LAG} 的自相关，以及精确值 ρ²ᵏ;ESS ${ess}。`,
  },
};

/** Systematic-scan Gibbs on a standard bivariate normal with correlation ρ. */
export function GibbsChain() {
  const t = useStrings(STRINGS);
  const state = useWidgetState(GIBBS_PARAMS);
  const { rho, sweeps, seed } = state.values;
  const run = useMemo(() => runGibbs(rho, sweeps, seed), [rho, sweeps, seed]);
  const grid = useMemo(() => gibbsDensityGrid(rho), [rho]);
  const theory = useMemo(() => bivariateGibbsTheory(rho), [rho]);

  // The animation reveals single moves (half-sweeps); at rest everything is shown.
  const totalMoves = 2 * sweeps;
  const [revealed, setRevealed] = useState<number | null>(null);
  const moves = revealed === null ? totalMoves : Math.min(totalMoves, revealed);
  const shownSweeps = Math.floor(moves / 2);
  const figureRef = useRef<HTMLDivElement>(null);
  const onFrame = useCallback(() => {
    setRevealed((r) => {
      const current = r === null ? 0 : r;
      return current >= totalMoves ? current : current + Math.max(1, Math.round(totalMoves / 400));
    });
  }, [totalMoves]);
  const animation = useAnimation({ onFrame });
  const reset = useCallback(() => {
    animation.setPlaying(false);
    setRevealed(0);
  }, [animation]);
  // A new parameter or seed is a new run: show it whole, not from where the old run's reveal had got to.
  const showWholeRun = () => setRevealed(null);

  const statsLength = statisticsLength(shownSweeps, sweeps);
  const summary = useMemo(() => summariseChain(run.sampleX.subarray(0, statsLength + 1)), [run, statsLength]);
  const path = useMemo(() => ({ xs: run.stairX, ys: run.stairY, count: moves + 1 }), [run, moves]);
  const points = useMemo(
    () => ({ xs: run.sampleX, ys: run.sampleY, count: shownSweeps + 1 }),
    [run, shownSweeps],
  );
  const overlay = useCallback(
    (s: MapScales) => <Ellipses rho={rho} x={s.x} y={s.y} current={[run.stairX[moves], run.stairY[moves]]} />,
    [rho, run, moves],
  );
  const essTheory = summary ? summary.n / theory.tau : Number.NaN;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={animation}
      onReset={reset}
      {...frameBindings(state, showWholeRun)}
      controls={
        <>
          <Slider label={t.rho} step={0.01} {...sliderBindings(state, 'rho', showWholeRun)} />
          <LogSlider label={t.sweeps} {...sliderBindings(state, 'sweeps', showWholeRun)} />
        </>
      }
    >
      <div ref={figureRef}>
        <TwoColumns
          left={
            <>
              <DensityMap
                box={GIBBS_BOX}
                values={grid.values}
                max={grid.max}
                nx={GIBBS_MAP_POINTS}
                ny={GIBBS_MAP_POINTS}
                path={path}
                points={points}
                contourLines={false}
                label={t.mapLabel(formatNumber(rho, 2), shownSweeps)}
                axes={t.mapAxes}
                testId="gibbs-map"
                overlay={overlay}
              />
              <Legend
                items={[
                  { label: t.legendStairs, glyph: 'line', colour: ROLE.data },
                  { label: t.legendSamples, glyph: 'dot', colour: ROLE.data },
                  { label: t.legend1, glyph: 'line', colour: ROLE.exact },
                  { label: t.legend2, glyph: 'dashed', colour: ROLE.exact },
                ]}
              />
            </>
          }
          right={
            <>
              <TracePlot
                values={run.sampleX}
                shown={shownSweeps + 1}
                min={GIBBS_BOX.xMin}
                max={GIBBS_BOX.xMax}
                exactMean={0}
                label={t.traceLabel(shownSweeps)}
                axes={t.traceAxes}
                testId="gibbs-trace"
              />
              <AutocorrelationPlot
                acf={summary?.acf ?? null}
                theory={theory.lagCorrelation}
                maxLag={MAX_LAG}
                label={t.acfLabel(summary ? formatNumber(summary.ess, 3) : '—')}
                axes={t.acfAxes}
                testId="gibbs-acf"
              />
              <Legend
                items={[
                  { label: t.legendAcf, glyph: 'stick', colour: ROLE.data },
                  { label: t.legendTheory, glyph: 'dashed', colour: ROLE.exact },
                ]}
              />
            </>
          }
        />
        <Readout
          items={[
            { label: t.shown, value: <span data-testid="gibbs-shown">{shownSweeps}</span> },
            {
              label: t.conditionalSd,
              value: <span data-testid="gibbs-step-sd">{formatNumber(theory.conditionalSd, 3)}</span>,
            },
            { label: t.longSd, value: formatNumber(theory.longAxisSd, 3) },
            {
              label: t.ess,
              value: (
                <span data-testid="gibbs-ess" data-value={summary?.ess ?? 0}>
                  {summary ? formatNumber(summary.ess, 3) : '—'}
                </span>
              ),
            },
            {
              label: t.essTheory,
              value: (
                <span
                  data-testid="gibbs-ess-theory"
                  data-value={Number.isFinite(essTheory) ? essTheory : undefined}
                >
                  {formatNumber(essTheory, 3)}
                </span>
              ),
            },
            { label: t.tau, value: summary ? formatNumber(summary.n / summary.ess, 3) : '—' },
            {
              label: t.tauTheory,
              value: <span data-testid="gibbs-tau-theory">{formatNumber(theory.tau, 3)}</span>,
            },
            {
              label: t.meanX,
              value: summary
                ? `${formatNumber(summary.mean, 3)} ± ${formatNumber(summary.mcse, 2)} (${t.exactMean})`
                : '—',
            },
          ]}
        />
      </div>
    </Figure>
  );
}

/** The exact 1σ (solid) and 2σ (dashed) ellipses, and the chain's current state. */
function Ellipses(props: {
  rho: number;
  x: (v: number) => number;
  y: (v: number) => number;
  current: [number, number];
}) {
  const { projector } = useFigure();
  const { rho, x, y } = props;
  const outline = (r: number) => {
    const pts = correlatedGaussianEllipse(rho, r);
    return (
      line<number>()
        .x((k) => x(pts[2 * k]))
        .y((k) => y(pts[2 * k + 1]))(Array.from({ length: pts.length / 2 }, (_, k) => k)) ?? ''
    );
  };
  const width = projector ? 3.5 : 2;
  return (
    <>
      <path
        d={outline(1)}
        fill="none"
        stroke={ROLE.exact}
        strokeWidth={width}
        data-testid="gibbs-ellipse-1"
      />
      <path d={outline(2)} fill="none" stroke={ROLE.exact} strokeWidth={width} strokeDasharray="7 4" />
      <circle
        cx={x(props.current[0])}
        cy={y(props.current[1])}
        r={5}
        fill={ROLE.data}
        stroke={ROLE.ink}
        strokeWidth={1.5}
      />
    </>
  );
}
