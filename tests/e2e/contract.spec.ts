import type { Locator, Page } from '@playwright/test';
import { CHAPTERS } from '../../src/book/chapters';
import { ALL_WIDGETS } from '../../src/widgets/registry';
import { axeViolations, buildAllWidgets, expect, openChapter, reveal, test } from './fixtures';

/**
 * The widget contract in a real browser, run over the registry: ONE visit per chapter and language (plus, in
 * English, one reload for the copied link), whatever the number of figures, so a new chapter adds one test per
 * language, not one per assertion. For every figure on the page: it is built, axe finds nothing, its main control
 * (the registry's `contract.control`, found by `data-param`) changes its drawing (`contract.drawing`) when moved
 * with the keyboard, nothing reads NaN or Infinity, F gives projector mode and Esc leaves it; then, in English, the
 * page's address, copied after every change, is opened afresh and must reproduce every control's value and every
 * drawing exactly; last, in both languages, every figure in projector mode passes axe (on the embed page).
 *
 * Reduced motion is emulated so that nothing autoplays: a drawing is then a function of the figure's state alone.
 */

const LANGS = ['en', 'zh'] as const;
const BY_ID = new Map(ALL_WIDGETS.map((entry) => [entry.id, entry]));

interface Observed {
  id: string;
  value: string;
  drawing: string;
}

