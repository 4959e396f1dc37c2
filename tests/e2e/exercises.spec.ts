import { readCatalogue } from '../../scripts/vite/exerciseCatalogue';
import { axeViolations, expect, openBook, openChapter, showFigure, test } from './fixtures';

/**
 * Exercises that check themselves (src/book/exercises/), in one visit: a numeric answer marked wrong (with its hint)
 * and right, a widget exercise that turns right when the widget's slider is moved by keyboard, and the contents
 * page counting the solved exercises after a reload, in both languages; axe on the exercises and the contents.
 */
test('exercises mark answers, follow a widget, and are counted on the contents page', async ({
  guarded: page,
}) => {
  await openChapter(page, 'en', '03-partition-function', '?s=exercises');

  const ring = page.locator('#exercise-ring-of-three');
  const z = ring.getByLabel('(a) Z');
  await z.fill('44.6');
  await z.press('Enter');
  const zFeedback = ring.locator('[data-part="z"] [data-testid="answer-feedback"]');
  await expect(zFeedback).toHaveAttribute('data-verdict', 'wrong');
  await expect(zFeedback).toContainText('Not quite');
  await expect(zFeedback).toContainText('breaks both of its bonds');
  await z.fill('42.38');
  await ring.locator('[data-part="z"]').getByRole('button', { name: 'Check' }).click();
  await expect(zFeedback).toHaveAttribute('data-verdict', 'right');
  await expect(zFeedback).toContainText('✓ Right.');
  await expect(ring.getByTestId('exercise-status')).toHaveText('');
  const mean = ring.getByLabel('(c) E[s₁s₂ + s₂s₃ + s₃s₁]');
  await mean.fill('2.79');
  await mean.press('Enter');
  await expect(ring.getByTestId('exercise-status')).toHaveText('✓ Solved');

  // The widget exercise reads the divergent-integral widget's β from the address: 1 → 0.8 by keyboard.
  const zTwo = page.locator('#exercise-z-equals-two [data-testid="widget-answer"]');
  await expect(zTwo).toHaveAttribute('data-verdict', 'pending');
  await expect(zTwo).toContainText('Z = 1.772');
  const figure = await showFigure(page, 'divergent');
  const beta = figure.locator('input[data-param="beta"]');
  await beta.focus();
  for (let press = 0; press < 4; press++) await beta.press('ArrowLeft');
  await expect(zTwo).toHaveAttribute('data-verdict', 'right');
  await expect(zTwo).toContainText('Z = 1.982');
  await expect(page.locator('#exercise-z-equals-two').getByTestId('exercise-status')).toHaveText('✓ Solved');

  await page.locator('#exercise-ring-of-three').scrollIntoViewIfNeeded();
  expect(await axeViolations(page, '[data-exercise]')).toEqual([]);

  // The contents page, after a reload, in both languages.
  await openBook(page, '/en');
  await page.reload();
  const counts = page.getByTestId('toc-exercises');
  await expect(counts).toHaveCount(7);
  const catalogue = readCatalogue('content');
  const total = (slug: string) => catalogue[slug].length;
  await expect(counts.nth(2)).toHaveText(`2 of ${total('03-partition-function')} exercises solved`);
  await expect(counts.nth(0)).toHaveText(`0 of ${total('01-brownian-motion')} exercises solved`);
  expect(await axeViolations(page, '.toc')).toEqual([]);
  await openBook(page, '/zh');
  await expect(page.getByTestId('toc-exercises').nth(2)).toHaveText(
    `已解出 2 / ${total('03-partition-function')} 道练习`,
  );
});
