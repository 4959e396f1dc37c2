import { defineStrings } from '../../common/lang';

/** The log Z curve's words. Tests import these labels. */
export const LOGZ_STRINGS = defineStrings({
  en: {
    title: 'log Z as a function of the coupling',
    caption:
      'A ring of n spins sᵢ = ±1 with p̃(s) = exp(J Σ sᵢsᵢ₊₁ + h Σ sᵢ). The curve is log Z(J) for the current n and h; the dot is the current J and the dashed line its tangent. The slope of log Z is the average of what J multiplies, E[Σ sᵢsᵢ₊₁]: the same number comes out of the curve and out of listing every state. Z itself does not depend on the spins, but it does depend on J.',
    n: 'Spins n',
    coupling: 'Coupling J',
    field: 'Field h',
    listed: (states: string) => `log Z, summing all ${states} states`,
    transfer: 'log Z, transfer matrix λ₊ⁿ + λ₋ⁿ',
    slope: 'Slope of the curve, d log Z/dJ',
    mean: 'E[Σ sᵢsᵢ₊₁], from all states',
    curvature: 'Curvature, d² log Z/dJ²',
    variance: 'Var[Σ sᵢsᵢ₊₁], from all states',
    convex: (variance: string) =>
      `The curve bends upwards everywhere: its second derivative is a variance (here ${variance}), and a variance is never negative. So log Z is convex in J, and the log-likelihood J·C(x) − log Z(J) of data is concave: gradient ascent on it has a single summit to find, if only we could compute the expectation E[C] that its gradient needs.`,
    plotLabel: (n: number, J: string) =>
      `The curve log Z against the coupling J for a ring of ${n} spins, with the current J = ${J} marked and its tangent.`,
    xAxis: 'coupling J',
    yAxis: 'log Z',
  },
  zh: {
    title: 'log Z 作为耦合强度的函数',
    caption:
      '由 n 个自旋 sᵢ = ±1 连成的环，p̃(s) = exp(J Σ sᵢsᵢ₊₁ + h Σ sᵢ)。曲线是当前 n 和 h 下的 log Z(J)；圆点是当前的 J，虚线是那里的切线。log Z 的斜率等于 J 所乘的那个量的平均值 E[Σ sᵢsᵢ₊₁]：从曲线上读出来的数，和把所有状态逐一列举算出来的数，完全相同。Z 与自旋的取值无关，却依赖于 J。',
    n: '自旋数 n',
    coupling: '耦合强度 J',
    field: '外场 h',
    listed: (states: string) => `log Z（对全部 ${states} 个状态求和）`,
    transfer: 'log Z（转移矩阵 λ₊ⁿ + λ₋ⁿ）',
    slope: '曲线的斜率 d log Z/dJ',
    mean: 'E[Σ sᵢsᵢ₊₁]（由全部状态算出）',
    curvature: '曲率 d² log Z/dJ²',
    variance: 'Var[Σ sᵢsᵢ₊₁]（由全部状态算出）',
    convex: (variance: string) =>
      `曲线处处向上弯：它的二阶导数是一个方差（这里是 ${variance}），而方差永远不会是负的。所以 log Z 是 J 的凸函数，数据的对数似然 J·C(x) − log Z(J) 则是凹函数：梯度上升只需找到唯一的山顶——前提是我们能算出梯度里需要的期望 E[C]。`,
    plotLabel: (n: number, J: string) =>
      `${n} 个自旋组成的环上，log Z 随耦合强度 J 变化的曲线，标出了当前的 J = ${J} 及其切线。`,
    xAxis: '耦合强度 J',
    yAxis: 'log Z',
  },
});
