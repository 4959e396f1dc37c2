import { defineStrings } from '../../common/lang';

/** The state counter's words. Tests import these labels, so renaming one here cannot break a test. */
export const STATE_COUNTER_STRINGS = defineStrings({
  en: {
    title: 'Counting every state',
    caption:
      'An Ising model of n spins sᵢ = ±1 with seeded random couplings Jᵢⱼ and fields hᵢ. Count visits all 2ⁿ states in Gray-code order in a background thread (one spin flips per step, so each new term of Z costs only that spin’s neighbours) and gives the exact log Z; the page stays responsive meanwhile. Each finished count adds a point to the plot: the points climb by a factor of about 2 per spin. Same seed, same couplings, same log Z.',
    layout: 'Layout',
    chain: 'Chain',
    grid: 'Grid (4 rows)',
    n: 'Spins n',
    limit:
      'The slider stops at 24: 2²⁴ ≈ 1.7 × 10⁷ states take about a second here, and each further spin doubles the time.',
    count: 'Count',
    cancel: 'Cancel',
    progress: 'Counting progress',
    status: {
      idle: (states: string) => `Ready to count ${states} states.`,
      running: (done: string, total: string, percent: string) =>
        `Counting: ${done} of ${total} states (${percent} %)…`,
      done: (total: string, time: string) => `Done: all ${total} states in ${time}.`,
      cancelled: (done: string, total: string) => `Cancelled after ${done} of ${total} states.`,
      error: (message: string) => `The count stopped with an error: ${message}`,
    },
    logZ: 'Exact log Z',
    terms: 'Terms in Z (states)',
    time: 'Time taken',
    ms: 'ms',
    s: 's',
    latticeLabel: (layout: 'chain' | 'grid', n: number, edges: number) =>
      `${layout === 'chain' ? 'A chain' : 'A grid with 4 rows'} of ${n} spins joined by ${edges} couplings. Solid lines are positive couplings, dashed lines negative ones; thicker lines are stronger. Each spin's arrow points up for a positive field and down for a negative one; its length is the field's size.`,
    legend: {
      positive: 'J > 0 (alike spins favoured)',
      negative: 'J < 0 (opposite spins favoured)',
      field: 'field h (up: h > 0)',
    },
    xAxis: 'spins n',
    yAxis: 'time to count (s)',
    chainPoints: 'chain',
    gridPoints: 'grid',
    guide: '2ⁿ ÷ rate',
    plotLabel: (counts: number) =>
      counts === 0
        ? 'Time taken against the number of spins, on a log scale: nothing counted yet.'
        : `Time taken against the number of spins, on a log scale: ${counts} finished counts, with the line 2ⁿ divided by the measured rate.`,
    extrapolation: {
      heading: (rate: string, n: number) =>
        `At the measured ${rate} states per second (the count of ${n} spins), summing every state would take:`,
      none: 'Count once to measure the rate; then this says how long larger models would take.',
      spins40: '40 spins',
      spins100: '100 spins',
      image: '784 spins (a 28 × 28 binary image)',
      separator: ': ',
    },
    duration: {
      underMillisecond: 'under a millisecond',
      milliseconds: (v: string) => `about ${v} milliseconds`,
      seconds: (v: string) => `about ${v} seconds`,
      minutes: (v: string) => `about ${v} minutes`,
      hours: (v: string) => `about ${v} hours`,
      days: (v: string) => `about ${v} days`,
      years: (v: string) => `about ${v} years`,
      universes: (v: string) => `about ${v} times the age of the universe (1.38 × 10¹⁰ years)`,
    },
  },
  zh: {
    title: '把每个状态都数一遍',
    caption:
      '一个由 n 个自旋 sᵢ = ±1 组成的伊辛模型，耦合 Jᵢⱼ 与外场 hᵢ 都由种子随机生成。点击“计数”后，后台线程按格雷码顺序访问全部 2ⁿ 个状态（每一步只翻转一个自旋，所以 Z 的每一项只需重算这个自旋的邻居），并给出配分函数的精确对数 log Z；计数期间页面照常响应。每完成一次计数，图中就多一个点：自旋每多一个，耗时大约翻一倍。种子相同，耦合就相同，log Z 也相同。',
    layout: '结构',
    chain: '链',
    grid: '网格（4 行）',
    n: '自旋数 n',
    limit: '滑块最大只到 24：2²⁴ ≈ 1.7 × 10⁷ 个状态在这里大约要算一秒钟，而每多一个自旋，时间就翻一倍。',
    count: '计数',
    cancel: '取消',
    progress: '计数进度',
    status: {
      idle: (states: string) => `准备好逐一计算 ${states} 个状态。`,
      running: (done: string, total: string, percent: string) =>
        `计数中：已算 ${done} 个状态，共 ${total} 个（${percent} %）……`,
      done: (total: string, time: string) => `完成：全部 ${total} 个状态用时 ${time}。`,
      cancelled: (done: string, total: string) => `已取消：共 ${total} 个状态，只算了 ${done} 个。`,
      error: (message: string) => `计数因错误而停止：${message}`,
    },
    logZ: '精确的对数配分函数 log Z',
    terms: 'Z 的项数（状态数）',
    time: '用时',
    ms: '毫秒',
    s: '秒',
    latticeLabel: (layout: 'chain' | 'grid', n: number, edges: number) =>
      `由 ${n} 个自旋组成的${layout === 'chain' ? '链' : '4 行网格'}，共有 ${edges} 条耦合。实线表示正耦合，虚线表示负耦合，线越粗耦合越强。每个自旋上的箭头朝上表示外场为正，朝下表示外场为负，箭头长度表示外场的大小。`,
    legend: {
      positive: 'J > 0（相邻自旋倾向相同）',
      negative: 'J < 0（相邻自旋倾向相反）',
      field: '外场 h（朝上：h > 0）',
    },
    xAxis: '自旋数 n',
    yAxis: '计数用时（秒）',
    chainPoints: '链',
    gridPoints: '网格',
    guide: '2ⁿ ÷ 速率',
    plotLabel: (counts: number) =>
      counts === 0
        ? '计数用时与自旋数的关系（对数坐标）：尚未计数。'
        : `计数用时与自旋数的关系（对数坐标）：已完成 ${counts} 次计数，直线为 2ⁿ 除以实测速率。`,
    extrapolation: {
      heading: (rate: string, n: number) =>
        `按实测速率每秒 ${rate} 个状态（来自 ${n} 个自旋的那次计数），把所有状态加一遍需要：`,
      none: '先计数一次以测出速率，这里就会告诉你更大的模型要算多久。',
      spins40: '40 个自旋',
      spins100: '100 个自旋',
      image: '784 个自旋（一张 28 × 28 的二值图像）',
      separator: '：',
    },
    duration: {
      underMillisecond: '不到 1 毫秒',
      milliseconds: (v: string) => `约 ${v} 毫秒`,
      seconds: (v: string) => `约 ${v} 秒`,
      minutes: (v: string) => `约 ${v} 分钟`,
      hours: (v: string) => `约 ${v} 小时`,
      days: (v: string) => `约 ${v} 天`,
      years: (v: string) => `约 ${v} 年`,
      universes: (v: string) => `约为宇宙年龄（1.38 × 10¹⁰ 年）的 ${v} 倍`,
    },
  },
});
