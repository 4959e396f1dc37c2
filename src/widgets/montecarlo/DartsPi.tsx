import { useCallback, useMemo, useRef } from 'react';
import { piFromHits } from '../../core';
import { useReveal } from '../common/animation/useReveal';
import { Figure } from '../common/frame/Figure';
import { useFigure } from '../common/frame/FigureContext';
import { Readout } from '../common/inputs/controls';
import { formatCount, LogSlider } from '../common/inputs/LogSlider';
import { formatNumber, useStrings } from '../common/lang';
import { ROLE } from '../common/plots/colours';
import { useElementWidth } from '../common/plots/useElementWidth';
import { frameBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { DartBoard } from './dartsPi/DartBoard';
import { logSpacedCounts, runningPiPoints, throwSeededDarts } from './dartsPi/darts';
import { ErrorPlot } from './dartsPi/ErrorPlot';
import { RunningEstimatePlot } from './dartsPi/RunningEstimatePlot';

export const DARTS_PARAMS = {
  n: { kind: 'number', min: 10, max: 100000, default: 2000, integer: true },
} as const;

const STRINGS = {
  en: {
    title: 'Estimating π with darts',
    caption:
      'Darts land uniformly in the unit square; the fraction inside the quarter circle estimates its area π/4, so π̂ = 4 · hits / N. The shaded band is π̂ ± 1.96 SE with SE = 4√(p̂(1 − p̂)/N). On the log–log plot the error follows the dashed line σ/√N, with σ = 4√(p(1 − p)) ≈ 1.642 for p = π/4: a hundred times more darts buy one more correct digit. One run’s error wanders around that line (on average about 0.8 times it). Play throws the darts; the same seed throws the same darts.',
    n: 'Darts N',
    thrown: 'Darts thrown',
    hits: 'Inside',
    estimate: 'Estimate π̂',
    se: 'Standard error',
    interval: '95 % interval',
    error: 'Error π̂ − π',
    errorInSe: '|error| / SE',
    none: 'none yet',
    legendHit: 'inside the quarter circle (hit)',
    legendMiss: 'outside (miss)',
    runningAxes: ['darts N (log scale)', 'estimate π̂'] as [string, string],
    errorAxes: ['darts N (log scale)', '|π̂ − π|'] as [string, string],
    bandLabel: 'π̂ ± 1.96 SE',
    errorLabel: '|π̂ − π|',
    referenceLabel: 'σ/√N',
    boardLabel: (n: number, hits: number) =>
      `${n} darts in the unit square: ${hits} inside the quarter circle (solid squares), ${n - hits} outside (faint crosses).`,
    runningLabel: (n: number, estimate: string) =>
      `Running estimate of π against the number of darts on a log scale, ${estimate} after ${n} darts, with its 95 % band and a dashed line at π.`,
    errorPlotLabel: (n: number, error: string) =>
      `Log–log plot of the absolute error of the estimate against the number of darts (${error} after ${n} darts) next to the dashed line σ/√N.`,
  },
  zh: {
    title: '掷飞镖估计 π',
    caption:
      '飞镖均匀地落在单位正方形内；落在四分之一圆内的比例估计它的面积 π/4，因此 π̂ = 4 · 命中数 / N。阴影带为 π̂ ± 1.96 SE，其中 SE = 4√(p̂(1 − p̂)/N)。在双对数图上，误差沿着虚线 σ/√N 下降，其中 p = π/4,σ = 4√(p(1 − p)) ≈ 1.642：飞镖数增加一百倍，才多得一位准确数字。单次实验的误差在这条线附近起伏（平均约为它的 0.8 倍）。按“播放”开始掷飞镖；种子相同，落点就相同。',
    n: '飞镖数 N',
    thrown: '已掷飞镖',
    hits: '圆内',
    estimate: '估计值 π̂',
    se: '标准误差',
    interval: '95% 置信区间',
    error: '误差 π̂ − π',
    errorInSe: '|误差| / SE',
    none: '尚无',
    legendHit: '落在四分之一圆内（命中）',
    legendMiss: '落在圆外（未命中）',
    runningAxes: ['飞镖数 N（对数刻度）', '估计值 π̂'] as [string, string],
    errorAxes: ['飞镖数 N（对数刻度）', '|π̂ − π|'] as [string, string],
    bandLabel: 'π̂ ± 1.96 SE',
    errorLabel: '|π̂ − π|',
    referenceLabel: 'σ/√N',
    boardLabel: (n: number, hits: number) =>
      `单位正方形中的 ${n} 支飞镖：${hits} 支落在四分之一圆内（实心方块）,${n - hits} 支落在圆外（浅色叉号）。`,
    runningLabel: (n: number, estimate: string) =>
      `π 的逐步估计随飞镖数变化的曲线（对数横轴）：掷出 ${n} 支后为 ${estimate}，附 95% 置信带和 π 所在的虚线。`,
    errorPlotLabel: (n: number, error: string) =>
      `估计误差的绝对值随飞镖数变化的双对数图(掷出 ${n} 支后为 ${error})，旁边是虚线 σ/√N。`,
  },
};

/** Darts added per animation frame: one at a time at first (each one visible), then 3.5 % more per frame. */
function nextCount(current: number, n: number): number {
  return Math.min(n, current < 20 ? current + 1 : Math.ceil(current * 1.035));
}

/** Monte Carlo's first example: π from darts, with its running estimate, its 95 % band and its 1/√N error. */
export function DartsPi() {
  const t = useStrings(STRINGS);
  const state = useWidgetState(DARTS_PARAMS);
  const { n, seed } = state.values;
  const run = useMemo(() => throwSeededDarts(seed, n), [seed, n]);
  const checkpoints = useMemo(() => logSpacedCounts(n, 200), [n]);

  // Darts landed so far: all of them at rest; play and step throw them from the first.
  const figureRef = useRef<HTMLDivElement>(null);
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
      controls={
        <LogSlider
          label={t.n}
          value={n}
          min={DARTS_PARAMS.n.min}
          max={DARTS_PARAMS.n.max}
          onChange={(v) => {
            state.set('n', v);
            reveal.showAll();
          }}
        />
      }
    >
      <div ref={figureRef}>
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
        <Readout
          items={[
            { label: t.thrown, value: <span data-testid="darts-n">{formatCount(shown)}</span> },
            { label: t.hits, value: <span data-testid="darts-hits">{formatCount(hits)}</span> },
            {
              label: t.estimate,
              value: (
                <span data-testid="darts-estimate">
                  {summary ? formatNumber(summary.estimate, 5) : t.none}
                </span>
              ),
            },
            {
              label: t.se,
              value: (
                <span data-testid="darts-se">
                  {summary ? formatNumber(summary.standardError, 3) : t.none}
                </span>
              ),
            },
            {
              label: t.interval,
              value: summary
                ? `[${formatNumber(summary.lower, 4)}, ${formatNumber(summary.upper, 4)}]`
                : t.none,
            },
            {
              label: t.error,
              value: (
                <span data-testid="darts-error-value">
                  {summary ? formatNumber(summary.estimate - Math.PI, 3) : t.none}
                </span>
              ),
            },
            {
              label: t.errorInSe,
              // With every dart so far a hit (or a miss) the plug-in SE is 0: the ratio is then undefined, shown as —.
              value: summary
                ? formatNumber(Math.abs(summary.estimate - Math.PI) / summary.standardError, 2)
                : t.none,
            },
          ]}
        />
      </div>
    </Figure>
  );
}

