import { defineStrings } from '../../common/lang';

/** The product-of-experts widget's words; tests import these labels. */
export const PRODUCT_STRINGS = defineStrings({
  en: {
    title: 'A product of experts: each one a soft constraint on a projection',
    caption:
      'Each expert is a 1-D energy of one projection u = wᵀx − b, so it constrains the plane only across its direction w and leaves the perpendicular line free. Energies add, so densities multiply: exp(−(E₁ + E₂)) = exp(−E₁)·exp(−E₂). A point stays likely only where every expert that is on allows it — AND, not OR — and the product takes a shape no single expert has.',
    preset: 'Experts',
    presets: {
      polygon: 'Half-planes: triangle → hexagon',
      blobs: 'Double wells: four blobs',
      bands: 'Bands through the origin',
    },
    expert: (k: number) => `Expert ${k}`,
    shapes: { band: 'band k·u²', well: 'double well k·(u² − 1)²', step: 'half-plane k·max(0, u)²' },
    shortShapes: { band: 'band', well: 'double well', step: 'half-plane' },
    direction: (angle: string) => `w at ${angle}°`,
    expertLabel: (k: number, shape: string, direction: string) => `Expert ${k}: ${shape}, ${direction}`,
    productTitle: 'Product of densities exp(−ΣE)/Z',
    sumTitle: 'Sum of energies ΣE (darker = higher, shading stops at 12)',
    panelsTitle: 'Each expert alone, exp(−Eᵢ)/Zᵢ on the box (dimmed: off)',
    off: 'off',
    axes: ['x₁', 'x₂'] as [string, string],
    productLabel: (n: number, logZ: string) =>
      `Heat map of the product density of ${n} experts on the box [−3, 3]²; log Z = ${logZ}.`,
    sumLabel: (n: number) => `Heat map of the sum of the energies of ${n} experts on the box [−3, 3]².`,
    panelLabel: (k: number, shape: string, direction: string, on: boolean) =>
      `Density of expert ${k} alone (${shape}, ${direction})${on ? '' : ', switched off'}.`,
    logZ: 'log Z of the product on the box (quadrature)',
    area: '90 % of the mass in',
    areaProduct: (p: string) => `${p} of the box (product)`,
    areaWidest: (p: string, k: number) => `${p} (widest single expert, ${k})`,
    noneOn:
      'No expert is on: exp(0) = 1 everywhere, the uniform density on the box (Z = 36, log Z = log 36).',
    oneOn: 'One expert alone: a ridge or band, free along the perpendicular direction.',
  },
  zh: {
    title: '专家乘积：每位专家都是对一个投影的软约束',
    caption:
      '每位专家都是某个投影 u = wᵀx − b 的一维能量，所以它只在方向 w 上约束平面，而沿垂直方向的整条直线都不受约束。能量相加，密度就相乘：exp(−(E₁ + E₂)) = exp(−E₁)·exp(−E₂)。只有每位开启的专家都允许的地方，点才仍然可能出现——是“与”而不是“或”——于是乘积呈现出任何单个专家都没有的形状。',
    preset: '专家组',
    presets: { polygon: '半平面：三角形 → 六边形', blobs: '双势阱：四个团块', bands: '过原点的带' },
    expert: (k: number) => `专家 ${k}`,
    shapes: { band: '带 k·u²', well: '双势阱 k·(u² − 1)²', step: '半平面 k·max(0, u)²' },
    shortShapes: { band: '带', well: '双势阱', step: '半平面' },
    direction: (angle: string) => `w 的方向 ${angle}°`,
    expertLabel: (k: number, shape: string, direction: string) => `专家 ${k}：${shape}，${direction}`,
    productTitle: '密度之积 exp(−ΣE)/Z',
    sumTitle: '能量之和 ΣE（越深越高，着色在 12 处封顶）',
    panelsTitle: '每位专家单独的密度 exp(−Eᵢ)/Zᵢ（变暗：已关闭）',
    off: '已关闭',
    axes: ['x₁', 'x₂'] as [string, string],
    productLabel: (n: number, logZ: string) =>
      `${n} 位专家的乘积密度在方框 [−3, 3]² 上的热图；log Z = ${logZ}。`,
    sumLabel: (n: number) => `${n} 位专家的能量之和在方框 [−3, 3]² 上的热图。`,
    panelLabel: (k: number, shape: string, direction: string, on: boolean) =>
      `专家 ${k} 单独的密度（${shape}，${direction}）${on ? '' : '，已关闭'}。`,
    logZ: '乘积在方框上的 log Z（数值积分）',
    area: '90% 的概率质量所占面积',
    areaProduct: (p: string) => `方框的 ${p}（乘积）`,
    areaWidest: (p: string, k: number) => `${p}（最宽的单个专家，${k}）`,
    noneOn: '没有开启任何专家：处处 exp(0) = 1，即方框上的均匀分布（Z = 36，log Z = log 36）。',
    oneOn: '单个专家：一条脊或一条带，沿垂直方向不受约束。',
  },
});
