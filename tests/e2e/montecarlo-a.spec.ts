import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { FRAME_STRINGS } from '../../src/widgets/common/frame/frameStrings';
import { DARTS_STRINGS } from '../../src/widgets/montecarlo/dartsPi/strings';
import { INTEGRAL_STRINGS } from '../../src/widgets/montecarlo/integralEstimator/strings';
import { INVERSE_CDF_STRINGS } from '../../src/widgets/montecarlo/inverseCdf/strings';
import { buildAllWidgets, drawingOf, expect, openChapter, reveal, test, testInTurn } from './fixtures';

const CHAPTER = '06-monte-carlo-sampling';

/** The labels the tests click and type into, from the widgets' own strings (the same words the reader sees). */
function labelsOf(lang: 'en' | 'zh') {
  const inverse = INVERSE_CDF_STRINGS[lang];
  return {
    darts: DARTS_STRINGS[lang].n,
    samples: INTEGRAL_STRINGS[lang].n,
    draws: inverse.n,
    sine: INTEGRAL_STRINGS[lang].option('sine'),
    cauchy: inverse.options.cauchy,
    own: inverse.options.piecewise,
    play: FRAME_STRINGS[lang].play,
    noRuns: INTEGRAL_STRINGS[lang].coveredValue(0, 0),
  };
}

/** A readout as a number ("100,000" → 100000). */
async function number(figure: Locator, testId: string): Promise<number> {
  return Number((await figure.getByTestId(testId).textContent())?.replace(/,/g, ''));
}

async function press(slider: Locator, key: string, times: number): Promise<void> {
  await slider.focus();
  for (let i = 0; i < times; i++) await slider.press(key);
}

function figures(page: Page) {
  return {
    darts: page.locator('figure[data-widget="darts"]'),
    integral: page.locator('figure[data-widget="integral"]'),
    inverse: page.locator('figure[data-widget="inverse-cdf"]'),
  };
}

