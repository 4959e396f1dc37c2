import { RBM_TRAINER_STRINGS } from '../../src/widgets/rbm/rbmTrainer/strings';
import { REPAIR_STRINGS } from '../../src/widgets/rbm/repair/strings';
import { expect, openChapter, showFigure, test } from './fixtures';

const SLUG = '05-restricted-boltzmann-machines';
const en = RBM_TRAINER_STRINGS.en;
const repairEn = REPAIR_STRINGS.en;
const pixelsOf = (canvas: HTMLCanvasElement) => canvas.toDataURL();

test.describe('chapter 5: the RBM trains in a real Web Worker', () => {
  test('start, progress, pause, resume and cancel; the page answers while it trains', async ({
    guarded: page,
  }) => {
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

    // 256 hidden units: the held-out log-likelihood is an AIS estimate with its error; the digits are shown
    await expect(figure.getByTestId('rbm-ll')).toHaveText(/^-\d+(\.\d+)? ± \d+(\.\d+)? nats$/);
    await expect(figure.getByTestId('rbm-reconstructions')).toBeVisible();
    await expect(figure.getByTestId('rbm-fantasies')).toBeVisible();

    // The page answers while the worker trains: paint a cell of "Draw and repair" and its completion changes.
    const repair = await showFigure(page, 'rbm-repair');
    const completion = repair.getByTestId('repair-completion');
    await expect(completion).toBeVisible();
    const completionBefore = await completion.evaluate(pixelsOf);
    const epochBeforePaint = await epochDone();
    await repair.getByRole('button', { name: repairEn.cellLabel(6, 4, repairEn.brushes.unknown) }).click();
    await expect(
      repair.getByRole('button', { name: repairEn.cellLabel(6, 4, repairEn.brushes.ink) }),
    ).toBeVisible();
    await expect.poll(() => completion.evaluate(pixelsOf)).not.toBe(completionBefore);
    await expect(repair.getByTestId('repair-error')).toHaveText(repairEn.drawn);
    await expect.poll(epochDone, { timeout: 30_000 }).toBeGreaterThan(epochBeforePaint);
    await showFigure(page, 'rbm-train');

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
