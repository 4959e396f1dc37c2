// Dev helper: one PNG per widget of a chapter. Usage: [WIDTH=390] [PORT=4173] node scripts/screenshot-widgets.mjs <hash-path> <out-prefix> [--projector]
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium.mjs';

const [path = '/en/01-brownian-motion', prefix = '/tmp/widget', projector] = process.argv.slice(2);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const context = await browser.newContext({
  viewport: { width: projector ? 1920 : Number(process.env.WIDTH ?? 1280), height: projector ? 1080 : 900 },
});
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('[console.error]', m.text()));
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
await page.goto(`http://127.0.0.1:${process.env.PORT ?? 4173}/#${path}`);
await page.waitForTimeout(1500);
// The sticky book header would cover the top of a figure taller than the window: let it scroll away.
await page.evaluate(() => {
  for (const element of document.querySelectorAll('header')) element.style.position = 'static';
});
const ids = await page.locator('figure[data-widget]').evaluateAll((all) => all.map((f) => f.dataset.widget));
for (const id of ids) {
  const figure = page.locator(`figure[data-widget="${id}"]`);
  // Widgets are built when scrolled near (their placeholder is replaced): scroll until this one is.
  for (let pass = 0; pass < 20 && (await figure.getAttribute('data-deferred')) !== null; pass++) {
    await figure.evaluate((element) => element.scrollIntoView({ block: 'center' })).catch(() => undefined);
    await page.waitForTimeout(200);
  }
  await figure.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  if (projector) {
    await figure.getByRole('button', { name: /Projector|投影/ }).click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${prefix}-${id}.png` });
    await page.keyboard.press('Escape');
  } else {
    await page.waitForTimeout(400);
    await figure.screenshot({ path: `${prefix}-${id}.png` });
  }
  console.log(`${prefix}-${id}.png`);
}
await browser.close();
