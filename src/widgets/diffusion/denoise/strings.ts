import { defineStrings } from '../../common/lang';

/** DenoiseOneStep's words. Tests import these labels. */
export const DENOISE_STRINGS = defineStrings({
  en: {
    title: 'Denoising in one step: Tweedie’s estimate',
    caption:
      'The data are 24 points x₀⁽ᵏ⁾ of a shape, each blurred by σ₀ = 0.03, so every noised density p_t is an exact mixture (shaded). For a noised point x_t = √ᾱ x₀ + √(1 − ᾱ) ε the best guess of x₀ in the mean-square sense is Tweedie’s E[x₀ | x_t] = (x_t + (1 − ᾱ) ∇ log p_t(x_t)) / √ᾱ — the average of the data points weighted by their posterior probabilities P(k | x_t), drawn as the size of each point and listed as bars. Drag x_t (or focus it and use the arrow keys), or draw a noised point. As the noise falls the posterior picks one point and the estimate snaps to the nearest data point; as it rises the posterior spreads over all of them and the estimate falls to the data mean.',
    shape: 'Data shape',
    shapes: { twoMoons: 'two moons', smiley: 'smiley', spiral: 'spiral', heart: 'heart' },
    noise: 'Noise level √(1 − ᾱ)',
    draw: 'Draw a noised point',
    handle: (x: string, y: string) => `Noised point x_t at (${x}, ${y}); arrow keys move it`,
    planeLabel: (noise: string, ex: string, ey: string, effective: string) =>
      `The 24 data points sized by their posterior weight, the shaded noised density p_t at noise level ${noise}, the noised point x_t and Tweedie’s estimate at (${ex}, ${ey}), an average over about ${effective} points.`,
    axes: ['x₁', 'x₂'] as [string, string],
    legend: {
      points: '● data points x₀⁽ᵏ⁾, area ∝ P(k | x_t); the top 5 are numbered',
      estimate: '◆ Tweedie’s estimate E[x₀ | x_t], joined to x_t by a dashed line',
      mean: '✚ mean of the data (the estimate as ᾱ → 0)',
      source: '○ the data point x_t was drawn from',
      shading: 'shading: p_t, the data shrunk by √ᾱ and blurred by √(ᾱσ₀² + 1 − ᾱ)',
    },
    barsLabel: (list: string) => `The largest posterior weights P(k | x_t): ${list}.`,
    barsAxes: ['data point k (largest 5)', 'P(k | x_t)'] as [string, string],
    pointName: (k: number) => `#${k}`,
    alphaBar: 'ᾱ = 1 − noise²',
    estimate: 'E[x₀ | x_t]',
    effective: 'Effective number of points exp(H)',
    toNearest: (k: number) => `Distance to the nearest point (#${k})`,
    toMean: 'Distance to the data mean',
    source: 'x_t drawn from',
    byHand: 'placed by hand',
    regime: (effective: number): string =>
      effective < 1.5
        ? 'The posterior is almost certain of one point: the estimate sits on it (pulled towards x_t by the blur σ₀ only).'
        : effective > 12
          ? 'The posterior is spread over most of the data: the estimate drifts to the data mean.'
          : 'The posterior hesitates between a few points: the estimate lies between them, possibly on no data point at all.',
  },
  zh: {
    title: '一步去噪：Tweedie 估计',
    caption:
      '数据是某个形状上的 24 个点 x₀⁽ᵏ⁾，每个点用 σ₀ = 0.03 模糊，因此每个加噪密度 p_t 都是精确的混合分布（底色）。对加噪点 x_t = √ᾱ x₀ + √(1 − ᾱ) ε，均方意义下对 x₀ 的最佳猜测是 Tweedie 公式 E[x₀ | x_t] = (x_t + (1 − ᾱ) ∇ log p_t(x_t)) / √ᾱ——即以后验概率 P(k | x_t) 加权的数据点平均；后验概率画成每个点的大小，并以条形列出。拖动 x_t（或聚焦后用方向键移动），或抽取一个加噪点。噪声减小时，后验集中到一个点上，估计跳到最近的数据点；噪声增大时，后验摊到所有点上，估计落向数据均值。',
    shape: '数据形状',
    shapes: { twoMoons: '双月', smiley: '笑脸', spiral: '螺旋', heart: '心形' },
    noise: '噪声水平 √(1 − ᾱ)',
    draw: '抽取一个加噪点',
    handle: (x: string, y: string) => `加噪点 x_t 位于 (${x}, ${y})；用方向键移动`,
    planeLabel: (noise: string, ex: string, ey: string, effective: string) =>
      `24 个数据点，大小表示后验权重；底色为噪声水平 ${noise} 下的加噪密度 p_t；加噪点 x_t 与 Tweedie 估计 (${ex}, ${ey})，约为 ${effective} 个点的平均。`,
    axes: ['x₁', 'x₂'] as [string, string],
    legend: {
      points: '● 数据点 x₀⁽ᵏ⁾，面积 ∝ P(k | x_t)；前 5 个标有编号',
      estimate: '◆ Tweedie 估计 E[x₀ | x_t]，虚线连到 x_t',
      mean: '✚ 数据均值（ᾱ → 0 时的估计）',
      source: '○ x_t 由之抽出的数据点',
      shading: '底色：p_t，即数据按 √ᾱ 收缩、再以 √(ᾱσ₀² + 1 − ᾱ) 模糊',
    },
    barsLabel: (list: string) => `最大的后验权重 P(k | x_t)：${list}。`,
    barsAxes: ['数据点 k（最大的 5 个）', 'P(k | x_t)'] as [string, string],
    pointName: (k: number) => `#${k}`,
    alphaBar: 'ᾱ = 1 − 噪声²',
    estimate: 'E[x₀ | x_t]',
    effective: '有效点数 exp(H)',
    toNearest: (k: number) => `到最近数据点（#${k}）的距离`,
    toMean: '到数据均值的距离',
    source: 'x_t 抽自',
    byHand: '手动放置',
    regime: (effective: number): string =>
      effective < 1.5
        ? '后验几乎确定是某一个点：估计就落在它上面（只因模糊 σ₀ 而略偏向 x_t）。'
        : effective > 12
          ? '后验摊在大部分数据上：估计漂向数据均值。'
          : '后验在少数几个点之间犹豫：估计落在它们之间，可能不在任何数据点上。',
  },
});
