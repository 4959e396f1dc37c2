import { type RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  createRng,
  drawForwardNoise,
  histogram,
  ksCriticalValue,
  ksStatisticInPlace,
  noiseCloud,
  noiseSchedule,
  normalCdfTabulated,
  type ScheduleKind,
  type ShapeName,
  shapeCloud,
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
import { AlphaBarPlot } from './AlphaBarPlot';
import './brownian.css';
import { DensityDots } from '../common/canvas/densityDots';
import { readPlotColours } from '../common/canvas/plotColours';
import { useThemeVersion } from '../common/canvas/useThemeVersion';
import { HistogramWithDensity } from './HistogramWithDensity';

/** Number of noising steps T (DDPM's choice). */
const STEPS_T = 1000;

export const DISSOLVE_PARAMS = {
  shape: { kind: 'enum', values: ['smiley', 'heart', 'spiral', 'twoMoons'], default: 'smiley' },
  schedule: { kind: 'enum', values: ['linear', 'cosine'], default: 'linear' },
  t: { kind: 'number', min: 0, max: STEPS_T, default: 0, integer: true },
  points: { kind: 'number', min: 2000, max: 10_000, default: 4000, integer: true },
} as const;

/** Play moves t by this many steps per frame: 0 → T in 200 frames (about 3 s). */
const STEPS_PER_FRAME = 5;
/** The scatter shows [−VIEW, VIEW]² in standardised units; N(0, I) puts 99.97 % of its mass inside ±3.5 per axis. */
const VIEW = 3.5;
const HIST_RANGE = 4;
const HIST_BINS = 48;
const CURVE_POINTS = 161;
/** A second, independent stream for ε: the same seed gives the same noise whichever shape is chosen. */
const NOISE_STREAM = 0x5bd1e995;

const STRINGS = {
  en: {
    title: 'A shape dissolves into noise',
    caption:
      'Every point x₀ of the figure is noised as x_t = √ᾱ_t · x₀ + √(1 − ᾱ_t) · ε, with one Gaussian ε per point drawn once for the seed, so scrubbing t moves each point smoothly along its own straight path from the figure towards pure noise. The figure is scaled to mean 0 and variance 1 on each axis, so the variance stays 1 at every t: only the shape is lost. ᾱ_t falls from 1 to almost 0 as t goes from 0 to T = 1000; the linear schedule (DDPM) destroys the figure early, the cosine schedule more evenly. The histogram shows the points’ x-coordinates against the standard normal density; the KS distance is the largest gap between their cumulative distribution and Φ, and near t = T it falls to the level that sampling alone gives (5 % critical value 1.36/√N). Chapter 7 runs this picture backwards: a diffusion model learns to turn the noise back into a figure.',
    shape: 'Figure',
    shapes: { smiley: 'smiley', heart: 'heart', spiral: 'spiral', twoMoons: 'two moons' } as Record<
      string,
      string
    >,
    schedule: 'Schedule',
    linear: 'linear',
    cosine: 'cosine',
    t: 'Time step t',
    points: 'Points N',
    alphaBar: 'ᾱ_t',
    signal: 'signal √ᾱ_t',
    noise: 'noise √(1 − ᾱ_t)',
    ks: 'KS distance of x to N(0, 1)',
    ksCritical: '5 % critical value',
    canvasLabel: (shape: string, t: number, ab: string) =>
      `Scatter plot of the ${shape} point cloud noised to step t = ${t} of ${STEPS_T} (ᾱ = ${ab}), with the 1σ and 2σ circles of the standard normal.`,
    legendPoints: 'points x_t',
    legendCircles: 'N(0, I): 1σ / 2σ circles',
    histTitle: 'x-coordinates against N(0, 1)',
    histLabel: (t: number, ks: string) =>
      `Histogram of the points' x-coordinates at step t = ${t} with the standard normal density drawn over it; KS distance ${ks}.`,
    histAxes: ['x', 'density'] as [string, string],
    histLegend: ['points', 'N(0, 1)'] as [string, string],
    abTitle: 'The schedule: ᾱ_t against t',
    abLabel: (kind: string, t: number, ab: string) =>
      `Line plot of ᾱ_t against t for the ${kind} schedule, with the other schedule dashed; at t = ${t}, ᾱ = ${ab}.`,
    abAxes: ['t', 'ᾱ_t'] as [string, string],
    sigmaLabels: ['1σ', '2σ'] as [string, string],
  },
  zh: {
    title: '一个图形溶解为噪声',
    caption:
      '图形中的每个点 x₀ 按 x_t = √ᾱ_t · x₀ + √(1 − ᾱ_t) · ε 加噪，其中每个点的高斯噪声 ε 对给定种子只抽取一次，因此拖动 t 时，每个点都沿着自己的直线路径平滑地从图形走向纯噪声。图形在每个坐标轴上都已标准化为均值 0、方差 1，所以在任何 t 方差都保持为 1：丢失的只是形状。当 t 从 0 走到 T = 1000 时，ᾱ_t 从 1 降到几乎为 0；线性调度(DDPM)很早就把图形破坏了，余弦调度则更均匀。直方图把各点的 x 坐标与标准正态密度作比较；KS 距离是它们的经验累积分布与 Φ 之间的最大差距，在 t 接近 T 时降到仅由抽样造成的水平（5% 临界值 1.36/√N）。第 7 章会把这幅图倒过来放：扩散模型学会把噪声变回图形。',
    shape: '图形',
    shapes: { smiley: '笑脸', heart: '心形', spiral: '螺旋', twoMoons: '双月' } as Record<string, string>,
    schedule: '噪声调度',
    linear: '线性',
    cosine: '余弦',
    t: '时间步 t',
    points: '点数 N',
    alphaBar: 'ᾱ_t',
    signal: '信号 √ᾱ_t',
    noise: '噪声 √(1 − ᾱ_t)',
    ks: 'x 与 N(0, 1) 的 KS 距离',
    ksCritical: '5% 临界值',
    canvasLabel: (shape: string, t: number, ab: string) =>
      `${shape}点云加噪到第 t = ${t} 步(共 ${STEPS_T} 步，ᾱ = ${ab})的散点图，画有标准正态的 1σ 和 2σ 圆。`,
    legendPoints: '点 x_t',
    legendCircles: 'N(0, I):1σ / 2σ 圆',
    histTitle: 'x 坐标与 N(0, 1) 的比较',
    histLabel: (t: number, ks: string) =>
      `第 t = ${t} 步时各点 x 坐标的直方图，叠加标准正态密度；KS 距离为 ${ks}。`,
    histAxes: ['x', '密度'] as [string, string],
    histLegend: ['点', 'N(0, 1)'] as [string, string],
    abTitle: '噪声调度：ᾱ_t 随 t 的变化',
    abLabel: (kind: string, t: number, ab: string) =>
      `${kind}调度下 ᾱ_t 随 t 变化的折线图，另一种调度以虚线表示；t = ${t} 时 ᾱ = ${ab}。`,
    abAxes: ['t', 'ᾱ_t'] as [string, string],
    sigmaLabels: ['1σ', '2σ'] as [string, string],
  },
};

/** The standard normal density, sampled for the overlay. */
function standardNormalCurve(): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(CURVE_POINTS);
  const y = new Float64Array(CURVE_POINTS);
  for (let i = 0; i < CURVE_POINTS; i++) {
    x[i] = -HIST_RANGE + (2 * HIST_RANGE * i) / (CURVE_POINTS - 1);
    y[i] = Math.exp(-0.5 * x[i] * x[i]) / Math.sqrt(2 * Math.PI);
  }
  return { x, y };
}
const NORMAL_CURVE = standardNormalCurve();

