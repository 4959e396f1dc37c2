// Frame-time benchmark of the canvas widgets (chapters 1 and 4), in headless Chromium against the built book.
//
//   npx vite build && node scripts/bench-frames.mjs
//   (BENCH_DIST=<dir> serves another build folder; BENCH_FILTER=<text> runs only the cases whose name has it)
//
// It starts `vite preview` on a free port, opens chapter 1 with `?bench=1` and the benchmark sizes in the URL,
// plays each widget, and reads back `window.__fdmFrameStats[<widget id>]`: the time each animation frame spent
// on simulation step + drawing (performance.now() around the widget's frame callback), over ≥ 200 frames.
// A benchmark, not a test: it prints the figures against the 8 ms budget and exits 0 unless something broke.
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium.mjs';
import { startPreview } from './lib/previewServer.mjs';

const BUDGET_MS = 8;
const MIN_FRAMES = 200;
const CHAPTER = '/en/01-brownian-motion';

// A case may name its `chapter` (default chapter 1), a `driver` ('play' by default: press Play and let it run;
// 'drag': drag handle 1 across the plane with page.mouse, one move per animation frame) and `projector` (1920×1080,
// projector mode on).
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
  {
    name: 'EnergyLandscape, drag handle 1 across the plane (three wells), projector 1920×1080',
    id: 'landscape',
    chapter: '/en/04-energy-based-models',
    query: 'landscape.preset=three-wells',
    driver: 'drag',
    handle: '[data-testid="landscape-energy-handle-1"]',
    projector: true,
    budget: 16,
  },
  {
    name: 'LandscapeParticles, 5,000 MALA particles, drag handle 1 while running, projector 1920×1080',
    id: 'particles',
    chapter: '/en/04-energy-based-models',
    query: 'particles.particles=5000&particles.sampler=mala&particles.stepSize=0.05',
    driver: 'play-and-drag',
    handle: '[data-testid="particles-handle-1"]',
    projector: true,
    budget: 16,
  },
];

/** Drag a handle in a circle across the plane: 300 moves, one per animation frame. */
async function dragAcross(page, selector) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no handle ${selector}`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let k = 1; k <= 300; k++) {
    const a = (2 * Math.PI * k) / 150;
    await page.mouse.move(x + 150 * Math.sin(a), y + 100 * (1 - Math.cos(a)));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  await page.mouse.up();
}

async function measure(page, base, testCase) {
  // a fresh document per case: a hash change alone would keep the widgets (and their settings) alive
  await page.goto('about:blank');
  await page.setViewportSize(
    testCase.projector ? { width: 1920, height: 1080 } : { width: 1280, height: 900 },
  );
  await page.goto(`${base}/#${testCase.chapter ?? CHAPTER}?bench=1&${testCase.query}`);
  const figure = page.locator(`figure[data-widget="${testCase.id}"]`);
  await figure.waitFor();
  for (let pass = 0; pass < 20 && (await figure.getAttribute('data-deferred')) !== null; pass++) {
    await figure.evaluate((element) => element.scrollIntoView({ block: 'center' })).catch(() => undefined);
    await page.waitForTimeout(200);
  }
  await figure.scrollIntoViewIfNeeded();
  if (testCase.projector) {
    await figure.getByRole('button', { name: 'Projector mode' }).click();
    await page.waitForTimeout(500);
  }
  if (testCase.driver === 'drag') {
    await page.evaluate((id) => window.__fdmFrameStats?.[id]?.clear(), testCase.id);
    await dragAcross(page, testCase.handle);
    const summary = await page.evaluate((id) => window.__fdmFrameStats?.[id]?.summary(), testCase.id);
    if (!summary) throw new Error(`no frame statistics for ${testCase.id}: is ?bench=1 honoured?`);
    return { ...summary, label: await figure.locator('svg[aria-label]').first().getAttribute('aria-label') };
  }
  // the animation only runs while the figure is on screen: put its canvas in the middle of the viewport
  await figure.locator('canvas').evaluate((canvas) => canvas.scrollIntoView({ block: 'center' }));
  await figure.getByRole('button', { name: 'Reset' }).click();
  await page.evaluate((id) => window.__fdmFrameStats?.[id]?.clear(), testCase.id);
  await figure.getByRole('button', { name: 'Play' }).click();
  if (testCase.driver === 'play-and-drag') {
    await page.waitForTimeout(500);
    await dragAcross(page, testCase.handle);
  }
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
  const label =
    (await figure.locator('canvas').first().getAttribute('aria-label')) ??
    (await figure.locator('svg[aria-label]').first().getAttribute('aria-label'));
  const summary = await page.evaluate((id) => window.__fdmFrameStats[id].summary(), testCase.id);
  return { ...summary, label };
}

const { base, stop } = await startPreview();
let browser;
let failed = false;
try {
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
    const budget = testCase.budget ?? BUDGET_MS;
    const verdict =
      s.p95Ms <= budget
        ? `within budget (${budget} ms)`
        : s.meanMs <= budget
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
  stop();
}
process.exit(failed ? 1 : 0);
