import { defineStrings } from '../../common/lang';

/** The free-energy widget's words; tests import these labels. */
export const FREE_ENERGY_STRINGS = defineStrings({
  en: {
    title: 'Free energy: summing out a hidden variable',
    caption:
      'A visible x and a hidden h ∈ {0, 1, 2} with E(x, h) = (x − μₕ)²/2 + aₕ, μ = (−2, 0, 2). Summing h out gives the free energy F(x) = −log Σₕ exp(−E(x, h)), a soft minimum of the three curves, never more than log 3 below the lowest. The marginal is p(x) = exp(−F(x))/Z with Z = √(2π)·Σₕ exp(−aₕ). Raise an offset aₕ and that component loses mass.',
    offset: (h: number) => `Offset a${'₀₁₂'[h]} of h = ${h}`,
    probe: 'Probe x₀',
    curve: (h: number) => `h = ${h}`,
    free: 'F(x)',
    band: 'min E − log 3 ≤ F ≤ min E',
    marginal: 'p(x) = exp(−F)/Z',
    curvesLabel: (a: string) =>
      `Line plot of the three energies E(x, h) and the free energy F(x) for offsets a = (${a}).`,
    marginalLabel: (z: string) => `Line plot of the marginal density p(x) = exp(−F(x))/Z, Z = ${z}.`,
    barsLabel: (x: string, p: string) => `Bar chart of P(h | x₀ = ${x}): ${p}.`,
    axesTop: ['x', 'energy'] as [string, string],
    axesBottom: ['x', 'p(x)'] as [string, string],
    axesBars: ['h', 'P(h | x₀)'] as [string, string],
    zClosed: 'Z closed form √(2π)·Σ exp(−aₕ)',
    zQuadrature: 'Z by quadrature ∫ exp(−F) dx',
    prior: 'P(h) = exp(−aₕ)/Σ exp(−aₖ)',
    posterior: 'P(h | x₀)',
    posteriorTitle: (x: string) => `P(h | x₀ = ${x}) = exp(−E(x₀, h))/exp(−F(x₀))`,
  },
  zh: {
    title: '自由能：对隐变量求和',
    caption:
      '可见变量 x 与隐变量 h ∈ {0, 1, 2}，能量 E(x, h) = (x − μₕ)²/2 + aₕ，μ = (−2, 0, 2)。把 h 求和消去，得到自由能 F(x) = −log Σₕ exp(−E(x, h))：它是三条曲线的软最小值，最多比最低的一条低 log 3。边缘分布为 p(x) = exp(−F(x))/Z，其中 Z = √(2π)·Σₕ exp(−aₕ)。调高某个偏置 aₕ，对应分量的概率质量就会减少。',
    offset: (h: number) => `h = ${h} 的偏置 a${'₀₁₂'[h]}`,
    probe: '探针 x₀',
    curve: (h: number) => `h = ${h}`,
    free: 'F(x)',
    band: 'min E − log 3 ≤ F ≤ min E',
    marginal: 'p(x) = exp(−F)/Z',
    curvesLabel: (a: string) => `三条能量曲线 E(x, h) 与自由能 F(x) 的折线图，偏置 a = (${a})。`,
    marginalLabel: (z: string) => `边缘密度 p(x) = exp(−F(x))/Z 的折线图，Z = ${z}。`,
    barsLabel: (x: string, p: string) => `P(h | x₀ = ${x}) 的柱状图：${p}。`,
    axesTop: ['x', '能量'] as [string, string],
    axesBottom: ['x', 'p(x)'] as [string, string],
    axesBars: ['h', 'P(h | x₀)'] as [string, string],
    zClosed: 'Z 的闭式解 √(2π)·Σ exp(−aₕ)',
    zQuadrature: '数值积分得到的 Z = ∫ exp(−F) dx',
    prior: 'P(h) = exp(−aₕ)/Σ exp(−aₖ)',
    posterior: 'P(h | x₀)',
    posteriorTitle: (x: string) => `P(h | x₀ = ${x}) = exp(−E(x₀, h))/exp(−F(x₀))`,
  },
});
