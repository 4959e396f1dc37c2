/**
 * The book's glossary: every term defined once, in both languages, the English name beside the Chinese one.
 *
 * A chapter marks a term where it first uses it with a Markdown link to `term:<id>`, e.g.
 * `[partition function](term:partition-function)`; the build turns that into plain HTML
 * (scripts/mdx/rehypeGlossaryTerms.ts) and the chapter page shows the definition on hover and keyboard focus.
 * The glossary page (`#/<lang>/glossary`) lists every term with links to its first use in each chapter.
 * Definitions are plain text (no formulas), one or two sentences.
 */

/** The one tooltip element a chapter shows definitions in; every marked term is described by it. */
export const TERM_TIP_ID = 'term-tip';

export interface GlossaryTerm {
  /** Stable id, used in `term:<id>` links and in addresses. */
  id: string;
  en: { term: string; definition: string };
  zh: { term: string; definition: string };
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'brownian-motion',
    en: {
      term: 'Brownian motion',
      definition:
        'The erratic movement of a small particle in a fluid, driven by collisions with the molecules around it; in mathematics, the continuous random process with independent Gaussian increments whose variance grows linearly in time.',
    },
    zh: {
      term: '布朗运动',
      definition:
        '悬浮在流体中的微小颗粒受周围分子撞击而做的无规则运动；在数学上，指增量相互独立、服从高斯分布且方差随时间线性增长的连续随机过程。',
    },
  },
  {
    id: 'random-walk',
    en: {
      term: 'random walk',
      definition:
        'A process that moves by adding an independent random step at each tick of time. With many small steps it approaches Brownian motion.',
    },
    zh: {
      term: '随机游走',
      definition: '每个时间步都加上一个独立随机步长的过程。步长越小、步数越多，它就越接近布朗运动。',
    },
  },
  {
    id: 'mean-squared-displacement',
    en: {
      term: 'mean squared displacement',
      definition:
        'The average of the squared distance a particle has moved from its start. For diffusion it grows linearly in time: 2dDt in d dimensions.',
    },
    zh: {
      term: '均方位移',
      definition: '粒子离开起点的距离的平方的平均值。对扩散而言它随时间线性增长：d 维空间中为 2dDt。',
    },
  },
  {
    id: 'diffusion-coefficient',
    en: {
      term: 'diffusion coefficient',
      definition:
        'The constant D that sets how fast particles spread: the variance of each coordinate grows as 2Dt. Einstein’s relation gives D = k_B T / γ for a particle with friction coefficient γ.',
    },
    zh: {
      term: '扩散系数',
      definition:
        '决定粒子扩散快慢的常数 D：每个坐标的方差按 2Dt 增长。爱因斯坦关系给出 D = k_B T / γ，γ 为粒子的摩擦系数。',
    },
  },
  {
    id: 'diffusion-equation',
    en: {
      term: 'diffusion equation',
      definition:
        'The partial differential equation ∂p/∂t = D ∇²p for the density of diffusing particles; its solution from a point is a Gaussian whose variance grows linearly in time.',
    },
    zh: {
      term: '扩散方程',
      definition:
        '描述扩散粒子密度的偏微分方程 ∂p/∂t = D ∇²p；从一点出发的解是方差随时间线性增长的高斯分布。',
    },
  },
  {
    id: 'markov-random-field',
    en: {
      term: 'Markov random field',
      definition:
        'An undirected graphical model: a distribution over variables on the nodes of a graph, written as a normalised product of non-negative factors over the graph’s cliques.',
    },
    zh: {
      term: '马尔可夫随机场',
      definition: '无向图模型：定义在图的节点变量上的分布，写成图中各个团上非负因子之积再归一化。',
    },
  },
  {
    id: 'clique',
    en: {
      term: 'clique',
      definition:
        'A set of nodes in a graph that are all connected to each other. The factors of an undirected model are defined on cliques.',
    },
    zh: { term: '团', definition: '图中两两相连的一组节点。无向模型的因子定义在团上。' },
  },
  {
    id: 'factor',
    en: {
      term: 'factor',
      definition:
        'A non-negative function of the variables of one clique (also called a potential); it scores how compatible their joint values are, but is not itself a probability.',
    },
    zh: {
      term: '因子',
      definition:
        '定义在一个团的变量上的非负函数（也叫势函数），衡量这些变量取值之间的相容程度，本身并不是概率。',
    },
  },
  {
    id: 'conditional-independence',
    en: {
      term: 'conditional independence',
      definition:
        'Two variables are conditionally independent given a third when, once the third is known, learning one tells nothing more about the other. In an undirected model this can be read off the graph as separation.',
    },
    zh: {
      term: '条件独立',
      definition:
        '给定第三个变量后，知道其中一个变量不再提供关于另一个变量的任何信息，就称这两个变量在给定它时条件独立。在无向模型中，这可以从图的分隔关系读出。',
    },
  },
  {
    id: 'markov-blanket',
    en: {
      term: 'Markov blanket',
      definition:
        'The smallest set of variables that, once known, makes a variable independent of all the others. In an undirected model it is the variable’s neighbours.',
    },
    zh: {
      term: '马尔可夫毯',
      definition: '一旦已知便使某个变量与其余所有变量独立的最小变量集合。在无向模型中，它就是该变量的邻居。',
    },
  },
  {
    id: 'unnormalised-probability',
    en: {
      term: 'unnormalised probability',
      definition:
        'A non-negative function p̃(x) proportional to a probability distribution but not summing (or integrating) to one; dividing by the partition function Z gives the distribution.',
    },
    zh: {
      term: '未归一化概率',
      definition:
        '与某个概率分布成正比、但总和（或积分）不等于 1 的非负函数 p̃(x)；除以配分函数 Z 就得到该分布。',
    },
  },
  {
    id: 'partition-function',
    en: {
      term: 'partition function',
      definition:
        'The normalising constant Z: the sum (or integral) of the unnormalised probability over all states, so that p(x) = p̃(x) / Z. It may be infinite, and is usually intractable to compute exactly.',
    },
    zh: {
      term: '配分函数',
      definition:
        '归一化常数 Z：未归一化概率在所有状态上的总和（或积分），使 p(x) = p̃(x) / Z。它可能发散，通常也难以精确计算。',
    },
  },
  {
    id: 'ising-model',
    en: {
      term: 'Ising model',
      definition:
        'A model of magnetism: spins of ±1 on a lattice, with an energy that rewards neighbouring spins for agreeing. It is the classic example of a Markov random field.',
    },
    zh: {
      term: '伊辛模型',
      definition:
        '一种磁性模型：格点上取值 ±1 的自旋，能量在相邻自旋同向时较低。它是马尔可夫随机场的经典例子。',
    },
  },
  {
    id: 'energy',
    en: {
      term: 'energy',
      definition:
        'A real-valued function E(x) of a state; low energy means likely. A model defines probabilities from it by p(x) ∝ exp(−E(x)/T).',
    },
    zh: {
      term: '能量',
      definition: '状态的实值函数 E(x)，能量越低的状态越可能出现。模型由它按 p(x) ∝ exp(−E(x)/T) 定义概率。',
    },
  },
  {
    id: 'boltzmann-distribution',
    en: {
      term: 'Boltzmann distribution',
      definition:
        'The distribution p(x) = exp(−E(x)/T) / Z that gives each state a probability decreasing exponentially with its energy; physics writes k_B T for the temperature.',
    },
    zh: {
      term: '玻尔兹曼分布',
      definition: '分布 p(x) = exp(−E(x)/T) / Z：每个状态的概率随其能量指数下降；物理中温度写作 k_B T。',
    },
  },
  {
    id: 'temperature',
    en: {
      term: 'temperature',
      definition:
        'The parameter T (or inverse temperature β = 1/T) of a Boltzmann distribution. High temperature flattens the distribution towards uniform; low temperature concentrates it on the lowest energies.',
    },
    zh: {
      term: '温度',
      definition:
        '玻尔兹曼分布的参数 T（或逆温度 β = 1/T）。温度高时分布趋于均匀；温度低时分布集中在能量最低的状态上。',
    },
  },
  {
    id: 'free-energy',
    en: {
      term: 'free energy',
      definition:
        'The energy of the visible variables alone after the hidden ones are summed out: F(v) = −log Σ_h exp(−E(v, h)), so that p(v) ∝ exp(−F(v)). Globally, −log Z is the free energy of the whole system.',
    },
    zh: {
      term: '自由能',
      definition:
        '把隐变量求和消去后只属于可见变量的能量：F(v) = −log Σ_h exp(−E(v, h))，于是 p(v) ∝ exp(−F(v))。整体而言，−log Z 是整个系统的自由能。',
    },
  },
  {
    id: 'energy-based-model',
    en: {
      term: 'energy-based model',
      definition:
        'A model that specifies only an energy E(x) and defines p(x) = exp(−E(x)) / Z; any positive distribution can be written this way.',
    },
    zh: {
      term: '基于能量的模型',
      definition:
        '只给出能量 E(x)、并由 p(x) = exp(−E(x)) / Z 定义概率的模型；任何处处为正的分布都可以这样写。',
    },
  },
  {
    id: 'product-of-experts',
    en: {
      term: 'product of experts',
      definition:
        'A model whose unnormalised probability is the product of several simpler ones (the experts); in energies, a sum. A state is likely only if every expert finds it plausible.',
    },
    zh: {
      term: '专家之积',
      definition:
        '未归一化概率是几个较简单模型（专家）之积的模型；用能量表示就是能量之和。只有每位专家都认可的状态才有较高概率。',
    },
  },
  {
    id: 'restricted-boltzmann-machine',
    en: {
      term: 'restricted Boltzmann machine',
      definition:
        'An energy-based model with a layer of visible and a layer of hidden binary units, connected only across layers. Given one layer, the units of the other are independent.',
    },
    zh: {
      term: '受限玻尔兹曼机',
      definition:
        '由一层可见二值单元和一层隐二值单元组成、只有层间连接的基于能量的模型。给定一层，另一层的单元相互独立。',
    },
  },
  {
    id: 'negative-phase',
    en: {
      term: 'negative phase',
      definition:
        'The part of the log-likelihood gradient that comes from the partition function: an expectation under the model, which lowers the probability of what the model itself generates. The positive phase, an expectation over the data, raises the data’s probability.',
    },
    zh: {
      term: '负相',
      definition:
        '对数似然梯度中来自配分函数的部分：在模型分布下的期望，它压低模型自己生成的样本的概率。正相是在数据上的期望，它抬高数据的概率。',
    },
  },
  {
    id: 'gibbs-sampling',
    en: {
      term: 'Gibbs sampling',
      definition:
        'A Markov chain Monte Carlo method that updates one variable (or group) at a time by drawing it from its conditional distribution given all the others.',
    },
    zh: {
      term: '吉布斯采样',
      definition:
        '一种马尔可夫链蒙特卡罗方法：每次从某个变量（或一组变量）在给定其余变量时的条件分布中抽取新值。',
    },
  },
  {
    id: 'block-gibbs-sampling',
    en: {
      term: 'block Gibbs sampling',
      definition:
        'Gibbs sampling that redraws a whole group of variables at once; in a restricted Boltzmann machine, all hidden units given the visible ones, then all visible units given the hidden ones.',
    },
    zh: {
      term: '块吉布斯采样',
      definition:
        '一次重新抽取一整组变量的吉布斯采样；在受限玻尔兹曼机中，先在给定可见层时抽取全部隐单元，再在给定隐层时抽取全部可见单元。',
    },
  },
  {
    id: 'contrastive-divergence',
    en: {
      term: 'contrastive divergence',
      definition:
        'A way to train energy-based models (CD-k): estimate the negative phase from a Markov chain started at the data and run for only k steps, instead of from samples of the model at equilibrium.',
    },
    zh: {
      term: '对比散度',
      definition:
        '训练基于能量的模型的一种方法（CD-k）：从数据出发只运行 k 步马尔可夫链，用它估计负相，而不是用达到平衡的模型样本。',
    },
  },
  {
    id: 'markov-chain',
    en: {
      term: 'Markov chain',
      definition:
        'A sequence of random states in which each next state depends only on the current one, through a fixed transition rule.',
    },
    zh: { term: '马尔可夫链', definition: '一列随机状态，每个下一状态只通过固定的转移规则依赖于当前状态。' },
  },
  {
    id: 'stationary-distribution',
    en: {
      term: 'stationary distribution',
      definition:
        'A distribution that a Markov chain’s transition leaves unchanged: if the current state is drawn from it, so is the next. A well-behaved chain converges to it from any start.',
    },
    zh: {
      term: '平稳分布',
      definition:
        '马尔可夫链的转移保持不变的分布：若当前状态服从它，下一状态也服从它。性质良好的链从任何起点出发都会收敛到它。',
    },
  },
  {
    id: 'detailed-balance',
    en: {
      term: 'detailed balance',
      definition:
        'The condition π(x) P(x → y) = π(y) P(y → x) for all pairs of states: the flow of probability between any two states is the same both ways. It implies that π is a stationary distribution of the chain.',
    },
    zh: {
      term: '细致平衡',
      definition:
        '对任意两个状态都成立的条件 π(x) P(x → y) = π(y) P(y → x)：任意两状态之间两个方向的概率流相等。它保证 π 是这条链的平稳分布。',
    },
  },
  {
    id: 'metropolis-hastings',
    en: {
      term: 'Metropolis–Hastings',
      definition:
        'A Markov chain Monte Carlo algorithm: propose a move, then accept it with probability min(1, p̃(y) q(x | y) / (p̃(x) q(y | x))), otherwise stay. It needs the target only up to its normalising constant.',
    },
    zh: {
      term: 'Metropolis–Hastings 算法',
      definition:
        '一种马尔可夫链蒙特卡罗算法：提出一步移动，以概率 min(1, p̃(y) q(x | y) / (p̃(x) q(y | x))) 接受，否则留在原地。它只需要已知到归一化常数为止的目标分布。',
    },
  },
  {
    id: 'importance-sampling',
    en: {
      term: 'importance sampling',
      definition:
        'Estimating an expectation under one distribution p from samples of another q, weighting each sample by p(x)/q(x). The estimate is poor when q rarely visits where p is large.',
    },
    zh: {
      term: '重要性采样',
      definition:
        '用另一个分布 q 的样本估计分布 p 下的期望，每个样本乘以权重 p(x)/q(x)。当 q 很少到达 p 较大的地方时，估计会很差。',
    },
  },
  {
    id: 'effective-sample-size',
    en: {
      term: 'effective sample size',
      definition:
        'The number of independent samples that would give an estimate as precise as the weighted or correlated samples at hand; for importance weights, (Σw)² / Σw².',
    },
    zh: {
      term: '有效样本量',
      definition: '与手头带权重或相关的样本精度相当的独立样本个数；对重要性权重而言为 (Σw)² / Σw²。',
    },
  },
  {
    id: 'rejection-sampling',
    en: {
      term: 'rejection sampling',
      definition:
        'Drawing exact samples from p by proposing from q with p ≤ Mq and accepting each proposal with probability p(x) / (M q(x)); on average M proposals are needed per sample.',
    },
    zh: {
      term: '拒绝采样',
      definition:
        '从满足 p ≤ Mq 的分布 q 提议，再以概率 p(x) / (M q(x)) 接受，从而得到 p 的精确样本；平均每个样本需要 M 次提议。',
    },
  },
  {
    id: 'inverse-transform-sampling',
    en: {
      term: 'inverse CDF method',
      definition:
        'Sampling a one-dimensional distribution by drawing u uniformly from (0, 1) and returning F⁻¹(u), where F is the distribution’s cumulative distribution function.',
    },
    zh: {
      term: '逆变换采样',
      definition:
        '对一维分布采样的方法：从 (0, 1) 上均匀抽取 u，返回 F⁻¹(u)，其中 F 是该分布的累积分布函数。',
    },
  },
  {
    id: 'annealed-importance-sampling',
    en: {
      term: 'annealed importance sampling',
      definition:
        'An estimator of ratios of partition functions: move samples through a sequence of distributions from an easy one to the target, with Markov chain steps at each, and multiply the importance weights collected along the way.',
    },
    zh: {
      term: '退火重要性采样',
      definition:
        '估计配分函数之比的方法：让样本经过一串从简单分布逐渐过渡到目标分布的中间分布，每一级做几步马尔可夫链，并把沿途的重要性权重相乘。',
    },
  },
  {
    id: 'burn-in',
    en: {
      term: 'burn-in',
      definition:
        'The first steps of a Markov chain, discarded because the chain has not yet forgotten its starting point.',
    },
    zh: { term: '预烧期', definition: '马尔可夫链最初的若干步；链还没有忘记起点，所以这些样本被丢弃。' },
  },
  {
    id: 'score',
    en: {
      term: 'score',
      definition:
        'The gradient of the log-density with respect to the data, ∇ₓ log p(x). It points towards more likely data and does not depend on the partition function.',
    },
    zh: {
      term: '得分函数',
      definition: '对数密度关于数据的梯度 ∇ₓ log p(x)。它指向概率更高的地方，而且与配分函数无关。',
    },
  },
  {
    id: 'score-matching',
    en: {
      term: 'score matching',
      definition:
        'Fitting a model’s score to the data’s by minimising their expected squared difference, which can be rewritten without knowing the data’s score. It never needs the partition function.',
    },
    zh: {
      term: '得分匹配',
      definition:
        '让模型的得分函数拟合数据的得分函数，最小化两者之差平方的期望；这个目标可以改写成不需要知道数据得分函数的形式，也从不需要配分函数。',
    },
  },
  {
    id: 'langevin-dynamics',
    en: {
      term: 'Langevin dynamics',
      definition:
        'Motion that follows the score plus Gaussian noise, dx = ∇ log p(x) dt + √2 dW, whose stationary distribution is p. Its discretisation x ← x + ε ∇ log p(x) + √(2ε) z (the unadjusted Langevin algorithm) samples p only approximately for a finite step ε.',
    },
    zh: {
      term: '朗之万动力学',
      definition:
        '沿得分函数移动并加入高斯噪声的运动，dx = ∇ log p(x) dt + √2 dW，其平稳分布是 p。离散化后的 x ← x + ε ∇ log p(x) + √(2ε) z（未调整朗之万算法）在步长 ε 有限时只近似地对 p 采样。',
    },
  },
  {
    id: 'forward-process',
    en: {
      term: 'forward process',
      definition:
        'In a diffusion model, the fixed Markov chain that adds a little Gaussian noise at each step until the data become pure noise.',
    },
    zh: {
      term: '前向过程',
      definition: '扩散模型中固定不变的马尔可夫链：每一步加入少量高斯噪声，直到数据变成纯噪声。',
    },
  },
  {
    id: 'reverse-process',
    en: {
      term: 'reverse process',
      definition:
        'In a diffusion model, the learned chain that runs the forward process backwards, removing noise step by step to turn noise into data.',
    },
    zh: {
      term: '反向过程',
      definition: '扩散模型中学到的链，把前向过程倒过来运行，逐步去除噪声，把噪声变成数据。',
    },
  },
  {
    id: 'noise-schedule',
    en: {
      term: 'noise schedule',
      definition:
        'The sequence of noise variances β₁, …, β_T that the forward process adds at each step, for example linear or cosine.',
    },
    zh: {
      term: '噪声调度',
      definition: '前向过程每一步加入的噪声方差序列 β₁, …, β_T，例如线性调度或余弦调度。',
    },
  },
  {
    id: 'tweedie-formula',
    en: {
      term: 'Tweedie’s formula',
      definition:
        'For y = x + σz with Gaussian noise z, the best guess of x given y is E[x | y] = y + σ² ∇ log p(y): denoising needs only the score of the noisy data.',
    },
    zh: {
      term: '特威迪公式',
      definition:
        '对于 y = x + σz（z 为高斯噪声），给定 y 时对 x 的最优估计为 E[x | y] = y + σ² ∇ log p(y)：去噪只需要带噪数据的得分函数。',
    },
  },
];
