import { CHAPTERS } from '../../src/book/chapters';
import { expect, openBook, openChapter, reveal, test } from './fixtures';

test.describe('a chapter arrives in stages', () => {
  test('the opening first, then every section, each with its typeset math; then prev/next', async ({
    guarded: page,
  }) => {
    await openBook(page, '/en/06-monte-carlo-sampling');
    // The opening paragraphs are rendered with the page; the sections' text follows from its own module.
    await expect(page.locator('article.chapter > p:not(.chapter__number)').first()).toContainText(
      'partition function',
    );
    await expect(page.locator('article.chapter')).not.toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('.chapter-section[data-pending]')).toHaveCount(0);
    const sections = page.locator('.chapter-section');
    const count = await sections.count();
    expect(count).toBeGreaterThan(5);
    for (let index = 0; index < count; index++) {
      await expect(sections.nth(index).locator('h2')).not.toBeEmpty();
    }
    // Formulas in the last sections are typeset too, with KaTeX's positions applied (as classes, not styles).
    const lastFormula = page
      .locator('.chapter-section')
      .nth(count - 2)
      .locator('.katex')
      .first();
    await lastFormula.scrollIntoViewIfNeeded();
    expect(
      await lastFormula.evaluate((el) => el.querySelector('.strut')?.getBoundingClientRect().height),
    ).toBeGreaterThan(5);
    expect(await page.locator('article .katex [style]').count()).toBe(0);
    // Screen readers get each formula as MathML; the typeset HTML beside it is hidden from them.
    const math = page.locator('article .katex .katex-mathml math');
    expect(await math.count()).toBeGreaterThan(50);
    await expect(math.first().locator('annotation[encoding="application/x-tex"]')).toHaveCount(1);
    await expect(page.getByRole('link', { name: /Next: From Langevin dynamics/ })).toBeVisible();
  });

  test('when the sections cannot be fetched, the reader is told so in words', async ({ page }) => {
    // A plain page: the aborted request is logged as a console error, which the guarded page would fail on.
    await page.route('**/prose-en-06-*', (route) => route.abort());
    await page.goto('./#/en/06-monte-carlo-sampling');
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    await expect(page.locator('article.chapter > p:not(.chapter__number)').first()).toContainText(
      'partition function',
    );
  });

  test('the page does not jump while the sections are filled in, on a wide screen either', async ({
    guarded: page,
  }) => {
    // On a wide screen the short Chinese opening leaves the first section on the first screen, so it is filled in
    // while the reader can see it. Threshold: layout shift below 0.01 (Lighthouse rates up to 0.1 as good).
    await page.setViewportSize({ width: 1350, height: 940 });
    await page.addInitScript(() => {
      const record = window as unknown as { layoutShift: number };
      record.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) record.layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openChapter(page, 'zh', '06-monte-carlo-sampling');
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
    expect(shift).toBeLessThan(0.01);
  });

  test("a chapter address fetches the chapter's code while the page parses, and every file once", async ({
    guarded: page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await openChapter(page, 'zh', '06-monte-carlo-sampling');
    // The inline script ran (the CSP allows it by its hash): the chapter's chunk is preloaded by name.
    const preloads = await page
      .locator('link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(preloads.some((href) => /\/06-monte-carlo-sampling-[\w-]+\.js$/.test(href))).toBe(true);
    const twice = requested.filter((path, index) => requested.indexOf(path) !== index);
    expect(twice, `requested twice: ${twice.join(', ')}`).toEqual([]);
    expect(warnings.filter((text) => /preload/i.test(text))).toEqual([]);
  });

  test('a link to a section shows the whole chapter at once and keeps that heading in view', async ({
    guarded: page,
  }) => {
    await openBook(page, '/zh/06-monte-carlo-sampling?s=importance-sampling');
    await expect(page.locator('#importance-sampling')).toHaveText('重要性采样');
    await page.waitForTimeout(800);
    await expect(page.locator('#importance-sampling')).toBeInViewport();
  });
});

test.describe('the shell', () => {
  test('the landing page shows the chapter map, applications and links to every chapter', async ({
    guarded: page,
  }) => {
    await openBook(page, '/en');
    await expect(page.locator('h1')).toHaveText('Foundations of Diffusion Models');
    for (const chapter of CHAPTERS) {
      await expect(page.locator(`a[href="#/en/${chapter.slug}"]`).first()).toBeVisible();
    }
    await expect(page.locator('#uses')).toBeVisible();
    await expect(page.locator('.uses')).toContainText('Speech enhancement');
  });

  test('the root address sends the reader to a language', async ({ guarded: page }) => {
    await page.goto('./');
    await expect(page).toHaveURL(/#\/en$/);
  });

  test('previous/next links walk through the book', async ({ guarded: page }) => {
    await openChapter(page, 'en', '02-undirected-models');
    await page.getByRole('link', { name: /Next: The partition function/ }).click();
    await expect(page).toHaveURL(/#\/en\/03-partition-function$/);
    await page.getByRole('link', { name: /Previous: Undirected models/ }).click();
    await expect(page).toHaveURL(/#\/en\/02-undirected-models$/);
  });

  test('the language switch keeps the chapter, the section and the widget settings', async ({
    guarded: page,
  }) => {
    await openChapter(page, 'en', '01-brownian-motion', '?walk-demo.steps=150');
    const section = page.locator('article h2[id]').last();
    const id = await section.getAttribute('id');
    await section.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 10));
    await expect(page.getByTestId('language-switch')).toHaveAttribute('href', new RegExp(`s=${id}`));
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(new RegExp(`#/zh/01-brownian-motion\\?.*s=${id}`));
    await expect(page).toHaveURL(/walk-demo\.steps=150/);
    await expect(page.locator('article h1')).toHaveText('布朗运动');
    await expect(page.locator(`#${id}`)).toBeInViewport();
    await reveal(page.locator('figure[data-widget="walk-demo"]'));
    await expect(page.getByTestId('walk-shown')).toHaveText('150');
  });

  test('"continue where you left off" returns to the last chapter read', async ({ guarded: page }) => {
    await openChapter(page, 'en', '04-energy-based-models');
    await openBook(page, '/en');
    const link = page.getByTestId('continue-reading');
    await expect(link).toContainText('Energy-based models');
    await link.click();
    await expect(page).toHaveURL(/#\/en\/04-energy-based-models/);
    await openBook(page, '/en');
    await expect(
      page.locator('.toc__item', { hasText: 'Energy-based models' }).locator('.badge--done'),
    ).toBeVisible();
  });

  test('the dark theme is applied and remembered', async ({ guarded: page }) => {
    await openBook(page, '/en');
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(20, 23, 28)');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('a reader whose system prefers dark gets the dark theme without choosing it', async ({
    guarded: page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openBook(page, '/en');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('unknown addresses show a page, not a crash', async ({ guarded: page }) => {
    await openBook(page, '/en/99-nothing');
    await expect(page.locator('h1')).toHaveText('404');
    await openBook(page, '/fr');
    await expect(page.locator('h1')).toHaveText('404');
  });

  test('a phone-sized screen has no horizontal scrolling', async ({ guarded: page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    for (const path of ['/en', '/zh/01-brownian-motion', '/en/06-monte-carlo-sampling']) {
      await openBook(page, path);
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
    }
  });

  test('the built page carries a strict Content-Security-Policy', async ({ guarded: page }) => {
    await openBook(page, '/en');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    // The page's one inline script (chapter preloads) is allowed by its hash, and nothing else inline is.
    const hashes = csp?.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
    expect(hashes).toHaveLength(await page.locator('script:not([src])').count());
  });
});
