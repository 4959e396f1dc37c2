import type { Locator, Page } from '@playwright/test';
import { COLLISIONS_STRINGS } from '../../src/widgets/brownian/collisions/strings';
import { DISSOLVE_STRINGS } from '../../src/widgets/brownian/dissolve/strings';
import { STOKES_EINSTEIN_STRINGS } from '../../src/widgets/brownian/stokesEinstein/strings';
import { WALKERS_STRINGS } from '../../src/widgets/brownian/walkCloud/strings';
import { buildAllWidgets, drawingOf, expect, openChapter, reveal, test, testInTurn } from './fixtures';

const CHAPTER = '01-brownian-motion';
const WIDGETS = ['collisions', 'walkers', 'stokes-einstein', 'dissolve'] as const;

/** Words that differ between the two languages: the frame's buttons and each widget's main control. */
const WORDS = {
  en: {
    play: 'Play',
    pause: 'Pause',
    step: 'Step',
    reset: 'Reset',
    seed: 'Seed',
    grainRadius: COLLISIONS_STRINGS.en.grainRadius,
    steps: WALKERS_STRINGS.en.steps,
    radius: STOKES_EINSTEIN_STRINGS.en.radius,
    time: DISSOLVE_STRINGS.en.t,
  },
  zh: {
    play: '播放',
    pause: '暂停',
    step: '单步',
    reset: '重置',
    seed: '随机种子',
    grainRadius: COLLISIONS_STRINGS.zh.grainRadius,
    steps: WALKERS_STRINGS.zh.steps,
    radius: STOKES_EINSTEIN_STRINGS.zh.radius,
    time: DISSOLVE_STRINGS.zh.t,
  },
} as const;

function widget(page: Page, id: string): Locator {
  return page.locator(`figure[data-widget="${id}"]`);
}

/** Bring a figure on screen (animations only run while visible) and return it. */
async function showWidget(page: Page, id: string): Promise<Locator> {
  const figure = widget(page, id);
  await reveal(figure);
  return figure;
}

/** Move a range slider by pressing an arrow key on it a few times. */
async function nudge(slider: Locator, key: 'ArrowLeft' | 'ArrowRight', times: number) {
  await slider.focus();
  for (let i = 0; i < times; i++) await slider.press(key);
}

