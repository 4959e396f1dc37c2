import type { IntegrandId } from '../../../core';
import { defineStrings } from '../../common/lang';

/** The integrands as written (the same in both languages) and their exact values in closed form. */
export const INTEGRAND_FORMULAS: Record<IntegrandId, { f: string; interval: string; exact: string }> = {
  gauss: { f: 'exp(−x²)', interval: '[0, 2]', exact: '½√π · erf 2' },
  sine: { f: 'sin x', interval: '[0, π]', exact: '2' },
  peak: { f: '1/(1 + 100(x − ½)²)', interval: '[0, 1]', exact: '⅕ arctan 5' },
  square: { f: 'x²', interval: '[0, 1]', exact: '⅓' },
};

/** The integral widget's words; tests import its labels from here. */
export const INTEGRAL_STRINGS = defineStrings({
  en: {
    title: 'An integral as an average',
    caption:
      'Draw N points x_i uniformly on [a, b] and average the heights f(x_i) (the sticks; the first 200 are drawn). The dashed rectangle has that mean height, so its area, (b − a) × mean, is the estimate of ∫f. Its standard error is σ/√N, where σ is the spread of one draw (b − a) f(x_i). Below: 40 more runs with the same N, each with its ±2 SE bar; about 95 % of the bars should cross the exact value. Play adds the runs one at a time.',
    integrand: 'Integrand',
    option: (id: IntegrandId) => `${INTEGRAND_FORMULAS[id].f} on ${INTEGRAND_FORMULAS[id].interval}`,
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
      `Plot of ${INTEGRAND_FORMULAS[id].f} on ${INTEGRAND_FORMULAS[id].interval} with sticks at the first ${Math.min(n, 200)} of ${n} sample points and a rectangle of area ${estimate}.`,
    repeatsLabel: (shown: number, covered: number) =>
      `${shown} repeated estimates with ±2 SE bars around the exact value; ${covered} of them cross it.`,
    note: (sine: string, peak: string) =>
      `Which integrand is hardest? The largest σ belongs to sin x (σ ≈ ${sine}): its interval is π long, so one draw (b − a) f(x) swings between 0 and π. Relative to the answer, the peak is worst (σ ≈ ${peak} × the integral): most uniform points land where it is nearly 0, and the few near x = ½ carry the whole integral.`,
  },
  zh: {
    title: '把积分写成平均值',
    caption:
      '在 [a, b] 上均匀抽取 N 个点 x_i，对高度 f(x_i) 取平均（图中竖线，只画出前 200 个）。虚线矩形的高就是这个平均值，所以它的面积 (b − a) × 平均值 就是 ∫f 的估计。估计的标准误差为 σ/√N，其中 σ 是单次抽样 (b − a) f(x_i) 的标准差。下图：同样的 N 再独立重复 40 次，每次带 ±2 SE 误差棒；大约 95% 的误差棒应当覆盖精确值。按“播放”逐个加入这些重复实验。',
    integrand: '被积函数',
    option: (id: IntegrandId) => `${INTEGRAND_FORMULAS[id].interval} 上的 ${INTEGRAND_FORMULAS[id].f}`,
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
    exactLine: '虚线：精确值；阴影：精确值 ± 2σ/√N；竖线：估计值 ± 2 SE（未覆盖精确值的画成点线）',
    plotLabel: (id: IntegrandId, n: number, estimate: string) =>
      `${INTEGRAND_FORMULAS[id].interval} 上 ${INTEGRAND_FORMULAS[id].f} 的图像，竖线标出 ${n} 个样本点中的前 ${Math.min(n, 200)} 个，矩形面积为 ${estimate}。`,
    repeatsLabel: (shown: number, covered: number) =>
      `${shown} 次重复估计及其 ±2 SE 误差棒，其中 ${covered} 次覆盖精确值。`,
    note: (sine: string, peak: string) =>
      `哪个被积函数最难？σ 最大的是 sin x（σ ≈ ${sine}）：区间长为 π，单次抽样 (b − a) f(x) 在 0 到 π 之间大幅摆动。若相对于积分值来看，尖峰函数最差（σ 约为积分值的 ${peak} 倍）：大多数均匀样本点落在函数几乎为 0 的地方，整个积分全靠落在 x = ½ 附近的少数几个点。`,
  },
});
