import type { DivergentSide, FieldDomain } from '../../../core';
import { defineStrings } from '../../common/lang';

/** The domains as written (the same in both languages). */
export const DOMAIN_SYMBOLS: Record<FieldDomain, string> = {
  binary: '{0, 1}³',
  spin: '{−1, +1}³',
  unit: '[0, 1]³',
  real: 'ℝ³',
};

const SUBSCRIPT = ['₀', '₁', '₂', '₃'];
/** b₁, x₂ …: the i-th field or variable (i = 1, 2, 3). */
export const indexed = (letter: string, i: number) => `${letter}${SUBSCRIPT[i] ?? i}`;

/** The domain widget's words; tests import its labels from here. */
export const DOMAIN_STRINGS = defineStrings({
  en: {
    title: 'The domain decides',
    caption:
      'One unnormalised model, p̃(x) = exp(b₁x₁ + b₂x₂ + b₃x₃), on four domains. On the two discrete domains Z is a sum over 8 states, listed in the table; on [0, 1]³ it is an integral, computed numerically. Either way it is computed without the closed form shown above, and the two agree to every digit shown. The plot is the marginal distribution of x₁. On ℝ³ the integral diverges for every b, so there is no distribution at all. Try: b = 0 on [0, 1]³ (Z = 1, the uniform distribution), and large b on {0, 1}³.',
    domain: 'Domain of x',
    field: (i: number) => `Coefficient ${indexed('b', i)}`,
    closedTitle: 'Closed form',
    independentTitle: {
      listing: 'By listing all 8 states',
      quadrature: 'By numerical integration',
      verdicts: 'By the quadrature’s tail test',
    },
    closedZ: 'Z, closed form',
    independentZ: { listing: 'Z, sum of the list', quadrature: 'Z, by quadrature' },
    difference: 'Relative difference',
    unitLimit:
      'A factor with b = 0 is 1, the limit of (eᵇ − 1)/b as b → 0 (computed as expm1(b)/b, which keeps its digits near 0).',
    statesCaption: 'The 8 states, with p̃(x) = exp(b·x) and p(x) = p̃(x)/Z',
    stateColumns: ['x₁ x₂ x₃', 'b·x', 'p̃(x)', 'p(x)'] as [string, string, string, string],
    sum: 'Sum = Z',
    quadratureCaption: 'Each factor ∫₀¹ exp(bx) dx by adaptive Gauss–Kronrod quadrature',
    quadratureColumns: ['Variable', 'Coefficient', 'Quadrature', 'Closed form'] as [
      string,
      string,
      string,
      string,
    ],
    product: 'Product = Z',
    noDistribution: 'No distribution: the integral diverges.',
    side: (i: number, b: string, side: DivergentSide) => {
      const [bi, xi] = [indexed('b', i), indexed('x', i)];
      if (side === 'plus')
        return `${bi} = ${b} > 0: exp(${bi}${xi}) grows as ${xi} → +∞, so the integral over [0, ∞) is already infinite.`;
      if (side === 'minus')
        return `${bi} = ${b} < 0: exp(${bi}${xi}) grows as ${xi} → −∞, so the integral over (−∞, 0] is already infinite.`;
      return `${bi} = 0: exp(0) = 1 everywhere, so each half of the line contributes its length: infinite on both sides.`;
    },
    everyB:
      'This holds for every b, b = 0 included: no weight can be spread evenly over an infinite line, and a tilted one blows up on one side.',
    marginalAxes: {
      bars: ['x₁', 'P(x₁)'],
      density: ['x₁', 'density p(x₁)'],
      none: ['x₁', 'p̃(x₁), unnormalised'],
    } as Record<'bars' | 'density' | 'none', [string, string]>,
    notADistribution:
      'The dashed curve is p̃(x₁) = exp(b₁x₁), not a distribution: the area under it is infinite.',
    firstReadout: {
      binary: 'P(x₁ = 1) = σ(b₁)',
      spin: 'E[x₁] = tanh b₁',
      unit: 'Z₁ = (exp(b₁) − 1)/b₁',
    },
    plotLabel: (domain: FieldDomain, b1: string) =>
      domain === 'real'
        ? `The unnormalised weight exp(b₁x₁) for b₁ = ${b1} on part of the real line; it has no finite area, so there is no marginal distribution.`
        : `The marginal distribution of x₁ on ${DOMAIN_SYMBOLS[domain]} for b₁ = ${b1}.`,
  },
  zh: {
    title: '定义域说了算',
    caption:
      '同一个未归一化模型 p̃(x) = exp(b₁x₁ + b₂x₂ + b₃x₃)，放在四种定义域上。在两个离散定义域上，Z 是 8 个状态之和，表中逐一列出；在 [0, 1]³ 上，Z 是一个积分，用数值积分求出。两种算法都不用上方的闭式解，而结果与闭式解的每一位显示数字都一致。图中画的是 x₁ 的边缘分布。在 ℝ³ 上，不论 b 取什么值，积分都发散，根本不存在概率分布。试试：在 [0, 1]³ 上令 b = 0（Z = 1，均匀分布）；在 {0, 1}³ 上把 b 调大。',
    domain: 'x 的定义域',
    field: (i: number) => `系数 ${indexed('b', i)}`,
    closedTitle: '闭式解',
    independentTitle: {
      listing: '逐一列出全部 8 个状态',
      quadrature: '数值积分',
      verdicts: '数值积分的尾部检验',
    },
    closedZ: 'Z（闭式解）',
    independentZ: { listing: 'Z（列表求和）', quadrature: 'Z（数值积分）' },
    difference: '相对差',
    unitLimit:
      'b = 0 的因子等于 1，即 b → 0 时 (eᵇ − 1)/b 的极限（程序用 expm1(b)/b 计算，在 0 附近不丢失有效数字）。',
    statesCaption: '8 个状态及其 p̃(x) = exp(b·x) 与 p(x) = p̃(x)/Z',
    stateColumns: ['x₁ x₂ x₃', 'b·x', 'p̃(x)', 'p(x)'] as [string, string, string, string],
    sum: '求和 = Z',
    quadratureCaption: '每个因子 ∫₀¹ exp(bx) dx 都用自适应 Gauss–Kronrod 求积公式计算',
    quadratureColumns: ['变量', '系数', '数值积分', '闭式解'] as [string, string, string, string],
    product: '乘积 = Z',
    noDistribution: '不存在概率分布：积分发散。',
    side: (i: number, b: string, side: DivergentSide) => {
      const [bi, xi] = [indexed('b', i), indexed('x', i)];
      if (side === 'plus')
        return `${bi} = ${b} > 0：当 ${xi} → +∞ 时 exp(${bi}${xi}) 无限增大，仅 [0, ∞) 上的积分就已是无穷大。`;
      if (side === 'minus')
        return `${bi} = ${b} < 0：当 ${xi} → −∞ 时 exp(${bi}${xi}) 无限增大，仅 (−∞, 0] 上的积分就已是无穷大。`;
      return `${bi} = 0：处处有 exp(0) = 1，每半条直线贡献的都是它的长度，两侧都发散。`;
    },
    everyB:
      '这对每个 b 都成立，b = 0 也不例外：无法把权重均匀地摊在一条无限长的直线上，而一旦倾斜，就会在一侧爆炸。',
    marginalAxes: {
      bars: ['x₁', 'P(x₁)'],
      density: ['x₁', '概率密度 p(x₁)'],
      none: ['x₁', 'p̃(x₁)（未归一化）'],
    } as Record<'bars' | 'density' | 'none', [string, string]>,
    notADistribution: '虚线是 p̃(x₁) = exp(b₁x₁)，它不是概率分布：曲线下的面积是无穷大。',
    firstReadout: {
      binary: 'P(x₁ = 1) = σ(b₁)',
      spin: 'E[x₁] = tanh b₁',
      unit: 'Z₁ = (exp(b₁) − 1)/b₁',
    },
    plotLabel: (domain: FieldDomain, b1: string) =>
      domain === 'real'
        ? `b₁ = ${b1} 时未归一化权重 exp(b₁x₁) 在实轴一段上的图像；它下方的面积是无穷大，所以没有边缘分布。`
        : `b₁ = ${b1} 时 x₁ 在 ${DOMAIN_SYMBOLS[domain]} 上的边缘分布。`,
  },
});
