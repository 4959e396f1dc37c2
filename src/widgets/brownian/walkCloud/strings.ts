import { defineStrings } from '../../common/lang';

/** The random-walk cloud's words. Tests import these labels, so renaming one here cannot break a test. */
export const WALKERS_STRINGS = defineStrings({
  en: {
    title: 'Many random walkers: from steps to a Gaussian',
    caption: (d: string) =>
      `Every walker starts at the origin and takes one independent step per tick: ±a on each axis with equal odds (lattice), or a Gaussian step of standard deviation a. Matching the variance n·a² to the diffusion equation's 2Dt defines D = a²/(2Δt), with Δt = 1 tick. The cloud spreads like √t: its mean squared displacement follows the straight line 2·d·D·t (here d = ${d}). The histogram compares the walkers' x-positions with the exact density N(0, 2Dt). The KS distance (Kolmogorov–Smirnov) is the largest vertical gap between the walkers' cumulative distribution and the Gaussian one: 0 means identical. Lattice walkers are not Gaussian at first — after n steps the gap is about 0.4/√n — and the central limit theorem drives it down until it reaches the level that sampling N walkers alone produces (dashed line: the 5 % critical value 1.36/√N). Gaussian steps are exactly Gaussian at every n.`,
    walkers: 'Walkers N',
    steps: 'Steps n (maximum)',
    stepSize: 'Step size a',
    dimension: 'Dimension',
    kind: 'Steps',
    oneD: '1-D',
    twoD: '2-D',
    lattice: 'lattice ±a',
    gaussian: 'Gaussian, sd a',
    stepsNow: 'Steps taken n',
    msd: 'Mean squared displacement',
    msdExact: (d: string) => `exact 2·${d}·D·t`,
    ks: 'KS distance (x)',
    ksCritical: '5 % critical value',
    within: (k: number): string => (k === 1 ? 'Within 1σ' : 'Within 2σ'),
    exactShare: 'Gaussian',
    notYet: 'all at the origin',
    sigma: (v: string) => `σ = ${v}`,
    twoSigma: (v: string) => `2σ = ${v}`,
    canvasLabel2: (n: number, N: number, inside: string) =>
      `Scatter plot of ${N} random walkers in the plane after ${n} steps, with the exact 1σ and 2σ circles; ${inside} of the walkers lie inside the 1σ circle.`,
    canvasLabel1: (n: number, N: number, inside: string) =>
      `Strip of ${N} random walkers on a line after ${n} steps (vertical spread only for visibility), with lines at ±σ and ±2σ; ${inside} of the walkers lie within ±σ.`,
    legendDots: 'walkers (stronger colour = more)',
    legendCircles2: 'exact 1σ / 2σ circles',
    legendCircles1: 'exact ±σ / ±2σ',
    histTitle: 'x-positions against the exact density',
    histLabel: (n: number, ks: string) =>
      `Histogram of the walkers' x-positions after ${n} steps with the exact normal density N(0, 2Dt) drawn over it; KS distance ${ks}.`,
    histAxes: ['x', 'density'] as [string, string],
    histLegend: ['walkers', 'exact N(0, 2Dt)'] as [string, string],
    msdTitle: 'Mean squared displacement against time',
    msdLabel: (n: number, v: string, e: string) =>
      `Line plot of the walkers' mean squared displacement over ${n} steps, now ${v}, against the exact straight line 2dDt, now ${e}.`,
    msdAxes: ['t (steps)', 'MSD'] as [string, string],
    msdLegend: (d: string) => ['measured', `2·${d}·D·t`] as [string, string],
    ksTitle: 'KS distance of x against steps (log–log)',
    ksLabel: (ks: string, c: string) =>
      `Log–log plot of the KS distance between the walkers' x-positions and the exact Gaussian at the steps taken so far, now ${ks}, with the 5 % critical value ${c} dashed.`,
    ksAxes: ['steps n', 'KS distance'] as [string, string],
    ksLegend: ['measured', '5 % critical'] as [string, string],
  },
  zh: {
    title: '许多随机游走者：从一步步到高斯分布',
    caption: (d: string) =>
      `每个游走者都从原点出发，每个时刻独立地走一步：每个坐标轴上以相同概率走 ±a（格点游走），或走一步标准差为 a 的高斯步。把方差 n·a² 与扩散方程的 2Dt 对应起来，就定义了 D = a²/(2Δt)，这里 Δt = 1 个时刻。粒子云按 √t 扩展：均方位移沿直线 2·d·D·t 增长（这里 d = ${d}）。直方图把游走者的 x 坐标与精确密度 N(0, 2Dt) 作比较。KS 距离（Kolmogorov–Smirnov 距离）是游走者的经验累积分布函数与高斯累积分布函数之间最大的竖直差距：0 表示完全一致。格点游走一开始并不是高斯的——走 n 步后差距约为 0.4/√n——中心极限定理让它不断缩小，直到降到仅由 N 个游走者的抽样误差造成的水平（虚线：5% 临界值 1.36/√N）。高斯步长的游走在每一步都恰好服从高斯分布。`,
    walkers: '游走者数 N',
    steps: '步数 n（最大值）',
    stepSize: '步长 a',
    dimension: '维数',
    kind: '步长类型',
    oneD: '一维',
    twoD: '二维',
    lattice: '格点 ±a',
    gaussian: '高斯，标准差 a',
    stepsNow: '已走步数 n',
    msd: '均方位移',
    msdExact: (d: string) => `精确值 2·${d}·D·t`,
    ks: 'KS 距离（x）',
    ksCritical: '5% 临界值',
    within: (k: number): string => (k === 1 ? '1σ 以内' : '2σ 以内'),
    exactShare: '高斯',
    notYet: '全部在原点',
    sigma: (v: string) => `σ = ${v}`,
    twoSigma: (v: string) => `2σ = ${v}`,
    canvasLabel2: (n: number, N: number, inside: string) =>
      `${N} 个平面随机游走者走了 ${n} 步后的散点图，画有精确的 1σ 和 2σ 圆；有 ${inside} 的游走者在 1σ 圆内。`,
    canvasLabel1: (n: number, N: number, inside: string) =>
      `${N} 个直线上的随机游走者走了 ${n} 步后的分布条带（竖直方向的散开只是为了看清），画有 ±σ 和 ±2σ 线；有 ${inside} 的游走者在 ±σ 以内。`,
    legendDots: '游走者（颜色越浓越多）',
    legendCircles2: '精确的 1σ / 2σ 圆',
    legendCircles1: '精确的 ±σ / ±2σ',
    histTitle: 'x 坐标与精确密度的比较',
    histLabel: (n: number, ks: string) =>
      `游走者走了 ${n} 步后 x 坐标的直方图，叠加精确正态密度 N(0, 2Dt)；KS 距离为 ${ks}。`,
    histAxes: ['x', '密度'] as [string, string],
    histLegend: ['游走者', '精确 N(0, 2Dt)'] as [string, string],
    msdTitle: '均方位移随时间的变化',
    msdLabel: (n: number, v: string, e: string) =>
      `游走者在 ${n} 步内均方位移的折线图，当前为 ${v}，精确直线 2dDt 当前为 ${e}。`,
    msdAxes: ['t（步）', '均方位移'] as [string, string],
    msdLegend: (d: string) => ['实测', `2·${d}·D·t`] as [string, string],
    ksTitle: 'x 的 KS 距离随步数的变化（双对数）',
    ksLabel: (ks: string, c: string) =>
      `双对数图：各步游走者 x 坐标与精确高斯分布之间的 KS 距离，当前为 ${ks}；虚线为 5% 临界值 ${c}。`,
    ksAxes: ['步数 n', 'KS 距离'] as [string, string],
    ksLegend: ['实测', '5% 临界值'] as [string, string],
  },
});

export type WalkersText = (typeof WALKERS_STRINGS)['en'];
