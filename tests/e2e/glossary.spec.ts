import { GLOSSARY } from '../../content/glossary';
import { axeViolations, chapterComplete, expect, openChapter, test } from './fixtures';

/**
 * Glossary and references (issue 17), in one visit: a term's definition by keyboard and by pointer, Esc; the
 * chapter's numbered reference list and a citation that jumps to its entry; the glossary page in both languages
 * with links to a term's first use; axe on the reference list and on both glossary pages.
 */
test('glossary terms explain themselves, citations reach their entries, the glossary links back', async ({
  guarded: page,
}) => {
  // One visit does the work of several: axe runs on the references and on both glossary pages.
  test.setTimeout(120_000);
  await openChapter(page, 'en', '03-partition-function');

  // Keyboard: Tab until a term has focus; its definition is shown and is the term's accessible description.
  let term = '';
  for (let press = 0; press < 40 && !term; press++) {
    await page.keyboard.press('Tab');
    term = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.term ?? '');
  }
  expect(term, 'no glossary term reachable by Tab').not.toBe('');
  const entry = GLOSSARY.find((candidate) => candidate.id === term);
  const tip = page.locator('#term-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(entry?.en.definition ?? '-');
  await expect(tip).toContainText(entry?.zh.term ?? '-');
  const focused = page.locator(`.term[data-term="${term}"]:focus`);
  await expect(focused).toHaveAccessibleDescription(new RegExp(entry?.en.term ?? '-'));
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(focused).toBeFocused();

  // Pointer: hovering another term shows its definition.
  const other = page.locator('.term[data-term="ising-model"]').first();
  await other.hover();
  await expect(tip).toContainText('spins');

  // References: a numbered list generated from the bibliography, and a citation that jumps to its entry.
  const references = page.locator('#references ~ ol.references > li');
  await expect(references).toHaveCount(7);
  await expect(references.first().locator('a[href^="https://doi.org/"]')).toHaveCount(1);
  const citation = page.locator('a.cite').first();
  await citation.scrollIntoViewIfNeeded();
  const target = (await citation.getAttribute('href'))?.split('s=')[1] ?? '';
  const before = page.url();
  await citation.click();
  await expect(page.locator(`li#${target}`)).toBeFocused();
  await expect(page.locator(`li#${target}`)).toBeInViewport();
  expect(page.url()).toBe(before);
  // The list and the citations (the whole chapter page is axe-checked by the widget contract, contract.spec.ts).
  expect(await axeViolations(page, 'ol.references')).toEqual([]);

  // The glossary page, in English then in Chinese, and a link back to a term's first use in a chapter.
  await page.getByRole('link', { name: 'Glossary', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await expect(page.locator('.glossary__entry')).toHaveCount(GLOSSARY.length);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('heading', { level: 1, name: '术语表' })).toBeVisible();
  await expect(page.locator('#glossary-partition-function dt')).toContainText('partition function');
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('#glossary-partition-function a[href*="03-partition-function"]').click();
  await chapterComplete(page);
  await expect(page).toHaveURL(/#\/zh\/03-partition-function\?s=term-partition-function/);
  await expect(page.locator('#term-partition-function')).toBeInViewport();
});
