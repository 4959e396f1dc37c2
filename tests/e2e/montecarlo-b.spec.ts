import type { Locator, Page } from '@playwright/test';
import { FRAME_STRINGS } from '../../src/widgets/common/frame/frameStrings';
import { ACCEPT_REJECT_STRINGS } from '../../src/widgets/montecarlo/acceptReject/strings';
import { GIBBS_STRINGS } from '../../src/widgets/montecarlo/gibbs/strings';
import { IMPORTANCE_STRINGS } from '../../src/widgets/montecarlo/importance/strings';
import { METROPOLIS_STRINGS } from '../../src/widgets/montecarlo/metropolis/strings';
import { buildAllWidgets, drawingOf, expect, openChapter, reveal, test, testInTurn } from './fixtures';

const CHAPTER = '06-monte-carlo-sampling';

const LABELS = {
  en: {
    biased: /Biased samples/,
    collapsed: /Effective sample size collapsed/,
    notAllowed: /Not allowed: property access/,
    tooLong: /Too long/,
    tooDeep: /Nested too deeply/,
    negative: /Negative at x = -6/,
  },
  zh: {
    biased: /样本有偏/,
    collapsed: /有效样本量崩溃/,
    notAllowed: /不允许：属性访问/,
    tooLong: /太长了/,
    tooDeep: /嵌套太深/,
    negative: /在 x = -6 处为负/,
  },
} as const;

function figures(page: Page) {
  return {
    rejection: page.locator('figure[data-widget="rejection"]'),
    importance: page.locator('figure[data-widget="importance"]'),
    metropolis: page.locator('figure[data-widget="metropolis"]'),
    gibbs: page.locator('figure[data-widget="gibbs"]'),
  };
}

/** A readout's exact value, from its data-value attribute. */
async function value(figure: Locator, testId: string): Promise<number> {
  return Number(await figure.getByTestId(testId).getAttribute('data-value'));
}

/** Set a slider and wait until the given readout has changed. */
async function setSlider(figure: Locator, label: string, to: number, watch: string): Promise<void> {
  const before = await figure.getByTestId(watch).textContent();
  await figure.getByLabel(label, { exact: true }).fill(String(to));
  await expect(figure.getByTestId(watch)).not.toHaveText(before ?? '');
}

