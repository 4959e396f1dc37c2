import { defineStrings } from '../../common/lang';
import { STEPS_T } from './model';

/** The dissolving shape's words. Tests import these labels, so renaming one here cannot break a test. */
export const DISSOLVE_STRINGS = defineStrings({
  en: {
    title: 'A shape dissolves into noise',
    caption:
      'Every point x₀ of the figure is noised as x_t = √ᾱ_t · x₀ + √(1 − ᾱ_t) · ε, with one Gaussian ε per point drawn once for the seed, so scrubbing t moves each point smoothly along its own straight path from the figure towards pure noise. The figure is scaled to mean 0 and variance 1 on each axis, so the variance stays 1 at every t: only the shape is lost. ᾱ_t falls from 1 to almost 0 as t goes from 0 to T = 1000; the linear schedule (DDPM) destroys the figure early, the cosine schedule more evenly. The histogram shows the points’ x-coordinates against the standard normal density; the KS distance is the largest gap between their cumulative distribution and Φ, and near t = T it falls to the level that sampling alone gives (5 % critical value 1.36/√N). Chapter 7 runs this picture backwards: a diffusion model learns to turn the noise back into a figure.',
    shape: 'Figure',
    shapes: { smiley: 'smiley', heart: 'heart', spiral: 'spiral', twoMoons: 'two moons' } as Record<
      string,
      string
    >,
    schedule: 'Schedule',
    linear: 'linear',
    cosine: 'cosine',
    t: 'Time step t',
    points: 'Points N',
    alphaBar: 'ᾱ_t',
    signal: 'signal √ᾱ_t',
    noise: 'noise √(1 − ᾱ_t)',
    ks: 'KS distance of x to N(0, 1)',
    ksCritical: '5 % critical value',
    canvasLabel: (shape: string, t: number, ab: string) =>
      `Scatter plot of the ${shape} point cloud noised to step t = ${t} of ${STEPS_T} (ᾱ = ${ab}), with the 1σ and 2σ circles of the standard normal.`,
    legendPoints: 'points x_t',
    legendCircles: 'N(0, I): 1σ / 2σ circles',
    histTitle: 'x-coordinates against N(0, 1)',
    histLabel: (t: number, ks: string) =>
      `Histogram of the points' x-coordinates at step t = ${t} with the standard normal density drawn over it; KS distance ${ks}.`,
    histAxes: ['x', 'density'] as [string, string],
    histLegend: ['points', 'N(0, 1)'] as [string, string],
    abTitle: 'The schedule: ᾱ_t against t',
    abLabel: (kind: string, t: number, ab: string) =>
      `Line plot of ᾱ_t against t for the ${kind} schedule, with the other schedule dashed; at t = ${t}, ᾱ = ${ab}.`,
    abAxes: ['t', 'ᾱ_t'] as [string, string],
    sigmaLabels: ['1σ', '2σ'] as [string, string],
  },
  zh: {
    title: '一个图形溶解为噪声',
    caption:
      '图形中的每个点 x₀ 按 x_t = √ᾱ_t · x₀ + √(1 − ᾱ_t) · ε 加噪，其中每个点的高斯噪声 ε 对给定种子只抽取一次，因此拖动 t 时，每个点都沿着自己的直线路径平滑地从图形走向纯噪声。图形在每个坐标轴上都已标准化为均值 0、方差 1，所以在任何 t 方差都保持为 1：丢失的只是形状。当 t 从 0 走到 T = 1000 时，ᾱ_t 从 1 降到几乎为 0；线性调度（DDPM）很早就把图形破坏了，余弦调度则更均匀。直方图把各点的 x 坐标与标准正态密度作比较；KS 距离是它们的经验累积分布与 Φ 之间的最大差距，在 t 接近 T 时降到仅由抽样造成的水平（5% 临界值 1.36/√N）。第 7 章会把这幅图倒过来放：扩散模型学会把噪声变回图形。',
    shape: '图形',
    shapes: { smiley: '笑脸', heart: '心形', spiral: '螺旋', twoMoons: '双月' } as Record<string, string>,
    schedule: '噪声调度',
    linear: '线性',
    cosine: '余弦',
    t: '时间步 t',
    points: '点数 N',
    alphaBar: 'ᾱ_t',
    signal: '信号 √ᾱ_t',
    noise: '噪声 √(1 − ᾱ_t)',
    ks: 'x 与 N(0, 1) 的 KS 距离',
    ksCritical: '5% 临界值',
    canvasLabel: (shape: string, t: number, ab: string) =>
      `${shape}点云加噪到第 t = ${t} 步（共 ${STEPS_T} 步，ᾱ = ${ab}）的散点图，画有标准正态的 1σ 和 2σ 圆。`,
    legendPoints: '点 x_t',
    legendCircles: 'N(0, I)：1σ / 2σ 圆',
    histTitle: 'x 坐标与 N(0, 1) 的比较',
    histLabel: (t: number, ks: string) =>
      `第 t = ${t} 步时各点 x 坐标的直方图，叠加标准正态密度；KS 距离为 ${ks}。`,
    histAxes: ['x', '密度'] as [string, string],
    histLegend: ['点', 'N(0, 1)'] as [string, string],
    abTitle: '噪声调度：ᾱ_t 随 t 的变化',
    abLabel: (kind: string, t: number, ab: string) =>
      `${kind}调度下 ᾱ_t 随 t 变化的折线图，另一种调度以虚线表示；t = ${t} 时 ᾱ = ${ab}。`,
    abAxes: ['t', 'ᾱ_t'] as [string, string],
    sigmaLabels: ['1σ', '2σ'] as [string, string],
  },
});
