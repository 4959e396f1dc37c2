import { CHAPTERS } from '../../src/book/chapters';
import { axeViolations, buildAllWidgets, expect, openBook, openChapter, test } from './fixtures';

const LANGS = ['en', 'zh'] as const;

test.describe('every page in both languages, with axe-core: zero violations', () => {
  for (const lang of LANGS) {
    test(`${lang} landing page`, async ({ guarded: page }) => {
      await openBook(page, `/${lang}`);
      expect(await axeViolations(page)).toEqual([]);
    });
    for (const chapter of CHAPTERS) {
      // One visit per chapter and language checks that it loads (the guarded page fails on console errors and
      // off-site requests), that its math is typeset, that its figures are framed, and that axe finds nothing.
      test(`${lang}/${chapter.slug} loads with typeset math and no errors`, async ({ guarded: page }) => {
        await openChapter(page, lang, chapter.slug);
        await buildAllWidgets(page);
        await expect(page.locator('article.chapter h1')).toHaveText(chapter.title[lang]);
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
        // Math arrives as KaTeX HTML from the build, not as raw TeX.
        expect(await page.locator('article .katex').count()).toBeGreaterThan(0);
        await expect(page.locator('article')).not.toContainText('$$');
        for (const figure of await page.locator('figure[data-widget]').all()) {
          await expect(figure.locator('figcaption')).not.toBeEmpty();
        }
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  test('dark theme and projector mode stay clean', async ({ guarded: page }) => {
    await openChapter(page, 'en', '01-brownian-motion');
    await buildAllWidgets(page);
    await page.getByLabel('Theme').selectOption('dark');
    expect(await axeViolations(page)).toEqual([]);
    const figure = page.locator('figure[data-widget]').first();
    await figure.getByRole('button', { name: 'Projector mode' }).click();
    await expect(figure).toHaveAttribute('data-projector', 'on');
    expect(await axeViolations(page, 'figure[data-projector="on"]')).toEqual([]);
  });
});
