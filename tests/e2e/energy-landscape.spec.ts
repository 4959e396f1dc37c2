import { LANDSCAPE_STRINGS } from '../../src/widgets/energy/landscape/strings';
import { drawingOf, expect, openChapter, showFigure, test } from './fixtures';

const SLUG = '04-energy-based-models';
const t = LANDSCAPE_STRINGS.en;

/** Drag a handle (by its test id) with the mouse by (dx, dy) pixels, in small moves as a hand would. */
async function drag(page: import('@playwright/test').Page, selector: string, dx: number, dy: number) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no handle ${selector}`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let k = 1; k <= 10; k++) await page.mouse.move(x + (dx * k) / 10, y + (dy * k) / 10);
  await page.mouse.up();
}

test('chapter 4: drag experts on the landscape, heat and cool it, and watch particles follow', async ({
  guarded: page,
}) => {
  test.setTimeout(60_000);
  await openChapter(page, 'en', SLUG);

  // EnergyLandscape: a drag changes the density; log Z is "…" while stale and a number after release.
  const landscape = await showFigure(page, 'landscape');
  await expect(landscape.getByTestId('landscape-logz')).not.toHaveText(t.stale);
  const logZ = await landscape.getByTestId('landscape-logz').textContent();
  const density = await drawingOf(page, '[data-testid="landscape-density"]');
  await drag(page, '[data-testid="landscape-energy-handle-1"]', 60, -40);
  expect(await drawingOf(page, '[data-testid="landscape-density"]')).not.toBe(density);
  await expect(landscape.getByTestId('landscape-logz')).not.toHaveText(t.stale);
  await expect(landscape.getByTestId('landscape-logz')).not.toHaveText(logZ ?? '');

  // Ridge on ℝ², T at the hot end: Z = ∞, said in words.
  await landscape.getByRole('radio', { name: 'ridge' }).check();
  await landscape.getByRole('radio', { name: t.plane }).check();
  const temperature = landscape.locator('input[data-param="temperature"]');
  await temperature.focus();
  await page.keyboard.press('End');
  await expect(landscape.getByTestId('landscape-divergence')).toContainText('Z = ∞');
  await expect(landscape.getByTestId('landscape-logz')).toHaveText(t.diverges);

  // Back to two wells on the box: cold T puts more mass near the minimum than hot T.
  await landscape.getByRole('radio', { name: 'two wells' }).check();
  await landscape.getByRole('radio', { name: t.box }).check();
  await expect(landscape.getByTestId('landscape-mass')).not.toHaveText(t.stale);
  const hot = Number(await landscape.getByTestId('landscape-mass').textContent());
  await temperature.focus();
  await page.keyboard.press('Home');
  await expect(landscape.getByTestId('landscape-mass')).not.toHaveText(t.stale);
  expect(Number(await landscape.getByTestId('landscape-mass').textContent())).toBeGreaterThan(hot);

  // LandscapeParticles: Play, drag an expert while running, the particles and the TV curve move on.
  const particles = await showFigure(page, 'particles');
  const dots = '.plot:has([data-testid="particles-exact"]) canvas';
  await particles.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number(await particles.getByTestId('particles-sweeps').textContent()))
    .toBeGreaterThan(5);
  const before = await drawingOf(page, dots);
  const tvBefore = await particles.getByTestId('particles-tv-line').getAttribute('d');
  await drag(page, '[data-testid="particles-handle-2"]', -80, 60);
  await expect.poll(async () => drawingOf(page, dots)).not.toBe(before);
  await expect
    .poll(async () => particles.getByTestId('particles-tv-line').getAttribute('d'))
    .not.toBe(tvBefore);
  await particles.getByRole('button', { name: 'Pause' }).click();
});
