import { defineStrings } from '../../common/lang';

/** The crossover figure's words. Tests import these labels, so renaming one here cannot break a test. */
export const MSD_CROSSOVER_STRINGS = defineStrings({
  en: {
    title: 'From ballistic flight to diffusion: the grain’s MSD from 1 ps to 2 ns',
    caption:
      'The collision box’s grain in the same gas (a 100 nm box, 2000 molecules at 300 K, steps of 0.5 ps), run for tens of nanoseconds in a background thread. Dots: its time-averaged mean squared displacement over a lag τ. Dashed: ⟨v²⟩τ², with ⟨v²⟩ = 2k_B T/M from equipartition in two dimensions (nothing fitted). Dotted: 4Dτ, with D fitted to the straight part of the data (τ ≥ 8τ_v). For a Langevin grain, whose velocity is an Ornstein–Uhlenbeck process, MSD(τ) = 4D[τ − τ_v(1 − exp(−τ/τ_v))] with τ_v = M/γ and Einstein’s D = k_B T/γ: slope 2 well below τ_v, slope 1 well above, and the two guides cross at 2τ_v. Here τ_v is measured on its own, as the time the velocity autocorrelation (second plot) takes to fall to 1/e, so Einstein’s relation with γ = M/τ_v predicts D = k_B T τ_v/M. That is the fluctuation–dissipation relation: the collisions that make the grain jitter also brake it. The ± are jackknife errors over ten blocks of the run. Try a bigger grain: it is heavier, so the ballistic line drops, and it forgets its velocity more slowly, so the crossover moves to longer lags. Notice that the velocity memory decays exponentially at first, as the Langevin model says, but after about 2τ_v it falls faster, even a little below zero: memory the Ornstein–Uhlenbeck model leaves out. So D from the slope tends to come out below k_B T τ_v/M: by about 20 % at the default radius, on average over many seeds, and by more for big grains; at R = 15 nm the grain weighs nearly as much as the whole gas (45 000 u against 56 000 u), which is then hardly a heat bath. (A two-dimensional gas has no Stokes law: γ is not 6πηR here.)',
    grainRadius: 'Grain radius R',
    durationNs: 'Simulated time',
    run: 'Run',
    runAgain: 'Run again',
    cancel: 'Cancel',
    progress: 'Simulation progress',
    status: {
      idle: (ns: string) =>
        `Not run yet. Run simulates the gas for ${ns} ns in a background thread (after 1 ns for the grain to pick up the gas’s temperature), which takes a few seconds, and draws the MSD as it goes.`,
      warming: 'Letting the grain pick up the gas’s temperature (1 ns)…',
      running: (done: string, total: string) => `Running: ${done} of ${total} ns simulated.`,
      done: (total: string, seconds: string) => `Done: ${total} ns simulated in ${seconds} s.`,
      cancelled: (done: string) => `Cancelled after ${done} ns; the plots show the data up to then.`,
      error: (message: string) => `The simulation stopped with an error: ${message}`,
    },
    msdLabel: (points: number, radius: string) =>
      points === 0
        ? `Log–log plot of the grain’s mean squared displacement against the lag τ for a grain of radius ${radius} nm: no data yet, only the ballistic law ⟨v²⟩τ².`
        : `Log–log plot of the grain’s mean squared displacement at ${points} lags from 1 to 2000 ps for a grain of radius ${radius} nm, with the ballistic law ⟨v²⟩τ², the diffusive law 4Dτ and the velocity memory time τ_v.`,
    vacfLabel: (points: number): string =>
      points === 0
        ? 'The grain’s velocity autocorrelation against the lag: no data yet.'
        : 'The grain’s velocity autocorrelation C(τ)/C(0) against the lag up to 1000 ps, with the exponential exp(−τ/τ_v).',
    lagAxis: 'lag τ (ps)',
    msdAxis: 'MSD(τ) (nm²)',
    vacfAxis: 'C(τ)/C(0)',
    legendData: 'grain’s MSD (time average)',
    legendBallistic: 'ballistic ⟨v²⟩τ², slope 2',
    legendDiffusive: 'diffusive 4Dτ, slope 1',
    legendVacf: 'measured C(τ)/C(0)',
    legendExponential: 'exp(−τ/τ_v)',
    tauV: 'τ_v',
    twoTauV: '2τ_v',
    oneOverE: '1/e',
    simulated: 'Simulated',
    mass: 'Grain mass M, ⟨v²⟩ = 2k_B T/M',
    ballisticSlope: 'Slope at 1–8 ps (ballistic: 2)',
    diffusiveSlope: (from: string, clipped: boolean) =>
      `Slope at ${from}–2000 ps (${clipped ? 'the last half of the lags: 8τ_v is past 1000 ps' : 'τ ≥ 8τ_v'})`,
    langevinSlope: (slope: string) => ` (Langevin: ${slope})`,
    tauVMeasured: 'Velocity memory τ_v (VACF falls to 1/e)',
    dSlope: 'D from the MSD slope',
    dEinstein: 'k_B T τ_v/M (Einstein, γ = M/τ_v)',
    verdict: {
      pending: 'Comparing D from the slope with k_B T τ_v/M needs data from at least two of the ten blocks.',
      agree: (percent: string, below: boolean, error: string) =>
        `D from the slope is ${percent} % ${below ? 'below' : 'above'} k_B T τ_v/M, with a statistical error of ±${error} %: they agree within twice the error.`,
      differ: (percent: string, below: boolean, error: string) =>
        `D from the slope is ${percent} % ${below ? 'below' : 'above'} k_B T τ_v/M: more than twice the statistical error of ±${error} %.`,
    },
  },
  zh: {
    title: '从弹道飞行到扩散：颗粒从 1 ps 到 2 ns 的均方位移',
    caption:
      '碰撞盒子里的那颗颗粒，气体也相同（边长 100 nm 的盒子，2000 个 300 K 的分子，时间步长 0.5 ps），只是在后台线程中连续运行几十纳秒。圆点：颗粒在时间间隔 τ 上的时间平均均方位移（MSD）。虚线：⟨v²⟩τ²，其中 ⟨v²⟩ = 2k_B T/M 来自二维的能量均分定理（没有任何拟合）。点线：4Dτ，D 由数据的直线部分（τ ≥ 8τ_v）拟合得到。速度服从奥恩斯坦–乌伦贝克过程的朗之万颗粒，其均方位移为 MSD(τ) = 4D[τ − τ_v(1 − exp(−τ/τ_v))]，其中 τ_v = M/γ，爱因斯坦给出 D = k_B T/γ：远小于 τ_v 时斜率为 2（弹道区），远大于 τ_v 时斜率为 1（扩散区），两条参考线相交于 2τ_v。这里的 τ_v 是独立测得的：速度自相关函数（第二幅图）降到 1/e 所需的时间；于是由爱因斯坦关系和 γ = M/τ_v 可预测 D = k_B T τ_v/M。这就是涨落–耗散关系：让颗粒抖动的碰撞，同时也在给它刹车。± 是把整段运行分成十块后的刀切法（jackknife）误差。试试把颗粒变大：它更重，弹道线随之下移；它忘掉自己速度的过程也更慢，交叉点移向更长的时间间隔。请注意：速度记忆起初按指数衰减，与朗之万模型一致；但大约 2τ_v 之后衰减得更快，甚至略微降到零以下——这是奥恩斯坦–乌伦贝克模型所没有的记忆。因此由斜率得到的 D 往往低于 k_B T τ_v/M：在默认半径下，对许多种子平均约低 20 %；颗粒越大，差得越多。R = 15 nm 时，颗粒几乎和全部气体一样重（45 000 u 对 56 000 u），气体已很难算作热浴。（二维气体中没有斯托克斯定律：这里的 γ 不是 6πηR。）',
    grainRadius: '颗粒半径 R',
    durationNs: '模拟时长',
    run: '运行',
    runAgain: '再运行一次',
    cancel: '取消',
    progress: '模拟进度',
    status: {
      idle: (ns: string) =>
        `尚未运行。点击“运行”将在后台线程中模拟 ${ns} ns 的气体（此前先用 1 ns 让颗粒达到气体的温度），需要几秒钟，均方位移会边算边画出来。`,
      warming: '正在让颗粒达到气体的温度（1 ns）……',
      running: (done: string, total: string) => `运行中：已模拟 ${done} ns，共 ${total} ns。`,
      done: (total: string, seconds: string) => `完成：模拟了 ${total} ns，用时 ${seconds} 秒。`,
      cancelled: (done: string) => `已在模拟 ${done} ns 后取消；图中显示的是截至那时的数据。`,
      error: (message: string) => `模拟因错误而停止：${message}`,
    },
    msdLabel: (points: number, radius: string) =>
      points === 0
        ? `半径 ${radius} nm 的颗粒的均方位移随时间间隔 τ 变化的双对数图：尚无数据，只画出弹道规律 ⟨v²⟩τ²。`
        : `半径 ${radius} nm 的颗粒在 1 到 2000 ps 之间 ${points} 个时间间隔上的均方位移双对数图，附弹道规律 ⟨v²⟩τ²、扩散规律 4Dτ 和速度记忆时间 τ_v。`,
    vacfLabel: (points: number) =>
      points === 0
        ? '颗粒的速度自相关函数随时间间隔的变化：尚无数据。'
        : '颗粒的速度自相关函数 C(τ)/C(0) 在 1000 ps 以内随时间间隔的变化，附指数曲线 exp(−τ/τ_v)。',
    lagAxis: '时间间隔 τ（ps）',
    msdAxis: 'MSD(τ)（nm²）',
    vacfAxis: 'C(τ)/C(0)',
    legendData: '颗粒的均方位移（时间平均）',
    legendBallistic: '弹道区 ⟨v²⟩τ²，斜率 2',
    legendDiffusive: '扩散区 4Dτ，斜率 1',
    legendVacf: '测得的 C(τ)/C(0)',
    legendExponential: 'exp(−τ/τ_v)',
    tauV: 'τ_v',
    twoTauV: '2τ_v',
    oneOverE: '1/e',
    simulated: '已模拟',
    mass: '颗粒质量 M，⟨v²⟩ = 2k_B T/M',
    ballisticSlope: '1–8 ps 处的斜率（弹道：2）',
    diffusiveSlope: (from: string, clipped: boolean) =>
      `${from}–2000 ps 处的斜率（${clipped ? '取后一半时间间隔：8τ_v 已超过 1000 ps' : 'τ ≥ 8τ_v'}）`,
    langevinSlope: (slope: string) => `（朗之万模型：${slope}）`,
    tauVMeasured: '速度记忆时间 τ_v（速度自相关降到 1/e）',
    dSlope: '由均方位移斜率得到的 D',
    dEinstein: 'k_B T τ_v/M（爱因斯坦关系，γ = M/τ_v）',
    verdict: {
      pending: '要比较斜率给出的 D 与 k_B T τ_v/M，至少需要十块数据中的两块。',
      agree: (percent: string, below: boolean, error: string) =>
        `斜率给出的 D 比 k_B T τ_v/M ${below ? '低' : '高'} ${percent} %，统计误差为 ±${error} %：两者在两倍误差以内一致。`,
      differ: (percent: string, below: boolean, error: string) =>
        `斜率给出的 D 比 k_B T τ_v/M ${below ? '低' : '高'} ${percent} %，超过统计误差 ±${error} % 的两倍。`,
    },
  },
});
