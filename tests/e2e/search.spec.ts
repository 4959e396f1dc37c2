import { axeViolations, expect, openBook, test } from './fixtures';

/** The searched words highlighted on the page (CSS Custom Highlight API) and inside the window, lower-cased. */
function highlightedInView(): string[] {
  const highlight = CSS.highlights.get('search-term');
  if (!highlight) return [];
  return [...(highlight as unknown as Iterable<Range>)]
    .filter((range) => {
      const box = range.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    })
    .map((range) => range.toString().toLowerCase());
}

test('search finds words in English and Chinese, whole words only, and jumps to the highlighted section', async ({
  guarded: page,
}) => {
  const searchCode: string[] = [];
  page.on('request', (request) => {
    if (/search-(en|zh)-|SearchDialog|minisearch/.test(request.url())) searchCode.push(request.url());
  });
  await openBook(page, '/en');
  // Neither the dialog nor an index is fetched with the page.
  expect(searchCode).toEqual([]);

  // The shortcut is listened for once the header's search button has mounted: press until the dialog answers (a
  // press that came too early did nothing; seen once in CI).
  const dialog = page.getByRole('dialog', { name: 'Search the book' });
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  const input = dialog.getByRole('combobox', { name: 'Search the book' });
  await expect(input).toBeFocused();
  await input.fill('heat capacities');
  const options = dialog.getByRole('option');
  await expect(options.first()).toContainText('The Gibbs distribution');
  await expect(options.first()).toContainText('Chapter 3');
  await expect(options).toHaveCount(1);
  await expect(options.first().locator('mark', { hasText: /^capacities$/ })).toHaveCount(1);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  expect(await axeViolations(page, 'dialog.search-dialog')).toEqual([]);

  await input.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/en\/03-partition-function\?s=gibbs-distribution$/);
  await expect.poll(() => page.evaluate(highlightedInView)).toContain('capacities');
  await expect(page.locator('h2#gibbs-distribution')).toBeFocused();

  // In Chinese, from the Search button's shortcut Ctrl+K; Esc gives focus back to the button.
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/#\/zh\/03-partition-function/);
  const button = page.getByRole('button', { name: '搜索' });
  await expect(button).toBeVisible();
  await button.focus();
  await page.keyboard.press('Control+K');
  const zhDialog = page.getByRole('dialog', { name: '搜索全书' });
  const zhInput = zhDialog.getByRole('combobox', { name: '搜索全书' });
  await expect(zhInput).toBeFocused();
  await zhInput.fill('配分函数');
  const zhOptions = zhDialog.getByRole('option');
  await expect(zhOptions.first()).toBeVisible();
  expect(await zhOptions.count()).toBeGreaterThan(3);
  await expect(zhOptions.first().locator('mark').first()).toHaveText('配分函数');
  await zhInput.press('ArrowDown');
  await expect(zhOptions.nth(1)).toHaveAttribute('aria-selected', 'true');
  expect(await axeViolations(page, 'dialog.search-dialog')).toEqual([]);
  // 分函 occurs only inside 配分函数 (配分 + 函数): not a word, so no result.
  await zhInput.fill('分函');
  await expect(zhDialog.getByRole('status')).toHaveText('没有找到结果，换个词试试。');
  await expect(zhOptions).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(zhDialog).toBeHidden();
  await expect(button).toBeFocused();

  // The glossary is in the index too: its entry for a term, found by the English name in the Chinese book.
  await page.keyboard.press('Control+K');
  await zhInput.fill('Markov blanket');
  const entry = zhOptions.filter({ hasText: '术语表' }).first();
  await expect(entry).toContainText('马尔可夫毯');
  await entry.click();
  await expect(page).toHaveURL(/#\/zh\/glossary$/);
  await expect(page.locator('#glossary-markov-blanket')).toBeFocused();
});
