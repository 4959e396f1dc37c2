import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CslEntry, loadBibliography, parseBibliography } from '../../scripts/mdx/bibliography';
import { formatReference, shortLabel } from '../../scripts/mdx/formatReference';
import { compileOpening } from './compileSnippet';

const CONTENT = join(import.meta.dirname, '../../content');
const bibliography = loadBibliography();

function entry(key: string): CslEntry {
  const found = bibliography.get(key);
  if (!found) throw new Error(`no ${key} in references.bib`);
  return found;
}

/** Keys a chapter cites in its text and lists with `<References also="…">`. */
function worksOf(source: string): { cited: string[]; listed: string[] } {
  const cited = [...source.matchAll(/\[@([^\]]+)\]/g)].flatMap((match) =>
    match[1]
      .split(/,(?![^;]*@)/)[0]
      .split(';')
      .map((key) => key.trim().replace(/^@/, '').split(',')[0]),
  );
  const also = /<References(?:\s+also="([^"]*)")?\s*\/>/.exec(source);
  return { cited, listed: [...new Set([...cited, ...(also?.[1]?.split(/\s+/).filter(Boolean) ?? [])])] };
}

describe('the bibliography (content/references.bib)', () => {
  it('parses into entries with an author or a title, a year, and well-formed DOIs and arXiv ids', () => {
    expect(bibliography.size).toBeGreaterThan(50);
    for (const [key, work] of bibliography) {
      expect(work.title, key).toBeTruthy();
      expect(work.author?.length ?? 0, key).toBeGreaterThan(0);
      expect(work.issued?.['date-parts']?.[0]?.[0], key).toBeTruthy();
      if (work.DOI) expect(work.DOI, key).toMatch(/^10\.\d{4,9}\/\S+$/);
      if (work.arxiv) expect(work.arxiv, key).toMatch(/^\d{4}\.\d{4,5}$/);
    }
    // LaTeX accents become letters; particles stay with the family name.
    expect(bibliography.get('einstein1905')?.title).toMatch(/^Über .* Flüssigkeiten/);
    expect(shortLabel(entry('smoluchowski1906'), 'en')).toBe('von Smoluchowski 1906');
    expect(bibliography.get('ho2020')?.arxiv).toBe('2006.11239');
  });

  it('refuses a key used twice', () => {
    expect(() =>
      parseBibliography('@misc{a, title={x}, year={2000}}\n@misc{a, title={y}, year={2001}}'),
    ).toThrow(/used twice/);
  });

  it('formats an article with its journal, volume, pages, year and DOI link', () => {
    const nodes = formatReference(entry('metropolis1953'), 'en');
    const text = nodes
      .map((node) =>
        'value' in node ? node.value : node.children.map((c) => ('value' in c ? c.value : '')).join(''),
      )
      .join('');
    expect(text).toBe(
      'Nicholas Metropolis, Arianna W. Rosenbluth, Marshall N. Rosenbluth, Augusta H. Teller and Edward Teller. Equation of state calculations by fast computing machines. Journal of Chemical Physics 21(6):1087–1092, 1953. doi:10.1063/1.1699114',
    );
    expect(nodes.at(-1)).toMatchObject({ type: 'link', url: 'https://doi.org/10.1063/1.1699114' });
  });

  it('every chapter cites only known works, and both languages list the same works', () => {
    for (const file of readdirSync(join(CONTENT, 'en')).filter((name) => name.endsWith('.mdx'))) {
      const en = worksOf(readFileSync(join(CONTENT, 'en', file), 'utf8'));
      const zh = worksOf(readFileSync(join(CONTENT, 'zh', file), 'utf8'));
      expect(en.cited.length, file).toBeGreaterThan(2);
      for (const key of [...en.listed, ...zh.listed])
        expect(bibliography.has(key), `${file}: ${key}`).toBe(true);
      expect([...zh.listed].sort(), file).toEqual([...en.listed].sort());
    }
  });

  it('turns [@key] into numbered links and <References /> into the numbered list, at build time', async () => {
    const [paragraph, list] = await compileOpening(
      'DDPM [@ho2020] builds on [@sohldickstein2015; @ho2020] and on [@goodfellow2016, §20.1].\n\n<References also="neal2001" />\n',
    );
    expect(paragraph).toBe(
      'DDPM [<a href="#/en/09-test?s=ref-ho2020" title="Ho et al. 2020" class="cite">1</a>] builds on ' +
        '[<a href="#/en/09-test?s=ref-sohldickstein2015" title="Sohl-Dickstein et al. 2015" class="cite">2</a>, ' +
        '<a href="#/en/09-test?s=ref-ho2020" title="Ho et al. 2020" class="cite">1</a>] and on ' +
        '[<a href="#/en/09-test?s=ref-goodfellow2016" title="Goodfellow et al. 2016" class="cite">3</a>, §20.1].',
    );
    const ids = [...list.matchAll(/<li id="([^"]+)">/g)].map((match) => match[1]);
    expect(ids).toEqual(['ref-ho2020', 'ref-sohldickstein2015', 'ref-goodfellow2016', 'ref-neal2001']);
    expect(list).toContain('<a href="https://arxiv.org/abs/2006.11239">arXiv:2006.11239</a>');
    expect(list).toContain(
      '<a href="https://doi.org/10.1023/A:1008923215028">doi:10.1023/A:1008923215028</a>',
    );
  });

  it('fails the build on an unknown key or on citations without a list', async () => {
    await expect(compileOpening('See [@nobody1900].\n\n<References />\n')).rejects.toThrow(/nobody1900/);
    await expect(compileOpening('See [@ho2020].\n')).rejects.toThrow(/no <References/);
  });
});
