import MiniSearch from 'minisearch';
import { indexOptions } from '../../src/search/indexOptions.ts';
import type { SearchDocument } from '../../src/search/types.ts';
import type { Lang } from '../../src/widgets/common/languages.ts';

/**
 * One language's passages → MiniSearch's serialised index (a JSON string), which the browser loads with
 * `MiniSearch.loadJSON` and the same options (src/search/searchEngine.ts) instead of indexing the book itself.
 * Ids must be unique: a passage added twice (say, a glossary term with the id of a section) is a build error.
 */
export function buildSearchIndex(lang: Lang, documents: readonly SearchDocument[]): string {
  const seen = new Set<string>();
  for (const document of documents) {
    if (seen.has(document.id))
      throw new Error(`search index (${lang}): two passages have the id ${document.id}`);
    seen.add(document.id);
  }
  const index = new MiniSearch<SearchDocument>(indexOptions(lang));
  index.addAll(documents);
  return JSON.stringify(index);
}
