import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readPngText } from '../../src/widgets/common/frame/export/pngChunks';
import { axeViolations, drawingOf, expect, openChapter, showFigure, test } from './fixtures';

/** The text of the QR code drawn in an element, read from a screenshot by a QR decoder (jsQR), as a phone would. */
async function decodeQr(code: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

const CURVE = '[data-testid="divergent-curve"]';

/** The heights along a drawn curve: the same curve at another width (the embed fills its frame) has the same. */
const heights = (path: string) => [...path.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((match) => match[1]);

/**
 * The instructor's tools on one widget (chapter 3's divergent integral): the QR code on the projector follows the
 * figure; a locked link made in the share panel fixes and hides the chosen controls yet draws the same figure; the
 * embed shows that figure alone and may be framed by another site, the book's pages may not.
 */
test('QR code, locked links and embeds reproduce the figure on the screen', async ({
  guarded: page,
  browser,
  baseURL,
}) => {
  await openChapter(page, 'en', '03-partition-function', '?divergent.beta=0.5');
  const figure = await showFigure(page, 'divergent');

  // Projector mode: the phone's QR code decodes to the link of the figure as set now, and follows the slider.
  await figure.getByRole('button', { name: 'Projector mode' }).click();
  await figure.getByRole('button', { name: 'Open on your phone' }).click();
  const qr = figure.getByRole('img', { name: /QR code of the link/ });
  await expect(qr.locator('path')).toHaveCount(1);
  const chapterLink = `${baseURL}#/en/03-partition-function?w=divergent`;
  await expect.poll(() => decodeQr(qr)).toBe(`${chapterLink}&divergent.beta=0.5&divergent.seed=1`);
  const box = await qr.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(350); // ≈ half the height of a 900-pixel screen
  await figure.locator('input[data-param="beta"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => decodeQr(qr)).toBe(`${chapterLink}&divergent.beta=0.55&divergent.seed=1`);
  expect(await axeViolations(page, 'figure[data-widget="divergent"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(figure).toHaveAttribute('data-projector', 'off');

  // The share panel: β locked, the window's width hidden, in the link and the iframe snippet alike.
  await figure.locator('.widget__share summary').click();
  await figure.locator('select[data-lock-param="beta"]').selectOption('locked');
  await figure.locator('select[data-lock-param="halfWidth"]').selectOption('hidden');
  const lockedLink = await figure
    .getByRole('textbox', { name: 'Link to this figure as it is set now' })
    .inputValue();
  expect(lockedLink).toBe(
    `${chapterLink}&divergent.beta=0.55&divergent.seed=1&divergent.lock=beta&divergent.hide=halfWidth`,
  );
  const snippet = await figure.getByRole('textbox', { name: 'Embed in a course page (iframe)' }).inputValue();
  const embedLink = snippet.match(/src="([^"]+)"/)?.[1] ?? '';
  expect(embedLink).toBe(
    `${baseURL}embed.html#/en/embed/divergent?divergent.beta=0.55&divergent.seed=1&divergent.lock=beta&divergent.hide=halfWidth`,
  );
  expect(await axeViolations(page, 'figure[data-widget="divergent"]')).toEqual([]);
  const drawing = await drawingOf(page, `figure[data-widget="divergent"] ${CURVE}`);

  // Export for slides: a PNG at twice the drawing's size, not blank, and an SVG, each naming what it shows.
  const drawingWidth = await figure
    .locator('.widget__body svg')
    .first()
    .evaluate((svg) => svg.getBoundingClientRect().width);
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Save PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('divergent_beta-0.55_seed-1.png');
  await expect(figure.locator('.export-buttons [role="status"]')).toHaveText(
    'Saved divergent_beta-0.55_seed-1.png',
  );
  const pngBytes = readFileSync(await pngDownload.path());
  const png = PNG.sync.read(pngBytes);
  expect(png.width).toBeGreaterThanOrEqual(Math.floor(2 * drawingWidth));
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
  expect(colours.size).toBeGreaterThan(5);
  const text = Object.fromEntries(
    readPngText(new Uint8Array(pngBytes)).map((chunk) => [chunk.keyword, chunk.text]),
  );
  expect(text.Title).toBe('An integral that may never settle');
  expect(text.Source).toBe(lockedLink);
  expect(JSON.parse(text.Comment)).toMatchObject({
    widget: 'divergent',
    lang: 'en',
    params: { beta: '0.55' },
    seed: 1,
  });
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Save SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('divergent_beta-0.55_seed-1.svg');
  const svgText = readFileSync(await svgDownload.path(), 'utf8');
  const svgFile = await page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      wellFormed: parsed.querySelector('parsererror') === null,
      paths: parsed.querySelectorAll('path').length,
      metadata: parsed.querySelector('metadata')?.textContent ?? '',
    };
  }, svgText);
  expect(svgFile.wellFormed).toBe(true);
  expect(svgFile.paths).toBeGreaterThan(3);
  expect(JSON.parse(svgFile.metadata)).toMatchObject({
    widget: 'divergent',
    params: { beta: '0.55' },
    link: lockedLink,
  });

  // A student opens the locked link (a fresh page, as from a message): β shown but fixed (and said so), the width
  // not shown, the same drawing.
  await page.goto('about:blank');
  await page.goto(lockedLink);
  const studentFigure = await showFigure(page, 'divergent');
  const beta = studentFigure.locator('input[data-param="beta"]');
  await expect(beta).toBeDisabled();
  await expect(beta).toHaveValue('0.55');
  await expect(
    studentFigure.locator('.control--slider', { has: page.locator('input[data-param="beta"]') }),
  ).toContainText('Locked');
  await expect(studentFigure.locator('[data-param="halfWidth"]')).toHaveCount(0);
  expect(await drawingOf(page, `figure[data-widget="divergent"] ${CURVE}`)).toBe(drawing);
  expect(await axeViolations(page, 'figure[data-widget="divergent"]')).toEqual([]);

  // The embed: that one figure and nothing else, locked as the link says.
  await page.goto(embedLink);
  const embedded = page.locator('figure[data-widget="divergent"]');
  await expect(embedded.locator(CURVE)).toBeVisible();
  await expect(page.locator('figure')).toHaveCount(1);
  await expect(page.locator('header, nav, article, footer')).toHaveCount(0);
  await expect(embedded.locator('input[data-param="beta"]')).toBeDisabled();
  const embeddedCurve = heights(await drawingOf(page, `figure[data-widget="divergent"] ${CURVE}`));
  expect(embeddedCurve.length).toBeGreaterThan(100);
  expect(embeddedCurve).toEqual(heights(drawing));
  expect(await axeViolations(page)).toEqual([]);

  // Framing, as the server says and as a browser obeys: another site may frame embed.html, not the book's pages.
  const index = await page.request.get('./');
  expect(index.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
  const embedPage = await page.request.get('./embed.html');
  expect(embedPage.headers()['content-security-policy']).toBe('frame-ancestors *');
  // Another site: the same server under another name (localhost, not 127.0.0.1, so another origin), a plain page
  // given two frames. In a context of its own: the refused frame logs a console error, which the guarded page
  // would count as a failure.
  const course = await browser.newContext({ serviceWorkers: 'block' });
  const coursePage = await course.newPage();
  await coursePage.goto(`${baseURL?.replace('127.0.0.1', 'localhost')}_headers`);
  await coursePage.evaluate(
    ([embed, book]) => {
      for (const [id, src] of [
        ['embed', embed],
        ['book', book],
      ]) {
        const frame = Object.assign(document.createElement('iframe'), { id, src, width: 800, height: 600 });
        document.body.append(frame);
      }
    },
    [embedLink, `${baseURL}#/en/03-partition-function`],
  );
  await expect(
    coursePage.frameLocator('#embed').locator(`figure[data-widget="divergent"] ${CURVE}`),
  ).toBeVisible();
  await expect
    .poll(() => coursePage.frames().some((frame) => frame.url().startsWith('chrome-error:')))
    .toBe(true);
  await expect(coursePage.frameLocator('#book').locator('main#main')).toHaveCount(0);
  await course.close();
});