for (const lang of ['en', 'zh'] as const) {
  const w = WORDS[lang];

  test.describe(`chapter 1 widgets (${lang})`, () => {
    test('every widget renders with its drawing and no NaN', async ({ guarded: page }) => {
      await openChapter(page, lang, CHAPTER);
      await buildAllWidgets(page);
      for (const id of WIDGETS) {
        const figure = widget(page, id);
        await expect(figure).toBeVisible();
        await expect(figure.locator('canvas, svg[role="img"]').first()).toBeVisible();
        await expect(figure.locator('.readout')).not.toContainText(/NaN|Infinity/);
      }
      // axe over the whole page, these figures included, runs in accessibility.spec.ts.
    });

    testInTurn(lang, 0)(
      'CollisionBox: the radius slider changes the drawing; step and play advance time',
      async ({ guarded: page }) => {
        await openChapter(page, lang, CHAPTER);
        const figure = await showWidget(page, 'collisions');
        const canvas = '[data-testid="collisions-canvas"]';
        const before = await drawingOf(page, canvas);
        await nudge(figure.getByLabel(w.grainRadius, { exact: true }), 'ArrowRight', 4);
        await expect.poll(() => drawingOf(page, canvas)).not.toBe(before);
        await figure.getByRole('button', { name: w.step, exact: true }).click();
        await expect(figure.getByTestId('collisions-time')).toHaveText('4 ps');
        await figure.getByRole('button', { name: w.play, exact: true }).click();
        await expect
          .poll(async () =>
            Number.parseFloat((await figure.getByTestId('collisions-time').textContent()) ?? '0'),
          )
          .toBeGreaterThan(40);
        await figure.getByRole('button', { name: w.pause, exact: true }).click();
        await expect(figure.getByTestId('collisions-kicks')).not.toHaveText('0');
      },
    );

    testInTurn(lang, 1)(
      'RandomWalkCloud: the steps slider changes the drawing; step and play advance the walk',
      async ({ guarded: page }) => {
        await openChapter(page, lang, CHAPTER);
        const figure = await showWidget(page, 'walkers');
        const canvas = '[data-testid="walkers-canvas"]';
        const before = await drawingOf(page, canvas);
        await nudge(figure.getByLabel(w.steps, { exact: true }), 'ArrowLeft', 10);
        await expect(figure.getByTestId('walkers-steps')).toHaveText('100');
        expect(await drawingOf(page, canvas)).not.toBe(before);
        await figure.getByRole('button', { name: w.reset, exact: true }).click();
        await expect(figure.getByTestId('walkers-steps')).toHaveText('0');
        const atOrigin = await drawingOf(page, canvas);
        await figure.getByRole('button', { name: w.step, exact: true }).click();
        await expect(figure.getByTestId('walkers-steps')).toHaveText('1');
        expect(await drawingOf(page, canvas)).not.toBe(atOrigin);
        await figure.getByRole('button', { name: w.play, exact: true }).click();
        // the walk plays to its last step and stops by itself
        await expect(figure.getByTestId('walkers-steps')).toHaveText('100', { timeout: 20_000 });
        await expect(figure.getByRole('button', { name: w.play, exact: true })).toBeVisible();
      },
    );

    testInTurn(lang, 0)(
      'StokesEinstein: the radius slider moves the point and D; R restores the defaults',
      async ({ guarded: page }) => {
        await openChapter(page, lang, CHAPTER);
        const figure = await showWidget(page, 'stokes-einstein');
        const plot = '[data-testid="se-plot"]';
        const before = await drawingOf(page, plot);
        const d = await figure.getByTestId('se-d').textContent();
        await nudge(figure.getByLabel(w.radius, { exact: true }), 'ArrowLeft', 30);
        await expect(figure.getByTestId('se-d')).not.toHaveText(d ?? '');
        expect(await drawingOf(page, plot)).not.toBe(before);
        await figure.focus();
        await page.keyboard.press('r');
        await expect(figure.getByTestId('se-d')).toHaveText(d ?? '');
      },
    );

    testInTurn(lang, 1)(
      'ShapeDissolves: the time slider dissolves the figure; step and play advance t',
      async ({ guarded: page }) => {
        await openChapter(page, lang, CHAPTER);
        const figure = await showWidget(page, 'dissolve');
        const canvas = '[data-testid="dissolve-canvas"]';
        const before = await drawingOf(page, canvas);
        await nudge(figure.getByLabel(w.time, { exact: true }), 'ArrowRight', 40);
        await expect(figure.getByTestId('dissolve-t')).toHaveText('40');
        await expect.poll(() => drawingOf(page, canvas)).not.toBe(before);
        await figure.getByRole('button', { name: w.step, exact: true }).click();
        await expect(figure.getByTestId('dissolve-t')).toHaveText('45');
        await figure.getByRole('button', { name: w.play, exact: true }).click();
        // t plays to T and stops there by itself
        await expect(figure.getByTestId('dissolve-t')).toHaveText('1000', { timeout: 20_000 });
        await expect(figure.getByRole('button', { name: w.play, exact: true })).toBeVisible();
      },
    );

    testInTurn(lang, 0)('a shared URL reproduces every canvas widget exactly', async ({ guarded: page }) => {
      await openChapter(page, lang, CHAPTER);
      const cases = [
        { id: 'collisions', canvas: '[data-testid="collisions-canvas"]' },
        { id: 'walkers', canvas: '[data-testid="walkers-canvas"]' },
        { id: 'dissolve', canvas: '[data-testid="dissolve-canvas"]' },
      ];
      // One change at a time, each waited for in the URL: every widget rewrites the URL 200 ms after its own last
      // change, and two widgets writing within the same moment can overwrite each other's keys (reported to the
      // frame's owner); a reader changes one widget at a time.
      for (const { id } of cases) {
        const figure = await showWidget(page, id);
        await figure.getByLabel(w.seed, { exact: true }).fill('42');
        await figure.getByLabel(w.seed, { exact: true }).press('Enter');
        await expect(page).toHaveURL(new RegExp(`${id}\\.seed=42`));
      }
      await widget(page, 'collisions').getByLabel(w.grainRadius, { exact: true }).fill('8');
      await expect(page).toHaveURL(/collisions\.grainRadius=8/);
      await widget(page, 'walkers').getByLabel(w.steps, { exact: true }).fill('250');
      await expect(page).toHaveURL(/walkers\.steps=250/);
      await widget(page, 'dissolve').getByLabel(w.time, { exact: true }).fill('150');
      await expect(page).toHaveURL(/dissolve\.t=150/);
      // the collision model starts again from the URL's settings in a fresh page: compare against a reset run
      await widget(page, 'collisions').getByRole('button', { name: w.reset, exact: true }).click();
      const drawings: string[] = [];
      for (const { id, canvas } of cases) {
        await showWidget(page, id);
        drawings.push(await drawingOf(page, canvas));
      }
      const url = page.url();
      const fresh = await page.context().newPage();
      await fresh.goto(url);
      await buildAllWidgets(fresh);
      await expect(fresh.locator('figure[data-widget="dissolve"]')).toBeVisible();
      await expect(widget(fresh, 'walkers').getByTestId('walkers-steps')).toHaveText('250');
      await expect(widget(fresh, 'dissolve').getByTestId('dissolve-t')).toHaveText('150');
      for (const [k, { id, canvas }] of cases.entries()) {
        await showWidget(fresh, id);
        await expect.poll(() => drawingOf(fresh, canvas), { message: `${id} drawing` }).toBe(drawings[k]);
      }
      await fresh.close();
    });

    test('hostile URL values are clamped with a notice, never NaN', async ({ guarded: page }) => {
      await openChapter(
        page,
        lang,
        CHAPTER,
        '?walkers.walkers=1e12&collisions.temperature=%3Cscript%3E&stokes-einstein.radius=-1&dissolve.shape=cat',
      );
      await buildAllWidgets(page);
      await expect(widget(page, 'walkers').locator('.widget__notice')).toContainText('walkers = 1e12');
      await expect(widget(page, 'collisions').locator('.widget__notice')).toContainText(
        'temperature = <script>',
      );
      await expect(widget(page, 'stokes-einstein').locator('.widget__notice')).toContainText('radius = -1');
      await expect(widget(page, 'dissolve').locator('.widget__notice')).toContainText('shape = cat');
      for (const id of WIDGETS)
        await expect(widget(page, id).locator('.readout')).not.toContainText(/NaN|Infinity/);
    });
  });
}

test('projector mode enlarges the walkers canvas and Esc leaves it', async ({ guarded: page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openChapter(page, 'en', CHAPTER);
  const figure = await showWidget(page, 'walkers');
  const canvas = figure.getByTestId('walkers-canvas');
  const normal = (await canvas.boundingBox())?.width ?? 0;
  await figure.focus();
  await page.keyboard.press('f');
  await expect(figure).toHaveAttribute('data-projector', 'on');
  await expect.poll(async () => (await canvas.boundingBox())?.width ?? 0).toBeGreaterThan(normal + 100);
  await page.keyboard.press('Escape');
  await expect(figure).toHaveAttribute('data-projector', 'off');
});
