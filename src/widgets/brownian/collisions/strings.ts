import { defineStrings } from '../../common/lang';
import { LAG_PS } from './model';

/** The collision box's words. Tests import these labels, so renaming one here cannot break a test. */
export const COLLISIONS_STRINGS = defineStrings({
  en: {
    title: 'A heavy grain among light molecules',
    caption:
      'A two-dimensional box, 100 nm across, of gas molecules (nitrogen-like, 28 u) with Maxwell–Boltzmann velocities at temperature T, and one heavy grain (a disc whose mass grows with its area). Molecules fly straight, bounce off the walls and bounce elastically off the grain; they ignore each other (an ideal gas). Every hit gives the grain a tiny kick in a random direction, and the kicks do not cancel exactly: the grain jitters and wanders, as Brown saw. Raise T and the kicks get harder: the grain livens up. Make the grain bigger and it is hit more often but from all sides, and it is heavier: it jitters less. The readout is the grain’s mean squared displacement over a lag τ = 50 ps, averaged over every pair of times τ apart in its recent trail (at most the last 2000 ps, and only since the last slider change). One grain gives a noisy estimate; let it run to average more.',
    temperature: 'Temperature T',
    grainRadius: 'Grain radius R',
    molecules: 'Molecules N',
    time: 'Time t',
    msd: `Grain MSD over τ = ${LAG_PS} ps`,
    window: (w: string, pairs: number) => `averaged over the last ${w} ps, ${pairs} pairs`,
    collecting: `collecting: needs more than ${LAG_PS} ps since the last change`,
    kicks: 'Kicks so far',
    mass: 'Grain mass M',
    canvasLabel: (n: number, r: string, t: string, time: string) =>
      `A square box with ${n} gas molecules as small dots and a grain of radius ${r} nm as a disc, at ${t} K, after ${time} ps; a line traces the grain's path.`,
    legendMolecules: 'molecules',
    legendGrain: 'grain',
    legendTrail: 'grain’s trail',
  },
  zh: {
    title: '轻分子中的一颗重颗粒',
    caption:
      '一个边长 100 nm 的二维盒子，里面是温度为 T、速度服从麦克斯韦–玻尔兹曼分布的气体分子（类似氮气，28 u），以及一颗重颗粒（一个圆盘，质量随面积增长）。分子沿直线飞行，在器壁上反弹，与颗粒发生弹性碰撞；分子之间互不碰撞（理想气体）。每次碰撞都给颗粒一个方向随机的微小冲量，这些冲量并不会恰好抵消：颗粒于是抖动、游荡，正如布朗所见。升高 T，冲击变强，颗粒更活跃；把颗粒变大，它被撞得更频繁，但来自四面八方，而且更重：抖动反而更小。读数是颗粒在时间间隔 τ = 50 ps 上的均方位移，对其最近轨迹中所有相隔 τ 的时刻对取平均（最多最近 2000 ps，且只取上次调节滑块之后的部分）。一颗颗粒给出的估计有噪声；让它多运行一会儿，平均得更充分。',
    temperature: '温度 T',
    grainRadius: '颗粒半径 R',
    molecules: '分子数 N',
    time: '时间 t',
    msd: `颗粒在 τ = ${LAG_PS} ps 上的均方位移`,
    window: (w: string, pairs: number) => `对最近 ${w} ps 内的 ${pairs} 对时刻取平均`,
    collecting: `正在积累：上次调节后需要超过 ${LAG_PS} ps`,
    kicks: '累计碰撞次数',
    mass: '颗粒质量 M',
    canvasLabel: (n: number, r: string, t: string, time: string) =>
      `一个正方形盒子：${n} 个气体分子画成小点，半径 ${r} nm 的颗粒画成圆盘，温度 ${t} K，时间 ${time} ps；一条线描出颗粒的轨迹。`,
    legendMolecules: '分子',
    legendGrain: '颗粒',
    legendTrail: '颗粒的轨迹',
  },
});
