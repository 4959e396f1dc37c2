import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { OFFLINE_STRINGS } from '../../src/offline/strings';
import { FRAME_STRINGS } from '../../src/widgets/common/frame/frameStrings';
import { REPAIR_STRINGS } from '../../src/widgets/rbm/repair/strings';
import { axeViolations, chapterComplete, expect, openBook, openChapter, showFigure, test } from './fixtures';

const DIST = process.env.E2E_DIST ?? 'dist';

// The other specs run without the service worker (fixtures.ts); this one is about it.
test.use({ withServiceWorker: true });

/** Every file the build wrote that the service worker should keep: all but its own files and legacy fonts. */
function expectedPrecache(): string[] {
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split('\\').join('/'));
  return files
    .filter((file) => !/^\.vite\/|^sw\.js$|^_headers$|^workbox-[\w-]+\.js$|\.(woff|ttf|map)$/.test(file))
    .map((file) => `/${file}`)
    .sort();
}

/** The paths held in Workbox's precache (its keys carry a revision query for files without a hash). */
function precachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.includes('precache'));
    if (!name) return [];
    const requests = await (await caches.open(name)).keys();
    return requests.map((request) => new URL(request.url).pathname).sort();
  });
}

test('after one visit the book works offline, and a new version is offered by a quiet notice', async ({
  guarded: page,
}) => {
  test.setTimeout(120_000);
  const context = page.context();

  // One visit: the service worker installs (precaching the whole build) and takes charge of the page.
  await openBook(page, '/en');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const precached = await precachedPaths(page);
  expect(precached).toEqual(expectedPrecache());
  expect(precached).toEqual(
    expect.arrayContaining([
      '/index.html',
      '/manifest.webmanifest',
      '/data/digits.csv',
      '/data/rbm-digits.json',
    ]),
  );
  expect(precached.some((path) => /KaTeX_Main-Regular[\w-]*\.woff2$/.test(path))).toBe(true);
  expect(precached.some((path) => /rbmTraining\.worker[\w-]*\.js$/.test(path))).toBe(true);

  await context.setOffline(true);
  try {
    // The start page comes back from the cache, then a chapter in English with a running widget.
    await page.reload();
    await expect(page.locator('main#main')).toBeVisible();
    await openChapter(page, 'en', '01-brownian-motion');
    const walk = await showFigure(page, 'walkers');
    await walk.getByRole('button', { name: FRAME_STRINGS.en.reset, exact: true }).click();
    await expect(walk.getByTestId('walkers-steps')).toHaveText('0');
    await walk.getByRole('button', { name: FRAME_STRINGS.en.play, exact: true }).click();
    await expect
      .poll(async () => Number(await walk.getByTestId('walkers-steps').textContent()))
      .toBeGreaterThan(5);
    // The chapter's formulas were typeset at build time; their fonts came from the cache too.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          await document.fonts.ready;
          return [...document.fonts].some(
            (font) => font.family.includes('KaTeX') && font.status === 'loaded',
          );
        }),
      )
      .toBe(true);

    // A Chinese chapter opened by its own address (a full load, offline): "Draw and repair" fetches its data.
    await openBook(page, '/zh/05-restricted-boltzmann-machines');
    await page.reload();
    await chapterComplete(page);
    const repair = await showFigure(page, 'rbm-repair');
    await expect(repair.getByTestId('repair-completion')).toBeVisible({ timeout: 20_000 });
    const zh = REPAIR_STRINGS.zh;
    await repair.getByRole('button', { name: zh.cellLabel(6, 4, zh.brushes.unknown) }).click();
    await expect(repair.getByRole('button', { name: zh.cellLabel(6, 4, zh.brushes.ink) })).toBeVisible();
  } finally {
    await context.setOffline(false);
  }

  // A new version is deployed (the service worker's script changes): it installs and waits, and the page says so.
  const swFile = join(DIST, 'sw.js');
  const deployed = readFileSync(swFile, 'utf8');
  writeFileSync(swFile, `${deployed}\n// the next version of the book\n`);
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('status').filter({ hasText: OFFLINE_STRINGS.zh.newVersion });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    expect(await axeViolations(page, '.update-notice')).toEqual([]);
    // Reload lets the waiting version take over, and the page loads again under it.
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: OFFLINE_STRINGS.zh.reload }).click();
    await reloaded;
    await expect(page.locator('main#main')).toBeVisible();
    await expect(page.locator('.update-notice')).toBeEmpty();
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting === null && registration?.active?.state === 'activated';
      }),
    ).toBe(true);
  } finally {
    writeFileSync(swFile, deployed);
  }
});
