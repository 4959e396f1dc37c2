import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Build step for the glossary page: which chapters mark each term (`[…](term:<id>)`, see
 * scripts/mdx/rehypeGlossaryTerms.ts), served as `virtual:glossary-uses`:
 * `export default { "partition-function": { "en": ["03-partition-function", …], "zh": […] }, … }`.
 * Read from the chapter files themselves, so the page's links are right however the chapters are compiled.
 */

export type TermUses = Record<string, { en?: string[]; zh?: string[] }>;

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const VIRTUAL = 'virtual:glossary-uses';
const RESOLVED = `\0${VIRTUAL}`;
const TERM_MARK = /\]\(term:([a-z0-9-]+)\)/g;

/** The term ids a chapter marks, in order of first appearance. */
export function markedTerms(source: string): string[] {
  return [...new Set([...source.matchAll(TERM_MARK)].map((match) => match[1]))];
}

/** Term → language → chapters (in file order), from `content/<lang>/<slug>.mdx` texts. */
export function collectTermUses(
  files: ReadonlyArray<{ lang: 'en' | 'zh'; slug: string; source: string }>,
): TermUses {
  const uses: TermUses = {};
  for (const { lang, slug, source } of [...files].sort((a, b) => a.slug.localeCompare(b.slug))) {
    for (const id of markedTerms(source)) {
      uses[id] ??= {};
      uses[id][lang] = [...(uses[id][lang] ?? []), slug];
    }
  }
  return uses;
}

export function readChapterFiles(content = CONTENT) {
  return (['en', 'zh'] as const).flatMap((lang) =>
    readdirSync(join(content, lang))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const path = join(content, lang, name);
        return { lang, slug: name.replace(/\.mdx$/, ''), path, source: readFileSync(path, 'utf8') };
      }),
  );
}

export function glossaryUses(): Plugin {
  return {
    name: 'glossary-uses',
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files = readChapterFiles();
      // The dev server rebuilds the page's links when a chapter changes.
      for (const file of files) this.addWatchFile(file.path);
      return `export default ${JSON.stringify(collectTermUses(files))};`;
    },
  };
}
