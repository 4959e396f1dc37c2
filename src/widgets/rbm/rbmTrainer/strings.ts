import { defineStrings } from '../../common/lang';

/** The RBM trainer's words. Tests import these labels, so renaming one here cannot break a test. */
export const RBM_TRAINER_STRINGS = defineStrings({
  en: {
    title: 'Train an RBM on handwritten digits',
    caption: (shown: number, hidden: number) =>
      `Each tile is one hidden unit's weights W₍:,j₎ drawn as an 8 × 8 image (lighter = larger weight, each tile scaled to its own range)${
        shown < hidden ? `; the first ${shown} of ${hidden} hidden units are shown` : ''
      }. Before training they are the random initial weights; training on 1618 of the 1797 binarised UCI digits (every tenth is held out; in mini-batches, 10 images each by default, and PCD keeps one chain per image of a batch) turns them into strokes and blobs. The first curve is the exact pseudo-log-likelihood on 100 fixed training images; the second, the log-likelihood of the 179 held-out digits, both in nats per image. Training runs in a background thread, so the page stays responsive; same seed and settings, same weights.`,
    hidden: 'Hidden units',
    method: 'Negative phase',
    methodCd: 'CD-k (chains restart at the data)',
    methodPcd: 'PCD-k (persistent chains)',
    k: 'Gibbs steps k',
    learningRate: 'Learning rate',
    epochs: 'Epochs',
    batchSize: 'Mini-batch size',
    train: 'Train',
    pause: 'Pause',
    resume: 'Resume',
    cancel: 'Cancel',
    progress: 'Training progress',
    epochDone: 'Epochs done',
    lastPl: 'Pseudo-log-likelihood',
    epochTime: 'Time per epoch',
    ms: 'ms',
    nats: 'nats',
    status: {
      idle: 'Not trained yet: the tiles show the random initial weights.',
      loading: 'Loading the digits…',
      running: (epoch: number, epochs: number) => `Training: epoch ${epoch} of ${epochs}.`,
      paused: (epoch: number, epochs: number) => `Paused after epoch ${epoch} of ${epochs}.`,
      done: (epochs: number) => `Done: ${epochs} epochs.`,
      cancelled: (epoch: number) =>
        `Cancelled after ${epoch} epochs; the tiles show the weights at that point.`,
      error: (message: string) => `Training stopped with an error: ${message}`,
      loadFailed: (message: string) =>
        `The digits could not be loaded (${message}). Check the connection and try again.`,
    },
    filtersLabel: (shown: number) => `The weights of ${shown} hidden units, each as an 8 by 8 grey image.`,
    plotLabel: (epochs: number) =>
      epochs === 0
        ? 'Pseudo-log-likelihood per epoch: nothing trained yet.'
        : `Pseudo-log-likelihood after each of ${epochs} epochs.`,
    xAxis: 'epoch',
    yAxis: 'pseudo-log-likelihood (nats)',
    lastLl: 'Held-out log-likelihood',
    llAxis: 'held-out log-likelihood (nats)',
    llLabel: (epochs: number) =>
      epochs === 0
        ? 'Log-likelihood of the held-out digits per epoch: nothing trained yet.'
        : `Log-likelihood of the held-out digits after each of ${epochs} epochs.`,
    llNote: (exact: boolean): string =>
      exact
        ? 'Exact: log Z is summed over all 2^H hidden states.'
        : 'Estimated: log Z by annealed importance sampling (16 runs, 300 temperatures); the bars are ± 2 standard errors. AIS tends to come out low for log Z, so these values may be slightly too high.',
    heldOutTitle: 'Held-out digits (top row) and their reconstructions (bottom row)',
    heldOutLabel: (count: number) =>
      `${count} digits the machine never trained on, and below each its reconstruction p(v | h) with h = p(h | v).`,
    fantasyTitle: 'Fantasies: 16 Gibbs chains that never restart, 100 steps per epoch',
    fantasyLabel: 'What the machine dreams: p(v | h) of 16 block-Gibbs chains run on the current weights.',
    notYet: 'These appear after the first epoch.',
  },
  zh: {
    title: '在手写数字上训练 RBM',
    caption: (shown: number, hidden: number) =>
      `每个小方块是一个隐藏单元的权重 W₍:,j₎，画成 8 × 8 的图像（越亮表示权重越大，每块按自身的取值范围缩放）${
        shown < hidden ? `；图中只画出 ${hidden} 个隐藏单元中的前 ${shown} 个` : ''
      }。训练之前，它们只是随机的初始权重；在 1797 张二值化的 UCI 手写数字中的 1618 张上训练（每十张留出一张；按小批量训练，默认每批 10 张，PCD 为每批中的每张图保留一条持续链）之后，会变成笔画和斑块。第一条曲线是固定的 100 张训练图像上的精确伪对数似然，第二条是 179 张留出数字的对数似然，单位都是每张图像的奈特（nat）。训练在后台线程中进行，页面不会卡住；种子和设置相同，得到的权重就相同。`,
    hidden: '隐藏单元数',
    method: '负相',
    methodCd: 'CD-k（链从数据重新出发）',
    methodPcd: 'PCD-k（持续链）',
    k: '吉布斯步数 k',
    learningRate: '学习率',
    epochs: '训练轮数',
    batchSize: '小批量大小',
    train: '开始训练',
    pause: '暂停',
    resume: '继续',
    cancel: '取消',
    progress: '训练进度',
    epochDone: '已完成轮数',
    lastPl: '伪对数似然',
    epochTime: '每轮耗时',
    ms: '毫秒',
    nats: '奈特',
    status: {
      idle: '尚未训练：小方块显示的是随机初始权重。',
      loading: '正在加载手写数字数据……',
      running: (epoch: number, epochs: number) => `训练中：第 ${epoch} 轮，共 ${epochs} 轮。`,
      paused: (epoch: number, epochs: number) => `已在第 ${epoch} 轮（共 ${epochs} 轮）后暂停。`,
      done: (epochs: number) => `完成：共训练 ${epochs} 轮。`,
      cancelled: (epoch: number) => `已在 ${epoch} 轮后取消；小方块显示的是那时的权重。`,
      error: (message: string) => `训练因错误而停止：${message}`,
      loadFailed: (message: string) => `无法加载手写数字数据（${message}）。请检查网络连接后重试。`,
    },
    filtersLabel: (shown: number) => `${shown} 个隐藏单元的权重，每个画成一张 8 × 8 的灰度图。`,
    plotLabel: (epochs: number) =>
      epochs === 0 ? '每轮的伪对数似然：尚未训练。' : `${epochs} 轮训练中每轮之后的伪对数似然。`,
    xAxis: '轮数',
    yAxis: '伪对数似然（奈特）',
    lastLl: '留出数据的对数似然',
    llAxis: '留出数据的对数似然（奈特）',
    llLabel: (epochs: number) =>
      epochs === 0 ? '留出数字每轮的对数似然：尚未训练。' : `${epochs} 轮训练中每轮之后留出数字的对数似然。`,
    llNote: (exact: boolean): string =>
      exact
        ? '精确值：log Z 是对全部 2^H 个隐藏状态求和得到的。'
        : '估计值：log Z 由退火重要性采样（AIS，16 次运行、300 个温度）估计，误差棒为 ±2 个标准误。AIS 给出的 log Z 往往略微偏低，所以这里的数值可能略微偏高。',
    heldOutTitle: '留出的数字（上行）及其重构（下行）',
    heldOutLabel: (count: number) =>
      `${count} 张模型从未训练过的数字，下方是各自的重构 p(v | h)，其中 h = p(h | v)。`,
    fantasyTitle: '幻想样本：16 条从不重启的吉布斯链，每轮走 100 步',
    fantasyLabel: '模型“梦见”的数字：在当前权重下运行的 16 条块吉布斯链的 p(v | h)。',
    notYet: '训练完第一轮后显示。',
  },
});
