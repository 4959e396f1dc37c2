/**
 * The chapter registry: order, slugs, titles and one-line summaries in both languages.
 * It is plain data so that tests, the table of contents and the router read the same list.
 */
import { LANGUAGES, type Lang } from '../widgets/common/languages.ts';

export { LANGUAGES, type Lang };

export type Localised = Record<Lang, string>;

export interface ChapterInfo {
  /** 1-based chapter number. */
  number: number;
  /** Stable address segment, `NN-slug`; also the MDX file name in content/<lang>/. */
  slug: string;
  title: Localised;
  summary: Localised;
  /** 'outline' chapters hold an honest plan of what they will teach until their issue lands. */
  status: 'ready' | 'outline';
}

export const CHAPTERS: readonly ChapterInfo[] = [
  {
    number: 1,
    slug: '01-brownian-motion',
    title: { en: 'Brownian motion', zh: '布朗运动' },
    summary: {
      en: 'From order to disorder: molecular kicks, random walks, and how a shape dissolves into noise.',
      zh: '从有序到无序：分子的撞击、随机游走，以及一个图形如何溶解成噪声。',
    },
    status: 'ready',
  },
  {
    number: 2,
    slug: '02-undirected-models',
    title: { en: 'Undirected models', zh: '无向图模型' },
    summary: {
      en: 'Markov random fields: cliques, factors and the unnormalised probability they define.',
      zh: '马尔可夫随机场：团、因子，以及它们定义的未归一化概率。',
    },
    status: 'ready',
  },
  {
    number: 3,
    slug: '03-partition-function',
    title: { en: 'The partition function', zh: '配分函数' },
    summary: {
      en: 'The constant Z that turns an unnormalised probability into a distribution — when it exists and why it is hard.',
      zh: '把未归一化概率变成概率分布的常数 Z：它何时存在，为什么难算。',
    },
    status: 'ready',
  },
  {
    number: 4,
    slug: '04-energy-based-models',
    title: { en: 'Energy-based models', zh: '基于能量的模型' },
    summary: {
      en: 'The Boltzmann distribution, products of experts and free energy.',
      zh: '玻尔兹曼分布、专家之积与自由能。',
    },
    status: 'ready',
  },
  {
    number: 5,
    slug: '05-restricted-boltzmann-machines',
    title: { en: 'Restricted Boltzmann machines', zh: '受限玻尔兹曼机' },
    summary: {
      en: 'A bipartite energy model: block Gibbs sampling and contrastive divergence on handwritten digits.',
      zh: '二分结构的能量模型：块吉布斯采样与对比散度，在手写数字上训练。',
    },
    status: 'ready',
  },
  {
    number: 6,
    slug: '06-monte-carlo-sampling',
    title: { en: 'Monte Carlo sampling', zh: '蒙特卡罗采样' },
    summary: {
      en: 'Darts, integrals, the inverse CDF, rejection and importance sampling, Markov chains that sample, and annealed estimates of Z.',
      zh: '随机投点（掷飞镖）估计 π、积分、逆变换采样、拒绝采样与重要性采样、会采样的马尔可夫链，以及用退火重要性采样估计 Z。',
    },
    status: 'ready',
  },
  {
    number: 7,
    slug: '07-langevin-to-diffusion',
    title: { en: 'From Langevin dynamics to diffusion models', zh: '从朗之万动力学到扩散模型' },
    summary: {
      en: 'Follow the score uphill towards likely data, adding noise on the way, then learn to run the noising process backwards.',
      zh: '沿着得分函数朝高概率处走并加入噪声，再学会把加噪过程倒过来走。',
    },
    status: 'ready',
  },
];

export function isLang(value: string | undefined): value is Lang {
  return value === 'en' || value === 'zh';
}

export function findChapter(slug: string | undefined): ChapterInfo | undefined {
  return CHAPTERS.find((chapter) => chapter.slug === slug);
}

/** The chapters before and after `slug` in reading order (undefined at either end). */
export function neighbours(slug: string): { previous?: ChapterInfo; next?: ChapterInfo } {
  const index = CHAPTERS.findIndex((chapter) => chapter.slug === slug);
  if (index < 0) return {};
  return { previous: CHAPTERS[index - 1], next: CHAPTERS[index + 1] };
}

/** The readable, stable address of a chapter (inside the hash), e.g. `/zh/03-partition-function`. */
export function chapterPath(lang: Lang, slug: string, section?: string): string {
  return section ? `/${lang}/${slug}?s=${encodeURIComponent(section)}` : `/${lang}/${slug}`;
}
