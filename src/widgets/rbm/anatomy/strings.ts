import { defineStrings } from '../../common/lang';

/** The anatomy widget's words. Tests import these labels, so renaming one here cannot break a test. */
export const RBM_ANATOMY_STRINGS = defineStrings({
  en: {
    title: 'Anatomy of a restricted Boltzmann machine',
    caption:
      'Six visible units (below) and four hidden units (above); every edge joins a visible unit to a hidden one, and no edge joins two units of the same layer. Edge width is |W_ij|; solid edges are positive weights and dashed ones negative (their colours differ too); edges from visible units that are on are drawn strong. Click a unit (or focus it and press Enter) to switch it between 0 and 1. The bars above the hidden units are P(h_j = 1 | v), those below the visible units P(v_i = 1 | h); the table lists every non-zero term of the energy of the joint state (v, h). A new seed draws new weights and biases.',
    graphTitle:
      'The RBM as a bipartite graph: four hidden units in the top row, six visible units in the bottom row, an edge between every visible and every hidden unit.',
    visibleName: 'visible unit',
    hiddenName: 'hidden unit',
    unitButton: (layer: string, symbol: string, on: boolean, p: string, given: string) =>
      `${layer} ${symbol} = ${on ? 1 : 0}; P(${symbol} = 1 | ${given}) = ${p}. Press to switch it ${on ? 'off' : 'on'}.`,
    edgeTitle: (i: string, j: string, w: string) => `weight W${i}${j} = ${w}`,
    hiddenRow: 'P(hⱼ = 1 | v), hidden units',
    visibleRow: 'P(vᵢ = 1 | h), visible units',
    legendPositive: 'positive weight (solid)',
    legendNegative: 'negative weight (dashed)',
    legendWidth: 'width = |W_ij|',
    energyCaption: 'Energy of the joint state, term by term',
    termColumn: 'term',
    kindColumn: 'what it is',
    valueColumn: 'value',
    visibleBiasTerm: (i: string) => `bias of v${i}`,
    hiddenBiasTerm: (j: string) => `bias of h${j}`,
    pairTerm: (i: string, j: string) => `weight on edge v${i}–h${j}`,
    noTerms: 'Every unit is off, so every term is 0.',
    total: 'E(v, h), the sum',
  },
  zh: {
    title: '受限玻尔兹曼机的结构',
    caption:
      '下面一排是六个可见单元，上面一排是四个隐藏单元；每条边都连接一个可见单元和一个隐藏单元，同一层的单元之间没有边。边的粗细表示 |W_ij|：实线是正权重，虚线是负权重（两者颜色也不同）；从取值为 1 的可见单元出发的边画得更醒目。点击某个单元（或用键盘选中后按 Enter）即可在 0 和 1 之间切换。隐藏单元上方的条形表示条件概率 P(h_j = 1 | v)，可见单元下方的条形表示 P(v_i = 1 | h)；表格列出联合状态 (v, h) 的能量中所有非零的项。换一个种子会重新抽取权重和偏置。',
    graphTitle:
      '把 RBM 画成二部图：上排四个隐藏单元，下排六个可见单元，每个可见单元与每个隐藏单元之间都有一条边。',
    visibleName: '可见单元',
    hiddenName: '隐藏单元',
    unitButton: (layer: string, symbol: string, on: boolean, p: string, given: string) =>
      `${layer} ${symbol} = ${on ? 1 : 0}；P(${symbol} = 1 | ${given}) = ${p}。按下可${on ? '关闭' : '打开'}。`,
    edgeTitle: (i: string, j: string, w: string) => `权重 W${i}${j} = ${w}`,
    hiddenRow: '隐藏单元的条件概率 P(hⱼ = 1 | v)',
    visibleRow: '可见单元的条件概率 P(vᵢ = 1 | h)',
    legendPositive: '正权重（实线）',
    legendNegative: '负权重（虚线）',
    legendWidth: '粗细 = |W_ij|',
    energyCaption: '联合状态的能量，逐项列出',
    termColumn: '项',
    kindColumn: '含义',
    valueColumn: '数值',
    visibleBiasTerm: (i: string) => `v${i} 的偏置`,
    hiddenBiasTerm: (j: string) => `h${j} 的偏置`,
    pairTerm: (i: string, j: string) => `v${i} 与 h${j} 之间的权重`,
    noTerms: '所有单元都为 0，因此每一项都是 0。',
    total: 'E(v, h)，各项之和',
  },
});
