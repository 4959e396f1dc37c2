import { defineStrings } from '../../common/lang';

/** The separation explorer's words. Tests import these labels, so renaming one here cannot break a test. */
export const SEPARATION_STRINGS = defineStrings({
  en: {
    title: 'Separation and conditional independence',
    caption:
      'Pick two nodes A and B and a set S of observed nodes. If every path from A to B passes through S, S separates them, and then A ⊥ B | S in every model on this graph: the conditional mutual information I(A; B | S), computed exactly by summing over all 2ⁿ states, is zero whatever the potentials. Each edge has a random 2×2 potential drawn from the seed: on spins s = ±1, log φ = J s_a s_b + h_a s_a + h_b s_b with a coupling J ~ N(0, 1.5²) and small biases h ~ N(0, 0.5²). When S does not separate, a new seed almost always gives I > 0: "not separated" means "may be dependent". The Markov blanket of a node (its neighbours) separates it from all the rest.',
    nodes: 'Number of nodes n',
    mode: 'Clicking a node will',
    modes: {
      a: 'make it A',
      b: 'make it B',
      observe: 'observe or unobserve it (S)',
      blanket: 'show its Markov blanket',
      edges: 'add or remove edges',
    },
    hints: {
      a: 'Choose the node to call A.',
      b: 'Choose the node to call B.',
      observe: 'Choose nodes to add to the observed set S, or to take out of it.',
      blanket: 'Choose a node to see its Markov blanket; choose it again to hide it.',
      edges: '',
    },
    cannotObserve: (name: string, role: string) =>
      `${name} is ${role}, and A and B are never observed here; make another node ${role} first.`,
    observeBlanket: 'Observe the Markov blanket of A (S := MB(A))',
    graphLabel: (nodes: number, edges: number) => `Undirected graph of ${nodes} nodes and ${edges} edges.`,
    tagA: 'A',
    tagB: 'B',
    tagS: 'S',
    tagBlanket: 'MB',
    tagCentre: 'MB(·)',
    describeA: 'A',
    describeB: 'B',
    describeS: 'observed, in S',
    describeBlanket: 'in the Markov blanket',
    describeCentre: 'its Markov blanket is shown',
    legendA: 'A (square)',
    legendB: 'B (diamond)',
    legendS: 'observed, in S (hatched)',
    legendBlanket: 'in the Markov blanket (dashed ring)',
    legendCentre: 'whose blanket is shown (thick ring)',
    legendPath: 'a thick edge: a path from A to B that avoids S',
    separated: (s: string, a: string, b: string) =>
      `${s} separates ${a} from ${b}: every path from ${a} to ${b} passes through S.`,
    unconnected: (a: string, b: string) => `No path joins ${a} and ${b} at all, so any S separates them.`,
    notSeparated: (s: string, a: string, b: string, path: string) =>
      `${s} does not separate ${a} from ${b}: the path ${path} (thick) avoids S.`,
    separatedConsequence:
      'So A ⊥ B | S for every choice of potentials on this graph: I(A; B | S) is zero up to rounding. Try a new seed.',
    dependentConsequence:
      'The graph lets A and B depend on each other given S, and these potentials make them dependent: I(A; B | S) > 0.',
    accidentalConsequence:
      'The graph lets A and B depend on each other given S, but these particular potentials give I(A; B | S) ≈ 0; a new seed will almost surely not.',
    cmi: 'I(A; B | S)',
    mi: 'I(A; B), nothing observed',
    nats: (value: string) => `${value} nats`,
    zero: (value: string) => `0 nats (|I| < 10⁻¹², computed ${value})`,
    blanket: (name: string) => `Markov blanket of ${name}`,
    none: '∅',
  },
  zh: {
    title: '分离与条件独立',
    caption:
      '选出两个结点 A、B 和一组观测结点 S。若从 A 到 B 的每条路径都经过 S，就说 S 把它们分离；这时在这张图上的任何模型中都有 A ⊥ B | S：对全部 2ⁿ 个状态求和精确算出的条件互信息 I(A; B | S) 为零，与势能的取值无关。每条边有一个由随机种子决定的 2×2 势能：在自旋 s = ±1 上，log φ = J s_a s_b + h_a s_a + h_b s_b，其中耦合 J ~ N(0, 1.5²)，偏置 h ~ N(0, 0.5²) 较小。当 S 不分离 A 与 B 时，换一个种子几乎总会得到 I > 0：“不分离”的意思是“可能相关”。一个结点的马尔可夫毯（它的邻居）把它与其余所有结点分离。',
    nodes: '结点数 n',
    mode: '点击结点时',
    modes: {
      a: '设为 A',
      b: '设为 B',
      observe: '观测或取消观测（S）',
      blanket: '显示它的马尔可夫毯',
      edges: '添加或删除边',
    },
    hints: {
      a: '选择一个结点作为 A。',
      b: '选择一个结点作为 B。',
      observe: '选择结点，把它加入观测集 S，或从 S 中移出。',
      blanket: '选择一个结点以查看它的马尔可夫毯；再次选择即隐藏。',
      edges: '',
    },
    cannotObserve: (name: string, role: string) =>
      `${name} 是 ${role}，这里 A 和 B 不能被观测；请先把别的结点设为 ${role}。`,
    observeBlanket: '观测 A 的马尔可夫毯（S := MB(A)）',
    graphLabel: (nodes: number, edges: number) => `一个含 ${nodes} 个结点、${edges} 条边的无向图。`,
    tagA: 'A',
    tagB: 'B',
    tagS: 'S',
    tagBlanket: 'MB',
    tagCentre: 'MB(·)',
    describeA: 'A',
    describeB: 'B',
    describeS: '已观测，属于 S',
    describeBlanket: '属于马尔可夫毯',
    describeCentre: '正在显示它的马尔可夫毯',
    legendA: 'A（方形）',
    legendB: 'B（菱形）',
    legendS: '已观测，属于 S（斜线填充）',
    legendBlanket: '属于马尔可夫毯（虚线圈）',
    legendCentre: '正在显示其马尔可夫毯的结点（粗圈）',
    legendPath: '粗边：一条从 A 到 B、避开 S 的路径',
    separated: (s: string, a: string, b: string) =>
      `${s} 分离 ${a} 与 ${b}：从 ${a} 到 ${b} 的每条路径都经过 S。`,
    unconnected: (a: string, b: string) => `${a} 与 ${b} 之间根本没有路径，所以任何 S 都分离它们。`,
    notSeparated: (s: string, a: string, b: string, path: string) =>
      `${s} 不分离 ${a} 与 ${b}：路径 ${path}（粗线）避开了 S。`,
    separatedConsequence:
      '因此在这张图上，无论势能如何取值都有 A ⊥ B | S：I(A; B | S) 在舍入误差内为零。换个种子试试。',
    dependentConsequence: '这张图允许 A 与 B 在给定 S 时相关，而这组势能确实使它们相关：I(A; B | S) > 0。',
    accidentalConsequence:
      '这张图允许 A 与 B 在给定 S 时相关，但这组势能恰好使 I(A; B | S) ≈ 0；换一个种子几乎必然不会如此。',
    cmi: 'I(A; B | S)',
    mi: 'I(A; B)，不观测任何结点',
    nats: (value: string) => `${value} 奈特`,
    zero: (value: string) => `0 奈特（|I| < 10⁻¹²，计算值 ${value}）`,
    blanket: (name: string) => `${name} 的马尔可夫毯`,
    none: '∅',
  },
});
