import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../scripts/search/buildIndex';
import { extractDocuments } from '../../scripts/search/extractDocuments';
import { glossarySearch } from '../../scripts/search/glossarySource';
import { chapterDocuments } from '../../scripts/search/searchIndexPlugin';
import { CHAPTERS } from '../../src/book/chapters';
import { findOccurrences, markSpans, queryParts, snippet } from '../../src/search/match';
import { createSearchEngine } from '../../src/search/searchEngine';
import { tokenize } from '../../src/search/tokenize';
import type { SearchDocument } from '../../src/search/types';

const chapter = {
  slug: '03-partition-function',
  title: 'The partition function',
  group: 'Chapter 3 · The partition function',
  path: (section?: string) => `/en/03-partition-function${section ? `?s=${section}` : ''}`,
};

describe('the tokenizer', () => {
  it('splits English at spaces, hyphens and punctuation, lower-cased', () => {
    expect(tokenize('The Gibbs distribution: log-sum-exp, again.', 'en')).toEqual([
      'the',
      'gibbs',
      'distribution',
      'log',
      'sum',
      'exp',
      'again',
    ]);
  });

  it('segments Chinese into words, Latin words and numbers kept', () => {
    const words = tokenize('本章专讲配分函数 Z，也叫 Gibbs 分布。', 'zh');
    expect(words).toContain('gibbs');
    expect(words).toContain('z');
    expect(words).not.toContain('，');
    // 配分函数 is one or two dictionary words, never cut between 分 and 函.
    expect(words.join('|')).toMatch(/(^|\|)配分(\|)?函数(\||$)/);
  });
});

describe('whole-word occurrences', () => {
  it('find 配分函数 and 函数 in 配分函数 but not 分函, which straddles a word boundary', () => {
    const text = '这就是配分函数。';
    expect(findOccurrences(text, 'zh', ['配分函数'])).toEqual([[3, 7]]);
    expect(findOccurrences(text, 'zh', ['函数'])).toEqual([[5, 7]]);
    expect(findOccurrences(text, 'zh', ['分函'])).toEqual([]);
  });

  it('find English words case-insensitively, not inside longer words, overlaps merged', () => {
    const text = 'Partition functions and repartition; the partition.';
    expect(findOccurrences(text, 'en', ['partition'])).toEqual([
      [0, 9],
      [41, 50],
    ]);
    expect(findOccurrences(text, 'en', ['partition', 'functions'])).toEqual([
      [0, 9],
      [10, 19],
      [41, 50],
    ]);
    expect(findOccurrences('partition function', 'en', ['partition function', 'function'])).toEqual([
      [0, 18],
    ]);
  });

  it('mark spans and cut a snippet around the first one', () => {
    expect(markSpans('a Z b', [[2, 3]])).toEqual([
      { text: 'a ', mark: false },
      { text: 'Z', mark: true },
      { text: ' b', mark: false },
    ]);
    const long = `${'word '.repeat(60)}target ${'tail '.repeat(60)}`;
    const parts = snippet(long, findOccurrences(long, 'en', ['target']), 100);
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['target']);
    expect(parts[0].text).toBe('… ');
    expect(parts.at(-1)?.text).toBe(' …');
    expect(parts.map((part) => part.text).join('').length).toBeLessThan(110);
  });

  it('read a query as words, punctuation trimmed', () => {
    expect(queryParts('  Partition, function! ')).toEqual(['partition', 'function']);
    expect(queryParts('配分函数。')).toEqual(['配分函数']);
    expect(queryParts(' ? ')).toEqual([]);
  });
});

describe('the passages of a chapter', () => {
  const source = [
    "import { LogZCurve } from '../../src/widgets/partition/chapterWidgets';",
    '',
    'The constant $Z$ makes $\\tilde p$ a [distribution](#/en/02-undirected-models).',
    '',
    '<h2 id="gibbs-distribution">The Gibbs distribution</h2>',
    '',
    'Take $E = -\\ln \\phi$, then',
    '',
    '$$',
    'p(\\mathbf{x}) = \\frac{e^{-E}}{Z}',
    '$$',
    '',
    '<LogZCurve />',
    '',
    '| n | states |',
    '|---|---|',
    '| 10 | 1,024 |',
    '',
    '<h2 id="counting-states">Counting $2^n$ states</h2>',
    '',
    'Gray **code** order.',
  ].join('\n');
  const documents = extractDocuments(source, chapter);

  it('are the opening and one per section, addressed as the chapter addresses its sections', () => {
    expect(documents.map((d) => [d.id, d.target, d.path])).toEqual([
      ['03-partition-function', '', '/en/03-partition-function'],
      [
        '03-partition-function#gibbs-distribution',
        'gibbs-distribution',
        '/en/03-partition-function?s=gibbs-distribution',
      ],
      [
        '03-partition-function#counting-states',
        'counting-states',
        '/en/03-partition-function?s=counting-states',
      ],
    ]);
    expect(documents[0].title).toBe('The partition function');
    expect(documents[1].title).toBe('The Gibbs distribution');
    expect(documents.every((d) => d.group === chapter.group)).toBe(true);
  });

  it('hold plain text: one-letter formulas kept as words, other math, widgets and imports left out', () => {
    expect(documents[0].text).toBe('The constant Z makes a distribution.');
    expect(documents[1].text).toBe('Take, then n states 10 1,024');
    expect(documents[2].title).toBe('Counting states');
    expect(documents[2].text).toBe('Gray code order.');
    for (const document of documents) expect(document.text).not.toMatch(/[\\$]|frac|import/);
  });
});

