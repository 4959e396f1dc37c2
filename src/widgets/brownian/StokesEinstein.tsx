import { line, scaleLog } from 'd3';
import { useMemo, useRef } from 'react';
import {
  rmsDisplacement,
  stokesEinsteinCurve,
  stokesEinsteinDiffusion,
  WATER_VISCOSITY_SI,
} from '../../core';
import { Figure } from '../common/frame/Figure';
import { useFigure } from '../common/frame/FigureContext';
import { Choice, Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { Axis, axisBottom, axisLeft, plotBox } from '../common/plots/Axis';
import { ROLE } from '../common/plots/colours';
import { useElementWidth } from '../common/plots/useElementWidth';
import { wideMargins } from '../common/plots/wideMargins';
import { sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import './brownian.css';
import {
  formatLengthNm,
  formatPowerOfTen,
  METRES_PER_NM,
  METRES_PER_UM,
  PA_S_PER_MPA_S,
  roundSignificant,
  UM2_PER_M2,
  ZERO_CELSIUS_K,
} from './units';

/**
 * Parameters in the units the reader sees: kelvin, millipascal-seconds, nanometres. The radius slider moves in
 * log₁₀ r because radii of interest span 2½ decades (a protein to a pollen fragment).
 */
export const STOKES_EINSTEIN_PARAMS = {
  temperature: { kind: 'number', min: 273.15, max: 373.15, default: 298.15 },
  viscosity: { kind: 'number', min: 0.3, max: 5, default: 0.89 },
  radius: { kind: 'number', min: 10, max: 5000, default: 500 },
  dimension: { kind: 'enum', values: ['1', '2', '3'], default: '2' },
} as const;

/** The time over which the root-mean-square travel is quoted, s. */
const TRAVEL_TIME_S = 1;
/** The plot's fixed D range (µm²/s): every slider combination stays inside it, so the curve visibly moves. */
const D_DOMAIN_UM2: [number, number] = [1e-3, 1e3];
const R_TICKS_NM = [10, 30, 100, 300, 1000, 3000];
const CURVE_POINTS = 64;
const PLOT_HEIGHT = 280;

/** Radii of the plotted curve, log-spaced over the slider's range (nm, and the same in m for the core). */
const RADII_NM = (() => {
  const { min, max } = STOKES_EINSTEIN_PARAMS.radius;
  const [lo, hi] = [Math.log10(min), Math.log10(max)];
  const r = new Float64Array(CURVE_POINTS);
  for (let i = 0; i < CURVE_POINTS; i++) r[i] = 10 ** (lo + ((hi - lo) * i) / (CURVE_POINTS - 1));
  return r;
})();
const RADII_M = RADII_NM.map((r) => r * METRES_PER_NM);

const STRINGS = {
  en: {
    title: 'Stokes–Einstein: how fast does a grain spread?',
    caption: (d: string) =>
      `D = k_B T / (6πηr): thermal kicks (k_B T) against the drag of the liquid (6πηr, Stokes' law for a sphere). A hotter or thinner liquid, or a smaller grain, spreads faster; D falls as 1/r, a straight line of slope −1 on these log–log axes. The dashed line is water at 25 °C for comparison. The root-mean-square travel after t = 1 s is √(2dDt) with d = ${d} dimensions (d = 2 is what a microscope sees).`,
    temperature: 'Temperature T',
    viscosity: 'Viscosity η',
    radius: 'Grain radius r',
    dimension: 'Dimensions d',
    radiusDescription: 'Logarithmic slider: each arrow key press changes the radius by about 2 %.',
    diffusion: 'Diffusion coefficient D',
    diffusionSi: 'in SI units',
    travel: (d: string) => `RMS travel in 1 s, √(2dDt) with d = ${d}`,
    celsius: 'that is',
    current: 'current liquid',
    water: 'water, 25 °C',
    xAxis: 'grain radius r',
    yAxis: 'D (µm²/s)',
    plotLabel: (t: string, eta: string, r: string, dValue: string) =>
      `Log–log plot of the diffusion coefficient D against grain radius r at T = ${t} and η = ${eta}, a straight line of slope −1, with water at 25 °C dashed for comparison. The marked point is r = ${r}, D = ${dValue}.`,
  },
  zh: {
    title: 'Stokes–Einstein 关系：颗粒扩散有多快？',
    caption: (d: string) =>
      `D = k_B T / (6πηr)：热运动的冲击(k_B T)与液体的黏滞阻力（6πηr，球体的 Stokes 定律）相互抗衡。液体越热、越稀，或颗粒越小，扩散就越快；D 与 1/r 成正比，在双对数坐标中是一条斜率为 −1 的直线。虚线是 25 °C 的水，作为对照。经过 t = 1 s 后的均方根位移为 √(2dDt)，这里取 d = ${d} 维（显微镜下看到的是 d = 2）。`,
    temperature: '温度 T',
    viscosity: '黏度 η',
    radius: '颗粒半径 r',
    dimension: '维数 d',
    radiusDescription: '对数刻度滑块：每按一次方向键，半径约改变 2%。',
    diffusion: '扩散系数 D',
    diffusionSi: '国际单位',
    travel: (d: string) => `1 秒内的均方根位移 √(2dDt)(d = ${d})`,
    celsius: '即',
    current: '当前液体',
    water: '25 °C 的水',
    xAxis: '颗粒半径 r',
    yAxis: 'D(µm²/s)',
    plotLabel: (t: string, eta: string, r: string, dValue: string) =>
      `扩散系数 D 随颗粒半径 r 变化的双对数图，T = ${t},η = ${eta}，是一条斜率为 −1 的直线；虚线为 25 °C 的水。标出的点为 r = ${r},D = ${dValue}。`,
  },
};

/** Everything the widget shows, from the slider values (units as on screen), via the core. */
export function stokesEinsteinFigures(
  temperatureK: number,
  viscosityMPaS: number,
  radiusNm: number,
  dimension: number,
) {
  const dSi = stokesEinsteinDiffusion(temperatureK, viscosityMPaS * PA_S_PER_MPA_S, radiusNm * METRES_PER_NM);
  const travelM = rmsDisplacement(dSi, TRAVEL_TIME_S, dimension);
  return { dSi, dUm2: dSi * UM2_PER_M2, travelUm: travelM / METRES_PER_UM };
}

/** The Stokes–Einstein calculator: no randomness and no animation, so R puts the sliders back to their defaults. */
export function StokesEinstein() {
  const t = useStrings(STRINGS);
  const state = useWidgetState(STOKES_EINSTEIN_PARAMS);
  const { temperature, viscosity, radius, dimension } = state.values;
  const d = Number(dimension);
  const figures = stokesEinsteinFigures(temperature, viscosity, radius, d);
  const spec = STOKES_EINSTEIN_PARAMS;
  const tText = `${formatNumber(temperature, 5)} K`;
  const etaText = `${formatNumber(viscosity, 3)} mPa·s`;
  const dText = `${formatNumber(figures.dUm2, 3)} µm²/s`;

  return (
    <Figure
      title={t.title}
      caption={t.caption(dimension)}
      onReset={state.resetParams}
      notices={state.notices}
      onDismissNotices={state.dismissNotices}
      controls={
        <>
          <Slider
            label={t.temperature}
            step={1}
            format={(v) => `${formatNumber(v, 5)} K (${formatNumber(v - ZERO_CELSIUS_K, 3)} °C)`}
            {...sliderBindings(state, 'temperature')}
          />
          <Slider
            label={t.viscosity}
            value={viscosity}
            min={spec.viscosity.min}
            max={spec.viscosity.max}
            step={0.01}
            unit="mPa·s"
            format={(v) => formatNumber(v, 3)}
            onChange={(v) => state.set('viscosity', roundSignificant(v, 3))}
          />
          <Slider
            label={t.radius}
            value={Math.log10(radius)}
            min={Math.log10(spec.radius.min)}
            max={Math.log10(spec.radius.max)}
            step={0.01}
            format={(v) => formatLengthNm(10 ** v)}
            description={t.radiusDescription}
            onChange={(v) => state.set('radius', roundSignificant(10 ** v, 3))}
          />
          <Choice
            label={t.dimension}
            value={dimension}
            options={spec.dimension.values.map((value) => ({ value, label: value }))}
            onChange={(v) => state.set('dimension', v)}
          />
        </>
      }
    >
      <StokesEinsteinPlot
        temperature={temperature}
        viscosity={viscosity}
        radius={radius}
        dUm2={figures.dUm2}
        label={t.plotLabel(tText, etaText, formatLengthNm(radius), dText)}
        axes={[t.xAxis, t.yAxis]}
        legend={[t.current, t.water]}
      />
      <Readout
        items={[
          {
            label: t.diffusion,
            value: <span data-testid="se-d">{formatNumber(figures.dUm2, 4)} µm²/s</span>,
          },
          {
            label: t.diffusionSi,
            value: <span data-testid="se-d-si">{formatNumber(figures.dSi, 4)} m²/s</span>,
          },
          {
            label: t.travel(dimension),
            value: <span data-testid="se-travel">{formatNumber(figures.travelUm, 4)} µm</span>,
          },
        ]}
      />
    </Figure>
  );
}

/** Drawing only: D(r) on log–log axes for the current liquid and for water at 25 °C, and the current point. */
function StokesEinsteinPlot(props: {
  temperature: number;
  viscosity: number;
  radius: number;
  dUm2: number;
  label: string;
  axes: [string, string];
  legend: [string, string];
}) {
  const { projector } = useFigure();
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef);
  const box = plotBox(width, projector ? PLOT_HEIGHT * 2 : PLOT_HEIGHT, wideMargins(projector));
  const x = useMemo(
    () =>
      scaleLog()
        .domain([STOKES_EINSTEIN_PARAMS.radius.min, STOKES_EINSTEIN_PARAMS.radius.max])
        .range([0, box.innerWidth]),
    [box.innerWidth],
  );
  const y = useMemo(
    () => scaleLog().domain(D_DOMAIN_UM2).range([box.innerHeight, 0]).clamp(true),
    [box.innerHeight],
  );

  const curve = (temperatureK: number, viscosityPaS: number) => {
    const dSi = stokesEinsteinCurve(temperatureK, viscosityPaS, RADII_M);
    return (
      line<number>()
        .x((_, i) => x(RADII_NM[i]))
        .y((dv) => y(dv * UM2_PER_M2))(Array.from(dSi)) ?? ''
    );
  };
  const currentPath = curve(props.temperature, props.viscosity * PA_S_PER_MPA_S);
  const waterPath = curve(ZERO_CELSIUS_K + 25, WATER_VISCOSITY_SI.at25C);
  const px = x(props.radius);
  const py = y(props.dUm2);
  const xAxis = useMemo(
    () =>
      axisBottom(x)
        .tickValues(R_TICKS_NM)
        .tickFormat((v) => formatLengthNm(Number(v))),
    [x],
  );
  const yAxis = useMemo(
    () =>
      axisLeft(y)
        .tickValues([1e-3, 1e-2, 1e-1, 1, 10, 100, 1000])
        .tickFormat((v) => formatPowerOfTen(Number(v))),
    [y],
  );
  const legendX = box.innerWidth - (projector ? 260 : 150);
  return (
    <div ref={containerRef} className="plot">
      <svg width={box.width} height={box.height} role="img" aria-label={props.label} data-testid="se-plot">
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
          <path d={waterPath} fill="none" stroke={ROLE.muted} strokeWidth={1.5} strokeDasharray="6 4" />
          <path
            d={currentPath}
            fill="none"
            stroke={ROLE.data}
            strokeWidth={projector ? 4 : 2}
            data-testid="se-curve"
          />
          <line x1={px} x2={px} y1={py} y2={box.innerHeight} stroke={ROLE.exact} strokeDasharray="2 3" />
          <line x1={0} x2={px} y1={py} y2={py} stroke={ROLE.exact} strokeDasharray="2 3" />
          <circle
            cx={px}
            cy={py}
            r={projector ? 10 : 6}
            fill={ROLE.exact}
            stroke={ROLE.ink}
            data-testid="se-point"
          />
          <g transform={`translate(${legendX},${projector ? 20 : 12})`}>
            <line x1={0} x2={24} y1={0} y2={0} stroke={ROLE.data} strokeWidth={2} />
            <text x={30} y={4}>
              {props.legend[0]}
            </text>
            <line
              x1={0}
              x2={24}
              y1={projector ? 32 : 18}
              y2={projector ? 32 : 18}
              stroke={ROLE.muted}
              strokeWidth={1.5}
              strokeDasharray="6 4"
            />
            <text x={30} y={projector ? 36 : 22}>
              {props.legend[1]}
            </text>
          </g>
        </g>
      </svg>
    </div>
  );
}
