import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exerciseIds, readCatalogue } from '../../scripts/vite/exerciseCatalogue.ts';
import { CHAPTERS } from '../../src/book/chapters';

function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'exercises-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path.split('/')[0]), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the exercise catalogue', () => {
  it('lists each chapter’s exercise ids in reading order', () => {
    expect(exerciseIds('1. <Exercise id="a">\n\n2. text\n\n3. <Exercise  id="b-2">')).toEqual(['a', 'b-2']);
  });

  it('accepts the same ids in another order and refuses a language with a missing or extra id', () => {
    const same = contentDir({
      'en/01-x.mdx': '<Exercise id="a">…<Exercise id="b">',
      'zh/01-x.mdx': '<Exercise id="b">…<Exercise id="a">',
    });
    expect(readCatalogue(same)).toEqual({ '01-x': ['a', 'b'] });
    const different = contentDir({
      'en/01-x.mdx': '<Exercise id="a">…<Exercise id="b">',
      'zh/01-x.mdx': '<Exercise id="a">',
    });
    expect(() => readCatalogue(different)).toThrow(/zh\/01-x\.mdx.*same set/);
    const repeated = contentDir({ 'en/01-x.mdx': '<Exercise id="a"><Exercise id="a">' });
    expect(() => readCatalogue(repeated)).toThrow(/repeats/);
  });

  it('gives every chapter of the book at least one self-checking exercise', () => {
    const catalogue = readCatalogue('content');
    for (const chapter of CHAPTERS)
      expect(catalogue[chapter.slug]?.length, chapter.slug).toBeGreaterThanOrEqual(2);
  });
});
