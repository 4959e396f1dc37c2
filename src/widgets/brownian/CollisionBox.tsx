import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { type CollisionModel, createCollisionModel, createRng, timeAveragedMsd2D } from '../../core';
import { useAnimation } from '../common/animation/useAnimation';
import { prepareCanvas } from '../common/canvas/prepareCanvas';
import { Figure } from '../common/frame/Figure';
import { useFigure } from '../common/frame/FigureContext';
import { Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { useElementWidth } from '../common/plots/useElementWidth';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { useWidgetUrl } from '../common/state/widgetUrl';
import './brownian.css';
import { DensityDots, parseHexColour } from '../common/canvas/densityDots';
import { benchRequested, frameStatsRecorder } from '../common/canvas/frameStats';
import { readPlotColours } from '../common/canvas/plotColours';
import { useThemeVersion } from '../common/canvas/useThemeVersion';
import { useWidgetId } from '../common/frame/widgetId';
import { drawCollisionBox } from './collisionCanvas';

export const COLLISIONS_PARAMS = {
  temperature: { kind: 'number', min: 50, max: 1000, default: 300, integer: true },
  grainRadius: { kind: 'number', min: 2, max: 15, default: 5 },
  molecules: { kind: 'number', min: 100, max: 5000, default: 2000, integer: true },
} as const;

/** Model settings that the reader does not change (model units: nm, ps, amu). */
const BOX_NM = 100;
const TIME_STEP_PS = 0.5;
/** Model steps per animation frame: 4 ps of simulated time per frame. */
const STEPS_PER_FRAME = 8;
/** The trail keeps one grain position per step, the last 4000 (= 2000 ps). */
const TRAIL_CAPACITY = 4000;
/** The MSD readout's lag τ, ps, and the same in trail samples. */
const LAG_PS = 50;
const LAG_SAMPLES = Math.round(LAG_PS / TIME_STEP_PS);
const READOUT_EVERY = 6;
const COLOUR_REFRESH_FRAMES = 30;

const STRINGS = {
  en: {
    title: 'A heavy grain among light molecules',
    caption:
      'A two-dimensional box, 100 nm across, of gas molecules (nitrogen-like, 28 u) with Maxwell–Boltzmann velocities at temperature T, and one heavy grain (a disc whose mass grows with its area). Molecules fly straight, bounce off the walls and bounce elastically off the grain; they ignore each other (an ideal gas). Every hit gives the grain a tiny kick in a random direction, and the kicks do not cancel exactly: the grain jitters and wanders, as Brown saw. Raise T and the kicks get harder: the grain livens up. Make the grain bigger and it is hit more often but from all sides, and it is heavier: it jitters less. The readout is the grain’s mean squared displacement over a lag τ = 50 ps, averaged over every pair of times τ apart in its recent trail (at most the last 2000 ps, and only since the last slider change). One grain gives a noisy estimate; let it run to average more.',
    temperature: 'Temperature T',
    grainRadius: 'Grain radius R',
    molecules: 'Molecules N',
    time: 'Time t',
    msd: `Grain MSD over τ = ${LAG_PS} ps`,
    window: (w: string, pairs: number) => `averaged over the last ${w} ps, ${pairs} pairs`,
    collecting: `collecting: needs more than ${LAG_PS} ps since the last change`,
    kicks: 'Kicks so far',
    mass: 'Grain mass M',
    canvasLabel: (n: number, r: string, t: string, time: string) =>
      `A square box with ${n} gas molecules as small dots and a grain of radius ${r} nm as a disc, at ${t} K, after ${time} ps; a line traces the grain's path.`,
    legendMolecules: 'molecules',
    legendGrain: 'grain',
    legendTrail: 'grain’s trail',
  },
  zh: {
    title: '轻分子中的一颗重颗粒',
    caption:
      '一个边长 100 nm 的二维盒子，里面是温度为 T、速度服从 Maxwell–Boltzmann 分布的气体分子（类似氮气，28 u），以及一颗重颗粒（一个圆盘，质量随面积增长）。分子沿直线飞行，在器壁上反弹，与颗粒发生弹性碰撞；分子之间互不碰撞（理想气体）。每次碰撞都给颗粒一个方向随机的微小冲量，这些冲量并不会恰好抵消：颗粒于是抖动、游荡，正如布朗所见。升高 T，冲击变强，颗粒更活跃；把颗粒变大，它被撞得更频繁，但来自四面八方，而且更重：抖动反而更小。读数是颗粒在时间间隔 τ = 50 ps 上的均方位移，对其最近轨迹中所有相隔 τ 的时刻对取平均（最多最近 2000 ps，且只取上次调节滑块之后的部分）。一颗颗粒给出的估计有噪声；让它多运行一会儿，平均得更充分。',
    temperature: '温度 T',
    grainRadius: '颗粒半径 R',
    molecules: '分子数 N',
    time: '时间 t',
    msd: `颗粒在 τ = ${LAG_PS} ps 上的均方位移`,
    window: (w: string, pairs: number) => `对最近 ${w} ps 内的 ${pairs} 对时刻取平均`,
    collecting: `正在积累：上次调节后需要超过 ${LAG_PS} ps`,
    kicks: '累计碰撞次数',
    mass: '颗粒质量 M',
    canvasLabel: (n: number, r: string, t: string, time: string) =>
      `一个正方形盒子：${n} 个气体分子画成小点，半径 ${r} nm 的颗粒画成圆盘，温度 ${t} K，时间 ${time} ps；一条线描出颗粒的轨迹。`,
    legendMolecules: '分子',
    legendGrain: '颗粒',
    legendTrail: '颗粒的轨迹',
  },
};

/** The trail copied out of the model each frame (reused buffers), and the MSD since the last change. */
interface TrailBuffers {
  x: Float64Array;
  y: Float64Array;
  t: Float64Array;
  count: number;
}

function newModel(seed: number, temperature: number, grainRadius: number, molecules: number): CollisionModel {
  return createCollisionModel(createRng(seed), {
    boxSize: BOX_NM,
    temperature,
    grainRadius,
    moleculeCount: molecules,
    trailCapacity: TRAIL_CAPACITY,
    trailInterval: 1,
    capacity: COLLISIONS_PARAMS.molecules.max,
  });
}

/** Simulated time in ps, switching to ns once it is long (1 ns = 1000 ps). */
function formatTime(ps: number): string {
  return ps < 10_000 ? `${formatNumber(ps, 5)} ps` : `${formatNumber(ps / 1000, 4)} ns`;
}

/** Time-averaged MSD at lag τ over the trail samples recorded since `since` (ps); null until there are enough. */
function msdSince(trail: TrailBuffers, since: number): { msd: number; pairs: number; window: number } | null {
  let first = 0;
  while (first < trail.count && trail.t[first] < since) first++;
  const count = trail.count - first;
  if (count <= LAG_SAMPLES + 1) return null;
  const { msd, pairs } = timeAveragedMsd2D(trail.x, trail.y, first, count, LAG_SAMPLES);
  return { msd, pairs, window: trail.t[trail.count - 1] - trail.t[first] };
}

/** One heavy grain kicked about by many light molecules: the collision model of Brownian motion, live. */
export function CollisionBox() {
  const t = useStrings(STRINGS);
  const state = useWidgetState(COLLISIONS_PARAMS);
  const { temperature, grainRadius, molecules, seed } = state.values;
  const url = useWidgetUrl();
  const widgetId = useWidgetId();
  const [recorder] = useState(() => frameStatsRecorder(widgetId, benchRequested(url.search())));

  // The model lives in a ref and is stepped in place; React state holds only a version for the readouts.
  const modelRef = useRef<CollisionModel | null>(null);
  if (!modelRef.current) modelRef.current = newModel(seed, temperature, grainRadius, molecules);
  const model = modelRef.current;
  const trailRef = useRef<TrailBuffers>({
    x: new Float64Array(TRAIL_CAPACITY),
    y: new Float64Array(TRAIL_CAPACITY),
    t: new Float64Array(TRAIL_CAPACITY),
    count: 0,
  });
  /** Simulated time of the last parameter change: the MSD readout only looks at motion after it. */
  const changedAt = useRef(0);
  const [version, setVersion] = useState(0);
  const frameCount = useRef(0);
  const figureRef = useRef<HTMLDivElement>(null);
  const drawRef = useRef<() => void>(() => undefined);

  // Slider changes act on the running model (the grain livens up at once); a new seed starts a new run.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) return;
    model.setTemperature(temperature);
    changedAt.current = model.time;
    setVersion((v) => v + 1);
  }, [model, temperature]);
  useEffect(() => {
    if (firstRender.current) return;
    model.setGrainRadius(grainRadius);
    changedAt.current = model.time;
    setVersion((v) => v + 1);
  }, [model, grainRadius]);
  useEffect(() => {
    if (firstRender.current) return;
    model.setMoleculeCount(molecules);
    changedAt.current = model.time;
    setVersion((v) => v + 1);
  }, [model, molecules]);
  const seedRef = useRef(seed);
  useEffect(() => {
    if (seedRef.current === seed) return;
    seedRef.current = seed;
    modelRef.current = newModel(seed, temperature, grainRadius, molecules);
    changedAt.current = 0;
    setVersion((v) => v + 1);
  }, [seed, temperature, grainRadius, molecules]);
  useEffect(() => {
    firstRender.current = false;
  }, []);

  const playingRef = useRef(false);
  const onFrame = useCallback(() => {
    const start = recorder.begin();
    const current = modelRef.current;
    if (!current) return;
    for (let k = 0; k < STEPS_PER_FRAME; k++) current.step(TIME_STEP_PS);
    frameCount.current++;
    drawRef.current();
    // while playing, readouts refresh every few frames; a single step by hand refreshes them at once
    if (!playingRef.current || frameCount.current % READOUT_EVERY === 0) setVersion((v) => v + 1);
    recorder.end(start);
  }, [recorder]);
  const animation = useAnimation({ onFrame });
  playingRef.current = animation.playing;

  const reset = useCallback(() => {
    animation.setPlaying(false);
    modelRef.current = newModel(seed, temperature, grainRadius, molecules);
    changedAt.current = 0;
    setVersion((v) => v + 1);
  }, [animation, seed, temperature, grainRadius, molecules]);

  // Readouts from the current model (refreshed every few frames while playing).
  const current = modelRef.current;
  const trail = trailRef.current;
  trail.count = current.copyTrail(trail.x, trail.y, trail.t);
  const msd = msdSince(trail, changedAt.current);

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={animation}
      onReset={reset}
      {...frameBindings(state)}
      controls={
        <>
          <Slider label={t.temperature} step={10} unit="K" {...sliderBindings(state, 'temperature')} />
          <Slider
            label={t.grainRadius}
            value={grainRadius}
            min={COLLISIONS_PARAMS.grainRadius.min}
            max={COLLISIONS_PARAMS.grainRadius.max}
            step={0.5}
            unit="nm"
            onChange={(v) => state.set('grainRadius', Math.round(v * 2) / 2)}
          />
          <Slider label={t.molecules} step={100} {...sliderBindings(state, 'molecules')} />
        </>
      }
    >
      <div ref={figureRef}>
        <CollisionCanvas
          model={current}
          trail={trail}
          version={version}
          drawRef={drawRef}
          label={t.canvasLabel(
            current.moleculeCount,
            formatNumber(current.grainRadius, 3),
            formatNumber(current.temperature, 4),
            formatNumber(current.time, 5),
          )}
          legend={[t.legendMolecules, t.legendGrain, t.legendTrail]}
        />
        <Readout
          items={[
            {
              label: t.time,
              value: <span data-testid="collisions-time">{formatTime(current.time)}</span>,
            },
            {
              label: t.msd,
              value: (
                <span data-testid="collisions-msd">
                  {msd
                    ? `${formatNumber(msd.msd, 3)} nm² (${t.window(formatNumber(msd.window, 4), msd.pairs)})`
                    : t.collecting}
                </span>
              ),
            },
            { label: t.kicks, value: <span data-testid="collisions-kicks">{current.collisionCount}</span> },
            { label: t.mass, value: `${formatNumber(current.grainMass, 3)} u` },
          ]}
        />
      </div>
    </Figure>
  );
}

