import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../scripts/search/extractDocuments.ts';
import { toMathVariant } from '../../scripts/vite/mathVariants.ts';
import { chapterSlides, readDecks, readWidgetIds, stripNotes } from '../../scripts/vite/presenterDeck.ts';
import { notesToHtml } from '../../scripts/vite/presenterNotesHtml.ts';
import { CHAPTERS } from '../../src/book/chapters';
import { ALL_WIDGETS } from '../../src/widgets/registry';

const IMPORTS = "import { ColdSpread, CliqueEditor } from '../../src/widgets/undirected/chapterWidgets';\n\n";
const widgetIds = new Map([
  ['ColdSpread', 'cold'],
  ['CliqueEditor', 'cliques'],
]);

const chapter = `${IMPORTS}Text.

<CliqueEditor />

<PresenterNotes widget="cliques" title="Cliques">

  - Ask: which sets are **cliques**?
  - The factor is $\\phi(x_1, x_2)$.

</PresenterNotes>

More text.

<ColdSpread />
`;

function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path.split('/')[0]), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the presenter deck’s notes', () => {
  it('lists the widgets in the order the chapter shows them, each with its notes as HTML', () => {
    const slides = chapterSlides(chapter, widgetIds, 'x.mdx');
    expect(slides.map((slide) => [slide.name, slide.id, slide.title])).toEqual([
      ['CliqueEditor', 'cliques', 'Cliques'],
      ['ColdSpread', 'cold', 'cold'],
    ]);
    expect(slides[0].notes).toMatch(/^<ul>\n<li>Ask: which sets are <strong>cliques<\/strong>\?<\/li>/);
    // Math as MathML only: no inline styles for the Content Security Policy to refuse.
    expect(slides[0].notes).toContain('<math');
    expect(slides[0].notes).not.toContain('style=');
    expect(slides[1].notes).toBe('');
  });

  it('writes letter variants as Unicode letters, which MathML Core shows (it ignores mathvariant)', () => {
    const html = notesToHtml(
      '- $\\mathbb{R}^3$, $\\mathbf{x}_t$, $\\mathcal{N}$, $\\mathbb{E}$, $\\mathrm{SE}$',
    );
    expect(html).toContain('<mi>ℝ</mi>');
    expect(html).toContain('<mi>𝐱</mi>');
    expect(html).toContain('<mi>𝒩</mi>');
    expect(html).toContain('<mi>𝔼</mi>');
    expect(html).toContain('<mi mathvariant="normal">S</mi>');
    expect(toMathVariant('Ax9', 'double-struck')).toBe('𝔸𝕩𝟡');
    expect(toMathVariant('ε', 'bold-italic')).toBe('𝜺');
    expect(toMathVariant('R', 'no-such-variant')).toBe('R');
  });

  it('drops raw HTML from a note', () => {
    const source = `${IMPORTS}<ColdSpread />\n\n<PresenterNotes widget="cold">\n\n<img src=x onerror=alert(1)> hi\n\n</PresenterNotes>\n`;
    expect(chapterSlides(source, widgetIds, 'x.mdx')[0].notes).toBe('<p> hi</p>');
  });

  it('refuses a note for a widget the chapter does not show, a second note, an unclosed one, bad math', () => {
    const note = (widget: string) => `<PresenterNotes widget="${widget}">\n- a\n</PresenterNotes>\n`;
    expect(() =>
      chapterSlides(`${IMPORTS}<ColdSpread />\n\n${note('cliques')}`, widgetIds, 'en/x.mdx'),
    ).toThrow(/en\/x\.mdx: <PresenterNotes widget="cliques"> names no widget of this chapter \(cold\)/);
    expect(() =>
      chapterSlides(`${IMPORTS}<ColdSpread />\n\n${note('cold')}\n${note('cold')}`, widgetIds, 'x'),
    ).toThrow(/two <PresenterNotes> for widget "cold"/);
    expect(() =>
      chapterSlides(`${IMPORTS}<ColdSpread />\n\n<PresenterNotes widget="cold">\n- a\n`, widgetIds, 'x'),
    ).toThrow(/not closed/);
    expect(() =>
      chapterSlides(
        `${IMPORTS}<ColdSpread />\n\n<PresenterNotes widget="cold">\n$\\frac{$\n</PresenterNotes>\n`,
        widgetIds,
        'x',
      ),
    ).toThrow(/does not parse/);
  });

  it('refuses two languages whose widgets differ', () => {
    const same = contentDir({ 'en/01-x.mdx': chapter, 'zh/01-x.mdx': chapter });
    const widgetsDir = join(__dirname, '../../src/widgets');
    expect(Object.keys(readDecks(same, widgetsDir))).toEqual(['en/01-x', 'zh/01-x']);
    const different = contentDir({ 'en/01-x.mdx': chapter, 'zh/01-x.mdx': `${IMPORTS}<ColdSpread />\n` });
    expect(() => readDecks(different, widgetsDir)).toThrow(
      /content\/zh\/01-x\.mdx: the widgets \(cold\) differ from content\/en\/01-x\.mdx's \(cliques, cold\)/,
    );
  });

  it('empties the notes for the chapter page, keeping every line where it was', () => {
    const stripped = stripNotes(chapter);
    expect(stripped.split('\n')).toHaveLength(chapter.split('\n').length);
    expect(stripped).toContain('<PresenterNotes widget="cliques" title="Cliques" />');
    expect(stripped).not.toContain('cliques**');
    expect(stripped.indexOf('More text.')).toBeGreaterThan(0);
    expect(stripped.split('\n').indexOf('More text.')).toBe(chapter.split('\n').indexOf('More text.'));
  });

  it('keeps the notes out of the search index', () => {
    const documents = extractDocuments(chapter, { slug: 'x', title: 'X', group: 'X', path: () => '/en/x' });
    expect(documents.map((document) => document.text).join(' ')).not.toContain('Ask');
  });
});

describe('the book’s decks', () => {
  it('reads the same ids from the registry files as the registry itself holds', () => {
    const ids = readWidgetIds(join(__dirname, '../../src/widgets'));
    expect(Object.fromEntries(ids)).toEqual(
      Object.fromEntries(ALL_WIDGETS.map((entry) => [entry.name, entry.id])),
    );
  });

  it('gives every widget of every chapter its notes and title, in both languages', () => {
    const widgetTitles = readdirSync('src/widgets', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('strings.ts'))
      .flatMap((file) => [
        ...readFileSync(join('src/widgets', file), 'utf8').matchAll(/^ {4}title: '([^']+)',$/gm),
      ])
      .map((match) => match[1]);
    const decks = readDecks(join(__dirname, '../../content'), join(__dirname, '../../src/widgets'));
    for (const { slug } of CHAPTERS)
      for (const lang of ['en', 'zh']) {
        const slides = decks[`${lang}/${slug}`];
        expect(slides?.length, `${lang}/${slug}`).toBeGreaterThanOrEqual(2);
        for (const slide of slides) {
          // The notes window names the widget as its figure does: the title is one of the widgets' own titles.
          expect(widgetTitles, `${lang}/${slug} ${slide.id}`).toContain(slide.title);
          expect(slide.notes, `${lang}/${slug} ${slide.id}`).toMatch(/<li>[\s\S]*<li>/);
        }
      }
  });
});