/** A recognisable point cloud noised by the forward process x_t = √ᾱ_t x₀ + √(1 − ᾱ_t) ε, scrubbed by t. */
export function ShapeDissolves() {
  const t = useStrings(STRINGS);
  const state = useWidgetState(DISSOLVE_PARAMS);
  const { shape, schedule, points, seed } = state.values;
  const step = state.values.t;

  // Core calls: the clean figure and its fixed noise (per seed), both schedules, and x_t.
  const x0 = useMemo(() => shapeCloud(shape as ShapeName, points, createRng(seed)), [shape, points, seed]);
  const eps = useMemo(
    () => drawForwardNoise(2 * points, createRng((seed ^ NOISE_STREAM) >>> 0)),
    [points, seed],
  );
  const schedules = useMemo(
    () => ({ linear: noiseSchedule('linear', STEPS_T), cosine: noiseSchedule('cosine', STEPS_T) }),
    [],
  );
  const kind = schedule as ScheduleKind;
  const current = schedules[kind];
  const other = schedules[kind === 'linear' ? 'cosine' : 'linear'];
  const alphaBar = current.alphaBar[step];
  const xtRef = useRef<Float64Array>(new Float64Array(0));
  if (xtRef.current.length !== x0.length) xtRef.current = new Float64Array(x0.length);
  const xt = noiseCloud(x0, eps, alphaBar, xtRef.current);

  // The x-coordinates (every other number), their histogram and KS distance to N(0, 1).
  const xsRef = useRef<Float64Array>(new Float64Array(0));
  if (xsRef.current.length !== points) xsRef.current = new Float64Array(points);
  const xs = xsRef.current;
  for (let i = 0; i < points; i++) xs[i] = xt[2 * i];
  const hist = histogram(xs, { min: -HIST_RANGE, max: HIST_RANGE, bins: HIST_BINS });
  // sorts xs in place (after the histogram); the tabulated Φ is within 3e-8 of the exact one
  const ks = ksStatisticInPlace(xs, normalCdfTabulated);
  const critical = ksCriticalValue(points, 0.05);

  const figureRef = useRef<HTMLDivElement>(null);
  const stepRef = useRef(step);
  stepRef.current = step;
  const setStep = useCallback((value: number) => state.set('t', value), [state.set]);
  const setPlayingRef = useRef<(playing: boolean) => void>(() => undefined);
  const onFrame = useCallback(() => {
    if (stepRef.current >= STEPS_T) {
      // Frames can still arrive after t = T, before the pause has taken effect: stay at T.
      setPlayingRef.current(false);
      return;
    }
    const next = Math.min(STEPS_T, stepRef.current + STEPS_PER_FRAME);
    stepRef.current = next;
    state.set('t', next);
    if (next >= STEPS_T) setPlayingRef.current(false);
  }, [state]);
  const animation = useAnimation({ onFrame });
  setPlayingRef.current = animation.setPlaying;
  // Play at t = T starts again from the clean figure. A layout effect, so it happens before the first frame.
  useLayoutEffect(() => {
    if (animation.playing && stepRef.current >= STEPS_T) {
      stepRef.current = 0;
      setStep(0);
    }
  }, [animation.playing, setStep]);
  // A step by hand (button or →) at t = T starts again from the clean figure too.
  const figureAnimation = useMemo(
    () => ({
      ...animation,
      stepOnce: () => {
        if (stepRef.current >= STEPS_T) stepRef.current = 0;
        animation.stepOnce();
      },
    }),
    [animation],
  );
  const reset = useCallback(() => {
    animation.setPlaying(false);
    state.set('t', 0);
  }, [animation, state]);

  const abText = formatNumber(alphaBar, 3);
  const shapeName = t.shapes[shape] ?? shape;
  const kindName = kind === 'linear' ? t.linear : t.cosine;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={figureAnimation}
      onReset={reset}
      {...frameBindings(state)}
      controls={
        <>
          <Slider
            label={t.t}
            value={step}
            min={0}
            max={STEPS_T}
            step={1}
            format={(v) => `${v} / ${STEPS_T}`}
            onChange={(v) => state.set('t', v)}
          />
          <Choice
            label={t.schedule}
            value={schedule}
            options={[
              { value: 'linear', label: t.linear },
              { value: 'cosine', label: t.cosine },
            ]}
            onChange={(v) => state.set('schedule', v)}
          />
          <Choice
            label={t.shape}
            value={shape}
            options={DISSOLVE_PARAMS.shape.values.map((value) => ({
              value,
              label: t.shapes[value] ?? value,
            }))}
            onChange={(v) => state.set('shape', v)}
          />
          <Slider label={t.points} step={500} {...sliderBindings(state, 'points')} />
        </>
      }
    >
      <div ref={figureRef}>
        <div className="brownian-row">
          <CloudCanvas
            points={xt}
            count={points}
            label={t.canvasLabel(shapeName, step, abText)}
            sigmaLabels={t.sigmaLabels}
            legend={[t.legendPoints, t.legendCircles]}
          />
          <div>
            <p className="brownian-plot-title">{t.histTitle}</p>
            <HistogramWithDensity
              edges={hist.edges}
              density={hist.density}
              curveX={NORMAL_CURVE.x}
              curveY={NORMAL_CURVE.y}
              xDomain={[-HIST_RANGE, HIST_RANGE]}
              height={240}
              label={t.histLabel(step, formatNumber(ks, 3))}
              axes={t.histAxes}
              legend={t.histLegend}
              testId="dissolve-histogram"
            />
            <AlphaBarPlot
              current={current.alphaBar}
              other={other.alphaBar}
              t={step}
              title={t.abTitle}
              label={t.abLabel(kindName, step, abText)}
              axes={t.abAxes}
              legend={[kindName, kind === 'linear' ? t.cosine : t.linear]}
            />
          </div>
        </div>
        <Readout
          items={[
            { label: t.t, value: <span data-testid="dissolve-t">{step}</span> },
            {
              label: t.alphaBar,
              value: <span data-testid="dissolve-alphabar">{formatNumber(alphaBar, 4)}</span>,
            },
            { label: t.signal, value: formatNumber(current.sqrtAlphaBar[step], 4) },
            { label: t.noise, value: formatNumber(current.sqrtOneMinusAlphaBar[step], 4) },
            {
              label: t.ks,
              value: (
                <span data-testid="dissolve-ks">
                  {formatNumber(ks, 3)} ({t.ksCritical} {formatNumber(critical, 3)})
                </span>
              ),
            },
          ]}
        />
      </div>
    </Figure>
  );
}

