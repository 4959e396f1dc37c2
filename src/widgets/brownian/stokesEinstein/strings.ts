import { defineStrings } from '../../common/lang';

/** The Stokes–Einstein calculator's words. Tests import these labels, so renaming one here cannot break a test. */
export const STOKES_EINSTEIN_STRINGS = defineStrings({
  en: {
    title: 'Stokes–Einstein: how fast does a grain spread?',
    caption: (d: string) =>
      `D = k_B T / (6πηr): thermal kicks (k_B T) against the drag of the liquid (6πηr, Stokes' law for a sphere). A hotter or thinner liquid, or a smaller grain, spreads faster; D falls as 1/r, a straight line of slope −1 on these log–log axes. The dashed line is water at 25 °C for comparison. The root-mean-square travel after t = 1 s is √(2dDt) with d = ${d} dimensions (d = 2 is what a microscope sees).`,
    temperature: 'Temperature T',
    viscosity: 'Viscosity η',
    radius: 'Grain radius r',
    dimension: 'Dimensions d',
    radiusDescription: 'Logarithmic slider: each arrow key press changes the radius by about 2 %.',
    diffusion: 'Diffusion coefficient D',
    diffusionSi: 'in SI units',
    travel: (d: string) => `RMS travel in 1 s, √(2dDt) with d = ${d}`,
    celsius: 'that is',
    current: 'current liquid',
    water: 'water, 25 °C',
    xAxis: 'grain radius r',
    yAxis: 'D (µm²/s)',
    plotLabel: (t: string, eta: string, r: string, dValue: string) =>
      `Log–log plot of the diffusion coefficient D against grain radius r at T = ${t} and η = ${eta}, a straight line of slope −1, with water at 25 °C dashed for comparison. The marked point is r = ${r}, D = ${dValue}.`,
  },
  zh: {
    title: '斯托克斯–爱因斯坦关系：颗粒扩散有多快？',
    caption: (d: string) =>
      `D = k_B T / (6πηr)：热运动的冲击（k_B T）与液体的黏滞阻力（6πηr，球体的斯托克斯定律）相互抗衡。液体温度越高、黏度越低，或颗粒越小，扩散就越快；D 与 1/r 成正比，在双对数坐标中是一条斜率为 −1 的直线。虚线是 25 °C 的水，作为对照。经过 t = 1 s 后的均方根位移为 √(2dDt)，这里取 d = ${d} 维（显微镜下看到的是 d = 2）。`,
    temperature: '温度 T',
    viscosity: '黏度 η',
    radius: '颗粒半径 r',
    dimension: '维数 d',
    radiusDescription: '对数刻度滑块：每按一次方向键，半径约改变 2%。',
    diffusion: '扩散系数 D',
    diffusionSi: '国际单位',
    travel: (d: string) => `1 秒内的均方根位移 √(2dDt)（d = ${d}）`,
    celsius: '即',
    current: '当前液体',
    water: '25 °C 的水',
    xAxis: '颗粒半径 r',
    yAxis: 'D（µm²/s）',
    plotLabel: (t: string, eta: string, r: string, dValue: string) =>
      `扩散系数 D 随颗粒半径 r 变化的双对数图，T = ${t}，η = ${eta}，是一条斜率为 −1 的直线；虚线为 25 °C 的水。标出的点为 r = ${r}，D = ${dValue}。`,
  },
});
