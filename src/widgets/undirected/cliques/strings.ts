import { defineStrings } from '../../common/lang';

/** The clique editor's words. Tests import these labels, so renaming one here cannot break a test. */
export const CLIQUE_STRINGS = defineStrings({
  en: {
    title: 'Cliques and the factorisation they allow',
    caption:
      'A clique is a set of nodes that are all joined to each other; a maximal clique cannot be enlarged. An undirected model gives each maximal clique C a potential φ_C ≥ 0 and multiplies them: p̃(x) = ∏_C φ_C(x_C). Edit the graph and watch the factors and the table sizes change. The potentials are unnormalised (Z absorbs one degree of freedom), so for a complete graph the factorised count is 2ⁿ, one more than the joint table: factorising pays only when cliques are small.',
    nodes: 'Number of nodes n',
    presets: 'Presets',
    chain: 'Chain',
    cycle: '4-cycle',
    star: 'Star',
    complete: 'Complete graph',
    twoTriangles: 'Two triangles sharing an edge',
    graphLabel: (nodes: number, edges: number, cliques: number) =>
      `Undirected graph of ${nodes} nodes and ${edges} edges, with ${cliques} maximal cliques.`,
    cliquesHeading: (count: number) => `Maximal cliques (${count})`,
    showClique: (name: string) => `Highlight the clique ${name} in the graph`,
    cliqueTag: (k: number) => `C${k}`,
    inClique: (k: number) => `in the highlighted clique C${k}`,
    factorisation: 'Factorisation',
    jointCount: 'Full joint table, 2ⁿ − 1',
    factorCount: 'Factorised model, Σ_C 2^|C|',
    entries: (count: string) => `${count} numbers`,
  },
  zh: {
    title: '团与它所允许的因子分解',
    caption:
      '团是一组两两相连的结点；最大团是不能再添加结点的团。无向模型给每个最大团 C 一个非负的团势能 φ_C，再把它们相乘：p̃(x) = ∏_C φ_C(x_C)。编辑这张图，观察因子和表格大小如何变化。团势能未经归一化（由 Z 吸收一个自由度），所以完全图的分解计数是 2ⁿ，比联合分布表还多一个：只有当团较小时，因子分解才划算。',
    nodes: '结点数 n',
    presets: '预设',
    chain: '链',
    cycle: '四元环',
    star: '星形',
    complete: '完全图',
    twoTriangles: '共用一条边的两个三角形',
    graphLabel: (nodes: number, edges: number, cliques: number) =>
      `一个含 ${nodes} 个结点、${edges} 条边的无向图，共有 ${cliques} 个最大团。`,
    cliquesHeading: (count: number) => `最大团（${count} 个）`,
    showClique: (name: string) => `在图中突出显示团 ${name}`,
    cliqueTag: (k: number) => `C${k}`,
    inClique: (k: number) => `属于突出显示的团 C${k}`,
    factorisation: '因子分解',
    jointCount: '完整联合分布表，2ⁿ − 1',
    factorCount: '因子分解模型，Σ_C 2^|C|',
    entries: (count: string) => `${count} 个数`,
  },
});
