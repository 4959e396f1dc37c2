// Frame-time benchmark of the chapter-1 canvas widgets, in headless Chromium against the built book.
//
//   npx vite build && node scripts/bench-frames.mjs
//   (BENCH_DIST=<dir> serves another build folder; BENCH_FILTER=<text> runs only the cases whose name has it)
//
// It starts `vite preview` on a free port, opens chapter 1 with `?bench=1` and the benchmark sizes in the URL,
// plays each widget, and reads back `window.__fdmFrameStats[<widget id>]`: the time each animation frame spent
// on simulation step + drawing (performance.now() around the widget's frame callback), over ≥ 200 frames.
// A benchmark, not a test: it prints the figures against the 8 ms budget and exits 0 unless something broke.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium.mjs';

const BUDGET_MS = 8;
const MIN_FRAMES = 200;
const CHAPTER = '/en/01-brownian-motion';

const CASES = [
  {
    name: 'RandomWalkCloud, 10,000 walkers, 2-D lattice, 1000 steps',
    id: 'walkers',
    query: 'walkers.walkers=10000&walkers.steps=1000&walkers.dimension=2&walkers.kind=lattice',
  },
  {
    name: 'RandomWalkCloud, 10,000 walkers, 2-D Gaussian, 1000 steps',
    id: 'walkers',
    query: 'walkers.walkers=10000&walkers.steps=1000&walkers.dimension=2&walkers.kind=gaussian',
  },
  {
    name: 'RandomWalkCloud, 10,000 walkers, 1-D lattice, 1000 steps',
    id: 'walkers',
    query: 'walkers.walkers=10000&walkers.steps=1000&walkers.dimension=1&walkers.kind=lattice',
  },
  {
    name: 'CollisionBox, 2,000 molecules (8 model steps per frame)',
    id: 'collisions',
    query: 'collisions.molecules=2000',
  },
  {
    name: 'CollisionBox, 5,000 molecules (8 model steps per frame)',
    id: 'collisions',
    query: 'collisions.molecules=5000',
  },
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, child, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`preview server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

async function measure(page, base, testCase) {
  // a fresh document per case: a hash change alone would keep the widgets (and their settings) alive
  await page.goto('about:blank');
  await page.goto(`${base}/#${CHAPTER}?bench=1&${testCase.query}`);
  const figure = page.locator(`figure[data-widget="${testCase.id}"]`);
  await figure.waitFor();
  await figure.scrollIntoViewIfNeeded();
  // the animation only runs while the figure is on screen: put its canvas in the middle of the viewport
  await figure.locator('canvas').evaluate((canvas) => canvas.scrollIntoView({ block: 'center' }));
  await figure.getByRole('button', { name: 'Reset' }).click();
  await page.evaluate((id) => window.__fdmFrameStats?.[id]?.clear(), testCase.id);
  await figure.getByRole('button', { name: 'Play' }).click();
  // play until enough frames are recorded or the walk ends by itself (it stops at its last step)
  const deadline = Date.now() + 60_000;
  for (;;) {
    const summary = await page.evaluate((id) => window.__fdmFrameStats?.[id]?.summary(), testCase.id);
    if (!summary) throw new Error(`no frame statistics for ${testCase.id}: is ?bench=1 honoured?`);
    const playing = (await figure.getByRole('button', { name: 'Pause' }).count()) > 0;
    if (summary.frames >= 300 || (!playing && summary.frames > 0) || Date.now() > deadline) break;
    await page.waitForTimeout(250);
  }
  const pause = figure.getByRole('button', { name: 'Pause' });
  if (await pause.count()) await pause.click();
  const label = await figure.locator('canvas').first().getAttribute('aria-label');
  const summary = await page.evaluate((id) => window.__fdmFrameStats[id].summary(), testCase.id);
  return { ...summary, label };
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const args = [
  'node_modules/vite/bin/vite.js',
  'preview',
  '--host',
  '127.0.0.1',
  '--port',
  String(port),
  '--strictPort',
];
if (process.env.BENCH_DIST) args.push('--outDir', process.env.BENCH_DIST);
// node on vite's own bin (not npx): killing this process really stops the server (TOOLCHAIN pitfall 6)
const server = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
let browser;
let failed = false;
try {
  await waitForServer(`${base}/`, server);
  browser = await chromium.launch(CHROMIUM_LAUNCH);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    failed = true;
    console.error(`page error: ${error.message}`);
  });
  console.log(
    `Frame time = simulation step + drawing, per animation frame (headless Chromium, Canvas 2D, software rendering).`,
  );
  console.log(
    '(Chromium rasterises canvas commands later, at paint time: that cost is in the frame interval.)',
  );
  console.log(`Budget ${BUDGET_MS} ms; at least ${MIN_FRAMES} frames per case.\n`);
  // BENCH_FILTER=<text> runs only the cases whose name contains it
  const filter = process.env.BENCH_FILTER ?? '';
  for (const testCase of CASES.filter((c) => c.name.includes(filter))) {
    const s = await measure(page, base, testCase);
    const enough = s.frames >= MIN_FRAMES ? '' : `  (only ${s.frames} frames)`;
    const verdict =
      s.p95Ms <= BUDGET_MS
        ? 'within budget'
        : s.meanMs <= BUDGET_MS
          ? 'mean within budget, p95 over'
          : 'OVER BUDGET';
    console.log(
      `${testCase.name}\n  frames ${s.frames}  mean ${s.meanMs.toFixed(2)} ms  median ${s.medianMs.toFixed(2)} ms  ` +
        `p95 ${s.p95Ms.toFixed(2)} ms  max ${s.maxMs.toFixed(2)} ms  → ${verdict}${enough}\n` +
        `  frame interval (all the browser's work): median ${s.intervalMedianMs.toFixed(1)} ms, p95 ${s.intervalP95Ms.toFixed(1)} ms\n` +
        `  (the page says: ${s.label})`,
    );
    if (s.frames < MIN_FRAMES) failed = true;
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await browser?.close();
  server.kill();
}
process.exit(failed ? 1 : 0);