/** Drawing only: the noised cloud on a fixed ±3.5 view, with the 1σ and 2σ circles of N(0, I). */
function CloudCanvas(props: {
  points: Float64Array;
  count: number;
  label: string;
  sigmaLabels: [string, string];
  legend: [string, string];
}) {
  const { projector } = useFigure();
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const dotsRef = useRef<DensityDots | null>(null);
  const boxWidth = useElementWidth(boxRef, 420);
  const side = Math.max(120, Math.min(boxWidth, projector ? 760 : 440));
  const themeVersion = useThemeVersion();

  // Redrawn after every render: x_t is recomputed in place on each change of t, so its identity does not change.
  useEffect(() => {
    void themeVersion;
    drawCloud(canvasRef, dotsRef, side, props.points, props.count, props.sigmaLabels, projector);
  });

  return (
    <div ref={boxRef}>
      <canvas
        ref={canvasRef}
        className="brownian-canvas"
        width={side}
        height={side}
        role="img"
        aria-label={props.label}
        data-testid="dissolve-canvas"
      />
      <ul className="brownian-legend">
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <rect x="4" y="4" width="6" height="6" fill="var(--plot-data)" />
          </svg>
          {props.legend[0]}
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
          {props.legend[1]}
        </li>
      </ul>
    </div>
  );
}

