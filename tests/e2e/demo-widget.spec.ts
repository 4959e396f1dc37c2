import { drawingOf, expect, openChapter, showFigure, test } from './fixtures';

const CHAPTER = '01-brownian-motion';

test.describe('the frame, exercised by the demonstration random walk', () => {
  test('moving the steps slider changes what is drawn', async ({ guarded: page }) => {
    await openChapter(page, 'en', CHAPTER);
    await showFigure(page, 'walk-demo');
    const figure = page.locator('figure[data-widget="walk-demo"]');
    const before = await drawingOf(page, '[data-testid="walk-line"]');
    const slider = figure.getByLabel('Steps n');
    await slider.focus();
    for (let i = 0; i < 5; i++) await slider.press('ArrowLeft');
    await expect(figure.getByTestId('walk-shown')).toHaveText('350');
    expect(await drawingOf(page, '[data-testid="walk-line"]')).not.toBe(before);
  });

  test('a URL with widget state reproduces the same drawing', async ({ guarded: page }) => {
    await openChapter(page, 'en', CHAPTER);
    await showFigure(page, 'walk-demo');
    const figure = page.locator('figure[data-widget="walk-demo"]');
    await figure.getByLabel('Seed').fill('42');
    await figure.getByLabel('Seed').press('Enter');
    await figure.getByLabel('Steps n').fill('120');
    await expect(page).toHaveURL(/walk-demo\.seed=42/);
    await expect(page).toHaveURL(/walk-demo\.steps=120/);
    const drawing = await drawingOf(page, '[data-testid="walk-line"]');
    const url = page.url();
    const fresh = await page.context().newPage();
    await fresh.goto(url);
    await showFigure(fresh, 'walk-demo');
    await expect(fresh.getByTestId('walk-shown')).toHaveText('120');
    expect(await drawingOf(fresh, '[data-testid="walk-line"]')).toBe(drawing);
    await fresh.close();
  });

  test('hostile URL values are clamped with a notice, never NaN', async ({ guarded: page }) => {
    await openChapter(
      page,
      'en',
      CHAPTER,
      '?walk-demo.steps=-5&walk-demo.stepSize=%3Cscript%3E&walk-demo.seed=NaN',
    );
    await showFigure(page, 'walk-demo');
    const figure = page.locator('figure[data-widget="walk-demo"]');
    await expect(figure.locator('.widget__notice')).toContainText('steps = -5');
    await expect(figure.getByTestId('walk-shown')).toHaveText('10');
    // The notice quotes what the link said; every number the widget computes must still be a number.
    await expect(figure.locator('.readout')).not.toContainText(/NaN|Infinity/);
    await expect(figure.locator('svg')).not.toContainText(/NaN|Infinity/);
    await expect(figure.getByLabel('Seed')).toHaveValue('1');
  });

  test('play advances the walk, keyboard shortcuts and projector mode work', async ({ guarded: page }) => {
    await openChapter(page, 'en', CHAPTER);
    await showFigure(page, 'walk-demo');
    const figure = page.locator('figure[data-widget="walk-demo"]');
    await figure.focus();
    await page.keyboard.press('r');
    await expect(figure.getByTestId('walk-shown')).toHaveText('0');
    await page.keyboard.press('ArrowRight');
    await expect(figure.getByTestId('walk-shown')).not.toHaveText('0');
    await figure.getByRole('button', { name: 'Play' }).click();
    await expect(figure.getByTestId('walk-shown')).toHaveText('400', { timeout: 10_000 });
    await figure.focus();
    await page.keyboard.press('f');
    await expect(figure).toHaveAttribute('data-projector', 'on');
    const fontSize = await figure
      .locator('.widget__title')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Escape');
    await expect(figure).toHaveAttribute('data-projector', 'off');
  });

  test('the animation pauses while its figure is off screen', async ({ guarded: page }) => {
    await openChapter(page, 'en', CHAPTER, '?walk-demo.steps=2000');
    await showFigure(page, 'walk-demo');
    const figure = page.locator('figure[data-widget="walk-demo"]');
    await figure.focus();
    await page.keyboard.press('r');
    await figure.getByRole('button', { name: 'Play' }).click();
    await expect(figure.getByTestId('walk-shown')).not.toHaveText('0');
    // Scroll the figure out of view: the count must stop moving.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.setViewportSize({ width: 1280, height: 200 });
    await page.waitForTimeout(300);
    const frozen = await figure.getByTestId('walk-shown').textContent();
    await page.waitForTimeout(600);
    expect(await figure.getByTestId('walk-shown').textContent()).toBe(frozen);
    expect(Number(frozen)).toBeLessThan(2000);
  });
});
