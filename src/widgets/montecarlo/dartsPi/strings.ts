import { defineStrings } from '../../common/lang';

/** The darts widget's words; tests import its labels from here. */
export const DARTS_STRINGS = defineStrings({
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
      '飞镖均匀地落在单位正方形内；落在四分之一圆内的比例估计它的面积 π/4，因此 π̂ = 4 · 命中数 / N。阴影带为 π̂ ± 1.96 SE，其中 SE = 4√(p̂(1 − p̂)/N)。在双对数图上，误差沿着虚线 σ/√N 下降，其中 p = π/4，σ = 4√(p(1 − p)) ≈ 1.642：飞镖数增加一百倍，才多得一位准确数字。单次实验的误差在这条线附近起伏（平均约为它的 0.8 倍）。按“播放”开始掷飞镖；种子相同，落点就相同。',
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
      `单位正方形中的 ${n} 支飞镖：${hits} 支落在四分之一圆内（实心方块），${n - hits} 支落在圆外（浅色叉号）。`,
    runningLabel: (n: number, estimate: string) =>
      `π 的逐步估计随飞镖数变化的曲线（对数横轴）：掷出 ${n} 支后为 ${estimate}，附 95% 置信带和 π 所在的虚线。`,
    errorPlotLabel: (n: number, error: string) =>
      `估计误差的绝对值随飞镖数变化的双对数图（掷出 ${n} 支后为 ${error}），旁边是虚线 σ/√N。`,
  },
});
