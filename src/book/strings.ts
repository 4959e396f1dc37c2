import type { Lang } from '../widgets/common/lang';

/** The shell's words in both languages. */
export const UI: Record<
  Lang,
  {
    bookTitle: string;
    skipToContent: string;
    contents: string;
    home: string;
    language: string;
    otherLanguageName: string;
    themeLabel: string;
    themes: { light: string; dark: string; system: string };
    chapter: (n: number) => string;
    previous: string;
    next: string;
    continueReading: string;
    continueAt: (chapter: string, section?: string) => string;
    inPreparation: string;
    visited: string;
    loading: string;
    proseFailed: string;
    notFound: string;
    backHome: string;
    mainNavigation: string;
  }
> = {
  en: {
    bookTitle: 'Foundations of Diffusion Models',
    skipToContent: 'Skip to content',
    contents: 'Contents',
    home: 'Home',
    language: 'Language',
    otherLanguageName: '简体中文',
    themeLabel: 'Theme',
    themes: { light: 'Light', dark: 'Dark', system: 'System' },
    chapter: (n) => `Chapter ${n}`,
    previous: 'Previous',
    next: 'Next',
    continueReading: 'Continue where you left off',
    continueAt: (chapter, section) => (section ? `${chapter} — ${section}` : chapter),
    inPreparation: 'In preparation',
    visited: 'read',
    loading: 'Loading the chapter…',
    proseFailed: 'The rest of this chapter could not be loaded. Check the connection and reload the page.',
    notFound: 'There is no page at this address.',
    backHome: 'Back to the start',
    mainNavigation: 'Book navigation',
  },
  zh: {
    bookTitle: '扩散模型的基础',
    skipToContent: '跳到正文',
    contents: '目录',
    home: '首页',
    language: '语言',
    otherLanguageName: 'English',
    themeLabel: '主题',
    themes: { light: '浅色', dark: '深色', system: '跟随系统' },
    chapter: (n) => `第 ${n} 章`,
    previous: '上一章',
    next: '下一章',
    continueReading: '从上次读到的地方继续',
    continueAt: (chapter, section) => (section ? `${chapter} · ${section}` : chapter),
    inPreparation: '编写中',
    visited: '已读',
    loading: '正在载入本章……',
    proseFailed: '本章其余部分未能载入。请检查网络连接后刷新页面。',
    notFound: '这个地址没有页面。',
    backHome: '回到首页',
    mainNavigation: '全书导航',
  },
};
