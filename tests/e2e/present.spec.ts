import type { Page } from '@playwright/test';
import { axeViolations, expect, openBook, test } from './fixtures';

const DECK = '/en/present/02-undirected-models';

test.use({ viewport: { width: 1920, height: 1080 } });

/** The deck's slide counter and title, and the figure it shows. */
async function expectSlide(page: Page, n: number, widget: string) {
  await expect(page.getByTestId('deck-where')).toContainText(`${n} / 4`);
  const figure = page.locator(`[data-testid="deck"] figure[data-widget="${widget}"]`);
  await expect(figure).toHaveAttribute('data-projector', 'on');
  // The deck's title is the widget's own (written again in the chapter's <PresenterNotes title>).
  await expect(page.locator('.deck__title')).toHaveText(
    (await figure.locator('.widget__title').textContent()) ?? '',
  );
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}\\b|present/02-undirected-models$`));
  return figure;
}

/** One visit (the browser suite is at its time limit): the deck, its keys, the notes window and their sync. */
test('the presenter deck: keys, projector type, and a notes window kept in step', async ({
  guarded: page,
}) => {
  await openBook(page, DECK);
  const first = await expectSlide(page, 1, 'directed');
  // Projector type on a 1920×1080 screen, and no book header or notes on the projected screen.
  for (const element of [first, first.locator('figcaption'), first.locator('.widget__title')])
    expect(
      await element.evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize)),
    ).toBeGreaterThanOrEqual(24);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('.notes__body')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  // Not only the frame's own text: every visible line of HTML text in the figure (SVG text has --plot-font).
  expect(await smallTextIn(page)).toEqual([]);

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, 'cold');
  expect(await smallTextIn(page)).toEqual([]);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 3, 'cliques');
  await expect(page).toHaveURL(/slide=3/);

  // The notes window, as the "Open notes" button would open it, asks the deck where it is.
  const notes = await page.context().newPage();
  const problems: string[] = [];
  notes.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  notes.on('pageerror', (error) => problems.push(error.message));
  await notes.goto(`./#${DECK}/notes`);
  await expect(notes.getByTestId('notes-counter')).toHaveText('Slide 3 of 4');
  await expect(notes.getByTestId('notes-title')).toHaveText(
    (await page.locator('.deck__title').textContent()) ?? '',
  );
  await expect(notes.locator('.notes__body li').first()).toBeVisible();
  await expect(notes.getByTestId('notes-next')).toContainText('Next:');
  expect(await axeViolations(notes)).toEqual([]);

  // The notes window moves the deck, by button and by key…
  await notes.getByRole('button', { name: /Next/ }).click();
  await expectSlide(page, 4, 'separation');
  await expect(notes.getByTestId('notes-next')).toHaveText('This is the last slide.');
  await notes.keyboard.press('ArrowLeft');
  await expectSlide(page, 3, 'cliques');
  // …and the deck moves the notes window.
  await page.keyboard.press('Home');
  await expectSlide(page, 1, 'directed');
  await expect(notes.getByTestId('notes-counter')).toHaveText('Slide 1 of 4');
  expect(problems).toEqual([]);
});

/** HTML elements with their own visible text smaller than 24 px inside the deck's figure. */
function smallTextIn(page: Page): Promise<string[]> {
  return page
    .locator('.deck__stage figure')
    .first()
    .evaluate((figure) => {
      const small: string[] = [];
      for (const element of figure.querySelectorAll('*')) {
        // SVG text has --plot-font; a formula's sub- and superscripts are smaller by design.
        if (element.closest('svg, math, .katex') || element.getClientRects().length === 0) continue;
        const ownText = [...element.childNodes].some(
          (node) => node.nodeType === 3 && node.textContent?.trim(),
        );
        const size = Number.parseFloat(getComputedStyle(element).fontSize);
        if (ownText && size < 24)
          small.push(`${element.tagName.toLowerCase()}.${element.className}: ${size}px`);
      }
      return small;
    });
}
