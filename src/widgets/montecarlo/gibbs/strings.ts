import { defineStrings } from '../../common/lang';
import { MAX_LAG } from '../../common/plots/diagnostics/chainStats';

/** The Gibbs widget's words. Tests import these labels, so renaming one here cannot break a test. */
export const GIBBS_STRINGS = defineStrings({
  en: {
    title: 'Gibbs sampling on a correlated Gaussian',
    caption:
      'Each sweep redraws x from its conditional x | y ~ N(ρy, 1 − ρ²), then y from y | x ~ N(ρx, 1 − ρ²): two axis-parallel moves, hence the staircase (dots mark the state after each sweep). Every move has standard deviation √(1 − ρ²), while the target stretches along the diagonal with standard deviation √(1 + |ρ|) (ellipses: 1σ solid, 2σ dashed). As ρ → 1 the steps shrink and the chain needs many sweeps to cross the ellipse: the x-chain is AR(1) with coefficient ρ², so its autocorrelation is ρ²ᵏ (dashed over the bars) and τ = (1 + ρ²)/(1 − ρ²) sweeps per independent draw — about 9.5 at ρ = 0.9 and 100 at ρ = 0.99. Play replays the chain move by move; the same seed gives the same chain.',
    rho: 'Correlation ρ',
    sweeps: 'Sweeps N',
    shown: 'Sweeps',
    conditionalSd: 'Step size √(1 − ρ²)',
    longSd: 'Long-axis sd √(1 + |ρ|)',
    ess: 'ESS of x',
    essTheory: 'Theory N/τ',
    tau: 'τ estimated',
    tauTheory: 'τ = (1 + ρ²)/(1 − ρ²)',
    meanX: 'Mean of x ± MCSE',
    exactMean: 'exact 0',
    legendStairs: 'Gibbs moves (staircase)',
    legendSamples: 'state after each sweep',
    legend1: '1σ ellipse',
    legend2: '2σ ellipse',
    legendAcf: 'estimated ρ_k',
    legendTheory: 'exact ρ²ᵏ',
    mapAxes: ['x', 'y'] as [string, string],
    traceAxes: ['sweep t', 'x_t'] as [string, string],
    acfAxes: ['lag k (sweeps)', 'ρ_k of x'] as [string, string],
    mapLabel: (rho: string, s: number) =>
      `Correlated Gaussian with ρ = ${rho}: its 1σ and 2σ ellipses and the staircase path of ${s} Gibbs sweeps.`,
    traceLabel: (s: number) => `Trace plot of x over ${s} sweeps.`,
    acfLabel: (ess: string) =>
      `Autocorrelation of x for lags 0 to ${MAX_LAG} with the exact ρ²ᵏ; ESS ${ess}.`,
  },
  zh: {
    title: '相关高斯分布上的吉布斯采样',
    caption:
      '每一轮先从条件分布 x | y ~ N(ρy, 1 − ρ²) 重新抽 x，再从 y | x ~ N(ρx, 1 − ρ²) 重新抽 y：两次与坐标轴平行的移动，因此路径呈阶梯状（圆点标出每一轮结束时的状态）。每一步的标准差是 √(1 − ρ²)，而目标沿对角线伸展，标准差为 √(1 + |ρ|)（椭圆：实线为 1σ，虚线为 2σ）。当 ρ → 1 时步子越来越小，链需要很多轮才能穿过椭圆：x 链是系数为 ρ² 的 AR(1) 过程，自相关为 ρ²ᵏ（叠在柱上的虚线），τ = (1 + ρ²)/(1 − ρ²) 轮才相当于一个独立样本：ρ = 0.9 时约 9.5 轮，ρ = 0.99 时约 100 轮。按“播放”逐步回放这条链；种子相同，链就相同。',
    rho: '相关系数 ρ',
    sweeps: '轮数 N',
    shown: '轮数',
    conditionalSd: '步长 √(1 − ρ²)',
    longSd: '长轴标准差 √(1 + |ρ|)',
    ess: 'x 的 ESS',
    essTheory: '理论值 N/τ',
    tau: 'τ 估计值',
    tauTheory: 'τ = (1 + ρ²)/(1 − ρ²)',
    meanX: 'x 的均值 ± MCSE',
    exactMean: '精确值 0',
    legendStairs: '吉布斯移动（阶梯）',
    legendSamples: '每轮结束时的状态',
    legend1: '1σ 椭圆',
    legend2: '2σ 椭圆',
    legendAcf: '估计的 ρ_k',
    legendTheory: '精确的 ρ²ᵏ',
    mapAxes: ['x', 'y'] as [string, string],
    traceAxes: ['轮数 t', 'x_t'] as [string, string],
    acfAxes: ['滞后 k（轮）', 'x 的 ρ_k'] as [string, string],
    mapLabel: (rho: string, s: number) =>
      `ρ = ${rho} 的相关高斯：它的 1σ 与 2σ 椭圆，以及 ${s} 轮吉布斯采样的阶梯路径。`,
    traceLabel: (s: number) => `x 在 ${s} 轮中的轨迹图。`,
    acfLabel: (ess: string) => `x 在滞后 0 到 ${MAX_LAG} 的自相关，以及精确值 ρ²ᵏ；ESS 为 ${ess}。`,
  },
});