/** What the drawing looks like now: a canvas's pixels, or an SVG element's markup. */
async function drawingIn(figure: Locator, selector: string): Promise<string> {
  const drawing = figure.locator(selector).first();
  await expect(drawing, `drawing ${selector}`).toBeAttached();
  const markup = await drawing.evaluate((element) =>
    element instanceof HTMLCanvasElement ? element.toDataURL() : element.outerHTML,
  );
  // Ids that React's useId generates (clip paths, markers) depend on the order in which the deferred figures were
  // built, which differs from visit to visit; they are not part of what is drawn.
  return markup.replace(/url\(#[^)]*\)/g, 'url(#)').replace(/ id="[^"]*"/g, '');
}

/**
 * The control's value as a reader would read it back: a slider's position, the checked radio, a toggle's state, or
 * the `data-value` of a drawn control.
 */
async function controlValue(control: Locator): Promise<string> {
  return control.evaluate((element) => {
    // A drawn control (a person in a graph, say) states its value itself.
    const stated = element.getAttribute('data-value');
    if (stated !== null) return stated;
    if (element instanceof HTMLInputElement)
      return element.type === 'checkbox' ? String(element.checked) : element.value;
    const checked = element.querySelector<HTMLInputElement>('input:checked');
    return checked?.value ?? '';
  });
}

/** Move the main control with the keyboard, as a reader without a mouse would: a few steps, away from a bound. */
async function moveControl(page: Page, control: Locator): Promise<void> {
  const kind = await control.evaluate((element) =>
    element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase(),
  );
  if (kind === 'range') {
    const atMax = await control.evaluate(
      (input: HTMLInputElement) => Number(input.value) >= Number(input.max),
    );
    await control.focus();
    for (let press = 0; press < 3; press++) await page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight');
  } else if ((await control.getAttribute('role')) === 'button' || kind === 'button') {
    await control.focus();
    await page.keyboard.press('Enter');
  } else if (kind === 'checkbox') {
    await control.focus();
    await page.keyboard.press('Space');
  } else {
    // A radio group: the arrow key moves to (and checks) the next option, wrapping at the end.
    await control.locator('input:checked').focus();
    await page.keyboard.press('ArrowRight');
  }
}

async function checkFigure(page: Page, figure: Locator, id: string): Promise<Observed> {
  const entry = BY_ID.get(id);
  expect(entry, `figure "${id}" is in the registry (src/widgets/registry.ts)`).toBeDefined();
  if (!entry) throw new Error('unreachable');
  await reveal(figure);
  await expect(figure.locator('figcaption')).not.toBeEmpty();

  const control = figure.locator(`[data-param="${entry.contract.control}"]`).first();
  await expect(control, `${id}: main control [data-param="${entry.contract.control}"]`).toBeAttached();
  const before = await drawingIn(figure, entry.contract.drawing);
  const valueBefore = await controlValue(control);
  await moveControl(page, control);
  await expect
    .poll(() => controlValue(control), `${id}: the keyboard moves the main control`)
    .not.toBe(valueBefore);
  await expect
    .poll(() => drawingIn(figure, entry.contract.drawing), `${id}: the main control changes the drawing`)
    .not.toBe(before);
  await expect(figure).not.toContainText(/\bNaN\b|Infinity/);

  // F from the control gives projector mode (the figure alone, large); Esc leaves it. (Its axe: checkProjectors.)
  await control.focus();
  await page.keyboard.press('f');
  await expect(figure).toHaveAttribute('data-projector', 'on');
  await page.keyboard.press('Escape');
  await expect(figure).toHaveAttribute('data-projector', 'off');

  // Settle (layout back from projector size) before the drawing is recorded for the reload.
  await page.waitForTimeout(100);
  return { id, value: await controlValue(control), drawing: await drawingIn(figure, entry.contract.drawing) };
}

for (const lang of LANGS) {
  for (const chapter of CHAPTERS) {
    test(`${lang}/${chapter.slug}: the page and every figure keep the contract`, async ({
      guarded: page,
    }) => {
      test.setTimeout(120_000);
      // English gets every check; Chinese all those its words and layout can break (the page's axe but for two
      // rules, each main control, projector mode and its axe, no NaN). The copied link is the same code in both
      // languages, and checking it twice cost a minute of a run that must stay under fifteen.
      const full = lang === 'en';
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openChapter(page, lang, chapter.slug);
      await buildAllWidgets(page);
      await expect(page.locator('article.chapter h1')).toHaveText(chapter.title[lang]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
      // Math arrives as KaTeX HTML from the build, not as raw TeX.
      expect(await page.locator('article .katex').count()).toBeGreaterThan(0);
      await expect(page.locator('article')).not.toContainText('$$');
      // Colour contrast and landmark regions come from the same styles and components in both languages and cost
      // 20 s on a page of 30,000 nodes (KaTeX): English runs them, Chinese every other rule.
      expect(
        await axeViolations(page, undefined, { skipRules: full ? [] : ['color-contrast', 'region'] }),
      ).toEqual([]);

      const ids = await page
        .locator('figure[data-widget]')
        .evaluateAll((figures) => figures.map((figure) => (figure as HTMLElement).dataset.widget ?? ''));
      const observed: Observed[] = [];
      for (const id of ids)
        observed.push(await checkFigure(page, page.locator(`figure[data-widget="${id}"]`), id));
      if (observed.length === 0) return;
      if (full) await checkCopiedLink(page, observed);
      await checkProjectors(page, lang, ids);
    });
  }
}

/** Every figure in projector mode, axe-clean (contrast above all, white on black). */
async function checkProjectors(page: Page, lang: string, ids: string[]): Promise<void> {
  // On the embed page, where a figure is alone: the same frame and styles as in the chapter, but axe reads a page
  // of a few hundred nodes instead of a chapter of 30,000 (0.8 s a figure instead of 4).
  await page.goto(`./embed.html#/${lang}/embed/${ids[0]}`);
  for (const id of ids) {
    await page.evaluate((route) => {
      window.location.hash = route;
    }, `#/${lang}/embed/${id}`);
    const figure = page.locator(`figure[data-widget="${id}"]`);
    await figure.focus();
    await page.keyboard.press('f');
    await expect(figure).toHaveAttribute('data-projector', 'on');
    expect(await axeViolations(page), `${id} in projector mode`).toEqual([]);
    await page.keyboard.press('Escape');
  }
}

/** The copied link: every change made by checkFigure is in the address, and opened afresh it reproduces them. */
async function checkCopiedLink(page: Page, observed: Observed[]): Promise<void> {
  // Written after a short debounce.
  for (const { id } of observed) {
    const param = BY_ID.get(id)?.contract.control;
    await expect.poll(() => decodeURIComponent(page.url())).toContain(`${id}.${param}=`);
  }
  const link = page.url();
  await page.goto('about:blank');
  await page.goto(link);
  await buildAllWidgets(page);
  for (const { id, value, drawing } of observed) {
    const entry = BY_ID.get(id);
    if (!entry) continue;
    const figure = page.locator(`figure[data-widget="${id}"]`);
    await reveal(figure);
    const control = figure.locator(`[data-param="${entry.contract.control}"]`).first();
    expect(await controlValue(control), `${id}: the link restores the control`).toBe(value);
    await expect
      .poll(() => drawingIn(figure, entry.contract.drawing), `${id}: the link reproduces the drawing`)
      .toBe(drawing);
  }
}
