import type { Lang } from '../widgets/common/lang';

/** The glossary page's own words, in its chunk. */
export const GLOSSARY_PAGE: Record<Lang, { intro: string; firstUse: string; notUsedYet: string }> = {
  en: {
    intro:
      'Every term the book defines, with its Chinese name, and links to where each chapter first uses it. In a chapter, a term with a dotted underline shows its definition when you point at it or reach it with the Tab key; Esc hides it.',
    firstUse: 'First used in: ',
    notUsedYet: 'Not yet marked in a chapter.',
  },
  zh: {
    intro:
      '本书定义的全部术语及其英文名称，并链接到各章第一次使用它的地方。在正文中，带虚下划线的术语在鼠标指向或用 Tab 键移到它上面时显示定义，按 Esc 键隐藏。',
    firstUse: '首次出现于：',
    notUsedYet: '尚未在章节中标出。',
  },
};
