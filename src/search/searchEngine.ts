import MiniSearch from 'minisearch';
import type { Lang } from '../widgets/common/languages';
import { indexOptions } from './indexOptions';
import { findOccurrences, queryParts, type Span } from './match';
import type { SearchDocument } from './types';

/** One result, ready to show: the passage, where the terms are in its title and text, and what to highlight. */
export interface SearchHit {
  document: SearchDocument;
  titleSpans: Span[];
  textSpans: Span[];
  /** The words to highlight on the page once the reader has gone there. */
  needles: string[];
}

export interface SearchEngine {
  search(query: string, limit?: number): SearchHit[];
}

/** Each index is its own chunk with a hashed name (so an offline cache of the build holds it), fetched on first use. */
const INDEXES: Record<Lang, () => Promise<{ default: string }>> = {
  en: () => import('virtual:search-index/en'),
  zh: () => import('virtual:search-index/zh'),
};

const engines = new Map<Lang, Promise<SearchEngine>>();

/** The language's search engine, loaded once per page. A failed load is forgotten, so the next try fetches again. */
export function loadSearchEngine(lang: Lang): Promise<SearchEngine> {
  let engine = engines.get(lang);
  if (!engine) {
    engine = INDEXES[lang]().then((module) => createSearchEngine(lang, module.default));
    engine.catch(() => engines.delete(lang));
    engines.set(lang, engine);
  }
  return engine;
}

/** A search engine over an index serialised by scripts/search/buildIndex.ts. */
export function createSearchEngine(lang: Lang, json: string): SearchEngine {
  const index = MiniSearch.loadJSON<SearchDocument>(json, indexOptions(lang));
  return {
    search(query, limit = 20) {
      const parts = queryParts(query);
      if (parts.length === 0) return [];
      const hits: SearchHit[] = [];
      for (const result of index.search(query)) {
        const document = result as unknown as SearchDocument;
        // English: the index's own matched words (prefix and fuzzy matches included). Chinese: the words as typed,
        // which must each occur on word boundaries: the word breaker may cut a query differently from the same
        // letters inside a sentence, and this keeps 分函 from matching inside 配分函数 whatever the cut.
        const needles = lang === 'zh' ? parts : result.terms;
        const titleSpans = findOccurrences(document.title, lang, needles);
        const textSpans = findOccurrences(document.text, lang, needles);
        if (lang === 'zh' && !parts.every((part) => occursIn(document, part))) continue;
        hits.push({ document, titleSpans, textSpans, needles });
        if (hits.length >= limit) break;
      }
      return hits;
    },
  };
}

function occursIn(document: SearchDocument, part: string): boolean {
  return (
    findOccurrences(document.title, 'zh', [part]).length > 0 ||
    findOccurrences(document.text, 'zh', [part]).length > 0
  );
}
