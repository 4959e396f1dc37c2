import { defineStrings } from '../../common/lang';

/** LearnScore's words. Tests import these labels. */
export const LEARN_SCORE_STRINGS = defineStrings({
  en: {
    title: 'Learning the score by denoising',
    caption:
      'A small network ε̂_θ(x, t) (input x and six sin/cos features of t, two hidden layers of SiLU units, output 2 numbers; written by hand, as is its backpropagation) is trained by Adam on the denoising loss E‖ε̂_θ(√ᾱ x₀ + √(1 − ᾱ) ε, t) − ε‖², with x₀ from the shape’s mixture (σ₀ = 0.08 on 200 points), t uniform and fresh noise ε in every batch of 128. Its score is s_θ = −ε̂_θ / √(1 − ᾱ). Left: s_θ at the chosen noise level; right: the exact score of the same noised mixture. Before training, the left panel shows the seeded initial network.',
    shape: 'Shape',
    shapes: { twoMoons: 'Two moons', smiley: 'Smiley', spiral: 'Spiral', heart: 'Heart' },
    hiddenUnits: 'Hidden units per layer H',
    fieldTime: 'Noise level t of the arrows',
    train: 'Train',
    pause: 'Pause',
    resume: 'Resume',
    cancel: 'Cancel',
    progress: 'Training progress',
    status: {
      idle: 'Not trained yet: the left field is the seeded initial network’s.',
      running: (epoch: number, epochs: number) => `Training: epoch ${epoch} of ${epochs}.`,
      paused: (epoch: number, epochs: number) => `Paused after epoch ${epoch} of ${epochs}.`,
      done: (epochs: number) => `Trained for all ${epochs} epochs.`,
      cancelled: (epoch: number) => `Cancelled after epoch ${epoch}.`,
      error: (message: string) => `Training failed: ${message}`,
    },
    learnedTitle: 'Learned score s_θ(x, t)',
    exactTitle: 'Exact score ∇ log p_t(x)',
    learnedLabel: (t: string, epoch: number) =>
      epoch === 0
        ? `Arrows of the initial network's score at noise level t = ${t}, on a 15 by 15 grid, over the data points.`
        : `Arrows of the network's score after epoch ${epoch} at noise level t = ${t}, on a 15 by 15 grid, over the data points.`,
    exactLabel: (t: string) =>
      `Arrows of the exact score of the noised mixture at t = ${t}, on a 15 by 15 grid, over the data points.`,
    axes: ['x₁', 'x₂'] as [string, string],
    arrowLegend: (sigma: string) =>
      `Arrows: length = cell × tanh(|s| σ_t / 1.5), σ_t = ${sigma}, the same in both panels; grey dots: the data points.`,
    alphaBar: 'ᾱ_t of the arrows',
    epoch: 'Epoch',
    loss: 'Loss E‖ε̂ − ε‖² (last epoch)',
    msdNow: 'Mean squared difference at this t',
    examples: 'Examples seen',
    rate: 'Examples per second',
    msdTitle: 'Mean squared difference of learned and exact score, per epoch',
    msdLabel: (epochs: number) =>
      `Mean squared difference between the learned and the exact score on a 16 by 16 grid, at t = 0.1, 0.3 and 0.6, against the epoch, log scale; ${epochs} epochs done.`,
    msdAxes: ['epoch', 'mean squared difference'] as [string, string],
    msdTime: (t: string) => `t = ${t}`,
    generate: 'Generate with the learned score',
    generating: 'sampling…',
    generateNote: (steps: number) =>
      `300 points, ${steps} DDPM steps from the same seeded noise: with the score of the network as it is now (left) and with the exact score (right).`,
    samplesLearned: (epoch: number) => `Learned score (epoch ${epoch})`,
    samplesExact: 'Exact score',
    samplesLabel: (which: string, n: number) =>
      n > 0
        ? `Scatter of ${n} points generated with the ${which}.`
        : `No points generated with the ${which} yet.`,
    learnedWhich: 'learned score',
    exactWhich: 'exact score',
    energyLearned: 'Energy distance to the data, learned score',
    energyExact: 'Energy distance to the data, exact score',
    floor: 'Floor (perfect samples)',
    notYet: '—',
    computing: 'computing…',
    failed: (message: string) => `failed: ${message}`,
  },
  zh: {
    title: '通过去噪学习分数',
    caption:
      '一个小网络 ε̂_θ(x, t)（输入为 x 和 t 的六个 sin/cos 特征，两个 SiLU 隐藏层，输出 2 个数；网络和它的反向传播都是手写的）用 Adam 最小化去噪损失 E‖ε̂_θ(√ᾱ x₀ + √(1 − ᾱ) ε, t) − ε‖²，其中 x₀ 取自图形的混合分布（200 个点上各放 σ₀ = 0.08 的高斯），t 均匀抽取，每批 128 个样本都用新的噪声 ε。它给出的分数是 s_θ = −ε̂_θ / √(1 − ᾱ)。左图：所选噪声水平下的 s_θ；右图：同一加噪混合分布的精确分数。训练之前，左图显示的是按种子初始化的网络。',
    shape: '图形',
    shapes: { twoMoons: '双月', smiley: '笑脸', spiral: '螺旋', heart: '心形' },
    hiddenUnits: '每层隐藏单元数 H',
    fieldTime: '箭头的噪声水平 t',
    train: '训练',
    pause: '暂停',
    resume: '继续',
    cancel: '取消',
    progress: '训练进度',
    status: {
      idle: '尚未训练：左图是按种子初始化的网络的分数场。',
      running: (epoch: number, epochs: number) => `训练中：第 ${epoch} / ${epochs} 轮。`,
      paused: (epoch: number, epochs: number) => `已在第 ${epoch} / ${epochs} 轮后暂停。`,
      done: (epochs: number) => `${epochs} 轮训练全部完成。`,
      cancelled: (epoch: number) => `已在第 ${epoch} 轮后取消。`,
      error: (message: string) => `训练失败：${message}`,
    },
    learnedTitle: '学到的分数 s_θ(x, t)',
    exactTitle: '精确分数 ∇ log p_t(x)',
    learnedLabel: (t: string, epoch: number) =>
      epoch === 0
        ? `初始网络在噪声水平 t = ${t} 下的分数箭头，15 × 15 网格，底下是数据点。`
        : `网络在第 ${epoch} 轮后、噪声水平 t = ${t} 下的分数箭头，15 × 15 网格，底下是数据点。`,
    exactLabel: (t: string) => `加噪混合分布在 t = ${t} 时的精确分数箭头，15 × 15 网格，底下是数据点。`,
    axes: ['x₁', 'x₂'] as [string, string],
    arrowLegend: (sigma: string) =>
      `箭头：长度 = 格宽 × tanh(|s| σ_t / 1.5)，σ_t = ${sigma}，两图相同；灰点：数据点。`,
    alphaBar: '箭头处的 ᾱ_t',
    epoch: '轮次',
    loss: '损失 E‖ε̂ − ε‖²（最近一轮）',
    msdNow: '此 t 下的均方差',
    examples: '已见样本数',
    rate: '每秒样本数',
    msdTitle: '学到的分数与精确分数的均方差（每轮）',
    msdLabel: (epochs: number) =>
      `学到的分数与精确分数在 16 × 16 网格上、t = 0.1、0.3、0.6 时的均方差随轮次的变化，对数坐标；已完成 ${epochs} 轮。`,
    msdAxes: ['轮次', '均方差'] as [string, string],
    msdTime: (t: string) => `t = ${t}`,
    generate: '用学到的分数生成',
    generating: '采样中…',
    generateNote: (steps: number) =>
      `300 个点，从同一份带种子的噪声出发走 ${steps} 步 DDPM：左边用网络当前的分数，右边用精确分数。`,
    samplesLearned: (epoch: number) => `学到的分数（第 ${epoch} 轮）`,
    samplesExact: '精确分数',
    samplesLabel: (which: string, n: number) =>
      n > 0 ? `用${which}生成的 ${n} 个点的散点图。` : `尚未用${which}生成点。`,
    learnedWhich: '学到的分数',
    exactWhich: '精确分数',
    energyLearned: '与数据的能量距离（学到的分数）',
    energyExact: '与数据的能量距离（精确分数）',
    floor: '下限（完美样本）',
    notYet: '—',
    computing: '计算中…',
    failed: (message: string) => `失败：${message}`,
  },
});
