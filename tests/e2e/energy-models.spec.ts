import { expect, openChapter, showFigure, test } from './fixtures';

const SLUG = '04-energy-based-models';

test('chapter 4: experts multiply, a latent sum gives F, and a temperature sharpens label probabilities', async ({
  guarded: page,
}) => {
  test.setTimeout(90_000);
  await openChapter(page, 'en', SLUG);

  // Product of experts: switching expert 1 off changes the product drawing and log Z.
  const product = await showFigure(page, 'product');
  const density = product.getByTestId('product-density');
  const densityBefore = await density.evaluate((e) => e.outerHTML);
  const logZBefore = await product.getByTestId('product-logz').textContent();
  await product.locator('input[data-param="expert1"]').click();
  await expect(product.getByTestId('product-panel-1')).toHaveAttribute('data-on', 'off');
  await expect(product.getByTestId('product-logz')).not.toHaveText(logZBefore ?? '');
  expect(await density.evaluate((e) => e.outerHTML)).not.toBe(densityBefore);

  // Free energy: moving a₀ reshapes the marginal; the closed-form and quadrature Z agree.
  const free = await showFigure(page, 'free-energy');
  const marginal = free.getByTestId('free-energy-marginal-line');
  const marginalBefore = await marginal.getAttribute('d');
  const zBefore = await free.getByTestId('free-energy-z-closed').textContent();
  await free.locator('input[data-param="a0"]').focus();
  for (let k = 0; k < 10; k++) await page.keyboard.press('ArrowRight');
  await expect(free.getByTestId('free-energy-z-closed')).not.toHaveText(zBefore ?? '');
  expect(await marginal.getAttribute('d')).not.toBe(marginalBefore);
  const zClosed = await free.getByTestId('free-energy-z-closed').textContent();
  await expect(free.getByTestId('free-energy-z-quadrature')).toHaveText(zClosed ?? '');

  // Classifier: dragging the test point changes the probabilities; lowering T sharpens them.
  const classifier = await showFigure(page, 'classifier');
  const readBars = async () =>
    Promise.all(
      [0, 1, 2].map(async (k) =>
        Number(await classifier.getByTestId(`classifier-probabilities-${k}`).textContent()),
      ),
    );
  const barsBefore = await readBars();
  const handle = classifier.getByTestId('classifier-point');
  const box = await handle.boundingBox();
  if (!box) throw new Error('the test point is not on screen');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx - 120, cy - 40, { steps: 8 });
  await page.mouse.up();
  await expect(handle).not.toHaveAttribute('data-x', '0.6');
  const barsDragged = await readBars();
  expect(barsDragged).not.toEqual(barsBefore);
  const maxDragged = Math.max(...barsDragged);
  await classifier.locator('input[data-param="temperature"]').focus();
  for (let k = 0; k < 8; k++) await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => Math.max(...(await readBars()))).toBeGreaterThan(maxDragged);
});
