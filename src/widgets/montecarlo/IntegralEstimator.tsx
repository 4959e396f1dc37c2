import { useCallback, useMemo, useRef } from 'react';
import { INTEGRAND_IDS, INTEGRANDS, type IntegrandId } from '../../core';
import { useReveal } from '../common/animation/useReveal';
import { Figure } from '../common/frame/Figure';
import { useFigure } from '../common/frame/FigureContext';
import { Choice, Readout } from '../common/inputs/controls';
import { LogSlider } from '../common/inputs/LogSlider';
import { formatNumber, useStrings } from '../common/lang';
import { useElementWidth } from '../common/plots/useElementWidth';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { IntegrandPlot } from './integralEstimator/IntegrandPlot';
import { RepeatsPlot } from './integralEstimator/RepeatsPlot';
import { coveredCount, REPEATS, runIntegral } from './integralEstimator/runs';

export const INTEGRAL_PARAMS = {
  f: { kind: 'enum', values: INTEGRAND_IDS, default: 'gauss' },
  // 41 runs of N draws are made on every change; 20 000 keeps that near 0.8 M evaluations (tens of ms).
  n: { kind: 'number', min: 10, max: 20000, default: 1000, integer: true },
} as const;

/** The integrands as written (the same in both languages) and their exact values in closed form. */
const FORMULA: Record<IntegrandId, { f: string; interval: string; exact: string }> = {
  gauss: { f: 'exp(−x²)', interval: '[0, 2]', exact: '½√π · erf 2' },
  sine: { f: 'sin x', interval: '[0, π]', exact: '2' },
  peak: { f: '1/(1 + 100(x − ½)²)', interval: '[0, 1]', exact: '⅕ arctan 5' },
  square: { f: 'x²', interval: '[0, 1]', exact: '⅓' },
};

const STRINGS = {
  en: {
    title: 'An integral as an average',
    caption:
      'Draw N points x_i uniformly on [a, b] and average the heights f(x_i) (the sticks; the first 200 are drawn). The dashed rectangle has that mean height, so its area, (b − a) × mean, is the estimate of ∫f. Its standard error is σ/√N, where σ is the spread of one draw (b − a) f(x_i). Below: 40 more runs with the same N, each with its ±2 SE bar; about 95 % of the bars should cross the exact value. Play adds the runs one at a time.',
    integrand: 'Integrand',
    option: (id: IntegrandId) => `${FORMULA[id].f} on ${FORMULA[id].interval}`,
    n: 'Samples N',
    estimate: 'Estimate',
    se: 'Standard error',
    exact: 'Exact',
    errorInSe: '|error| / SE',
    sigma: 'σ of one draw',
    relative: 'σ / exact',
    covered: 'Runs within ±2 SE',
    coveredValue: (k: number, m: number) => `${k} of ${m}`,
    axes: ['x', 'f(x)'] as [string, string],
    repeatAxes: ['run', 'estimate'] as [string, string],
    rectangle: 'mean height: area = estimate',
    exactLine: 'dashed: exact value; shaded: exact ± 2σ/√N; bars: estimate ± 2 SE (dotted where they miss)',
    plotLabel: (id: IntegrandId, n: number, estimate: string) =>
      `Plot of ${FORMULA[id].f} on ${FORMULA[id].interval} with sticks at the first ${Math.min(n, 200)} of ${n} sample points and a rectangle of area ${estimate}.`,
    repeatsLabel: (shown: number, covered: number) =>
      `${shown} repeated estimates with ±2 SE bars around the exact value; ${covered} of them cross it.`,
    note: (sine: string, peak: string) =>
      `Which integrand is hardest? The largest σ belongs to sin x (σ ≈ ${sine}): its interval is π long, so one draw (b − a) f(x) swings between 0 and π. Relative to the answer, the peak is worst (σ ≈ ${peak} × the integral): most uniform points land where it is nearly 0, and the few near x = ½ carry the whole integral.`,
  },
  zh: {
    title: '把积分写成平均值',
    caption:
      '在 [a, b] 上均匀抽取 N 个点 x_i，对高度 f(x_i) 取平均（图中竖线，只画出前 200 个）。虚线矩形的高就是这个平均值，所以它的面积 (b − a) × 平均值 就是 ∫f 的估计。估计的标准误差为 σ/√N,σ 是单次抽样 (b − a) f(x_i) 的标准差。下图：同样的 N 再独立重复 40 次，每次带 ±2 SE 误差棒；大约 95% 的误差棒应当覆盖精确值。按“播放”逐个加入这些重复实验。',
    integrand: '被积函数',
    option: (id: IntegrandId) => `${FORMULA[id].interval} 上的 ${FORMULA[id].f}`,
    n: '样本数 N',
    estimate: '估计值',
    se: '标准误差',
    exact: '精确值',
    errorInSe: '|误差| / SE',
    sigma: '单次抽样的 σ',
    relative: 'σ / 精确值',
    covered: '落在 ±2 SE 内的次数',
    coveredValue: (k: number, m: number) => `${m} 次中 ${k} 次`,
    axes: ['x', 'f(x)'] as [string, string],
    repeatAxes: ['第几次', '估计值'] as [string, string],
    rectangle: '平均高度：面积 = 估计值',
    exactLine: '虚线：精确值；阴影：精确值 ± 2σ/√N；竖线：估计值 ± 2 SE（未覆盖精确值的画成虚线）',
    plotLabel: (id: IntegrandId, n: number, estimate: string) =>
      `${FORMULA[id].interval} 上 ${FORMULA[id].f} 的图像，竖线标出 ${n} 个样本点中的前 ${Math.min(n, 200)} 个，矩形面积为 ${estimate}。`,
    repeatsLabel: (shown: number, covered: number) =>
      `${shown} 次重复估计及其 ±2 SE 误差棒，其中 ${covered} 次覆盖精确值。`,
    note: (sine: string, peak: string) =>
      `哪个被积函数最难？σ 最大的是 sin x(σ ≈ ${sine})：区间长为 π，单次抽样 (b − a) f(x) 在 0 到 π 之间大幅摆动。若相对于积分值来看，尖峰函数最差(σ 约为积分值的 ${peak} 倍)：大多数均匀样本点落在函数几乎为 0 的地方，整个积分全靠落在 x = ½ 附近的少数几个点。`,
  },
};

