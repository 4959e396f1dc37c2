import { FORWARD_REVERSE_STRINGS } from '../../src/widgets/diffusion/forwardReverse/strings';
import { LEARN_SCORE_STRINGS } from '../../src/widgets/diffusion/learnScore/strings';
import { drawingOf, expect, openChapter, showFigure, test } from './fixtures';

const SLUG = '07-langevin-to-diffusion';
const fr = FORWARD_REVERSE_STRINGS.en;
const ls = LEARN_SCORE_STRINGS.en;

test.describe('chapter 7: reverse sampling and a score learned in a real Web Worker', () => {
  test('steps and sampler move the quality figure; LearnScore trains, stays responsive, pauses', async ({
    guarded: page,
  }) => {
    test.setTimeout(120_000);
    await openChapter(page, 'en', SLUG);

    // ForwardReverse: the steps slider and the sampler change the quality figure before anything is measured.
    const forward = await showFigure(page, 'forward-reverse');
    const quality = '[data-widget="forward-reverse"] [data-testid="reverse-quality"]';
    const before = await drawingOf(page, quality);
    await forward.locator('input[data-param="steps"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const afterSteps = await drawingOf(page, quality);
    expect(afterSteps !== before).toBe(true);
    await forward.getByLabel(fr.ode).check();
    await expect.poll(async () => (await drawingOf(page, quality)) !== afterSteps).toBe(true);
    await expect(forward.getByTestId('reverse-energy')).toHaveText(/^\d/, { timeout: 30_000 });

    // LearnScore: training in a worker moves the epoch counter, the loss and the learned field.
    const learn = await showFigure(page, 'learn-score');
    const epoch = async () =>
      Number((await learn.getByTestId('learn-score-epoch').textContent())?.split(' / ')[0]);
    const field = '[data-widget="learn-score"] [data-testid="learn-score-learned-arrows"]';
    const initialField = await drawingOf(page, field);
    const workerStarted = page.waitForEvent('worker');
    await learn.getByRole('button', { name: ls.train }).click();
    expect((await workerStarted).url()).toMatch(/scoreTraining\.worker[\w-]*\.js$/);
    await expect.poll(epoch, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await expect(learn.getByTestId('learn-score-loss')).toHaveText(/^\d+(\.\d+)?$/);
    await expect.poll(async () => (await drawingOf(page, field)) !== initialField).toBe(true);
    const fieldAtFirst = await drawingOf(page, field);
    const epochAtFirst = await epoch();
    await expect.poll(epoch, { timeout: 30_000 }).toBeGreaterThan(epochAtFirst);
    await expect.poll(async () => (await drawingOf(page, field)) !== fieldAtFirst).toBe(true);

    // The page still answers a click while the worker trains: the noise-level slider redraws both fields at once.
    const exact = '[data-widget="learn-score"] [data-testid="learn-score-exact-arrows"]';
    const exactBefore = await drawingOf(page, exact);
    const slider = learn.locator('input[data-param="fieldTime"]');
    const box = await slider.boundingBox();
    if (!box) throw new Error('the noise-level slider is not drawn');
    await slider.click({ position: { x: box.width * 0.8, y: box.height / 2 } });
    await expect
      .poll(async () => (await drawingOf(page, exact)) !== exactBefore, { timeout: 2_000 })
      .toBe(true);
    await expect(learn.getByTestId('learn-score-status')).toHaveText(/^Training: epoch \d+ of 200\.$/);

    // Pause holds the run.
    await learn.getByRole('button', { name: ls.pause }).click();
    await expect(learn.getByTestId('learn-score-status')).toHaveText(/^Paused after epoch \d+ of 200\.$/);
    await page.waitForTimeout(1000);
    const held = await epoch();
    await page.waitForTimeout(1000);
    expect(await epoch()).toBe(held);
    await expect(learn).not.toContainText(/\bNaN\b|Infinity/);
  });
});
