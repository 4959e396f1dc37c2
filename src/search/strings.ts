import { defineStrings } from '../widgets/common/lang';

/** The search's words in both languages. */
export const SEARCH_STRINGS = defineStrings({
  en: {
    button: 'Search',
    shortcut: 'Press / or Ctrl+K',
    title: 'Search the book',
    inputLabel: 'Search the book',
    placeholder: 'e.g. partition function',
    instructions: '↑ and ↓ choose a result, Enter goes there, Esc closes.',
    close: 'Close',
    results: 'Results',
    loading: 'Loading the search index…',
    failed: 'The search could not be loaded. Check the connection and try again.',
    none: 'No results. Try another word.',
    count: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  },
  zh: {
    button: '搜索',
    shortcut: '按 / 或 Ctrl+K',
    title: '搜索全书',
    inputLabel: '搜索全书',
    placeholder: '例如：配分函数',
    instructions: '中文按整词匹配。用 ↑ ↓ 选择结果，回车前往，Esc 关闭。',
    close: '关闭',
    results: '搜索结果',
    loading: '正在载入搜索索引……',
    failed: '未能载入搜索。请检查网络连接后重试。',
    none: '没有找到结果，换个词试试。',
    count: (n: number) => `共 ${n} 条结果`,
  },
});
