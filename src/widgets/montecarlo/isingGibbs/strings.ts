import { defineStrings } from '../../common/lang';

/** The Ising widget's words. Tests import these labels, so renaming one here cannot break a test. */
export const ISING_GIBBS_STRINGS = defineStrings({
  en: {
    title: 'Gibbs sampling of a small Ising model',
    caption:
      'A 4 × 4 grid of spins s_i = ±1 with p̃(s) = exp(J Σ s_i s_j + h Σ s_i) over neighbouring pairs (free boundary). Each sweep visits the 16 spins in turn and redraws each from its conditional given its four (or fewer) neighbours, p(s_i = +1 | rest) = σ(2(J Σ_neighbours s_j + h)). The dots are the running averages of the sweeps so far; the dashes are the exact values, from summing p̃ over all 2¹⁶ = 65 536 states. Play replays the 2000 sweeps; the same seed gives the same chain.',
    coupling: 'Coupling J',
    field: 'Field h',
    gridLabel: (shown: number, up: number) =>
      `The 4 × 4 spins after ${shown} sweeps: ${up} up, ${16 - up} down.`,
    spinUp: 'spin up (+1), shaded',
    spinDown: 'spin down (−1), plain',
    marginalsLabel: (shown: number) =>
      `Running estimates of P(s_i = +1) for the 16 sites after ${shown} sweeps, with the exact marginals as dashes.`,
    marginalsAxes: ['site i (row by row)', 'P(s_i = +1)'] as [string, string],
    correlationLabel: (shown: number) =>
      `Running estimates of ⟨s_i s_j⟩ for the 24 neighbour pairs after ${shown} sweeps, with the exact values as dashes.`,
    correlationAxes: ['neighbour pair', '⟨s_i s_j⟩'] as [string, string],
    legendEstimate: 'Gibbs estimate (running average)',
    legendExact: 'exact, by enumeration',
    shown: 'Sweeps',
    maxDeviation: 'Largest |estimate − exact| of P(s_i = +1)',
    expected: 'Expected size √(p(1 − p)τ/n) ∝ 1/√n',
    tau: 'τ of the magnetisation (sweeps)',
    neighbourExact: 'Mean neighbour ⟨s_i s_j⟩, exact',
    neighbourEstimate: 'Mean neighbour ⟨s_i s_j⟩, estimate',
    falls: 'Errors fall like 1/√sweeps.',
    lagging:
      'The estimates lag behind the exact values: with strong coupling, neighbouring spins are locked together and single-spin updates rarely turn a whole aligned patch over (critical slowing down), so the chain needs far more sweeps than 2000 for the same accuracy.',
  },
  zh: {
    title: '小型伊辛模型的吉布斯采样',
    caption:
      '4 × 4 网格上的自旋 s_i = ±1，未归一化概率 p̃(s) = exp(J Σ s_i s_j + h Σ s_i)，其中第一个求和遍历相邻的自旋对（自由边界）。每一轮（sweep）依次访问 16 个自旋，在给定其四个（边上更少）邻居的条件下重新抽取：p(s_i = +1 | 其余) = σ(2(J Σ_邻居 s_j + h))。圆点是到目前为止各轮的滑动平均；短横线是精确值，由对全部 2¹⁶ = 65 536 个状态求和 p̃ 得到。按“播放”回放这 2000 轮；种子相同，链就相同。',
    coupling: '耦合 J',
    field: '外场 h',
    gridLabel: (shown: number, up: number) => `${shown} 轮后的 4 × 4 自旋：${up} 个向上，${16 - up} 个向下。`,
    spinUp: '自旋向上（+1），有底色',
    spinDown: '自旋向下（−1），无底色',
    marginalsLabel: (shown: number) =>
      `${shown} 轮后 16 个格点的 P(s_i = +1) 滑动估计，短横线为精确的边缘分布。`,
    marginalsAxes: ['格点 i（逐行编号）', 'P(s_i = +1)'] as [string, string],
    correlationLabel: (shown: number) => `${shown} 轮后 24 对相邻自旋的 ⟨s_i s_j⟩ 滑动估计，短横线为精确值。`,
    correlationAxes: ['相邻自旋对', '⟨s_i s_j⟩'] as [string, string],
    legendEstimate: '吉布斯估计（滑动平均）',
    legendExact: '精确值（穷举）',
    shown: '轮数',
    maxDeviation: 'P(s_i = +1) 的最大 |估计 − 精确|',
    expected: '预期大小 √(p(1 − p)τ/n) ∝ 1/√n',
    tau: '磁化强度的 τ（轮）',
    neighbourExact: '相邻 ⟨s_i s_j⟩ 的平均，精确值',
    neighbourEstimate: '相邻 ⟨s_i s_j⟩ 的平均，估计值',
    falls: '误差按 1/√轮数 的速度减小。',
    lagging:
      '估计值明显落后于精确值：耦合很强时，相邻自旋被锁在一起，单个自旋的更新很难把一整片同向的自旋翻过来（临界慢化），要达到同样的精度，链需要远多于 2000 轮。',
  },
});
