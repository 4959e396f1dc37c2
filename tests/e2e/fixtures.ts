import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every e2e test runs with two guards: console errors and page errors fail the test, and any request that would
 * leave 127.0.0.1 is aborted and fails the test (the book makes no third-party requests).
 */
export const test = base.extend<{ guarded: Page; withServiceWorker: boolean }>({
  // The book's service worker precaches the whole build on its first install (5–7 s of background work on this
  // 2-core machine), which every fresh context would repeat: it is blocked except in the spec that tests it
  // (offline.spec.ts: `test.use({ withServiceWorker: true })`).
  withServiceWorker: [false, { option: true }],
  guarded: async ({ browser, withServiceWorker }, use) => {
    // A context, not browser.newPage(): axe needs it (TOOLCHAIN pitfall 4).
    const context = await browser.newContext({ serviceWorkers: withServiceWorker ? 'allow' : 'block' });
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
 * Open a chapter and wait until all of it is in place (the sections are filled in after the opening; the article
 * is aria-busy until then). Widgets are built when scrolled near: scroll a figure into view before using it, or
 * call buildAllWidgets for checks of the whole page.
 */
export async function openChapter(page: Page, lang: 'en' | 'zh', slug: string, search = ''): Promise<void> {
  await openBook(page, `/${lang}/${slug}${search}`);
  await chapterComplete(page);
}

export async function chapterComplete(page: Page): Promise<void> {
  await expect(page.locator('article.chapter')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('article.chapter h2').first()).toBeVisible();
}

/** Scroll through the page once, as a reader would, so every deferred widget is built; then back to the top. */
export async function buildAllWidgets(page: Page): Promise<void> {
  await chapterComplete(page);
  // Scrolled from the page (not with a locator action): a placeholder is replaced by its widget as it comes near,
  // so a Playwright action waiting for it to be stable would find it detached.
  for (let pass = 0; pass < 40; pass++) {
    const remaining = await page.evaluate(() => {
      const placeholder = document.querySelector('figure[data-deferred]');
      placeholder?.scrollIntoView({ block: 'center' });
      return placeholder !== null;
    });
    if (!remaining) break;
    await page.waitForTimeout(100);
  }
  await expect(page.locator('figure[data-deferred]')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * axe-core, WCAG 2.1 AA rules and best practices; returns the violations so the test can print them. `skipRules`
 * leaves out rules another check of the same page already ran (see contract.spec.ts).
 */
export async function axeViolations(page: Page, include?: string, options: { skipRules?: string[] } = {}) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  if (options.skipRules) builder.disableRules(options.skipRules);
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

/**
 * Scroll a widget's figure into view until it is built, then centre it. Scrolled from the page, not with a locator
 * action, because the placeholder is replaced as it comes near; and more than once, because a long jump lands
 * among sections whose height was only estimated (content-visibility) until they were drawn.
 */
export async function reveal(figure: Locator): Promise<void> {
  const centre = () => figure.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  for (let pass = 0; pass < 20; pass++) {
    await centre().catch(() => undefined); // replaced while scrolling: try again
    await figure.page().waitForTimeout(150);
    if ((await figure.count()) === 1 && (await figure.getAttribute('data-deferred')) === null) {
      await centre();
      return;
    }
  }
  throw new Error('the widget was not built after scrolling to it');
}

/** Scroll one widget into view so it is built, and return its figure once it is. */
export async function showFigure(page: Page, widgetId: string) {
  const figure = page.locator(`figure[data-widget="${widgetId}"]`);
  await reveal(figure);
  return figure;
}

const notThisTime = (() => undefined) as unknown as typeof test;

/**
 * A widget's behaviour is checked in one language only, the languages taking turns (even `turn`: English, odd:
 * Chinese), so both languages' labels are driven without running every slow browser test twice. Rendering, axe and
 * hostile URLs are still checked in both languages.
 */
export function testInTurn(lang: 'en' | 'zh', turn: number): typeof test {
  return (turn % 2 === 0) === (lang === 'en') ? test : notThisTime;
}
