import { defineStrings } from '../../common/lang';

/** The divergent-integral widget's words; tests import its labels from here. */
export const DIVERGENT_STRINGS = defineStrings({
  en: {
    title: 'An integral that may never settle',
    caption:
      'The curve is φ(x) = exp(−βx²); the shaded area is its integral over the window [−L, L] (dotted lines), and the dashed curve is φ outside the window. For β > 0 the area settles at √(π/β) as the window widens: that limit is Z. At β = 0 the area is exactly 2L, and for β < 0 the curve grows like exp(|β|x²): the area grows without bound, so there is no Z and no distribution. The y-axis stops at 2.5; where the curve leaves the plot, the widget says so. Below: the area against L, both on log scales, for the current β. Try: drag β slowly through 0.',
    beta: 'β (the coefficient in φ)',
    halfWidth: 'Window half-width L',
    area: 'Area over [−L, L]',
    limit: 'Z = √(π/β)',
    noLimit: 'does not exist',
    share: 'Share of Z inside the window',
    peak: 'Largest φ in the window',
    converges: (z: string) => `Converges: Z = √(π/β) = ${z}.`,
    flat: (twoL: string) => `Grows without bound: Z does not exist (at β = 0 the area is 2L = ${twoL}).`,
    grows: (area: string) =>
      `Grows without bound: Z does not exist (φ grows like exp(|β|x²); over this window the area is already ${area}, and for large L it grows like exp(|β|L²)/(|β|L)).`,
    offScale: (x: string, peak: string) => `↑ φ leaves the plot at |x| = ${x}; at ±L it is ${peak}`,
    windowEdges: ['−L', 'L'] as [string, string],
    axes: ['x', 'φ(x) = exp(−βx²)'] as [string, string],
    growthAxes: ['window half-width L (log scale)', 'area (log scale)'] as [string, string],
    legendArea: 'area over [−L, L]',
    legendTwoL: '2L (the area at β = 0)',
    legendLimit: '√(π/β) (the limit, β > 0)',
    legendNow: 'the current L',
    plotLabel: (beta: string, L: string, area: string) =>
      `Plot of φ(x) = exp(−βx²) for β = ${beta}, with the area over the window from −${L} to ${L} shaded: ${area}.`,
    growthLabel: (beta: string, settles: boolean) =>
      `The area over [−L, L] against L from 0.5 to 100 for β = ${beta}, on log scales: it ${settles ? 'settles at √(π/β)' : 'keeps growing'}.`,
  },
  zh: {
    title: '一个可能永远不收敛的积分',
    caption:
      '曲线是 φ(x) = exp(−βx²)；阴影是它在积分窗口 [−L, L]（点线）上的面积，虚线是窗口之外的 φ。β > 0 时，窗口越宽，面积越接近 √(π/β)：这个极限就是配分函数 Z。β = 0 时面积恰好是 2L；β < 0 时曲线像 exp(|β|x²) 一样增长，面积无界地增大，积分发散，于是 Z 不存在，也就没有概率分布。纵轴只画到 2.5，曲线超出图框时会用文字注明。下图：当前 β 下面积随 L 的变化，两个坐标轴都取对数刻度。试试把 β 慢慢拖过 0。',
    beta: 'β（φ 中的系数）',
    halfWidth: '窗口半宽 L',
    area: '[−L, L] 上的面积',
    limit: 'Z = √(π/β)',
    noLimit: '不存在',
    share: '窗口内占 Z 的比例',
    peak: '窗口内 φ 的最大值',
    converges: (z: string) => `收敛：Z = √(π/β) = ${z}。`,
    flat: (twoL: string) => `无界增长：Z 不存在（β = 0 时面积就是 2L = ${twoL}）。`,
    grows: (area: string) =>
      `无界增长：Z 不存在（φ 像 exp(|β|x²) 一样增长；在这个窗口上面积已达 ${area}，L 较大时它像 exp(|β|L²)/(|β|L) 一样增长）。`,
    offScale: (x: string, peak: string) => `↑ φ 在 |x| = ${x} 处超出图框；在 ±L 处等于 ${peak}`,
    windowEdges: ['−L', 'L'] as [string, string],
    axes: ['x', 'φ(x) = exp(−βx²)'] as [string, string],
    growthAxes: ['窗口半宽 L（对数刻度）', '面积（对数刻度）'] as [string, string],
    legendArea: '[−L, L] 上的面积',
    legendTwoL: '2L（β = 0 时的面积）',
    legendLimit: '√(π/β)（β > 0 时的极限）',
    legendNow: '当前的 L',
    plotLabel: (beta: string, L: string, area: string) =>
      `β = ${beta} 时 φ(x) = exp(−βx²) 的图像，阴影为从 −${L} 到 ${L} 的窗口上的面积：${area}。`,
    growthLabel: (beta: string, settles: boolean) =>
      `β = ${beta} 时，[−L, L] 上的面积随 L（0.5 到 100）的变化，对数刻度：面积${settles ? '收敛到 √(π/β)' : '不断增大'}。`,
  },
});
