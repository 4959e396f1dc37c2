import { axeViolations, buildAllWidgets, expect, openBook, openChapter, test } from './fixtures';

// Each chapter page, in both languages, is checked with axe in contract.spec.ts (one visit per chapter and language).

const LANGS = ['en', 'zh'] as const;

test.describe('every page in both languages, with axe-core: zero violations', () => {
  for (const lang of LANGS) {
    test(`${lang} landing page`, async ({ guarded: page }) => {
      await openBook(page, `/${lang}`);
      expect(await axeViolations(page)).toEqual([]);
    });
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
