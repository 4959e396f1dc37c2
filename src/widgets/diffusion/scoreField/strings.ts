import { defineStrings } from '../../common/lang';

/** ScoreField's words. Tests import these labels. */
export const SCORE_FIELD_STRINGS = defineStrings({
  en: {
    title: 'The score field: arrows that point uphill',
    caption:
      'A mixture of isotropic Gaussians p(x) = Σ w_k N(x; μ_k, σ² I). The arrows are the score ∇ log p(x) on a grid; the shading and contour lines are p̃(x) = c · p(x). Drag a centre (or focus it and use the arrow keys) and the arrows follow. Multiply p̃ by c: the numbers of the colour scale change, the arrows do not, because ∇ log (c p) = ∇ log p — the score never sees Z or any other constant. On the right, particles climb the arrows with no noise, x ← x + ε ∇ log p(x), and pile up on the modes.',
    preset: 'Preset (sets centres, weights and σ)',
    presets: { twoModes: 'two modes', threeModes: 'three modes', lopsided: 'lopsided' },
    components: 'Components K',
    width: 'Width σ of each component',
    scale: 'Multiply p̃ by c',
    weight: (k: number) => `Weight w${k}`,
    handle: (k: number, x: string, y: string) => `Centre ${k} at (${x}, ${y}); arrow keys move it`,
    densityLabel: (k: number, c: string) =>
      `Heat map and contours of p̃ = ${c} · p for a mixture of ${k} Gaussians, with arrows of the score ∇ log p on a 15 by 15 grid.`,
    axes: ['x₁', 'x₂'] as [string, string],
    colourScale: 'Shading: p̃(x) = c · p(x)',
    contours: (levels: string) => `contour lines at p̃ = ${levels}`,
    arrowLegend:
      'Arrows: ∇ log p̃ = ∇ log p, length = cell × tanh(|∇ log p| / 2) (long scores are capped at one cell)',
    arrowsUnchanged:
      'c changes the numbers of the shading, never the arrows: log c is a constant, its gradient is 0.',
    ascentLabel: (step: number, near: string) =>
      `${step} steps of noiseless ascent: particles on the score field, ${near} of them within 0.3 of a mode.`,
    ascentLegend: {
      dots: 'particles, x ← x + ε ∇ log p(x)',
      marks: 'circles of radius 0.3 around the modes',
    },
    ascentTitle: 'Particles following the arrows (no noise)',
    steps: 'Ascent steps',
    epsilon: 'Step ε = σ²/10',
    near: 'Within 0.3 of a mode',
    modes: 'Modes of p',
    maxDensity: 'Largest p̃ on the map',
  },
  zh: {
    title: '得分场：指向上坡的箭头',
    caption:
      '各向同性高斯混合 p(x) = Σ w_k N(x; μ_k, σ² I)。箭头是网格上的得分（score）∇ log p(x)；底色和等高线是 p̃(x) = c · p(x)。拖动一个中心（或聚焦后用方向键移动），箭头随之改变。把 p̃ 乘以常数 c：色标上的数字变了，箭头却纹丝不动，因为 ∇ log (c p) = ∇ log p——得分看不到 Z，也看不到任何常数。右图中，粒子不加噪声地沿箭头爬升，x ← x + ε ∇ log p(x)，最终聚集在各个众数上。',
    preset: '预设（设定中心、权重和 σ）',
    presets: { twoModes: '两个峰', threeModes: '三个峰', lopsided: '一大一小' },
    components: '分量数 K',
    width: '每个分量的宽度 σ',
    scale: '把 p̃ 乘以 c',
    weight: (k: number) => `权重 w${k}`,
    handle: (k: number, x: string, y: string) => `中心 ${k} 位于 (${x}, ${y})；用方向键移动`,
    densityLabel: (k: number, c: string) =>
      `${k} 个高斯分量的混合：p̃ = ${c} · p 的热图与等高线，以及 15×15 网格上得分 ∇ log p 的箭头。`,
    axes: ['x₁', 'x₂'] as [string, string],
    colourScale: '底色：p̃(x) = c · p(x)',
    contours: (levels: string) => `等高线位于 p̃ = ${levels}`,
    arrowLegend: '箭头：∇ log p̃ = ∇ log p，长度 = 网格间距 × tanh(|∇ log p| / 2)（过长的得分截断为一个格距）',
    arrowsUnchanged: 'c 只改变底色的数值，从不改变箭头：log c 是常数，它的梯度为 0。',
    ascentLabel: (step: number, near: string) =>
      `无噪声梯度上升 ${step} 步：粒子沿得分场运动，其中 ${near} 距某个众数不超过 0.3。`,
    ascentLegend: {
      dots: '粒子，x ← x + ε ∇ log p(x)',
      marks: '以众数为圆心、半径 0.3 的圆',
    },
    ascentTitle: '沿箭头运动的粒子（无噪声）',
    steps: '上升步数',
    epsilon: '步长 ε = σ²/10',
    near: '距众数 0.3 以内',
    modes: 'p 的众数个数',
    maxDensity: '图中 p̃ 的最大值',
  },
});
