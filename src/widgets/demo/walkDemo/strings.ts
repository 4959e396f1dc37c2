import { defineStrings } from '../../common/lang';

/** The walk demo's words. Tests import these labels, so renaming one here cannot break a test. */
export const WALK_DEMO_STRINGS = defineStrings({
  en: {
    title: 'One particle, one random walk',
    caption:
      'Each step adds an independent Gaussian kick of size σ. The path wanders with no preferred direction; after n steps its typical distance from the start is σ√n (dashed lines ±σ√n). Same seed, same path.',
    steps: 'Steps n',
    stepSize: 'Step size σ',
    shown: 'Steps drawn',
    final: 'Final position',
    spread: 'Expected spread σ√n',
    xAxis: 'step',
    yAxis: 'position',
    plotLabel: (n: number) => `Line plot of a random walk of ${n} steps.`,
  },
  zh: {
    title: '一个粒子的随机游走',
    caption:
      '每一步加上一个大小为 σ 的独立高斯扰动。路径没有偏好的方向；走了 n 步之后，离起点的典型距离是 σ√n（虚线为 ±σ√n）。种子相同，路径就相同。',
    steps: '步数 n',
    stepSize: '步长 σ',
    shown: '已画出的步数',
    final: '最终位置',
    spread: '理论离散程度 σ√n',
    xAxis: '步数',
    yAxis: '位置',
    plotLabel: (n: number) => `一条 ${n} 步随机游走的折线图。`,
  },
});
