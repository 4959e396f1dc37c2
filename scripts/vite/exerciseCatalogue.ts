import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Serves `virtual:exercise-catalogue`: for every chapter, the ids of its self-checking exercises
 * (`<Exercise id="…">` in content/<lang>/NN-slug.mdx), read from the chapter files at build time.
 *
 * Why: the contents page shows "n of m exercises solved" without loading any chapter, and a new exercise needs
 * only its tag in the chapter. Both languages must hold the same ids (a solved exercise counts in either
 * language), though not always in the same order, since the two versions of a chapter order some exercises
 * differently; a missing or extra id is a build error, so the two files cannot drift apart. The order kept is
 * that of the first language read.
 */

export const EXERCISE_CATALOGUE_ID = 'virtual:exercise-catalogue';
const RESOLVED_ID = `\0${EXERCISE_CATALOGUE_ID}`;
const EXERCISE_TAG = /<Exercise\s+id="([a-z0-9-]+)"/g;

/** The ids of the exercises in one chapter file, in reading order. */
export function exerciseIds(source: string): string[] {
  return [...source.matchAll(EXERCISE_TAG)].map((match) => match[1]);
}

/** `{ "03-partition-function": ["ring-of-three", …], … }` from content/en and content/zh, which must agree. */
export function readCatalogue(contentDir: string): Record<string, string[]> {
  const catalogue: Record<string, string[]> = {};
  const languages = readdirSync(contentDir)
    .filter((name) => /^[a-z]{2}$/.test(name))
    .sort();
  for (const lang of languages) {
    for (const file of readdirSync(join(contentDir, lang)).filter((name) => name.endsWith('.mdx'))) {
      const slug = file.replace(/\.mdx$/, '');
      const ids = exerciseIds(readFileSync(join(contentDir, lang, file), 'utf8'));
      const seen = catalogue[slug];
      if (seen && [...seen].sort().join() !== [...ids].sort().join())
        throw new Error(
          `content/${lang}/${file}: exercise ids ${ids.join(', ') || '(none)'} differ from the other language's ` +
            `${seen.join(', ') || '(none)'}; both languages need the same set of <Exercise id="…">`,
        );
      if (new Set(ids).size !== ids.length)
        throw new Error(`content/${lang}/${file}: an exercise id repeats`);
      catalogue[slug] ??= ids;
    }
  }
  return catalogue;
}

export function exerciseCatalogue(
  contentDir = fileURLToPath(new URL('../../content', import.meta.url)),
): Plugin {
  return {
    name: 'exercise-catalogue',
    resolveId(id) {
      return id === EXERCISE_CATALOGUE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Rebuilt in the dev server when a chapter changes.
      for (const lang of readdirSync(contentDir).filter((name) => /^[a-z]{2}$/.test(name)))
        for (const file of readdirSync(join(contentDir, lang)))
          this.addWatchFile(join(contentDir, lang, file));
      return `export default ${JSON.stringify(readCatalogue(contentDir))};`;
    },
  };
}
