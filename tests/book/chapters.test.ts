import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAPTERS, chapterPath, findChapter, LANGUAGES, neighbours } from '../../src/book/chapters';

const CONTENT = join(__dirname, '../../content');

describe('chapter registry', () => {
  it('lists the seven chapters in order with NN-slug addresses', () => {
    expect(CHAPTERS.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const chapter of CHAPTERS) {
      expect(chapter.slug).toMatch(new RegExp(`^0${chapter.number}-[a-z]+(-[a-z]+)*$`));
    }
    expect(new Set(CHAPTERS.map((c) => c.slug)).size).toBe(7);
  });

  it('has a title and a one-line summary in both languages, and Chinese text in Chinese', () => {
    for (const chapter of CHAPTERS) {
      for (const lang of LANGUAGES) {
        expect(chapter.title[lang].length).toBeGreaterThan(1);
        expect(chapter.summary[lang].length).toBeGreaterThan(10);
      }
      expect(chapter.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(chapter.summary.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('every chapter has an MDX file in each language, and no file lacks a registry entry', () => {
    for (const lang of LANGUAGES) {
      const files = readdirSync(join(CONTENT, lang))
        .filter((f) => f.endsWith('.mdx'))
        .sort();
      expect(files).toEqual(CHAPTERS.map((c) => `${c.slug}.mdx`).sort());
    }
  });

  it('both language versions of a chapter use the same section ids and the same widgets', () => {
    const ids = (text: string) => [...text.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    const widgets = (text: string) => [...text.matchAll(/^<([A-Z][A-Za-z]+)\s*\/>/gm)].map((m) => m[1]);
    for (const chapter of CHAPTERS) {
      const en = readFileSync(join(CONTENT, 'en', `${chapter.slug}.mdx`), 'utf8');
      const zh = readFileSync(join(CONTENT, 'zh', `${chapter.slug}.mdx`), 'utf8');
      expect(ids(zh), chapter.slug).toEqual(ids(en));
      expect(ids(en).length, chapter.slug).toBeGreaterThan(0);
      expect(widgets(zh), chapter.slug).toEqual(widgets(en));
    }
  });

  it('finds chapters and their neighbours; unknown slugs give nothing', () => {
    expect(findChapter('03-partition-function')?.number).toBe(3);
    expect(findChapter('99-nothing')).toBeUndefined();
    expect(findChapter(undefined)).toBeUndefined();
    expect(neighbours('01-brownian-motion').previous).toBeUndefined();
    expect(neighbours('01-brownian-motion').next?.number).toBe(2);
    expect(neighbours('07-langevin-to-diffusion').next).toBeUndefined();
    expect(neighbours('nope')).toEqual({});
  });

  it('builds whiteboard-friendly paths', () => {
    expect(chapterPath('zh', '03-partition-function')).toBe('/zh/03-partition-function');
    expect(chapterPath('en', '06-monte-carlo-sampling', 'rejection sampling')).toBe(
      '/en/06-monte-carlo-sampling?s=rejection%20sampling',
    );
  });
});