for (const lang of ['en', 'zh'] as const) {
  const t = labelsOf(lang);

  test.describe(`chapter 6 widgets A (${lang})`, () => {
    testInTurn(lang, 0)(
      'darts: more darts shrink the SE and redraw the board; play and step advance',
      async ({ guarded: page }) => {
        test.slow(); // plays an animation to its end: on a busy machine frames come slowly
        await openChapter(page, lang, CHAPTER);
        const { darts } = figures(page);
        await reveal(darts);
        const se = await number(darts, 'darts-se');
        const board = await drawingOf(page, '[data-testid="darts-canvas"]');
        await press(darts.getByLabel(t.darts), 'ArrowRight', 7); // log10 N: 3.3 → 4.0 in steps of 0.1
        await expect(darts.getByTestId('darts-n')).toHaveText('10,000');
        expect(await number(darts, 'darts-se')).toBeLessThan(se / 2);
        expect(await drawingOf(page, '[data-testid="darts-canvas"]')).not.toBe(board);

        await darts.focus();
        await page.keyboard.press('r');
        await expect(darts.getByTestId('darts-n')).toHaveText('0');
        await page.keyboard.press('ArrowRight');
        await expect(darts.getByTestId('darts-n')).toHaveText('1');
        await darts.getByRole('button', { name: t.play, exact: true }).click();
        await expect(darts.getByTestId('darts-n')).toHaveText('10,000', { timeout: 45_000 });
        // The estimate at the end is that of all the darts, inside its own 95 % interval's reach of π.
        const estimate = await number(darts, 'darts-estimate');
        expect(Math.abs(estimate - Math.PI)).toBeLessThan(4 * (await number(darts, 'darts-se')));
      },
    );

    testInTurn(lang, 1)(
      'integral: another integrand shows its exact value; larger N shrinks the SE',
      async ({ guarded: page }) => {
        test.slow(); // plays an animation to its end: on a busy machine frames come slowly
        await openChapter(page, lang, CHAPTER);
        const { integral } = figures(page);
        await reveal(integral);
        const curve = await drawingOf(page, '[data-testid="integral-curve"]');
        await integral.getByRole('radio', { name: t.sine }).check();
        await expect(integral.getByTestId('integral-exact')).toHaveText('2 = 2');
        expect(await drawingOf(page, '[data-testid="integral-curve"]')).not.toBe(curve);
        const se = await number(integral, 'integral-se');
        await press(integral.getByLabel(t.samples), 'ArrowRight', 10); // N 1000 → 10 000
        await expect.poll(() => number(integral, 'integral-se')).toBeLessThan(se / 2.5);
        const estimate = await number(integral, 'integral-estimate');
        expect(Math.abs(estimate - 2)).toBeLessThan(4 * (await number(integral, 'integral-se')));

        await integral.focus();
        await page.keyboard.press('r');
        await expect(integral.getByTestId('integral-covered')).toHaveText(t.noRuns);
        await integral.getByRole('button', { name: t.play, exact: true }).click();
        await expect(integral.getByTestId('integral-covered')).toHaveText(
          lang === 'en' ? /of 40$/ : /^40 次中/,
          {
            timeout: 45_000,
          },
        );
      },
    );

    testInTurn(lang, 0)(
      'inverse CDF: Cauchy reports its tails; steps trace draws; own density is keyboard-operable',
      async ({ guarded: page }) => {
        test.slow(); // plays an animation to its end: on a busy machine frames come slowly
        // 200 draws: enough to see the pace change after the first slow draws, short enough to play to the end.
        await openChapter(page, lang, CHAPTER, '?inverse-cdf.n=200');
        const { inverse } = figures(page);
        await reveal(inverse);
        const histogram = await drawingOf(page, '[data-testid="inverse-cdf-bars"]');
        await inverse.getByRole('radio', { name: t.cauchy, exact: true }).check();
        await expect(inverse.getByTestId('inverse-cdf-outside')).toBeVisible();
        await expect(inverse.getByTestId('inverse-cdf-outside')).toContainText('6.3 %');
        expect(await drawingOf(page, '[data-testid="inverse-cdf-bars"]')).not.toBe(histogram);

        await inverse.focus();
        await page.keyboard.press('r');
        await expect(inverse.getByTestId('inverse-cdf-n')).toHaveText('0');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await expect(inverse.getByTestId('inverse-cdf-n')).toHaveText('2');
        await expect(inverse.getByTestId('inverse-cdf-traces').locator('path')).toHaveCount(2);
        await inverse.getByRole('button', { name: t.play, exact: true }).click();
        await expect(inverse.getByTestId('inverse-cdf-n')).toHaveText('200', { timeout: 60_000 });

        await inverse.getByRole('radio', { name: t.own }).check();
        const bars = await drawingOf(page, '[data-testid="inverse-cdf-bars"]');
        const first = inverse.getByTestId('inverse-cdf-height-0');
        await press(first, 'ArrowUp', 5);
        await expect(first).toHaveValue('6');
        expect(await drawingOf(page, '[data-testid="inverse-cdf-bars"]')).not.toBe(bars);
        const axe = await new AxeBuilder({ page })
          .include('figure[data-widget="inverse-cdf"]')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(axe.violations.map((v) => v.id)).toEqual([]);
        // Every piece down to 0 (End would go to the top: these are upright sliders, Home is 0).
        for (let j = 0; j < 8; j++) await press(inverse.getByTestId(`inverse-cdf-height-${j}`), 'Home', 1);
        await expect(inverse.getByRole('alert')).toBeVisible();
        await expect(inverse.locator('.readout')).not.toContainText(/NaN|Infinity/);
      },
    );

    testInTurn(lang, 1)('a shared URL reproduces all three drawings', async ({ guarded: page }) => {
      await openChapter(page, lang, CHAPTER);
      await buildAllWidgets(page);
      const { darts, integral, inverse } = figures(page);
      await darts.getByLabel(t.darts).fill('3.5');
      await integral.getByRole('radio', { name: t.sine }).check();
      await inverse.getByLabel(t.draws).fill('3');
      await inverse.getByRole('radio', { name: t.cauchy, exact: true }).check();
      await expect(page).toHaveURL(/darts\.n=3162/);
      await expect(page).toHaveURL(/integral\.f=sine/);
      await expect(page).toHaveURL(/inverse-cdf\.dist=cauchy/);
      await expect(page).toHaveURL(/inverse-cdf\.n=1000/);
      await reveal(darts);
      const board = await drawingOf(page, '[data-testid="darts-canvas"]');
      const estimate = await darts.getByTestId('darts-estimate').textContent();
      const integralEstimate = await integral.getByTestId('integral-estimate').textContent();
      const cdf = await drawingOf(page, '[data-testid="inverse-cdf-plot"]');
      const fresh = await page.context().newPage();
      await fresh.goto(page.url());
      await buildAllWidgets(fresh);
      const again = figures(fresh);
      await reveal(again.darts);
      await expect(again.darts.getByTestId('darts-estimate')).toHaveText(estimate ?? '');
      await expect(again.integral.getByTestId('integral-estimate')).toHaveText(integralEstimate ?? '');
      expect(await drawingOf(fresh, '[data-testid="darts-canvas"]')).toBe(board);
      expect(await drawingOf(fresh, '[data-testid="inverse-cdf-plot"]')).toBe(cdf);
      await fresh.close();
    });
  });
}
