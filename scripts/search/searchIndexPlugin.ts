import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CHAPTERS, chapterPath } from '../../src/book/chapters.ts';
import { UI } from '../../src/book/strings.ts';
import type { SearchDocument } from '../../src/search/types.ts';
import { LANGUAGES, type Lang } from '../../src/widgets/common/languages.ts';
import { buildSearchIndex } from './buildIndex.ts';
import { extractDocuments } from './extractDocuments.ts';

/**
 * More passages for the index besides the chapters' text, e.g. the glossary's terms. Called once per language
 * each time the index is built; `watchFiles` are the files it read, so the dev server rebuilds the index when they
 * change.
 */
export type SearchSource = (lang: Lang) => { documents: SearchDocument[]; watchFiles?: string[] };

const VIRTUAL = 'virtual:search-index/';
// The resolved id ends in a readable file name, which becomes the chunk's name: assets/search-en-<hash>.js.
const RESOLVED = '\0search-index/search-';

/** Every chapter's passages in one language, in reading order, with the files they came from. */
export function chapterDocuments(
  lang: Lang,
  contentDir: string,
): { documents: SearchDocument[]; files: string[] } {
  const documents: SearchDocument[] = [];
  const files: string[] = [];
  for (const chapter of CHAPTERS) {
    const file = join(contentDir, lang, `${chapter.slug}.mdx`);
    if (!existsSync(file)) continue;
    files.push(file);
    const title = chapter.title[lang];
    const group = `${UI[lang].chapter(chapter.number)} · ${title}`;
    documents.push(
      ...extractDocuments(readFileSync(file, 'utf8'), {
        slug: chapter.slug,
        title,
        group,
        path: (section) => chapterPath(lang, chapter.slug, section),
      }),
    );
  }
  return { documents, files };
}

/**
 * Serves `virtual:search-index/en` and `virtual:search-index/zh`: each language's MiniSearch index of every
 * chapter (content/<lang>/*.mdx) and of the `sources` given (the glossary, say), made when the build reads it.
 * The browser imports it only when the reader opens search (src/search/searchEngine.ts); in the build it is a
 * chunk with a hashed name like any other, so a service worker that precaches the build has it offline.
 */
export function searchIndexPlugin(options: { contentDir?: string; sources?: SearchSource[] } = {}): Plugin {
  const contentDir = options.contentDir ?? join(process.cwd(), 'content');
  return {
    name: 'book-search-index',
    resolveId(id) {
      if (!id.startsWith(VIRTUAL)) return undefined;
      const lang = id.slice(VIRTUAL.length);
      if (!(LANGUAGES as readonly string[]).includes(lang)) throw new Error(`no search index for "${lang}"`);
      return `${RESOLVED}${lang}.js`;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const lang = id.slice(RESOLVED.length, -'.js'.length) as Lang;
      const { documents, files } = chapterDocuments(lang, contentDir);
      for (const source of options.sources ?? []) {
        const extra = source(lang);
        documents.push(...extra.documents);
        files.push(...(extra.watchFiles ?? []));
      }
      for (const file of files) this.addWatchFile(file);
      // A string for MiniSearch.loadJSON: JSON.parse of one string is faster than evaluating an object literal.
      return `export default ${JSON.stringify(buildSearchIndex(lang, documents))};`;
    },
  };
}
