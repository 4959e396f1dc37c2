import { COLD_STRINGS } from '../../src/widgets/undirected/cold/strings';
import { DIRECTED_STRINGS } from '../../src/widgets/undirected/directed/strings';
import { expect, openChapter, showFigure, test } from './fixtures';

const SLUG = '02-undirected-models';

/** Chapter 2's widgets driven in a real browser, one visit (the contract spec covers both languages). */
test.describe('chapter 2: undirected models', () => {
  test('the cold: an edited table entry and an observation give the right P and Z', async ({
    guarded: page,
  }) => {
    await openChapter(page, 'en', SLUG);
    const cold = await showFigure(page, 'cold');
    await expect(cold.getByTestId('cold-Z')).toHaveText('130');
    await cold.getByTestId('cold-table-yc-11').fill('20');
    // Z = Σ_y (Σ_c φ_yc)(Σ_r φ_yr) = (2 + 1)(2 + 1) + (1 + 20)(1 + 10) = 240.
    await expect(cold.getByTestId('cold-Z')).toHaveText('240');
    await expect(cold.getByTestId('cold-probability-111')).toHaveText(
      String(Number((200 / 240).toPrecision(4))),
    );
    await cold.getByTestId('cold-table-yc-11').fill('-2');
    await expect(cold.getByRole('alert')).toContainText(COLD_STRINGS.en.entryErrors.negative);
    await expect(cold.getByTestId('cold-Z')).toHaveText('240');
    // Observe "you" healthy with the keyboard: the bars become P(· | h_y = 1), normalised by 231.
    await cold.getByTestId('cold-person-you').focus();
    await page.keyboard.press('Enter');
    await expect(cold.getByTestId('cold-Zevidence')).toHaveText('231');
    await expect(cold.getByTestId('cold-probability-111')).toHaveText(
      String(Number((200 / 231).toPrecision(4))),
    );
    await expect(cold.getByTestId('cold-probability-011')).toHaveText('0');
    await expect(cold.getByTestId('cold-given-you-1')).toContainText(COLD_STRINGS.en.sameVerdict);
    await expect(cold).not.toContainText(/\bNaN\b|Infinity/);
  });

  test('arrows or not: KaTeX typesets the factorisation in the browser, under the strict CSP', async ({
    guarded: page,
  }) => {
    await openChapter(page, 'en', SLUG);
    const figure = await showFigure(page, 'directed');
    const formula = figure.getByTestId('directed-formula');
    await expect(formula).toHaveAttribute('data-typeset', 'yes');
    await expect(formula.locator('.katex-html')).toBeVisible();
    // Typeset glyphs are positioned through the CSSOM, not style attributes (which the CSP refuses).
    expect(await formula.locator('[style]').count()).toBeGreaterThan(0);
    await figure.getByLabel(DIRECTED_STRINGS.en.undirected).check();
    await expect(formula.locator('annotation')).toHaveText(/\\frac\{1\}\{Z\}/);
    await figure.getByLabel(DIRECTED_STRINGS.en.directed).check();
    const outer = figure.getByRole('group', { name: DIRECTED_STRINGS.en.link('t₀', 't₂') });
    await outer.getByLabel(DIRECTED_STRINGS.en.arrow('t₂', 't₀')).check();
    await expect(figure.getByTestId('directed-cycle')).toHaveText(
      DIRECTED_STRINGS.en.cycle('t₀ → t₁ → t₂ → t₀'),
    );
  });
});
