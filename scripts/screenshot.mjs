// Dev helper: screenshot pages of the built book. Usage: node scripts/screenshot.mjs <hash-path> <out.png> [width] [height] [--full]
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium.mjs';

const [path = '/en', out = '/tmp/shot.png', width = '1280', height = '900', full] = process.argv.slice(2);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const context = await browser.newContext({ viewport: { width: Number(width), height: Number(height) } });
const page = await context.newPage();
page.on('console', (m) => console.log(`[console.${m.type()}]`, m.text()));
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
await page.goto(`http://127.0.0.1:${process.env.PORT ?? 4173}/#${path}`);
await page.waitForTimeout(Number(process.env.WAIT ?? 800));
await page.screenshot({ path: out, fullPage: full === '--full' });
await browser.close();
