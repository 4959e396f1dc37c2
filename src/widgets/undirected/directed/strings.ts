import { defineStrings } from '../../common/lang';

/** The "directed or undirected" widget's words. Tests import these labels. */
export const DIRECTED_STRINGS = defineStrings({
  en: {
    title: 'Arrows or no arrows',
    caption:
      'A directed graph (Bayesian network) says how to build the joint distribution from conditional distributions, one per variable given its parents; it must have no directed cycle. An undirected graph (Markov network) only says which variables interact directly; its joint distribution is a product of non-negative clique factors divided by Z. The formula under the graph is the factorisation this graph allows.',
    mode: 'Kind of graph',
    directed: 'Directed (arrows)',
    undirected: 'Undirected (edges)',
    preset: 'Example',
    relay: 'Relay race',
    cold: 'The cold',
    link: (a: string, b: string) => `Between ${a} and ${b}`,
    none: 'no link',
    edge: 'edge',
    arrow: (from: string, to: string) => `${from} → ${to}`,
    cycle: (names: string) =>
      `The arrows ${names} form a cycle: a variable would be its own ancestor, so no product of conditional distributions describes this graph. Reverse or remove an arrow.`,
    factorisation: 'The factorisation this graph allows',
    graphTitle: (mode: string) => `The graph of three variables, drawn ${mode}.`,
    presetNames: {
      relay: ['t_0', 't_1', 't_2'],
      relayText: ['t₀', 't₁', 't₂'],
      relayWords: ['runner 1', 'runner 2', 'runner 3'],
      cold: ['h_c', 'h_y', 'h_r'],
      coldText: ['h_c', 'h_y', 'h_r'],
      coldWords: ['colleague', 'you', 'roommate'],
    },
  },
  zh: {
    title: '有箭头还是没有箭头',
    caption:
      '有向图（贝叶斯网络）告诉我们怎样由条件分布搭出联合分布：每个变量一个条件分布，条件是它的父结点；图中不能有有向环。无向图（马尔可夫网络）只说明哪些变量之间有直接的相互作用；联合分布是若干非负团因子的乘积再除以 Z。图下方的公式就是这张图所允许的分解。',
    mode: '图的类型',
    directed: '有向（箭头）',
    undirected: '无向（边）',
    preset: '例子',
    relay: '接力赛',
    cold: '感冒',
    link: (a: string, b: string) => `${a} 与 ${b} 之间`,
    none: '不相连',
    edge: '有边',
    arrow: (from: string, to: string) => `${from} → ${to}`,
    cycle: (names: string) =>
      `箭头 ${names} 构成了一个环：某个变量会成为自己的祖先，因此这张图无法写成条件分布的乘积。请反转或删去一个箭头。`,
    factorisation: '这张图允许的分解',
    graphTitle: (mode: string) => `三个变量构成的图，画成${mode}。`,
    presetNames: {
      relay: ['t_0', 't_1', 't_2'],
      relayText: ['t₀', 't₁', 't₂'],
      relayWords: ['第 1 棒', '第 2 棒', '第 3 棒'],
      cold: ['h_c', 'h_y', 'h_r'],
      coldText: ['h_c', 'h_y', 'h_r'],
      coldWords: ['同事', '你', '室友'],
    },
  },
});
