import { extent, line, scaleLinear } from 'd3';
import { useCallback, useMemo, useRef, useState } from 'react';
import { brownianPath, createRng } from '../../core';
import { Axis, axisBottom, axisLeft, plotBox, plotMargins } from '../common/Axis';
import { ROLE } from '../common/colours';
import { Readout, Slider } from '../common/controls';
import { Figure } from '../common/Figure';
import { useFigure } from '../common/FigureContext';
import { formatNumber, useStrings } from '../common/lang';
import { frameBindings, sliderBindings } from '../common/stateBindings';
import { useAnimation } from '../common/useAnimation';
import { useElementWidth } from '../common/useElementWidth';
import { useWidgetState } from '../common/useWidgetState';

/** Parameter table: ranges and defaults in one place; the same table validates URL values. */
export const WALK_DEMO_PARAMS = {
  steps: { kind: 'number', min: 10, max: 2000, default: 400, integer: true },
  stepSize: { kind: 'number', min: 0.1, max: 3, default: 1 },
} as const;

const STRINGS = {
  en: {
    title: 'One particle, one random walk',
    caption:
      'Each step adds an independent Gaussian kick of size σ. The path wanders with no preferred direction; after n steps its typical distance from the start is σ√n (dashed lines ±σ√n). Same seed, same path.',
    steps: 'Steps n',
    stepSize: 'Step size σ',
    shown: 'Steps drawn',
    final: 'Final position',
    spread: 'Expected spread σ√n',
    xAxis: 'step',
    yAxis: 'position',
    plotLabel: (n: number) => `Line plot of a random walk of ${n} steps.`,
  },
  zh: {
    title: '一个粒子的随机游走',
    caption:
      '每一步加上一个大小为 σ 的独立高斯扰动。路径没有偏好的方向；走了 n 步之后，离起点的典型距离是 σ√n（虚线为 ±σ√n）。种子相同，路径就相同。',
    steps: '步数 n',
    stepSize: '步长 σ',
    shown: '已画出的步数',
    final: '最终位置',
    spread: '理论离散程度 σ√n',
    xAxis: '步数',
    yAxis: '位置',
    plotLabel: (n: number) => `一条 ${n} 步随机游走的折线图。`,
  },
};

const PLOT_HEIGHT = 260;

/** The frame's demonstration widget: a seeded 1-D Gaussian random walk, revealed step by step when played. */
export function WalkDemo() {
  const t = useStrings(STRINGS);
  const state = useWidgetState('walk-demo', WALK_DEMO_PARAMS);
  const { steps, stepSize, seed } = state.values;
  // Steps of size σ per unit time are Brownian motion with D = σ²/2 sampled at Δt = 1 (σ² = 2DΔt).
  const path = useMemo(
    () => brownianPath(createRng(seed), steps, 1, (stepSize * stepSize) / 2, 1),
    [seed, steps, stepSize],
  );

  // How much of the path is shown: all of it at rest; the animation reveals it from the start.
  const [revealed, setRevealed] = useState<number | null>(null);
  const shown = revealed === null ? steps : Math.min(steps, revealed);
  const figureRef = useRef<HTMLDivElement>(null);
  const onFrame = useCallback(() => {
    setRevealed((r) => {
      const current = r === null ? 0 : r;
      return current >= steps ? current : current + Math.max(1, Math.round(steps / 120));
    });
  }, [steps]);
  const animation = useAnimation(figureRef, { onFrame });
  const reset = useCallback(() => {
    animation.setPlaying(false);
    setRevealed(0);
  }, [animation]);

  return (
    <Figure
      id="walk-demo"
      title={t.title}
      caption={t.caption}
      animation={animation}
      onReset={reset}
      {...frameBindings(state)}
      controls={
        <>
          <Slider
            label={t.steps}
            value={steps}
            min={WALK_DEMO_PARAMS.steps.min}
            max={WALK_DEMO_PARAMS.steps.max}
            step={10}
            onChange={(v) => {
              state.set('steps', v);
              setRevealed(null);
            }}
          />
          <Slider label={t.stepSize} step={0.1} {...sliderBindings(state, 'stepSize')} />
        </>
      }
    >
      <div ref={figureRef}>
        <WalkPlot
          path={path}
          shown={shown}
          stepSize={stepSize}
          label={t.plotLabel(shown)}
          axes={[t.xAxis, t.yAxis]}
        />
        <Readout
          items={[
            { label: t.shown, value: <span data-testid="walk-shown">{shown}</span> },
            { label: t.final, value: <span data-testid="walk-final">{formatNumber(path[shown], 4)}</span> },
            { label: t.spread, value: formatNumber(stepSize * Math.sqrt(shown), 4) },
          ]}
        />
      </div>
    </Figure>
  );
}

/** Drawing only: path → SVG. */
function WalkPlot(props: {
  path: Float64Array;
  shown: number;
  stepSize: number;
  label: string;
  axes: [string, string];
}) {
  const { projector } = useFigure();
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef);
  const box = plotBox(width, projector ? PLOT_HEIGHT * 2 : PLOT_HEIGHT, plotMargins(projector));
  const { path, shown, stepSize } = props;
  const n = path.length - 1;
  const [low, high] = extent(path) as [number, number];
  const bound = Math.max(Math.abs(low), Math.abs(high), stepSize * Math.sqrt(n), 1e-9) * 1.05;
  const x = useMemo(() => scaleLinear().domain([0, n]).range([0, box.innerWidth]), [n, box.innerWidth]);
  const y = useMemo(
    () => scaleLinear().domain([-bound, bound]).range([box.innerHeight, 0]),
    [bound, box.innerHeight],
  );
  const pathD = useMemo(
    () =>
      line<number>()
        .x((_, i) => x(i))
        .y((v) => y(v))(Array.from(path.subarray(0, shown + 1))) ?? '',
    [path, shown, x, y],
  );
  const envelope = (sign: 1 | -1) =>
    line<number>()
      .x((i) => x(i))
      .y((i) => y(sign * stepSize * Math.sqrt(i)))(Array.from({ length: 101 }, (_, k) => (k / 100) * n)) ??
    '';
  const xAxis = useMemo(() => axisBottom(x).ticks(6), [x]);
  const yAxis = useMemo(() => axisLeft(y).ticks(5), [y]);
  return (
    <div ref={containerRef} className="plot">
      <svg width={box.width} height={box.height} role="img" aria-label={props.label} data-testid="walk-plot">
        <g transform={`translate(${box.margin.left},${box.margin.top})`}>
          <Axis
            axis={yAxis}
            label={props.axes[1]}
            labelPosition={{ x: -box.margin.left + 16, y: box.innerHeight / 2, rotate: -90 }}
          />
          <Axis
            axis={xAxis}
            transform={`translate(0,${box.innerHeight})`}
            label={props.axes[0]}
            labelPosition={{ x: box.innerWidth / 2, y: box.margin.bottom - 6 }}
          />
          <path d={envelope(1)} fill="none" stroke={ROLE.exact} strokeDasharray="6 4" strokeWidth={1.5} />
          <path d={envelope(-1)} fill="none" stroke={ROLE.exact} strokeDasharray="6 4" strokeWidth={1.5} />
          <path
            d={pathD}
            fill="none"
            stroke={ROLE.data}
            strokeWidth={projector ? 3 : 1.5}
            data-testid="walk-line"
          />
        </g>
      </svg>
    </div>
  );
}
