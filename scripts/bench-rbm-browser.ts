// Chapter 5's RBM in the browser, against the built book (part of `npm run bench:frames`):
//
//   npx vite build && npx tsx scripts/bench-rbm-browser.ts      (BENCH_DIST=<dir> serves another build)
//
//  1. A training epoch in the page's Web Worker against the same epoch in Node, in this process: the trainer shows
//     each epoch's training time ("Time per epoch", the worker's own clock around trainEpoch); Node times the same
//     call on the same data. Goal: the worker within 1.5× of Node. Medians over epochs 2…12 (epoch 1 compiles).
//  2. Input-to-paint while it trains: the reader paints cells of "Draw and repair" (each paint re-runs a 200-step
//     clamped chain and redraws) while the trainer's worker is busy. Measured two ways: the Event Timing API's
//     duration (input to the next paint, in 8 ms steps; Chromium reports only events of ≥ 16 ms, so "none" means
//     all were under 16 ms) and a rAF + setTimeout probe from pointerdown to after the next frame. Goal < 100 ms.
// A benchmark, not a test: it prints the figures and exits 0 unless something broke.
import { readFileSync } from 'node:fs';
import { chromium, type Locator, type Page } from '@playwright/test';
import { binariseDigits, createRbm, DIGIT_PIXELS, parseDigitsCsv, splitHeldOut } from '../src/core';
import { CHROMIUM_LAUNCH } from './chromium.mjs';
import { startPreview } from './lib/previewServer.mjs';

const CHAPTER = '/en/05-restricted-boltzmann-machines';
const HIDDEN = [64, 256];
const EPOCHS = 12;
const CLICKS = 12;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? Number.NaN
    : s.length % 2
      ? s[s.length >> 1]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Scroll a deferred figure into view until it is built. */
async function build(figure: Locator) {
  for (let pass = 0; pass < 40; pass++) {
    await figure.evaluate((element) => element.scrollIntoView({ block: 'center' })).catch(() => undefined);
    await figure.page().waitForTimeout(150);
    if ((await figure.count()) === 1 && (await figure.getAttribute('data-deferred')) === null) return;
  }
  throw new Error('the figure was not built');
}

function nodeEpochMs(hidden: number): number {
  const digits = parseDigitsCsv(readFileSync(new URL('../public/data/digits.csv', import.meta.url), 'utf8'));
  const { train } = splitHeldOut(binariseDigits(digits.images), digits.count, DIGIT_PIXELS);
  const rbm = createRbm({ visible: DIGIT_PIXELS, hidden, seed: 1 });
  const times: number[] = [];
  for (let e = 0; e < EPOCHS; e++) {
    const start = performance.now();
    rbm.trainEpoch(train, { learningRate: 0.06, batchSize: 10, k: 1, persistent: true });
    times.push(performance.now() - start);
  }
  return median(times.slice(1));
}

async function browserRun(page: Page, base: string, hidden: number) {
  await page.goto('about:blank');
  await page.goto(
    `${base}/#${CHAPTER}?rbm-train.hidden=${hidden}&rbm-train.epochs=${EPOCHS}&rbm-train.seed=1`,
  );
  const repair = page.locator('figure[data-widget="rbm-repair"]');
  const trainer = page.locator('figure[data-widget="rbm-train"]');
  await build(repair);
  await repair.getByTestId('repair-pad').waitFor();
  await build(trainer);
  await page.evaluate(() => {
    const w = window as unknown as { __inp: number[]; __probe: number[]; __epochs: Record<string, number> };
    w.__inp = [];
    w.__probe = [];
    w.__epochs = {};
    // each epoch's time, recorded as the readout changes (wherever the page is scrolled)
    const figure = document.querySelector('figure[data-widget="rbm-train"]') as HTMLElement;
    new MutationObserver(() => {
      const epoch = figure.querySelector('[data-testid="rbm-epoch"]')?.textContent ?? '';
      const ms = Number.parseFloat(figure.querySelector('[data-testid="rbm-epoch-ms"]')?.textContent ?? '');
      if (Number.isFinite(ms)) w.__epochs[epoch] = ms;
    }).observe(figure, { subtree: true, childList: true, characterData: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'pointerdown' || entry.name === 'click') w.__inp.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    document.addEventListener(
      'pointerdown',
      (event) => {
        const t0 = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__probe.push(performance.now() - t0), 0));
      },
      true,
    );
  });
  await trainer.getByRole('button', { name: 'Train' }).click();
  await trainer.getByRole('button', { name: 'Pause' }).waitFor();
  // paint while the worker trains
  await repair.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const cells = repair.getByTestId('repair-pad').getByRole('button');
  let epochsDuringClicks = await trainer.getByTestId('rbm-epoch').textContent();
  for (let c = 0; c < CLICKS; c++) {
    await cells.nth(32 + c).click();
    await page.waitForTimeout(250);
  }
  epochsDuringClicks = `${epochsDuringClicks} → ${await trainer.getByTestId('rbm-epoch').textContent()}`;
  await trainer.getByText(`Done: ${EPOCHS} epochs.`).waitFor({ timeout: 240_000 });
  const measured = await page.evaluate(() => {
    const w = window as unknown as { __inp: number[]; __probe: number[]; __epochs: Record<string, number> };
    return { events: w.__inp, probe: w.__probe, epochs: w.__epochs };
  });
  const perEpoch = Object.entries(measured.epochs)
    .filter(([epoch]) => !epoch.startsWith('1 /'))
    .map(([, ms]) => ms);
  const epochsSeen = perEpoch.length;
  return {
    workerMs: median(perEpoch),
    epochsSeen,
    epochsDuringClicks,
    events: measured.events,
    probe: measured.probe,
  };
}

const { base, stop } = await startPreview();
const browser = await chromium.launch(CHROMIUM_LAUNCH);
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => {
    failed = true;
    console.error(`page error: ${error.message}`);
  });
  for (const hidden of HIDDEN) {
    const run = await browserRun(page, base, hidden);
    const node = nodeEpochMs(hidden);
    const ratio = run.workerMs / node;
    const probeMax = Math.max(...run.probe);
    const eventMax = run.events.length
      ? `${Math.max(...run.events)} ms (${run.events.length} of ≥ 16 ms)`
      : 'none ≥ 16 ms';
    console.log(
      `RBM ${hidden} hidden, PCD-1, batch 10, 1618 digits\n` +
        `  epoch: worker ${run.workerMs.toFixed(1)} ms (median of ${run.epochsSeen} epochs), Node ${node.toFixed(1)} ms` +
        ` → ${ratio.toFixed(2)}× ${ratio <= 1.5 ? 'within 1.5×' : 'OVER 1.5×'}\n` +
        `  input-to-paint while training (epochs ${run.epochsDuringClicks}), ${run.probe.length} paints: ` +
        `probe median ${median(run.probe).toFixed(1)} ms, max ${probeMax.toFixed(1)} ms; Event Timing max ${eventMax}` +
        ` → ${probeMax < 100 ? 'under 100 ms' : 'OVER 100 ms'}`,
    );
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await browser.close();
  stop();
}
process.exit(failed ? 1 : 0);
