import { describe, expect, it } from 'vitest';
import { histogram } from '../../../src/core';
import {
  advanceRunTo,
  createWalkCloudRun,
  recordsKs,
  restartRun,
  stepRun,
  stepsPerFrame,
  walkHistogramBins,
} from '../../../src/widgets/brownian/walkCloud/walkCloudRun';

const SETTINGS = {
  seed: 9,
  walkers: 300,
  dimension: 2 as const,
  kind: 'lattice' as const,
  stepSize: 0.5,
  maxSteps: 120,
};

describe('walk cloud run', () => {
  it('the cloud after n steps does not depend on how the steps were grouped into frames', () => {
    const oneGo = createWalkCloudRun(SETTINGS);
    advanceRunTo(oneGo, 77);
    const framewise = createWalkCloudRun(SETTINGS);
    for (const chunk of [1, 3, 7, 11, 20, 35]) for (let k = 0; k < chunk; k++) stepRun(framewise);
    expect(framewise.ensemble.steps).toBe(77);
    expect(Array.from(framewise.ensemble.positions)).toEqual(Array.from(oneGo.ensemble.positions));
  });

  it('a restart replays exactly the same walk', () => {
    const run = createWalkCloudRun(SETTINGS);
    advanceRunTo(run, 40);
    const first = Array.from(run.ensemble.positions);
    const firstKs = Array.from(run.ksValues.subarray(0, run.ksCount));
    restartRun(run);
    expect(run.ensemble.steps).toBe(0);
    expect(run.ksCount).toBe(0);
    advanceRunTo(run, 40);
    expect(Array.from(run.ensemble.positions)).toEqual(first);
    expect(Array.from(run.ksValues.subarray(0, run.ksCount))).toEqual(firstKs);
  });

  it('stops at the maximum and records the MSD at every step and the KS distance on schedule', () => {
    const run = createWalkCloudRun(SETTINGS);
    advanceRunTo(run, 10_000);
    expect(run.ensemble.steps).toBe(SETTINGS.maxSteps);
    expect(stepRun(run)).toBe(false);
    expect(run.msd[0]).toBe(0);
    // lattice steps of ±a on both axes: |x|² grows by exactly 2a² in expectation per step; here after 1 step exactly
    expect(run.msd[1]).toBeCloseTo(2 * SETTINGS.stepSize ** 2, 12);
    let expectedRecords = 0;
    for (let n = 1; n <= SETTINGS.maxSteps; n++) if (recordsKs(n, SETTINGS.maxSteps)) expectedRecords++;
    expect(run.ksCount).toBe(expectedRecords);
    expect(run.ksSteps[run.ksCount - 1]).toBe(SETTINGS.maxSteps);
    // after one ±a step a fraction p of the x-coordinates is −a and the rest +a; against N(0, a²) the largest
    // gaps are p − Φ(−1) and Φ(1) − p, i.e. D = Φ(1) − ½ + |p − ½|
    const once = createWalkCloudRun(SETTINGS);
    stepRun(once);
    let negative = 0;
    for (let i = 0; i < SETTINGS.walkers; i++) if (once.ensemble.positions[2 * i] < 0) negative++;
    const p = negative / SETTINGS.walkers;
    expect(once.ksValues[0]).toBeCloseTo(0.8413447460685429 - 0.5 + Math.abs(p - 0.5), 12);
    expect(run.ksValues[0]).toBe(once.ksValues[0]);
  });

  it('lattice histogram bins never split the visited sites unevenly (no comb)', () => {
    const a = 0.5;
    for (const n of [1, 2, 7, 50, 51, 400]) {
      const bins = walkHistogramBins('lattice', a, n);
      const width = (bins.max - bins.min) / bins.bins;
      // width is a multiple of 2a, and the edges fall halfway between visited sites a·(n − 2j)
      expect((width / (2 * a)) % 1).toBeCloseTo(0, 9);
      const offset = ((((bins.min - (n % 2) * a) / (2 * a)) % 1) + 1) % 1;
      expect(offset).toBeCloseTo(0.5, 9);
      // and every visited site inside the range lands in a bin holding the same number of sites
      const sites: number[] = [];
      for (let j = 0; j <= n; j++) sites.push(a * (n - 2 * j));
      const h = histogram(sites, bins);
      const nonEmpty = Array.from(h.counts).filter((c) => c > 0);
      expect(
        Math.max(...nonEmpty.slice(1, -1), 0) - Math.min(...nonEmpty.slice(1, -1), Number.POSITIVE_INFINITY),
      ).toBeLessThanOrEqual(0);
      // ±4σ is covered
      expect(bins.min).toBeLessThanOrEqual(-4 * a * Math.sqrt(n) + 1e-9);
      expect(bins.max).toBeGreaterThanOrEqual(4 * a * Math.sqrt(n) - 1e-9);
    }
  });
});

describe('steps per frame', () => {
  it('plays a walk in about 240 frames, but caps Gaussian draws at 40,000 per frame', () => {
    expect(stepsPerFrame({ ...SETTINGS, maxSteps: 200 })).toBe(1);
    expect(stepsPerFrame({ ...SETTINGS, walkers: 10_000, maxSteps: 1000 })).toBe(4);
    // 10,000 walkers × 2 axes = 20,000 draws per step: 2 steps per frame
    expect(stepsPerFrame({ ...SETTINGS, kind: 'gaussian', walkers: 10_000, maxSteps: 1000 })).toBe(2);
    expect(
      stepsPerFrame({ ...SETTINGS, kind: 'gaussian', walkers: 10_000, dimension: 1, maxSteps: 1000 }),
    ).toBe(4);
    // never fewer than one step per frame
    expect(stepsPerFrame({ ...SETTINGS, kind: 'gaussian', walkers: 100_000, maxSteps: 1000 })).toBe(1);
  });
});