/** One repeated run appears every this many milliseconds while playing. */
const MS_PER_RUN = 120;

/** ∫_a^b f as (b − a) times the mean of f at uniform points, with its standard error and 40 repetitions. */
export function IntegralEstimator() {
  const t = useStrings(STRINGS);
  const state = useWidgetState(INTEGRAL_PARAMS);
  const { n, seed } = state.values;
  const id = state.values.f as IntegrandId;
  const integrand = INTEGRANDS[id];
  const runs = useMemo(() => runIntegral(integrand, seed, n), [integrand, seed, n]);

  // Repeated runs shown: all of them at rest; playing reveals them one at a time, Step one per press.
  const figureRef = useRef<HTMLDivElement>(null);
  const elapsed = useRef(0);
  const advance = useCallback((current: number, frameMs: number) => {
    elapsed.current += frameMs;
    if (elapsed.current < MS_PER_RUN) return current;
    elapsed.current = 0;
    return current + 1;
  }, []);
  const reveal = useReveal(REPEATS, advance);
  const { shown } = reveal;

  const trueSe = integrand.sigma / Math.sqrt(n);
  const covered = coveredCount(runs, integrand.exact, shown);
  const estimateText = formatNumber(runs.estimate, 6);

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={reveal.animation}
      onReset={reveal.reset}
      {...frameBindings(state)}
      controls={
        <>
          <Choice
            label={t.integrand}
            value={id}
            options={INTEGRAND_IDS.map((value) => ({ value, label: t.option(value) }))}
            onChange={(v) => state.set('f', v)}
          />
          <LogSlider label={t.n} {...sliderBindings(state, 'n')} />
        </>
      }
    >
      <div ref={figureRef}>
        <IntegralPlots
          id={id}
          n={n}
          runs={runs}
          shown={shown}
          covered={covered}
          trueSe={trueSe}
          estimateText={estimateText}
          t={t}
        />
        <Readout
          items={[
            { label: t.estimate, value: <span data-testid="integral-estimate">{estimateText}</span> },
            {
              label: t.se,
              value: <span data-testid="integral-se">{formatNumber(runs.standardError, 3)}</span>,
            },
            {
              label: t.exact,
              value: (
                <span data-testid="integral-exact">
                  {FORMULA[id].exact} = {formatNumber(integrand.exact, 10)}
                </span>
              ),
            },
            {
              label: t.errorInSe,
              value: (
                <span data-testid="integral-error-se">
                  {formatNumber(Math.abs(runs.estimate - integrand.exact) / runs.standardError, 2)}
                </span>
              ),
            },
            {
              label: t.sigma,
              value: <span data-testid="integral-sigma">{formatNumber(integrand.sigma, 4)}</span>,
            },
            { label: t.relative, value: formatNumber(integrand.sigma / integrand.exact, 3) },
            {
              label: t.covered,
              value: <span data-testid="integral-covered">{t.coveredValue(covered, shown)}</span>,
            },
          ]}
        />
        <p data-testid="integral-note">
          {t.note(
            formatNumber(INTEGRANDS.sine.sigma, 3),
            formatNumber(INTEGRANDS.peak.sigma / INTEGRANDS.peak.exact, 3),
          )}
        </p>
      </div>
    </Figure>
  );
}

function IntegralPlots(props: {
  id: IntegrandId;
  n: number;
  runs: ReturnType<typeof runIntegral>;
  shown: number;
  covered: number;
  trueSe: number;
  estimateText: string;
  t: (typeof STRINGS)['en'];
}) {
  const { t, runs, id } = props;
  const { projector } = useFigure();
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef);
  const integrand = INTEGRANDS[id];
  return (
    <div ref={containerRef} className="plot">
      <IntegrandPlot
        integrand={integrand}
        sampleXs={runs.sampleXs}
        estimate={runs.estimate}
        width={width}
        height={projector ? 420 : 250}
        projector={projector}
        label={t.plotLabel(id, props.n, props.estimateText)}
        axes={t.axes}
        rectangleLabel={t.rectangle}
      />
      <RepeatsPlot
        estimates={runs.repeatEstimates}
        errors={runs.repeatErrors}
        count={props.shown}
        exact={integrand.exact}
        trueStandardError={props.trueSe}
        width={width}
        height={projector ? 320 : 190}
        projector={projector}
        label={t.repeatsLabel(props.shown, props.covered)}
        axes={t.repeatAxes}
        exactLabel={t.exactLine}
      />
    </div>
  );
}