describe('the index', () => {
  const zh: SearchDocument[] = [
    {
      id: 'a',
      path: '/zh/a',
      target: '',
      group: '第 3 章',
      title: '吉布斯分布',
      text: '这就是配分函数，记作 Z。',
    },
    { id: 'b', path: '/zh/b', target: 'b', group: '第 6 章', title: '重要性采样', text: '权重的方差很大。' },
  ];

  it('finds a Chinese word, and not two characters that straddle a word boundary', () => {
    const engine = createSearchEngine('zh', buildSearchIndex('zh', zh));
    const found = engine.search('配分函数');
    expect(found.map((hit) => hit.document.id)).toEqual(['a']);
    expect(found[0].textSpans).toEqual([[3, 7]]);
    expect(found[0].document.path).toBe('/zh/a');
    expect(engine.search('分函')).toEqual([]);
    expect(engine.search('配分函')).toEqual([]);
  });

  it('finds English words by prefix, needing every word, title first', () => {
    const en: SearchDocument[] = [
      {
        id: 'x',
        path: '/en/x',
        target: 'x',
        group: 'Ch 1',
        title: 'Random walks',
        text: 'A walk of n steps.',
      },
      {
        id: 'y',
        path: '/en/y',
        target: 'y',
        group: 'Ch 2',
        title: 'Partition',
        text: 'The partition function.',
      },
      { id: 'z', path: '/en/z', target: 'z', group: 'Ch 3', title: 'Sampling', text: 'Partition, again.' },
    ];
    const engine = createSearchEngine('en', buildSearchIndex('en', en));
    expect(engine.search('partit').map((hit) => hit.document.id)).toEqual(['y', 'z']);
    expect(engine.search('partition func').map((hit) => hit.document.id)).toEqual(['y']);
    expect(engine.search('walk')[0].textSpans).toEqual([[2, 6]]);
    expect(engine.search('   ')).toEqual([]);
  });

  it('refuses two passages with the same id (a glossary entry must not shadow a section)', () => {
    expect(() => buildSearchIndex('zh', [...zh, zh[0]])).toThrow(/two passages have the id a/);
  });
});

describe('the index of the book itself', () => {
  it('has every section of every chapter in both languages, with the same ids', () => {
    const en = chapterDocuments('en', 'content').documents;
    const zh = chapterDocuments('zh', 'content').documents;
    expect(en.map((d) => d.id)).toEqual(zh.map((d) => d.id));
    for (const info of CHAPTERS) {
      const ids = [...readFileSync(`content/en/${info.slug}.mdx`, 'utf8').matchAll(/<h2 id="([^"]+)"/g)].map(
        (m) => `${info.slug}#${m[1]}`,
      );
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(en.some((d) => d.id === id)).toBe(true);
    }
    for (const document of [...en, ...zh]) {
      expect(document.title).not.toBe('');
      expect(document.text).not.toMatch(/\\[a-z]+|\$|katex/);
      // neither citations nor glossary links as authors write them
      expect(document.text).not.toMatch(/\[@|\(term:/);
    }
  });

  it('finds 配分函数 in chapter 3 and nothing for 分函; finds heat capacities in English', () => {
    const zh = createSearchEngine('zh', buildSearchIndex('zh', chapterDocuments('zh', 'content').documents));
    const found = zh.search('配分函数');
    expect(found.some((hit) => hit.document.path.startsWith('/zh/03-partition-function'))).toBe(true);
    expect(zh.search('分函')).toEqual([]);
    const en = createSearchEngine('en', buildSearchIndex('en', chapterDocuments('en', 'content').documents));
    const heat = en.search('heat capacities');
    expect(heat.map((hit) => hit.document.path)).toEqual(['/en/03-partition-function?s=gibbs-distribution']);
    expect(heat[0].needles).toEqual(expect.arrayContaining(['heat', 'capacities']));
  });

  it('holds the glossary too: a term found by its name in either language, Enter going to its entry', () => {
    for (const lang of ['en', 'zh'] as const) {
      const documents = [...chapterDocuments(lang, 'content').documents, ...glossarySearch(lang).documents];
      const engine = createSearchEngine(lang, buildSearchIndex(lang, documents));
      for (const query of ['Markov blanket', lang === 'zh' ? '马尔可夫毯' : 'blanket']) {
        const hit = engine.search(query).find((h) => h.document.id === 'glossary#markov-blanket');
        expect(hit, `${lang}: ${query}`).toBeDefined();
        expect(hit?.document.path).toBe(`/${lang}/glossary`);
        expect(hit?.document.target).toBe('glossary-markov-blanket');
      }
    }
  });
});
