import { RBM_TRAINER_STRINGS } from '../../src/widgets/rbm/rbmTrainer/strings';
import { expect, openChapter, showFigure, test } from './fixtures';

const SLUG = '05-restricted-boltzmann-machines';
const en = RBM_TRAINER_STRINGS.en;

test.describe('chapter 5: the RBM trains in a real Web Worker', () => {
  test('start, progress, pause, resume and cancel', async ({ guarded: page }) => {
    test.setTimeout(90_000);
    // Many large epochs, so the run is still going while the test pauses and cancels it.
    await openChapter(
      page,
      'en',
      SLUG,
      '?rbm-train.hidden=256&rbm-train.epochs=50&rbm-train.method=cd&rbm-train.k=3',
    );
    const figure = await showFigure(page, 'rbm-train');
    const epochDone = async () =>
      Number((await figure.getByTestId('rbm-epoch').textContent())?.split(' / ')[0]);
    const filtersBefore = await figure
      .getByTestId('rbm-filters')
      .evaluate((c: HTMLCanvasElement) => c.toDataURL());

    const workerStarted = page.waitForEvent('worker');
    await figure.getByRole('button', { name: en.train }).click();
    const worker = await workerStarted;
    expect(worker.url()).toMatch(/rbmTraining\.worker[\w-]*\.js$/);

    // Progress arrives epoch by epoch: the bar, the count, the curve and the filters move.
    await expect.poll(epochDone, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await expect(figure.getByTestId('rbm-status')).toHaveText(/^Training: epoch \d+ of 50\.$/);
    expect(Number(await figure.getByTestId('rbm-progress').getAttribute('value'))).toBeGreaterThanOrEqual(2);
    await expect(figure.getByTestId('rbm-pl')).toHaveText(/^-\d+(\.\d+)? nats$/);
    expect(
      await figure.getByTestId('rbm-filters').evaluate((c: HTMLCanvasElement) => c.toDataURL()),
    ).not.toBe(filtersBefore);

    // Pause holds the run where it is.
    await figure.getByRole('button', { name: en.pause }).click();
    await expect(figure.getByTestId('rbm-status')).toHaveText(/^Paused after epoch \d+ of 50\.$/);
    // The epoch under way when Pause was pressed still finishes and is reported; after that, nothing moves.
    await page.waitForTimeout(1500);
    const held = await epochDone();
    await page.waitForTimeout(1500);
    expect(await epochDone()).toBe(held);

    // Resume goes on from there.
    await figure.getByRole('button', { name: en.resume }).click();
    await expect.poll(epochDone, { timeout: 30_000 }).toBeGreaterThan(held);

    // Cancel stops it for good, keeping what it showed.
    await figure.getByRole('button', { name: en.cancel }).click();
    await expect(figure.getByTestId('rbm-status')).toHaveText(/^Cancelled after \d+ epochs;/);
    const stopped = await epochDone();
    await page.waitForTimeout(1500);
    expect(await epochDone()).toBe(stopped);
    await expect(figure.getByRole('button', { name: en.cancel })).toBeDisabled();
    await expect(figure).not.toContainText(/\bNaN\b|Infinity/);
  });
});
