import { isingModel, logPartition } from '../../src/core';
import { DIVERGENT_STRINGS } from '../../src/widgets/partition/divergent/strings';
import { STATE_COUNTER_STRINGS } from '../../src/widgets/partition/stateCounter/strings';
import { partitionModel } from '../../src/workers/partitionCount';
import { expect, openChapter, showFigure, test } from './fixtures';

const SLUG = '03-partition-function';
const counter = STATE_COUNTER_STRINGS.en;

test.describe('chapter 3: the partition function', () => {
  test('StateCounter: 2²⁴ states are counted in a Web Worker, the page keeps answering, Cancel stops it', async ({
    guarded: page,
  }) => {
    test.setTimeout(60_000);
    await openChapter(page, 'en', SLUG, '?count-states.n=24');
    // Another widget of the same page: its slider must keep answering while the worker counts.
    await showFigure(page, 'divergent');
    const figure = await showFigure(page, 'count-states');
    await expect(figure.getByTestId('count-status')).toHaveText(counter.status.idle('16,777,216'));

    const workerStarted = page.waitForEvent('worker');
    await figure.getByRole('button', { name: counter.count }).click();
    const worker = await workerStarted;
    expect(worker.url()).toMatch(/partitionCount\.worker[\w-]*\.js$/);

    // 2²⁴ states take well under a second here, too short for a round trip per check, so the checks run inside the
    // page, between frames, while the count is under way: progress moves, another widget's slider moves and its
    // value is redrawn while the status still says "Counting", then Cancel.
    const seen = await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const counterFigure = document.querySelector('figure[data-widget="count-states"]') as HTMLElement;
      const progress = counterFigure.querySelector('[data-testid="count-progress"]') as HTMLProgressElement;
      const status = () => counterFigure.querySelector('[data-testid="count-status"]')?.textContent ?? '';
      const until = async (ok: () => boolean) => {
        for (let k = 0; k < 600 && !ok(); k++) await frame();
      };
      await until(() => progress.value > 0);
      const first = progress.value;
      await until(() => progress.value > first);
      const later = progress.value;
      const statusWhileMoving = status();

      const slider = document.querySelector(
        'figure[data-widget="divergent"] input[data-param="beta"]',
      ) as HTMLInputElement;
      const shown = () => slider.closest('.control')?.querySelector('output')?.textContent ?? '';
      const shownBefore = shown();
      const target = slider.value === slider.max ? slider.min : slider.max;
      // As a drag does: set the value natively, then the input event React listens to.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(slider, target);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      await frame();
      const shownAfter = shown();
      const statusAfterInput = status();

      (counterFigure.querySelector('[data-testid="count-cancel"]') as HTMLButtonElement).click();
      await frame();
      return {
        first,
        later,
        statusWhileMoving,
        shownBefore,
        shownAfter,
        statusAfterInput,
        stoppedAt: progress.value,
        statusAfterCancel: status(),
      };
    });
    expect(seen.first).toBeGreaterThan(0);
    expect(seen.later).toBeGreaterThan(seen.first);
    expect(seen.statusWhileMoving).toMatch(/^Counting: [\d,]+ of 16,777,216 states/);
    expect(seen.shownAfter).not.toBe(seen.shownBefore);
    expect(seen.statusAfterInput).toMatch(/^Counting: /);
    expect(seen.stoppedAt).toBeLessThan(2 ** 24);
    expect(seen.statusAfterCancel).toMatch(/^Cancelled after [\d,]+ of 16,777,216 states\.$/);

    // Stopped for good: nothing moves afterwards, no result, Cancel greyed out again.
    await page.waitForTimeout(1500);
    expect(Number(await figure.getByTestId('count-progress').getAttribute('value'))).toBe(seen.stoppedAt);
    await expect(figure.getByTestId('count-status')).toHaveText(seen.statusAfterCancel);
    await expect(figure.getByTestId('count-logz')).toHaveText('—');
    await expect(figure.getByRole('button', { name: counter.cancel })).toBeDisabled();
    await expect(figure).not.toContainText(/\bNaN\b|Infinity/);
  });

  test('StateCounter: a small model counted to the end shows the exact log Z and a point on the plot', async ({
    guarded: page,
  }) => {
    const params = { layout: 'chain', n: 14, seed: 5 } as const;
    await openChapter(page, 'en', SLUG, `?count-states.n=14&count-states.layout=chain&count-states.seed=5`);
    const figure = await showFigure(page, 'count-states');
    await figure.getByRole('button', { name: counter.count }).click();
    await expect(figure.getByTestId('count-status')).toHaveText(/^Done: all 16,384 states in /);

    // The same model, enumerated here by the core's plain enumeration (not the Gray code the worker uses).
    const spec = partitionModel(params);
    const exact = logPartition(
      isingModel(spec.n, spec.edges, { coupling: spec.couplings, field: spec.fields }),
    );
    const shown = Number(await figure.getByTestId('count-logz').textContent());
    expect(Math.abs(shown - exact)).toBeLessThan(1e-9);
    await expect(figure.getByTestId('count-terms')).toHaveText('2¹⁴ = 16,384');
    await expect(figure.getByTestId('count-time')).toHaveText(/^\d+(\.\d+)? (ms|s)$/);
    expect(await figure.getByTestId('count-points-chain').getAttribute('d')).not.toBe('');
    await expect(figure.getByTestId('count-extrapolation-784')).toContainText(
      'times the age of the universe',
    );
    await expect(figure).not.toContainText(/\bNaN\b|Infinity/);
  });
  test('DivergentIntegral: driving β down through 0 flips the verdict from "converges" to "does not exist"', async ({
    guarded: page,
  }) => {
    await openChapter(page, 'zh', SLUG, '?divergent.beta=0.1&divergent.halfWidth=5');
    const figure = await showFigure(page, 'divergent');
    const verdict = figure.getByTestId('divergent-verdict');
    await expect(verdict).toHaveAttribute('data-verdict', 'converges');
    // √(π/0.1) = 5.604991…
    await expect(verdict).toHaveText(
      DIVERGENT_STRINGS.zh.converges(String(Number(Math.sqrt(Math.PI / 0.1).toPrecision(7)))),
    );
    const beta = figure.locator('input[data-param="beta"]');
    await beta.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft'); // β = 0: the area is exactly 2L = 10
    await expect(verdict).toHaveAttribute('data-verdict', 'diverges');
    await expect(verdict).toHaveText(DIVERGENT_STRINGS.zh.flat('10'));
    await page.keyboard.press('ArrowLeft'); // β = −0.05
    await expect(verdict).toHaveAttribute('data-verdict', 'diverges');
    await expect(figure).not.toContainText(/\bNaN\b|Infinity/);
  });
});
