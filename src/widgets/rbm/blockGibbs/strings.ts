import { defineStrings } from '../../common/lang';

/** The block-Gibbs widget's words. Tests import these labels, so renaming one here cannot break a test. */
export const RBM_GIBBS_STRINGS = defineStrings({
  en: {
    title: 'Block Gibbs sampling against the exact p(v)',
    caption:
      'An RBM with 4 visible and 3 hidden units, its weights and biases a fixed pattern times the weight scale. Each step of block Gibbs sampling draws all three hidden units at once from p(h | v), then all four visible units from p(v | h). The bars count how often the chain visited each of the 16 visible states; the dashed staircase is the exact p(v) ∝ exp(bᵀv) ∏ⱼ (1 + exp(cⱼ + (vᵀW)ⱼ)), the hidden units summed out. Play replays the 5000 steps; the same seed gives the same chain.',
    scale: 'Weight scale',
    presets: 'Preset',
    strong: 'Strong weights (scale 6)',
    histogramLabel: (shown: number) =>
      `Fraction of the first ${shown} steps spent in each of the 16 visible states, with the exact p(v) as a dashed staircase.`,
    histogramAxes: ['visible state v₁v₂v₃v₄', 'probability'] as [string, string],
    tvLabel: (shown: number) =>
      `Total-variation distance between the visit frequencies and the exact p(v) over the first ${shown} steps, on a log step axis, with what independent draws would give as a dashed line.`,
    tvAxes: ['steps', 'TV distance'] as [string, string],
    legendVisits: 'share of steps in the state',
    legendExact: 'exact p(v), by enumeration',
    legendTv: 'chain',
    legendIndependent: 'independent draws',
    shown: 'Steps',
    tv: 'TV distance ½Σ|p̂ − p|',
    independent: 'Expected with independent draws',
    visited: 'States visited',
    visitedOf: (visited: number) => `${visited} of 16`,
    stuck: (mode: string, stay: number, shown: number, mass: string, missed: string) =>
      `Mixing fails: the chain has stayed in one mode (around ${mode}) for the last ${stay} of ${shown} steps, yet the exact p(v) gives that mode only ${mass}; the other mode, around ${missed}, is all but unvisited. With strong weights the visible units pin the hidden ones and back again, so one block update almost never leaves the mode, and the total-variation distance stays high however long the histogram grows.`,
  },
  zh: {
    title: '块吉布斯采样与精确 p(v) 的对比',
    caption:
      '一个有 4 个可见单元、3 个隐藏单元的 RBM，其权重和偏置是一组固定的模式乘以权重尺度。块吉布斯采样的每一步先从 p(h | v) 同时抽取全部 3 个隐藏单元，再从 p(v | h) 同时抽取全部 4 个可见单元。柱形统计链访问 16 个可见状态各自的频率；虚线阶梯是精确的 p(v) ∝ exp(bᵀv) ∏ⱼ (1 + exp(cⱼ + (vᵀW)ⱼ))，即把隐藏单元求和消去后的结果。按“播放”回放这 5000 步；种子相同，链就相同。',
    scale: '权重尺度',
    presets: '预设',
    strong: '强权重（尺度 6）',
    histogramLabel: (shown: number) =>
      `前 ${shown} 步中链停留在 16 个可见状态上的比例，虚线阶梯为精确的 p(v)。`,
    histogramAxes: ['可见状态 v₁v₂v₃v₄', '概率'] as [string, string],
    tvLabel: (shown: number) =>
      `前 ${shown} 步的访问频率与精确 p(v) 之间的总变差距离（步数取对数坐标），虚线为独立抽样时的预期值。`,
    tvAxes: ['步数', '总变差距离'] as [string, string],
    legendVisits: '停留在该状态的步数比例',
    legendExact: '精确 p(v)（穷举）',
    legendTv: '马尔可夫链',
    legendIndependent: '独立抽样',
    shown: '步数',
    tv: '总变差距离 ½Σ|p̂ − p|',
    independent: '独立抽样时的预期值',
    visited: '访问过的状态',
    visitedOf: (visited: number) => `16 个中的 ${visited} 个`,
    stuck: (mode: string, stay: number, shown: number, mass: string, missed: string) =>
      `混合失败：在 ${shown} 步中，链最近的 ${stay} 步一直停在同一个模式（${mode} 附近），而精确的 p(v) 只给这个模式 ${mass} 的概率；另一个模式（${missed} 附近）几乎从未被访问。权重很强时，可见单元把隐藏单元钉住，隐藏单元又把可见单元钉住，一次块更新几乎不可能离开这个模式，所以无论直方图积累多久，总变差距离都居高不下。`,
  },
});