for (const lang of ['en', 'zh'] as const) {
  const t = LABELS[lang];

  test.describe(`chapter 6 widgets B (${lang})`, () => {
    testInTurn(lang, 0)(
      'rejection: larger k lowers the acceptance (≈ 1/k); too small a k warns and shades the gap',
      async ({ guarded: page }) => {
        const words = ACCEPT_REJECT_STRINGS[lang];
        await openChapter(page, lang, CHAPTER);
        const { rejection } = figures(page);
        await reveal(rejection);
        const darts = await drawingOf(page, 'figure[data-widget="rejection"] canvas');
        const at3 = await value(rejection, 'rejection-rate');
        expect(Math.abs(at3 - 1 / 3)).toBeLessThan(0.05);
        await setSlider(rejection, words.k, 10, 'rejection-rate');
        const at10 = await value(rejection, 'rejection-rate');
        expect(at10).toBeLessThan(at3);
        expect(Math.abs(at10 - 0.1)).toBeLessThan(0.03);
        await expect(rejection.getByTestId('rejection-theory')).toHaveText('1/k = 0.1');
        expect(await drawingOf(page, 'figure[data-widget="rejection"] canvas')).not.toBe(darts);
        await expect(rejection.getByTestId('rejection-warning')).toHaveCount(0);
        await setSlider(rejection, words.k, 1.2, 'rejection-rate');
        await expect(rejection.getByTestId('rejection-warning')).toContainText(t.biased);
        await expect(rejection.getByTestId('rejection-gap')).toHaveCount(1);
      },
    );

    testInTurn(lang, 1)(
      'importance: a narrower proposal lowers N_eff, and a light-tailed one collapses it',
      async ({ guarded: page }) => {
        const words = IMPORTANCE_STRINGS[lang];
        await openChapter(page, lang, CHAPTER, '?importance.seed=2');
        const { importance } = figures(page);
        await reveal(importance);
        await setSlider(importance, words.width, 1, 'importance-ess');
        const matched = await value(importance, 'importance-ess');
        expect(matched).toBeCloseTo(1000, 6); // q = p: every weight equal
        await setSlider(importance, words.width, 0.6, 'importance-ess');
        const narrow = await value(importance, 'importance-ess');
        expect(narrow).toBeLessThan(matched);
        await setSlider(importance, words.width, 0.3, 'importance-ess');
        expect(await value(importance, 'importance-ess')).toBeLessThan(narrow);
        await expect(importance.getByTestId('importance-warning')).toContainText(t.collapsed);
      },
    );

    testInTurn(lang, 0)(
      'metropolis: tiny and huge steps both cut the ESS, with words; Step advances the chain',
      async ({ guarded: page }) => {
        const words = METROPOLIS_STRINGS[lang];
        await openChapter(page, lang, CHAPTER, '?metropolis.target=correlated');
        const { metropolis } = figures(page);
        await reveal(metropolis);
        const essMiddle = await value(metropolis, 'metropolis-ess');
        await setSlider(metropolis, words.scale, Math.log10(0.05), 'metropolis-acceptance');
        expect(await value(metropolis, 'metropolis-acceptance')).toBeGreaterThan(0.85);
        expect(await value(metropolis, 'metropolis-ess')).toBeLessThan(essMiddle / 4);
        await expect(metropolis.getByTestId('metropolis-diagnosis')).toContainText(words.tooSmall);
        await setSlider(metropolis, words.scale, Math.log10(15), 'metropolis-acceptance');
        expect(await value(metropolis, 'metropolis-acceptance')).toBeLessThan(0.1);
        expect(await value(metropolis, 'metropolis-ess')).toBeLessThan(essMiddle / 2);
        await expect(metropolis.getByTestId('metropolis-diagnosis')).toContainText(words.tooLarge);
        await metropolis.focus();
        await page.keyboard.press('r');
        await expect(metropolis.getByTestId('metropolis-shown')).toHaveText('0');
        await metropolis.getByRole('button', { name: FRAME_STRINGS[lang].step, exact: true }).click();
        await expect(metropolis.getByTestId('metropolis-shown')).not.toHaveText('0');
        await expect(metropolis.getByTestId('metropolis-proposal')).toHaveCount(1);
      },
    );

    testInTurn(lang, 1)(
      'gibbs: raising ρ lowers the ESS and τ follows (1 + ρ²)/(1 − ρ²)',
      async ({ guarded: page }) => {
        const words = GIBBS_STRINGS[lang];
        await openChapter(page, lang, CHAPTER);
        const { gibbs } = figures(page);
        await reveal(gibbs);
        await setSlider(gibbs, words.rho, 0, 'gibbs-ess');
        await expect(gibbs.getByTestId('gibbs-tau-theory')).toHaveText('1');
        const independent = await value(gibbs, 'gibbs-ess');
        const map = await drawingOf(page, 'figure[data-widget="gibbs"] canvas');
        await setSlider(gibbs, words.rho, 0.99, 'gibbs-ess');
        await expect(gibbs.getByTestId('gibbs-tau-theory')).toHaveText('99.5');
        expect(await value(gibbs, 'gibbs-ess')).toBeLessThan(independent / 10);
        expect(await drawingOf(page, 'figure[data-widget="gibbs"] canvas')).not.toBe(map);
      },
    );

    testInTurn(lang, 0)(
      'typed targets: a valid formula changes the target, invalid ones are explained, hostile ones do not hang the page',
      async ({ guarded: page }) => {
        const rejectionWords = ACCEPT_REJECT_STRINGS[lang];
        const metropolisWords = METROPOLIS_STRINGS[lang];
        await openChapter(page, lang, CHAPTER);
        // The built book's CSP has no 'unsafe-eval': record any violation while formulas are parsed and evaluated.
        await page.evaluate(() => {
          const seen: string[] = [];
          (window as unknown as { cspViolations: string[] }).cspViolations = seen;
          document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
        });
        const { rejection, metropolis } = figures(page);
        await reveal(rejection);
        await rejection.getByLabel(rejectionWords.formula).check();
        const field = rejection.getByLabel(rejectionWords.formulaLabel);
        const curve = rejection.getByTestId('rejection-target-curve');
        const before = await curve.getAttribute('d');
        await field.fill('exp(-x^2/2) * (2 + cos(5*x))');
        await expect(curve).not.toHaveAttribute('d', before ?? '');
        const valid = await curve.getAttribute('d');
        await expect(rejection.getByRole('alert')).toHaveCount(0);

        await field.fill('x');
        await expect(rejection.getByRole('alert')).toContainText(t.negative);
        await field.fill('x.constructor');
        await expect(rejection.getByRole('alert')).toContainText(t.notAllowed);
        await expect(curve).toHaveAttribute('d', valid ?? '');

        // Hostile input: a huge paste and deep nesting are refused at once, and the page keeps answering.
        const started = Date.now();
        await field.fill('('.repeat(100_000));
        await expect(rejection.getByRole('alert')).toContainText(t.tooLong);
        await field.fill(`${'('.repeat(90)}x${')'.repeat(90)}`);
        await expect(rejection.getByRole('alert')).toContainText(t.tooDeep);
        expect(Date.now() - started).toBeLessThan(5000);
        await expect(curve).toHaveAttribute('d', valid ?? '');
        await setSlider(rejection, rejectionWords.k, 12, 'rejection-rate');
        expect(await page.evaluate(() => 1 + 1)).toBe(2);

        // The same in two variables, in the Metropolis widget.
        await reveal(metropolis);
        await metropolis.getByLabel(metropolisWords.formula).check();
        const field2 = metropolis.getByLabel(metropolisWords.formulaLabel);
        const contours = metropolis.getByTestId('metropolis-map-contours');
        const ringBefore = await contours.innerHTML();
        await field2.fill('exp(-((x^2 + y^2) - 4)^2)');
        await expect(contours).not.toHaveJSProperty('innerHTML', ringBefore);
        await field2.fill('evaluate("1")');
        await expect(metropolis.getByRole('alert')).toBeVisible();
        await expect(metropolis.locator('.readout')).not.toContainText(/NaN|Infinity/);
        expect(
          await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
        ).toEqual([]);
        await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
          'content',
          /script-src 'self'(?!.*unsafe-eval)/,
        );
      },
    );

    testInTurn(lang, 1)(
      'a shared link reproduces the Metropolis chain and the typed target',
      async ({ guarded: page }) => {
        test.slow(); // opens the chapter twice
        const formula = encodeURIComponent('exp(-(x^2 + y^2)/2) * (1 + x^2)');
        await openChapter(
          page,
          lang,
          CHAPTER,
          `?metropolis.target=formula&metropolis.formula=${formula}&metropolis.scale=0.7&metropolis.seed=42`,
        );
        const { metropolis } = figures(page);
        await reveal(metropolis);
        const acceptance = await metropolis.getByTestId('metropolis-acceptance').textContent();
        const drawing = await drawingOf(page, 'figure[data-widget="metropolis"] canvas');
        const fresh = await page.context().newPage();
        await fresh.goto(page.url());
        await buildAllWidgets(fresh);
        const again = fresh.locator('figure[data-widget="metropolis"]');
        await reveal(again);
        await expect(again.getByTestId('metropolis-acceptance')).toHaveText(acceptance ?? '');
        await expect(again.getByLabel(METROPOLIS_STRINGS[lang].formulaLabel)).toHaveValue(
          'exp(-(x^2 + y^2)/2) * (1 + x^2)',
        );
        expect(await drawingOf(fresh, 'figure[data-widget="metropolis"] canvas')).toBe(drawing);
        await fresh.close();
      },
    );
  });
}
