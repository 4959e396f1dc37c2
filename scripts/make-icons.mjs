#!/usr/bin/env node
// Dev helper, run once when the favicon changes: `node scripts/make-icons.mjs` draws the web app's PNG icons
// (public/icons/, listed in scripts/vite/offline.ts) from public/favicon.svg with Debian's Chromium, so the
// project needs no image library. The maskable and Apple icons fill the whole square (the launcher cuts its own
// shape); the favicon's dots already sit inside the maskable safe zone (a circle of 40% of the size).
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium.mjs';

const favicon = readFileSync('public/favicon.svg', 'utf8');
const fullBleed = favicon.replace(/ rx="[\d.]+"/, '');
const ICONS = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed },
];

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
for (const { file, size, svg } of ICONS) {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(`<body style="margin:0"><img src="${src}" width="${size}" height="${size}"></body>`);
  await page.locator('img').evaluate((img) => img.decode());
  await page.screenshot({
    path: `public/icons/${file}`,
    clip: { x: 0, y: 0, width: size, height: size },
    omitBackground: true,
  });
  console.log(`public/icons/${file} (${size}×${size})`);
}
await browser.close();
