import { expect, openChapter, showFigure, test } from './fixtures';

const SLUG = '07-langevin-to-diffusion';

test('chapter 7: the score field ignores c, Langevin blows up at a large step and converges at a small one, denoising snaps or averages', async ({
  guarded: page,
}) => {
  test.setTimeout(120_000);
  await openChapter(page, 'en', SLUG);

  // ScoreField: dragging a centre moves the arrows; c changes the colour scale's numbers, not the arrows.
  const field = await showFigure(page, 'score-field');
  const arrows = () => field.getByTestId('score-arrows').getAttribute('d');
  const before = await arrows();
  const handle = field.getByTestId('score-centre-1');
  const box = await handle.boundingBox();
  if (!box) throw new Error('no centre handle');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 - 30, { steps: 5 });
  await page.mouse.up();
  await expect.poll(arrows).not.toBe(before);
  const dragged = await arrows();
  const max = (await field.getByTestId('score-scale-max').textContent()) ?? '';
  await field.locator('input[data-param="scale"]').focus();
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
  await expect(field.getByTestId('score-scale-max')).not.toHaveText(max);
  expect(await arrows()).toBe(dragged);

  // LangevinSampler: ε = 2 blows ULA up (said in words); ε = 0.02 brings the TV down. The step slider is on a log
  // scale, a tenth of a decade per key: End is ε = 2, twenty keys back is ε = 0.02.
  const sampler = await showFigure(page, 'langevin');
  const step = sampler.locator('input[data-param="stepSize"]');
  const play = sampler.getByRole('button', { name: /^play$/i });
  await step.focus();
  await page.keyboard.press('End');
  await play.click();
  await expect(sampler.getByTestId('langevin-warning')).toContainText('ULA blew up', { timeout: 30_000 });
  await expect(sampler.getByTestId('langevin-lost')).not.toHaveText('0');

  await step.focus();
  for (let k = 0; k < 20; k++) await page.keyboard.press('ArrowLeft');
  await expect(sampler.getByTestId('langevin-lost')).toHaveText('0');
  const tvAt = async () => Number(await sampler.getByTestId('langevin-tv').getAttribute('data-value'));
  const start = await tvAt();
  await play.click();
  await expect(sampler.getByTestId('langevin-steps')).toHaveText('600', { timeout: 60_000 });
  expect(await tvAt()).toBeLessThan(start / 2);

  // DenoiseOneStep: lowering the noise moves Tweedie's estimate and narrows the posterior to about one point;
  // raising it to the top sends the estimate to the data mean.
  const denoise = await showFigure(page, 'denoise');
  const estimate = () => denoise.getByTestId('denoise-estimate').getAttribute('data-x');
  const effective = async () =>
    Number(await denoise.getByTestId('denoise-effective').getAttribute('data-value'));
  const noise = denoise.locator('input[data-param="noise"]');
  const first = await estimate();
  await noise.focus();
  await page.keyboard.press('Home');
  await expect.poll(estimate).not.toBe(first);
  expect(await effective()).toBeLessThan(1.5);
  await page.keyboard.press('End');
  await expect.poll(effective).toBeGreaterThan(20);
  expect(Number(await denoise.getByTestId('denoise-to-mean').textContent())).toBeLessThan(0.1);
});