function drawCloud(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  dotsRef: RefObject<DensityDots | null>,
  side: number,
  points: Float64Array,
  count: number,
  sigmaLabels: [string, string],
  projector: boolean,
): void {
  const context = prepareCanvas(canvasRef.current, side, side);
  if (!context) return;
  if (!dotsRef.current) dotsRef.current = new DensityDots();
  const dots = dotsRef.current;
  if (!dots.prepare(side, side, count, projector ? 3 : 2)) return;
  const colours = readPlotColours(canvasRef.current);
  const scale = side / (2 * VIEW);
  const c = side / 2;
  context.clearRect(0, 0, side, side);
  dots.setColour(colours.dataRgb);
  dots.clear();
  dots.add(points, points, count, 2, 0, 1, { x0: c, sx: scale, y0: c, sy: -scale });
  dots.draw(context);
  const fontPx = projector ? 22 : 13;
  context.strokeStyle = colours.exact;
  context.fillStyle = colours.ink;
  context.font = `${fontPx}px system-ui, sans-serif`;
  context.lineWidth = 2;
  const dashes = [
    [6, 4],
    [2, 4],
  ];
  for (let k = 1; k <= 2; k++) {
    const r = k * scale;
    context.setLineDash(dashes[k - 1]);
    context.beginPath();
    context.arc(c, c, r, 0, 2 * Math.PI);
    context.stroke();
    context.fillText(sigmaLabels[k - 1], c + r * Math.SQRT1_2 + 3, c - r * Math.SQRT1_2 - 3);
  }
  context.setLineDash([]);
}
