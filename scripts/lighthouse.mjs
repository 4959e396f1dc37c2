#!/usr/bin/env node
// Lighthouse (12.2.3, Debian Chromium) on the built landing page and the written chapters (every chapter also in Chinese),
// desktop and mobile.
// A measurement, not a test: prints the scores and writes .reports/lighthouse-*.json. Run `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const PORT = 4190;
const pages = [
  ['landing', `http://127.0.0.1:${PORT}/#/en`],
  ['chapter-1', `http://127.0.0.1:${PORT}/#/en/01-brownian-motion`],
  ['chapter-1-zh', `http://127.0.0.1:${PORT}/#/zh/01-brownian-motion`],
  ['chapter-2', `http://127.0.0.1:${PORT}/#/en/02-undirected-models`],
  ['chapter-2-zh', `http://127.0.0.1:${PORT}/#/zh/02-undirected-models`],
  ['chapter-3', `http://127.0.0.1:${PORT}/#/en/03-partition-function`],
  ['chapter-3-zh', `http://127.0.0.1:${PORT}/#/zh/03-partition-function`],
  ['chapter-4', `http://127.0.0.1:${PORT}/#/en/04-energy-based-models`],
  ['chapter-4-zh', `http://127.0.0.1:${PORT}/#/zh/04-energy-based-models`],
  ['chapter-5', `http://127.0.0.1:${PORT}/#/en/05-restricted-boltzmann-machines`],
  ['chapter-5-zh', `http://127.0.0.1:${PORT}/#/zh/05-restricted-boltzmann-machines`],
  ['chapter-6', `http://127.0.0.1:${PORT}/#/en/06-monte-carlo-sampling`],
  ['chapter-6-zh', `http://127.0.0.1:${PORT}/#/zh/06-monte-carlo-sampling`],
  ['chapter-7', `http://127.0.0.1:${PORT}/#/en/07-langevin-to-diffusion`],
  ['chapter-7-zh', `http://127.0.0.1:${PORT}/#/zh/07-langevin-to-diffusion`],
];
// `npm run lighthouse -- chapter-6 mobile` measures only the pages and presets named (default: all of them).
const args = process.argv.slice(2);
const PRESETS = ['desktop', 'mobile'];
const pickedPages = args.filter((arg) => !PRESETS.includes(arg));
const pickedPresets = args.filter((arg) => PRESETS.includes(arg));
mkdirSync('.reports', { recursive: true });
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
await new Promise((resolve) => setTimeout(resolve, 1500));
const chromeFlags =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
try {
  for (const [name, url] of pages.filter(
    ([name]) => pickedPages.length === 0 || pickedPages.includes(name),
  )) {
    for (const preset of pickedPresets.length === 0 ? PRESETS : pickedPresets) {
      const out = `.reports/lighthouse-${name}-${preset}.json`;
      const lighthouseArgs = [
        '-y',
        'lighthouse@12.2.3',
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        `--chrome-flags=${chromeFlags}`,
        '--only-categories=performance,accessibility,best-practices',
      ];
      if (preset === 'desktop') lighthouseArgs.push('--preset=desktop');
      const result = spawnSync('npx', lighthouseArgs, {
        stdio: 'inherit',
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      });
      if (result.status !== 0) {
        console.log(`${name} ${preset}: lighthouse failed`);
        continue;
      }
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const score = (key) => Math.round((report.categories[key]?.score ?? 0) * 100);
      console.log(
        `${name.padEnd(12)} ${preset.padEnd(8)} performance ${score('performance')}  accessibility ${score('accessibility')}  best practices ${score('best-practices')}`,
      );
      const metric = (id) => report.audits[id]?.displayValue ?? '?';
      console.log(
        `           FCP ${metric('first-contentful-paint')}  LCP ${metric('largest-contentful-paint')}  TBT ${metric('total-blocking-time')}  CLS ${metric('cumulative-layout-shift')}  SI ${metric('speed-index')}`,
      );
    }
  }
} finally {
  server.kill();
}
