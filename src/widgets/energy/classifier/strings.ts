import { defineStrings } from '../../common/lang';

/** The classifier widget's words; tests import these labels. */
export const CLASSIFIER_STRINGS = defineStrings({
  en: {
    title: 'An energy that classifies: a Boltzmann distribution over labels',
    caption:
      'Three classes A, B, C, each with an energy E(x, y) = |x − m_y|²/(2s²) + β_y (prototype m_y, s = 1). The decision is the label of lowest energy; its probabilities are p(y | x) = exp(−E(x, y)/T)/Σ_y′ exp(−E(x, y′)/T). Drag the test point (or focus it and use the arrow keys). Cold T makes the answer certain; hot T makes it uniform; the decision itself never changes with T.',
    temperature: 'Temperature T',
    offset: (name: string) => `Offset β of ${name}`,
    classes: ['A', 'B', 'C'] as readonly string[],
    handle: (x: string, y: string) => `Test point at (${x}, ${y}); arrow keys move it`,
    planeLabel: (x: string, y: string, label: string) =>
      `Decision regions of the three classes on the plane, shaded by the classifier's certainty; test point at (${x}, ${y}), classified as ${label}.`,
    barsLabel: (p: string) => `Bar chart of p(y | x): ${p}.`,
    axes: ['x₁', 'x₂'] as [string, string],
    axesBars: ['label y', 'p(y | x)'] as [string, string],
    energy: (name: string) => `E(x, ${name})`,
    decision: (name: string) => `Decision argmin_y E(x, y): class ${name}`,
    cheap:
      'Z(x) here is a sum over three labels — always cheap — unlike a Z over all x, which is an integral over the whole space.',
    legend: 'Prototypes: ● A, ◆ B, ▲ C; fill: decision region, stronger where p(y | x) is closer to 1.',
  },
  zh: {
    title: '会分类的能量：标签上的玻尔兹曼分布',
    caption:
      '三个类别 A、B、C，每类一个能量 E(x, y) = |x − m_y|²/(2s²) + β_y（原型 m_y，s = 1）。判决取能量最低的标签；各标签的概率为 p(y | x) = exp(−E(x, y)/T)/Σ_y′ exp(−E(x, y′)/T)。拖动测试点（或聚焦后用方向键移动）。温度低时答案变得确定，温度高时趋于均匀；而判决本身从不随 T 改变。',
    temperature: '温度 T',
    offset: (name: string) => `${name} 的偏置 β`,
    classes: ['A', 'B', 'C'] as readonly string[],
    handle: (x: string, y: string) => `测试点位于 (${x}, ${y})；可用方向键移动`,
    planeLabel: (x: string, y: string, label: string) =>
      `平面上三个类别的判决区域，按分类器的把握程度着色；测试点位于 (${x}, ${y})，被判为 ${label}。`,
    barsLabel: (p: string) => `p(y | x) 的柱状图：${p}。`,
    axes: ['x₁', 'x₂'] as [string, string],
    axesBars: ['标签 y', 'p(y | x)'] as [string, string],
    energy: (name: string) => `E(x, ${name})`,
    decision: (name: string) => `判决 argmin_y E(x, y)：类别 ${name}`,
    cheap: '这里的 Z(x) 只是对三个标签求和——总是很便宜——不像对所有 x 的 Z 那样需要在整个空间上积分。',
    legend: '原型：● A，◆ B，▲ C；填充色表示判决区域，p(y | x) 越接近 1 颜色越深。',
  },
});