/** The canvas: inside the Figure (projector-aware); hands its draw function to the animation through drawRef. */
function CollisionCanvas(props: {
  model: CollisionModel;
  trail: TrailBuffers;
  version: number;
  drawRef: RefObject<() => void>;
  label: string;
  legend: [string, string, string];
}) {
  const { model, trail, drawRef } = props;
  const { projector } = useFigure();
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const dotsRef = useRef<DensityDots | null>(null);
  const coloursRef = useRef(readPlotColours(null));
  const drawCount = useRef(0);
  const boxWidth = useElementWidth(boxRef, 460);
  const side = Math.max(120, Math.min(boxWidth, projector ? 760 : 480));
  const themeVersion = useThemeVersion();

  const draw = useCallback(() => {
    const context = prepareCanvas(canvasRef.current, side, side);
    if (!context) return;
    // molecules hardly ever share a cell: a high gain makes a single molecule clearly visible
    if (!dotsRef.current) dotsRef.current = new DensityDots(2.5);
    const dots = dotsRef.current;
    if (!dots.prepare(side, side, model.capacity, projector ? 3 : 2)) return;
    if (drawCount.current++ % COLOUR_REFRESH_FRAMES === 0)
      coloursRef.current = readPlotColours(canvasRef.current);
    const colours = coloursRef.current;
    const moleculeRgb = parseHexColour(colours.muted, [138, 138, 138]);
    dots.setColour(moleculeRgb);
    trail.count = model.copyTrail(trail.x, trail.y, trail.t);
    drawCollisionBox(
      context,
      dots,
      side,
      {
        boxSize: model.boxSize,
        moleculeX: model.moleculeX,
        moleculeY: model.moleculeY,
        moleculeCount: model.moleculeCount,
        grainX: model.grainX,
        grainY: model.grainY,
        grainRadius: model.grainRadius,
        trailX: trail.x,
        trailY: trail.y,
        trailCount: trail.count,
      },
      { molecules: moleculeRgb, grain: colours.data, trail: colours.exact, ink: colours.ink },
      projector ? 1.6 : 1,
    );
  }, [model, trail, side, projector]);
  drawRef.current = draw;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the version and theme are redraw triggers
  useEffect(() => {
    drawCount.current = 0;
    draw();
  }, [draw, props.version, themeVersion]);

  const legend = props.legend;
  return (
    <div ref={boxRef}>
      <canvas
        ref={canvasRef}
        className="brownian-canvas"
        width={side}
        height={side}
        role="img"
        aria-label={props.label}
        data-testid="collisions-canvas"
      />
      <ul className="brownian-legend">
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <rect x="5" y="5" width="4" height="4" fill="var(--plot-muted)" />
          </svg>
          {legend[0]}
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle
              cx="8"
              cy="8"
              r="6"
              fill="var(--plot-data)"
              fillOpacity="0.6"
              stroke="var(--ink)"
              strokeWidth="1.5"
            />
          </svg>
          {legend[1]}
        </li>
        <li>
          <svg width="26" height="14" aria-hidden="true">
            <polyline
              points="1,10 7,4 12,9 18,3 25,7"
              fill="none"
              stroke="var(--plot-exact)"
              strokeWidth="1.5"
            />
          </svg>
          {legend[2]}
        </li>
      </ul>
    </div>
  );
}