type DartsStrings = (typeof STRINGS)['en'];

/** Board on the left, the two plots stacked on the right; one column on narrow screens. */
function DartsLayout(props: {
  run: ReturnType<typeof throwSeededDarts>;
  shown: number;
  hits: number;
  points: ReturnType<typeof runningPiPoints>;
  n: number;
  t: DartsStrings;
  estimateText: string;
  errorText: string;
}) {
  const { t } = props;
  const { projector } = useFigure();
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef);
  const wide = width >= 600;
  const board = wide
    ? Math.round(Math.min(projector ? 560 : 400, Math.max(260, width * 0.42)))
    : Math.round(Math.min(width, 380));
  // A few pixels of slack so rounding never pushes the plots onto a second row.
  const plotWidth = wide ? width - board - 20 : width;
  const plotHeight = wide ? Math.max(projector ? 280 : 190, Math.round(board / 2)) : projector ? 300 : 210;
  return (
    <div ref={containerRef} className="plot">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '16px', alignItems: 'flex-start' }}>
        <div style={{ width: `${board}px` }}>
          <DartBoard
            run={props.run}
            shown={props.shown}
            size={board}
            label={t.boardLabel(props.shown, props.hits)}
          />
          <DartLegend hit={t.legendHit} miss={t.legendMiss} />
        </div>
        <div>
          <RunningEstimatePlot
            points={props.points}
            nMax={props.n}
            width={plotWidth}
            height={plotHeight}
            projector={projector}
            label={t.runningLabel(props.shown, props.estimateText)}
            axes={t.runningAxes}
            bandLabel={t.bandLabel}
          />
          <ErrorPlot
            points={props.points}
            nMax={props.n}
            width={plotWidth}
            height={plotHeight}
            projector={projector}
            label={t.errorPlotLabel(props.shown, props.errorText)}
            axes={t.errorAxes}
            errorLabel={t.errorLabel}
            referenceLabel={t.referenceLabel}
          />
        </div>
      </div>
    </div>
  );
}

/** The two dart marks, as drawn on the board, with words. */
function DartLegend(props: { hit: string; miss: string }) {
  return (
    <p style={{ display: 'flex', gap: '0 1rem', flexWrap: 'wrap', margin: '0.25rem 0 0' }}>
      <span>
        <span aria-hidden="true" style={{ color: ROLE.accept }}>
          ■
        </span>{' '}
        {props.hit}
      </span>
      <span>
        <span aria-hidden="true" style={{ color: ROLE.reject, opacity: 0.8 }}>
          ✕
        </span>{' '}
        {props.miss}
      </span>
    </p>
  );
}
