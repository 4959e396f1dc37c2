import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  fractionWithin,
  gaussianMassWithin,
  histogram,
  ksCriticalValue,
  theoreticalMsd,
  type WalkDimension,
  type WalkKind,
  walkerDensity,
  walkerTime,
} from '../../core';
import { useAnimation } from '../common/animation/useAnimation';
import { prepareCanvas } from '../common/canvas/prepareCanvas';
import { Figure } from '../common/frame/Figure';
import { useFigure } from '../common/frame/FigureContext';
import { Choice, Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { useElementWidth } from '../common/plots/useElementWidth';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { useWidgetUrl } from '../common/state/widgetUrl';
import './brownian.css';
import { DensityDots } from '../common/canvas/densityDots';
import { benchRequested, frameStatsRecorder } from '../common/canvas/frameStats';
import { readPlotColours } from '../common/canvas/plotColours';
import { useThemeVersion } from '../common/canvas/useThemeVersion';
import { useWidgetId } from '../common/frame/widgetId';
import { HistogramWithDensity } from './HistogramWithDensity';
import { KsPlot, MsdPlot } from './WalkHistoryPlots';
import { drawWalkCloud } from './walkCloudCanvas';
import {
  advanceRunTo,
  createWalkCloudRun,
  currentKs,
  restartRun,
  stepRun,
  stepsPerFrame,
  type WalkCloudRun,
  type WalkCloudSettings,
  walkHistogramBins,
} from './walkCloudRun';

export const WALKERS_PARAMS = {
  walkers: { kind: 'number', min: 100, max: 10_000, default: 2_000, integer: true },
  steps: { kind: 'number', min: 10, max: 1_000, default: 200, integer: true },
  stepSize: { kind: 'number', min: 0.1, max: 2, default: 1 },
  dimension: { kind: 'enum', values: ['1', '2'], default: '2' },
  kind: { kind: 'enum', values: ['lattice', 'gaussian'], default: 'lattice' },
} as const;

/** React readouts and plots refresh every this many animation frames; the canvas is redrawn every frame. */
const READOUT_EVERY = 4;
const COLOUR_REFRESH_FRAMES = 30;
const CURVE_POINTS = 161;

const STRINGS = {
  en: {
    title: 'Many random walkers: from steps to a Gaussian',
    caption: (d: string) =>
      `Every walker starts at the origin and takes one independent step per tick: ±a on each axis with equal odds (lattice), or a Gaussian step of standard deviation a. Matching the variance n·a² to the diffusion equation's 2Dt defines D = a²/(2Δt), with Δt = 1 tick. The cloud spreads like √t: its mean squared displacement follows the straight line 2·d·D·t (here d = ${d}). The histogram compares the walkers' x-positions with the exact density N(0, 2Dt). The KS distance (Kolmogorov–Smirnov) is the largest vertical gap between the walkers' cumulative distribution and the Gaussian one: 0 means identical. Lattice walkers are not Gaussian at first — after n steps the gap is about 0.4/√n — and the central limit theorem drives it down until it reaches the level that sampling N walkers alone produces (dashed line: the 5 % critical value 1.36/√N). Gaussian steps are exactly Gaussian at every n.`,
    walkers: 'Walkers N',
    steps: 'Steps n (maximum)',
    stepSize: 'Step size a',
    dimension: 'Dimension',
    kind: 'Steps',
    oneD: '1-D',
    twoD: '2-D',
    lattice: 'lattice ±a',
    gaussian: 'Gaussian, sd a',
    stepsNow: 'Steps taken n',
    msd: 'Mean squared displacement',
    msdExact: (d: string) => `exact 2·${d}·D·t`,
    ks: 'KS distance (x)',
    ksCritical: '5 % critical value',
    within: (k: number): string => (k === 1 ? 'Within 1σ' : 'Within 2σ'),
    exactShare: 'Gaussian',
    notYet: 'all at the origin',
    sigma: (v: string) => `σ = ${v}`,
    twoSigma: (v: string) => `2σ = ${v}`,
    canvasLabel2: (n: number, N: number, inside: string) =>
      `Scatter plot of ${N} random walkers in the plane after ${n} steps, with the exact 1σ and 2σ circles; ${inside} of the walkers lie inside the 1σ circle.`,
    canvasLabel1: (n: number, N: number, inside: string) =>
      `Strip of ${N} random walkers on a line after ${n} steps (vertical spread only for visibility), with lines at ±σ and ±2σ; ${inside} of the walkers lie within ±σ.`,
    legendDots: 'walkers (stronger colour = more)',
    legendCircles2: 'exact 1σ / 2σ circles',
    legendCircles1: 'exact ±σ / ±2σ',
    histTitle: 'x-positions against the exact density',
    histLabel: (n: number, ks: string) =>
      `Histogram of the walkers' x-positions after ${n} steps with the exact normal density N(0, 2Dt) drawn over it; KS distance ${ks}.`,
    histAxes: ['x', 'density'] as [string, string],
    histLegend: ['walkers', 'exact N(0, 2Dt)'] as [string, string],
    msdTitle: 'Mean squared displacement against time',
    msdLabel: (n: number, v: string, e: string) =>
      `Line plot of the walkers' mean squared displacement over ${n} steps, now ${v}, against the exact straight line 2dDt, now ${e}.`,
    msdAxes: ['t (steps)', 'MSD'] as [string, string],
    msdLegend: (d: string) => ['measured', `2·${d}·D·t`] as [string, string],
    ksTitle: 'KS distance of x against steps (log–log)',
    ksLabel: (ks: string, c: string) =>
      `Log–log plot of the KS distance between the walkers' x-positions and the exact Gaussian at the steps taken so far, now ${ks}, with the 5 % critical value ${c} dashed.`,
    ksAxes: ['steps n', 'KS distance'] as [string, string],
    ksLegend: ['measured', '5 % critical'] as [string, string],
  },
  zh: {
    title: '许多随机游走者：从一步步到高斯分布',
    caption: (d: string) =>
      `每个游走者都从原点出发，每个时刻独立地走一步：每个坐标轴上以相同概率走 ±a（格点游走），或走一步标准差为 a 的高斯步。把方差 n·a² 与扩散方程的 2Dt 对应起来，就定义了 D = a²/(2Δt)，这里 Δt = 1 个时刻。粒子云按 √t 扩展：均方位移沿直线 2·d·D·t 增长(这里 d = ${d})。直方图把游走者的 x 坐标与精确密度 N(0, 2Dt) 作比较。KS 距离（Kolmogorov–Smirnov 距离）是游走者的经验累积分布函数与高斯累积分布函数之间最大的竖直差距：0 表示完全一致。格点游走一开始并不是高斯的——走 n 步后差距约为 0.4/√n——中心极限定理让它不断缩小，直到降到仅由 N 个游走者的抽样误差造成的水平（虚线：5% 临界值 1.36/√N）。高斯步长的游走在每一步都恰好服从高斯分布。`,
    walkers: '游走者数 N',
    steps: '步数 n（最大值）',
    stepSize: '步长 a',
    dimension: '维数',
    kind: '步长类型',
    oneD: '一维',
    twoD: '二维',
    lattice: '格点 ±a',
    gaussian: '高斯，标准差 a',
    stepsNow: '已走步数 n',
    msd: '均方位移',
    msdExact: (d: string) => `精确值 2·${d}·D·t`,
    ks: 'KS 距离(x)',
    ksCritical: '5% 临界值',
    within: (k: number): string => (k === 1 ? '1σ 以内' : '2σ 以内'),
    exactShare: '高斯',
    notYet: '全部在原点',
    sigma: (v: string) => `σ = ${v}`,
    twoSigma: (v: string) => `2σ = ${v}`,
    canvasLabel2: (n: number, N: number, inside: string) =>
      `${N} 个平面随机游走者走了 ${n} 步后的散点图，画有精确的 1σ 和 2σ 圆；有 ${inside} 的游走者在 1σ 圆内。`,
    canvasLabel1: (n: number, N: number, inside: string) =>
      `${N} 个直线上的随机游走者走了 ${n} 步后的分布条带（竖直方向的散开只是为了看清），画有 ±σ 和 ±2σ 线；有 ${inside} 的游走者在 ±σ 以内。`,
    legendDots: '游走者（颜色越浓越多）',
    legendCircles2: '精确的 1σ / 2σ 圆',
    legendCircles1: '精确的 ±σ / ±2σ',
    histTitle: 'x 坐标与精确密度的比较',
    histLabel: (n: number, ks: string) =>
      `游走者走了 ${n} 步后 x 坐标的直方图，叠加精确正态密度 N(0, 2Dt);KS 距离为 ${ks}。`,
    histAxes: ['x', '密度'] as [string, string],
    histLegend: ['游走者', '精确 N(0, 2Dt)'] as [string, string],
    msdTitle: '均方位移随时间的变化',
    msdLabel: (n: number, v: string, e: string) =>
      `游走者在 ${n} 步内均方位移的折线图，当前为 ${v}，精确直线 2dDt 当前为 ${e}。`,
    msdAxes: ['t（步）', '均方位移'] as [string, string],
    msdLegend: (d: string) => ['实测', `2·${d}·D·t`] as [string, string],
    ksTitle: 'x 的 KS 距离随步数的变化（双对数）',
    ksLabel: (ks: string, c: string) =>
      `双对数图：各步游走者 x 坐标与精确高斯分布之间的 KS 距离，当前为 ${ks}；虚线为 5% 临界值 ${c}。`,
    ksAxes: ['步数 n', 'KS 距离'] as [string, string],
    ksLegend: ['实测', '5% 临界值'] as [string, string],
  },
};

/** A fixed vertical position in [0, 1) per walker for the 1-D strip: golden-ratio spacing, no randomness needed. */
function stripJitter(count: number): Float64Array {
  const jitter = new Float64Array(count);
  for (let i = 0; i < count; i++) jitter[i] = (i * 0.6180339887498949) % 1;
  return jitter;
}

/** Many random walkers from the origin: the cloud, its histogram against N(0, 2Dt), its MSD and its KS distance. */
export function RandomWalkCloud() {
  const t = useStrings(STRINGS);
  const state = useWidgetState(WALKERS_PARAMS);
  const { walkers, steps, stepSize, dimension, kind, seed } = state.values;
  const url = useWidgetUrl();
  const widgetId = useWidgetId();
  const [recorder] = useState(() => frameStatsRecorder(widgetId, benchRequested(url.search())));

  const settings = useMemo<WalkCloudSettings>(
    () => ({
      seed,
      walkers,
      dimension: Number(dimension) as WalkDimension,
      kind: kind as WalkKind,
      stepSize,
      maxSteps: steps,
    }),
    [seed, walkers, dimension, kind, stepSize, steps],
  );

  // The run is rebuilt when the settings change and kept at the same step count (the end, if it was at the end).
  const runRef = useRef<WalkCloudRun | null>(null);
  const run = useMemo(() => {
    const previous = runRef.current;
    const fresh = createWalkCloudRun(settings);
    const wasAtEnd = !previous || previous.ensemble.steps >= previous.settings.maxSteps;
    advanceRunTo(fresh, wasAtEnd ? settings.maxSteps : previous.ensemble.steps);
    return fresh;
  }, [settings]);
  runRef.current = run;

  // Bumped whenever the readouts and plots should be recomputed from the (mutable) run.
  const [version, setVersion] = useState(0);
  const figureRef = useRef<HTMLDivElement>(null);
  const drawRef = useRef<() => void>(() => undefined);
  const frameCount = useRef(0);
  const d = run.ensemble.dimension;
  const n = run.ensemble.steps;
  const time = walkerTime(run.ensemble);
  const D = run.ensemble.diffusionCoefficient;
  const sigma = Math.sqrt(2 * D * time);

  const sigmaLabels = useCallback(
    (v: number) => ({ sigma: t.sigma(formatNumber(v, 3)), twoSigma: t.twoSigma(formatNumber(2 * v, 3)) }),
    [t],
  );

  const setPlayingRef = useRef<(playing: boolean) => void>(() => undefined);
  const playingRef = useRef(false);
  const onFrame = useCallback(() => {
    const start = recorder.begin();
    const current = runRef.current;
    if (!current) return;
    const max = current.settings.maxSteps;
    if (current.ensemble.steps >= max) {
      // Frames can still arrive after the last step, before the pause has taken effect: keep the last picture.
      setPlayingRef.current(false);
      return;
    }
    const perFrame = stepsPerFrame(current.settings);
    for (let k = 0; k < perFrame; k++) stepRun(current);
    frameCount.current++;
    drawRef.current();
    const done = current.ensemble.steps >= max;
    // while playing, readouts refresh every few frames; a single step by hand refreshes them at once
    if (done || !playingRef.current || frameCount.current % READOUT_EVERY === 0) setVersion((v) => v + 1);
    if (done) setPlayingRef.current(false);
    recorder.end(start);
  }, [recorder]);
  const animation = useAnimation({ onFrame });
  setPlayingRef.current = animation.setPlaying;
  playingRef.current = animation.playing;
  // Play at the end replays the walk from t = 0 (same seed, same cloud). A layout effect, so it happens before
  // the first frame.
  useLayoutEffect(() => {
    const current = runRef.current;
    if (animation.playing && current && current.ensemble.steps >= current.settings.maxSteps) {
      restartRun(current);
      setVersion((v) => v + 1);
    }
  }, [animation.playing]);
  // A step by hand (button or →) at the end starts again from t = 0 too.
  const figureAnimation = useMemo(
    () => ({
      ...animation,
      stepOnce: () => {
        const current = runRef.current;
        if (current && current.ensemble.steps >= current.settings.maxSteps) restartRun(current);
        animation.stepOnce();
      },
    }),
    [animation],
  );

  const reset = useCallback(() => {
    animation.setPlaying(false);
    if (runRef.current) restartRun(runRef.current);
    setVersion((v) => v + 1);
  }, [animation]);

  // Readouts, recomputed from the run at each render (at most every READOUT_EVERY frames while playing).
  const positions = run.ensemble.positions;
  const ks = n >= 1 ? currentKs(run) : Number.NaN; // also fills run.xs with the x-coordinates
  if (n < 1) for (let i = 0; i < run.xs.length; i++) run.xs[i] = 0;
  const critical = ksCriticalValue(run.ensemble.count, 0.05);
  const within1 = n >= 1 ? fractionWithin(positions, d, sigma) : Number.NaN;
  const within2 = n >= 1 ? fractionWithin(positions, d, 2 * sigma) : Number.NaN;
  const exact1 = gaussianMassWithin(1, d);
  const exact2 = gaussianMassWithin(2, d);
  const bins = walkHistogramBins(settings.kind, stepSize, n);
  const hist = histogram(run.xs, bins);
  const curveX = new Float64Array(n >= 1 ? CURVE_POINTS : 0);
  const curveY = new Float64Array(curveX.length);
  for (let i = 0; i < curveX.length; i++) {
    curveX[i] = bins.min + ((bins.max - bins.min) * i) / (CURVE_POINTS - 1);
    curveY[i] = walkerDensity(curveX[i], time, D);
  }
  const percent = (p: number) => (Number.isFinite(p) ? `${formatNumber(100 * p, 3)} %` : t.notYet);
  const msdNow = run.msd[n];
  const msdExact = theoreticalMsd(time, D, d);
  const ksText = Number.isFinite(ks) ? formatNumber(ks, 3) : t.notYet;

  return (
    <Figure
      title={t.title}
      caption={t.caption(dimension)}
      animation={figureAnimation}
      onReset={reset}
      {...frameBindings(state)}
      controls={
        <>
          <Slider label={t.steps} step={10} {...sliderBindings(state, 'steps')} />
          <Slider label={t.walkers} step={100} {...sliderBindings(state, 'walkers')} />
          <Slider
            label={t.stepSize}
            value={stepSize}
            min={WALKERS_PARAMS.stepSize.min}
            max={WALKERS_PARAMS.stepSize.max}
            step={0.1}
            format={(v) => formatNumber(v, 2)}
            onChange={(v) => state.set('stepSize', Math.round(v * 10) / 10)}
          />
          <Choice
            label={t.dimension}
            value={dimension}
            options={[
              { value: '1', label: t.oneD },
              { value: '2', label: t.twoD },
            ]}
            onChange={(v) => state.set('dimension', v)}
          />
          <Choice
            label={t.kind}
            value={kind}
            options={[
              { value: 'lattice', label: t.lattice },
              { value: 'gaussian', label: t.gaussian },
            ]}
            onChange={(v) => state.set('kind', v)}
          />
        </>
      }
    >
      <div ref={figureRef}>
        <div className="brownian-row">
          <WalkCloudCanvas
            run={run}
            version={version}
            drawRef={drawRef}
            label={
              d === 2
                ? t.canvasLabel2(n, run.ensemble.count, percent(within1))
                : t.canvasLabel1(n, run.ensemble.count, percent(within1))
            }
            sigmaLabels={sigmaLabels}
            legend={[t.legendDots, d === 2 ? t.legendCircles2 : t.legendCircles1]}
          />
          <div>
            <p className="brownian-plot-title">{t.histTitle}</p>
            <HistogramWithDensity
              edges={hist.edges}
              density={hist.density}
              curveX={curveX}
              curveY={curveY}
              xDomain={[bins.min, bins.max]}
              height={d === 2 ? 300 : 240}
              label={t.histLabel(n, ksText)}
              axes={t.histAxes}
              legend={t.histLegend}
              testId="walkers-histogram"
            />
          </div>
        </div>
        <div className="brownian-row">
          <MsdPlot
            title={t.msdTitle}
            label={t.msdLabel(n, formatNumber(msdNow, 4), formatNumber(msdExact, 4))}
            axes={t.msdAxes}
            legend={t.msdLegend(dimension)}
            msd={run.msd}
            steps={n}
            maxSteps={settings.maxSteps}
            slope={theoreticalMsd(run.ensemble.dt, D, d) / run.ensemble.dt}
          />
          <KsPlot
            title={t.ksTitle}
            label={t.ksLabel(ksText, formatNumber(critical, 3))}
            axes={t.ksAxes}
            legend={t.ksLegend}
            steps={run.ksSteps}
            values={run.ksValues}
            count={run.ksCount}
            maxSteps={settings.maxSteps}
            critical={critical}
          />
        </div>
        <Readout
          items={[
            { label: t.stepsNow, value: <span data-testid="walkers-steps">{n}</span> },
            {
              label: t.msd,
              value: (
                <span data-testid="walkers-msd">
                  {formatNumber(msdNow, 4)} ({t.msdExact(dimension)} = {formatNumber(msdExact, 4)})
                </span>
              ),
            },
            {
              label: t.ks,
              value: (
                <span data-testid="walkers-ks">
                  {ksText} ({t.ksCritical} {formatNumber(critical, 3)})
                </span>
              ),
            },
            {
              label: t.within(1),
              value: (
                <span data-testid="walkers-within1">
                  {percent(within1)} ({t.exactShare} {percent(exact1)})
                </span>
              ),
            },
            {
              label: t.within(2),
              value: (
                <span>
                  {percent(within2)} ({t.exactShare} {percent(exact2)})
                </span>
              ),
            },
          ]}
        />
      </div>
    </Figure>
  );
}

/**
 * The canvas of walkers. It lives inside the Figure (so it knows about projector mode), draws after every render,
 * and hands its draw function to the parent through drawRef so that animation frames can redraw it directly.
 */
function WalkCloudCanvas(props: {
  run: WalkCloudRun;
  /** changes when the parent wants a redraw of the same run (reset, readout refresh) */
  version: number;
  drawRef: React.RefObject<() => void>;
  label: string;
  sigmaLabels: (sigma: number) => { sigma: string; twoSigma: string };
  legend: [string, string];
}) {
  const { run, drawRef, sigmaLabels } = props;
  const { projector } = useFigure();
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const dotsRef = useRef<DensityDots | null>(null);
  const coloursRef = useRef(readPlotColours(null));
  const drawCount = useRef(0);
  const boxWidth = useElementWidth(boxRef, 420);
  const d = run.ensemble.dimension;
  const width = Math.max(120, Math.min(boxWidth, projector ? 760 : 460));
  const height = d === 2 ? width : Math.round(width * 0.45);
  const jitter = useMemo(() => stripJitter(run.ensemble.count), [run]);
  const sigmaMax = Math.sqrt(2 * run.ensemble.diffusionCoefficient * run.settings.maxSteps * run.ensemble.dt);

  const draw = useCallback(() => {
    const context = prepareCanvas(canvasRef.current, width, height);
    if (!context) return;
    if (!dotsRef.current) dotsRef.current = new DensityDots();
    const dots = dotsRef.current;
    if (!dots.prepare(width, height, run.ensemble.count, projector ? 3 : 2)) return;
    if (drawCount.current++ % COLOUR_REFRESH_FRAMES === 0)
      coloursRef.current = readPlotColours(canvasRef.current);
    const colours = coloursRef.current;
    dots.setColour(colours.dataRgb);
    const sigma = Math.sqrt(2 * run.ensemble.diffusionCoefficient * walkerTime(run.ensemble));
    drawWalkCloud(
      context,
      dots,
      width,
      height,
      {
        positions: run.ensemble.positions,
        count: run.ensemble.count,
        dimension: run.ensemble.dimension,
        jitter,
        sigma,
        sigmaMax,
        labels: sigmaLabels(sigma),
      },
      { dots: colours.dataRgb, exact: colours.exact, ink: colours.ink, muted: colours.muted },
      projector ? 22 : 13,
    );
  }, [run, width, height, jitter, sigmaMax, sigmaLabels, projector]);
  drawRef.current = draw;

  // Static redraw when the run, size, projector mode or theme change, or the parent asks (reset, new readouts);
  // colours are re-read first because the theme or projector mode may have changed them.
  const themeVersion = useThemeVersion();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the readout version and theme are redraw triggers
  useEffect(() => {
    drawCount.current = 0;
    draw();
  }, [draw, props.version, themeVersion, projector]);

  return (
    <div ref={boxRef}>
      <canvas
        ref={canvasRef}
        className="brownian-canvas"
        width={width}
        height={height}
        role="img"
        aria-label={props.label}
        data-testid="walkers-canvas"
        data-steps={run.ensemble.steps}
      />
      <CanvasLegend dots={props.legend[0]} marks={props.legend[1]} />
    </div>
  );
}

/** What the canvas marks mean: shapes (not only colours) tell dots from reference marks. */
function CanvasLegend(props: { dots: string; marks: string }) {
  return (
    <ul className="brownian-legend">
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <rect x="4" y="4" width="6" height="6" fill="var(--plot-data)" />
        </svg>
        {props.dots}
      </li>
      <li>
        <svg width="26" height="14" aria-hidden="true">
          <line
            x1="0"
            x2="26"
            y1="7"
            y2="7"
            stroke="var(--plot-exact)"
            strokeWidth="2"
            strokeDasharray="6 4"
          />
        </svg>
        {props.marks}
      </li>
    </ul>
  );
}
