import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../content/glossary';
import { collectTermUses, markedTerms, readChapterFiles } from '../../scripts/vite/glossaryUses';
import { compileOpening } from './compileSnippet';

const files = readChapterFiles(join(import.meta.dirname, '../../content'));
const ids = new Set(GLOSSARY.map((term) => term.id));

describe('the glossary (content/glossary.ts) and its marks in the chapters', () => {
  it('defines each term once, in both languages', () => {
    expect(ids.size).toBe(GLOSSARY.length);
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(30);
    for (const term of GLOSSARY) {
      expect(term.id).toMatch(/^[a-z0-9-]+$/);
      for (const lang of ['en', 'zh'] as const) {
        expect(term[lang].term, term.id).not.toBe('');
        expect(term[lang].definition.length, term.id).toBeGreaterThan(20);
      }
      expect(term.zh.definition, term.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('marks only known terms, each chapter the same ones in both languages, every term somewhere', () => {
    const used = new Set<string>();
    for (const file of files.filter((f) => f.lang === 'en')) {
      const en = markedTerms(file.source);
      const zh = markedTerms(files.find((f) => f.lang === 'zh' && f.slug === file.slug)?.source ?? '');
      for (const id of [...en, ...zh]) expect(ids.has(id), `${file.slug}: ${id}`).toBe(true);
      expect([...zh].sort(), file.slug).toEqual([...en].sort());
      for (const id of en) used.add(id);
    }
    expect([...ids].filter((id) => !used.has(id))).toEqual([]);
  });

  it('lists, per term and language, the chapters that mark it, in book order', () => {
    const uses = collectTermUses([
      { lang: 'en', slug: '03-b', source: '[Z](term:partition-function) and [Z](term:partition-function)' },
      { lang: 'en', slug: '01-a', source: 'the [partition function](term:partition-function)' },
      { lang: 'zh', slug: '01-a', source: '[团](term:clique)' },
    ]);
    expect(uses).toEqual({ 'partition-function': { en: ['01-a', '03-b'] }, clique: { zh: ['01-a'] } });
  });

  it('turns a mark into a focusable, described <dfn>; only the first one in a chapter gets the id', async () => {
    const [html] = await compileOpening(
      'The [partition function](term:partition-function) $Z$, and again the [partition function](term:partition-function).\n',
    );
    const dfns = [...html.matchAll(/<dfn[^>]*>/g)].map((match) => match[0]);
    expect(dfns).toEqual([
      '<dfn id="term-partition-function" class="term" data-term="partition-function" tabindex="0" aria-describedby="term-tip">',
      '<dfn class="term" data-term="partition-function" tabindex="0" aria-describedby="term-tip">',
    ]);
    expect(html).toContain('partition function</dfn>');
  });

  it('fails the build on an unknown term', async () => {
    await expect(compileOpening('A [thing](term:no-such-term).\n')).rejects.toThrow(/no-such-term/);
  });
});
