import { defineStrings } from '../../common/lang';
import type { DistId } from './distributions';

/** The inverse-CDF widget's words; tests import its labels from here. */
export const INVERSE_CDF_STRINGS = defineStrings({
  en: {
    title: 'Sampling through the inverse CDF',
    caption:
      'Each draw starts as a uniform number u on the vertical axis, runs across to the CDF F and drops to x = F⁻¹(u). Because P(F⁻¹(U) ≤ x) = P(U ≤ F(x)) = F(x), the draws have exactly the distribution F: the histogram settles onto the density, and the Kolmogorov–Smirnov distance D = sup |F_n − F| between the empirical CDF (thin steps) and F shrinks like 1/√n (D depends only on the uniforms, so with the same seed it is the same for every distribution). Play or Step to follow the draws one by one; the same seed gives the same uniforms, whichever distribution they are sent through.',
    dist: 'Distribution',
    options: {
      normal: 'Normal N(0, 1)',
      exponential: 'Exponential (rate λ)',
      cauchy: 'Cauchy',
      piecewise: 'Your own (piecewise)',
    } as Record<DistId, string>,
    rate: 'Rate λ',
    n: 'Draws N',
    heightsLegend:
      'Your density: heights of pieces 1–8 (piece 1 covers x from −4 to −3, piece 8 from 3 to 4)',
    pieceLabel: (piece: number, from: number, to: number) =>
      `${piece}: height of the piece from x = ${from} to ${to}`,
    allZero:
      'All heights are 0, and that is not a density: there is no area to normalise. Still sampling from the last valid shape.',
    drawn: 'Draws so far',
    ks: 'KS distance D',
    ksCritical: '5 % critical value',
    ksVerdict: (below: boolean): string =>
      below ? 'below: consistent with F' : 'above: unusual for a sample from F',
    mean: 'Mean of the draws',
    exactMean: 'E[X]',
    noMean: 'does not exist',
    none: 'none yet',
    outside: (k: string, n: string, share: string, lo: string, hi: string, exact: string, far: string) =>
      `${k} of ${n} draws (${share}) fell outside [${lo}, ${hi}] and are not in the histogram; the exact share outside is ${exact}. The farthest landed at x = ${far}.`,
    cauchyNote:
      'The Cauchy density has heavy tails: draws far from the centre keep coming, so the running mean never settles (the Cauchy law has no mean), although the histogram matches the density.',
    cdfAxes: ['x', 'u = F(x)'] as [string, string],
    histAxes: ['x', 'density'] as [string, string],
    meanAxes: ['draws k (log scale)', 'mean of first k'] as [string, string],
    cdfLegend: { exact: 'CDF F', empirical: 'empirical CDF F_n' },
    histLegend: { exact: 'density p', histogram: 'histogram of the draws' },
    meanLine: (mean: string | null): string => (mean === null ? 'no mean exists' : `dashed: E[X] = ${mean}`),
    cdfLabel: (name: string, shown: number) =>
      `The CDF of the ${name} distribution with the empirical CDF of ${shown} draws and the latest draws traced from u across to the curve and down to x.`,
    histLabel: (name: string, shown: number) =>
      `Histogram of ${shown} draws from the ${name} distribution under its exact density.`,
    meanLabel: (shown: number) => `Running mean of the first k of ${shown} draws against k on a log scale.`,
    distNames: {
      normal: 'normal',
      exponential: 'exponential',
      cauchy: 'Cauchy',
      piecewise: 'piecewise',
    } as Record<DistId, string>,
  },
  zh: {
    title: '用逆累积分布函数抽样',
    caption:
      '每次抽样从纵轴上的一个均匀随机数 u 出发，水平走到累积分布函数 F 的曲线，再竖直落到 x = F⁻¹(u)。因为 P(F⁻¹(U) ≤ x) = P(U ≤ F(x)) = F(x)，这些样本恰好服从分布 F：直方图逐渐贴合密度曲线，经验分布函数（细阶梯线）与 F 之间的柯尔莫哥洛夫–斯米尔诺夫距离（KS 距离）D = sup |F_n − F| 按 1/√n 缩小（D 只取决于那些均匀随机数，所以种子相同时，四个分布的 D 都一样）。按“播放”或“单步”逐个观察抽样；种子相同，均匀随机数就相同，无论把它们送进哪个分布。',
    dist: '分布',
    options: {
      normal: '正态分布 N(0, 1)',
      exponential: '指数分布（速率 λ）',
      cauchy: '柯西分布',
      piecewise: '自定义（分段常数）',
    } as Record<DistId, string>,
    rate: '速率 λ',
    n: '抽样次数 N',
    heightsLegend:
      '自定义密度：每一段的高度（滑块上方的数字）；第 1 段覆盖 x 从 −4 到 −3，……，第 8 段覆盖 3 到 4',
    pieceLabel: (piece: number, from: number, to: number) =>
      `第 ${piece} 段：x 从 ${from} 到 ${to} 这一段的高度`,
    allZero: '所有高度都是 0，这不是一个密度：没有面积可以归一化。仍按上一个有效的形状抽样。',
    drawn: '已抽样本数',
    ks: 'KS 距离 D',
    ksCritical: '5% 临界值',
    ksVerdict: (below: boolean): string =>
      below ? '低于临界值：与 F 相符' : '高于临界值：对来自 F 的样本而言不寻常',
    mean: '样本均值',
    exactMean: 'E[X]',
    noMean: '不存在',
    none: '尚无',
    outside: (k: string, n: string, share: string, lo: string, hi: string, exact: string, far: string) =>
      `${n} 个样本中有 ${k} 个（${share}）落在 [${lo}, ${hi}] 之外，没有计入直方图；落在区间外的精确概率为 ${exact}。最远的一个落在 x = ${far}。`,
    cauchyNote:
      '柯西分布的尾部很重：远离中心的样本不断出现，所以累计平均始终稳定不下来（柯西分布没有均值），尽管直方图与密度吻合得很好。',
    cdfAxes: ['x', 'u = F(x)'] as [string, string],
    histAxes: ['x', '密度'] as [string, string],
    meanAxes: ['样本数 k（对数刻度）', '前 k 个样本的均值'] as [string, string],
    cdfLegend: { exact: '累积分布函数 F', empirical: '经验分布函数 F_n' },
    histLegend: { exact: '密度 p', histogram: '样本直方图' },
    meanLine: (mean: string | null): string => (mean === null ? '均值不存在' : `虚线：E[X] = ${mean}`),
    cdfLabel: (name: string, shown: number) =>
      `${name}的累积分布函数、${shown} 个样本的经验分布函数，以及最近几次抽样从 u 水平到曲线再竖直落到 x 的轨迹。`,
    histLabel: (name: string, shown: number) => `${name}的 ${shown} 个样本的直方图及其精确密度。`,
    meanLabel: (shown: number) => `前 k 个样本（共 ${shown} 个）的累计平均随 k 变化的曲线（对数横轴）。`,
    distNames: {
      normal: '正态分布',
      exponential: '指数分布',
      cauchy: '柯西分布',
      piecewise: '分段常数分布',
    } as Record<DistId, string>,
  },
});
