import type { Options, SearchOptions } from 'minisearch';
import type { Lang } from '../widgets/common/languages';
import { tokenize } from './tokenize.ts';
import type { SearchDocument } from './types';

/** The fields shown with a result; stored in the index so the dialog needs nothing else. */
export const STORED_FIELDS = ['path', 'target', 'group', 'title', 'text'] as const;

/**
 * How a query is matched. English: as you type ("parti" finds "partition"), forgiving a typo in longer words.
 * Chinese: whole words only, no prefix and no fuzzy matching: with them 分 would find 分布 and 函 would find 函数,
 * and a query straddling a word boundary (分函 inside 配分函数) would match. Every word must occur (AND).
 */
export function searchOptions(lang: Lang): SearchOptions {
  if (lang === 'zh') return { boost: { title: 3 }, combineWith: 'AND', prefix: false, fuzzy: false };
  return {
    boost: { title: 3 },
    combineWith: 'AND',
    prefix: (term) => term.length >= 2,
    fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
  };
}

/**
 * MiniSearch's options for one language's index. The same at build time (scripts/search/buildIndex.ts) and in the
 * browser (searchEngine.ts): a loaded index must tokenize queries exactly as its documents were tokenized.
 */
export function indexOptions(lang: Lang): Options<SearchDocument> {
  return {
    fields: ['title', 'text'],
    storeFields: [...STORED_FIELDS],
    tokenize: (text) => tokenize(text, lang),
    searchOptions: searchOptions(lang),
  };
}
