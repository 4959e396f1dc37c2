import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test runs with two guards: console errors and page errors fail the test, and any request that would
 * leave 127.0.0.1 is aborted and fails the test (the book makes no third-party requests).
 */
export const test = base.extend<{ guarded: Page }>({
  guarded: async ({ browser }, use) => {
    // A context, not browser.newPage(): axe needs it (TOOLCHAIN pitfall 4).
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:')
        return route.continue();
      problems.push(`request left the site: ${url.href}`);
      return route.abort();
    });
    await use(page);
    await context.close();
    expect(problems, problems.join('\n')).toEqual([]);
  },
});

export { expect };

/** Open a page of the book by its hash path, e.g. `/zh/01-brownian-motion?walk-demo.steps=50`. */
export async function openBook(page: Page, path: string): Promise<void> {
  await page.goto(`./#${path}`);
  await expect(page.locator('main#main')).toBeVisible();
}

/**
 * Open a chapter and wait for its MDX chunk. Widgets are built when scrolled near: scroll a figure into view
 * before using it, or call buildAllWidgets for checks of the whole page.
 */
export async function openChapter(page: Page, lang: 'en' | 'zh', slug: string, search = ''): Promise<void> {
  await openBook(page, `/${lang}/${slug}${search}`);
  await expect(page.locator('article.chapter h2').first()).toBeVisible();
}

/** Scroll through the page once, as a reader would, so every deferred widget is built; then back to the top. */
export async function buildAllWidgets(page: Page): Promise<void> {
  await expect(page.locator('article.chapter h2').first()).toBeVisible();
  for (let pass = 0; pass < 20; pass++) {
    const placeholder = page.locator('figure[data-deferred]').first();
    if ((await placeholder.count()) === 0) break;
    await placeholder.scrollIntoViewIfNeeded();
    await page.waitForTimeout(50);
  }
  await expect(page.locator('figure[data-deferred]')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** axe-core, WCAG 2.1 AA rules; returns the violations so the test can print them. */
export async function axeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** The `d` of a path or the data URL of a canvas: something that changes when the drawing changes. */
export async function drawingOf(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      if (element instanceof HTMLCanvasElement) return element.toDataURL();
      return element.outerHTML;
    });
}

/** Scroll one widget into view so it is built, and return its figure once it is. */
export async function showFigure(page: Page, widgetId: string) {
  const figure = page.locator(`figure[data-widget="${widgetId}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(page.locator(`figure[data-widget="${widgetId}"][data-deferred]`)).toHaveCount(0);
  await figure.scrollIntoViewIfNeeded();
  return figure;
}
