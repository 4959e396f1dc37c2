import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { binariseDigits, createRbm, DIGIT_PIXELS, parseDigitsCsv, splitHeldOut } from '../../src/core';
import type { Defer } from '../../src/workers/jobRunner';
import type { JobDefinition, JobReport } from '../../src/workers/protocol';
import { type RbmTrainingParams, type RbmTrainingProgress, rbmTraining } from '../../src/workers/rbmTraining';
import { serveJob } from '../../src/workers/serveJob';
import { fakeWorker, sleep, until } from './fakeWorker';

interface Counting {
  count: number;
  total: number;
}
interface CountProgress {
  count: number;
  total: number;
  squares: Float64Array;
}

const counting: JobDefinition<
  { total: number; failAt?: number },
  Counting & { failAt?: number },
  CountProgress
> = {
  name: 'counting',
  init({ total, failAt }) {
    if (!(total >= 1)) throw new RangeError('total must be ≥ 1');
    return { count: 0, total, failAt };
  },
  step(state) {
    state.count++;
    if (state.count === state.failAt) throw new Error(`failed at ${state.count}`);
    return state.count >= state.total;
  },
  progress: ({ count, total }) => ({ count, total, squares: Float64Array.from([count * count]) }),
  transferables: (progress) => [progress.squares.buffer],
};

const counts = (reports: JobReport<CountProgress>[], runId = 1) =>
  reports.flatMap((r) => (r.type === 'progress' && r.runId === runId ? [r.progress.count] : []));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const served: { dispose(): void }[] = [];
afterEach(() => {
  for (const s of served.splice(0)) s.dispose();
});

describe('serveJob', () => {
  it('reports every step of a run in order, then done with the final snapshot', async () => {
    const w = fakeWorker<{ total: number }, CountProgress>();
    served.push(serveJob(counting, w.scope, { throttleMs: 0 }));
    w.send({ type: 'start', runId: 1, params: { total: 20 } });
    await until(() => w.reports.some((r) => r.type === 'done'));
    expect(counts(w.reports)).toEqual(range(1, 19));
    const last = w.reports.at(-1);
    expect(last?.type).toBe('done');
    if (last?.type !== 'done') return;
    expect(last.progress.count).toBe(20);
    expect(Array.from(last.progress.squares)).toEqual([400]);
    expect(w.reports).toHaveLength(20);
  });

  it('throttles progress but always sends the final state', async () => {
    const w = fakeWorker<{ total: number }, CountProgress>();
    let t = 0;
    // each step takes 10 ms of this clock, so a 50 ms throttle lets every fifth step through
    const slow: typeof counting = {
      ...counting,
      step(state) {
        t += 10;
        return counting.step(state);
      },
    };
    served.push(serveJob(slow, w.scope, { throttleMs: 50, now: () => t }));
    w.send({ type: 'start', runId: 1, params: { total: 23 } });
    await until(() => w.reports.some((r) => r.type === 'done'));
    expect(counts(w.reports)).toEqual([1, 6, 11, 16, 21]);
    expect(w.reports.at(-1)).toMatchObject({ type: 'done', progress: { count: 23 } });
  });

  it('pause stops the steps until resume, and the run then carries on where it stopped', async () => {
    const w = fakeWorker<{ total: number }, CountProgress>();
    served.push(serveJob(counting, w.scope, { throttleMs: 0 }));
    w.onReport((r) => {
      if (r.type === 'progress' && r.progress.count === 3) w.send({ type: 'pause' });
    });
    w.send({ type: 'start', runId: 1, params: { total: 10 } });
    await until(() => w.reports.some((r) => r.type === 'paused'));
    await sleep(30);
    expect(counts(w.reports)).toEqual([1, 2, 3]);
    expect(w.reports.at(-1)).toEqual({ type: 'paused', runId: 1 });
    w.send({ type: 'resume' });
    await until(() => w.reports.some((r) => r.type === 'done'));
    expect(counts(w.reports)).toEqual(range(1, 9));
  });

  it('a pause reports the steps the throttle held back', async () => {
    const w = fakeWorker<{ total: number }, CountProgress>();
    served.push(serveJob(counting, w.scope, { throttleMs: 60_000 }));
    w.send({ type: 'start', runId: 1, params: { total: 1_000_000 } });
    await until(() => w.reports.length > 0);
    await sleep(5);
    w.send({ type: 'pause' });
    const [first, held, paused] = w.reports;
    expect(w.reports).toHaveLength(3);
    expect(first).toMatchObject({ type: 'progress', progress: { count: 1 } });
    expect(held.type === 'progress' && held.progress.count).toBeGreaterThan(1);
    expect(paused.type).toBe('paused');
  });

  it('pause and resume in quick succession leave one loop, not two', () => {
    const queue: (() => void)[] = [];
    const defer: Defer = (task) => queue.push(task);
    const w = fakeWorker<{ total: number }, CountProgress>();
    served.push(serveJob(counting, w.scope, { throttleMs: 0, defer }));
    w.send({ type: 'start', runId: 1, params: { total: 100 } });
    queue.shift()?.();
    for (let i = 0; i < 3; i++) {
      w.send({ type: 'pause' });
      w.send({ type: 'resume' });
    }
    const pending = queue.splice(0);
    for (const task of pending) task();
    expect(counts(w.reports)).toEqual([1, 2]);
  });

  it('cancel stops the run for good', async () => {
    const w = fakeWorker<{ total: number }, CountProgress>();
    served.push(serveJob(counting, w.scope, { throttleMs: 0 }));
    w.onReport((r) => {
      if (r.type === 'progress' && r.progress.count === 4) w.send({ type: 'cancel' });
    });
    w.send({ type: 'start', runId: 1, params: { total: 50 } });
    await until(() => w.reports.some((r) => r.type === 'cancelled'));
    await sleep(30);
    expect(counts(w.reports)).toEqual([1, 2, 3, 4]);
    expect(w.reports.at(-1)).toEqual({ type: 'cancelled', runId: 1 });
    w.send({ type: 'resume' });
    await sleep(10);
    expect(w.reports).toHaveLength(5);
  });

  it('a new start supersedes the running one: no report of the old run follows it', async () => {
    const w = fakeWorker<{ total: number }, CountProgress>();
    served.push(serveJob(counting, w.scope, { throttleMs: 0 }));
    let sentSecond = -1;
    w.onReport((r) => {
      if (r.type === 'progress' && r.runId === 1 && r.progress.count === 3) {
        sentSecond = w.reports.length;
        w.send({ type: 'start', runId: 2, params: { total: 5 } });
      }
    });
    w.send({ type: 'start', runId: 1, params: { total: 50 } });
    await until(() => w.reports.some((r) => r.type === 'done'));
    await sleep(20);
    expect(sentSecond).toBe(3);
    expect(w.reports.slice(sentSecond).every((r) => r.runId === 2)).toBe(true);
    expect(counts(w.reports, 2)).toEqual([1, 2, 3, 4]);
    expect(w.reports.at(-1)).toMatchObject({ type: 'done', runId: 2, progress: { count: 5 } });
  });

  it('reports a failure in init or in a step as an error of that run', async () => {
    const w = fakeWorker<{ total: number; failAt?: number }, CountProgress>();
    served.push(serveJob(counting, w.scope, { throttleMs: 0 }));
    w.send({ type: 'start', runId: 1, params: { total: 0 } });
    expect(w.reports).toEqual([{ type: 'error', runId: 1, message: 'counting: total must be ≥ 1' }]);
    w.send({ type: 'start', runId: 2, params: { total: 10, failAt: 3 } });
    await until(() => w.reports.length === 4);
    await sleep(10);
    expect(w.reports.slice(1)).toEqual([
      expect.objectContaining({ type: 'progress', runId: 2 }),
      expect.objectContaining({ type: 'progress', runId: 2 }),
      { type: 'error', runId: 2, message: 'counting: failed at 3' },
    ]);
  });
});

describe('rbmTraining job', () => {
  const digits = parseDigitsCsv(
    readFileSync(new URL('../../public/data/digits.csv', import.meta.url), 'utf8'),
  );
  const rows = 200;
  const params: RbmTrainingParams = {
    seed: 7,
    hidden: 16,
    method: 'pcd',
    k: 1,
    learningRate: 0.05,
    batchSize: 10,
    epochs: 5,
    data: binariseDigits(digits.images.subarray(0, rows * DIGIT_PIXELS)),
    rows,
  };

  /** Run to the end through serveJob; `interrupt` pauses after every epoch and resumes a little later. */
  async function train(p: RbmTrainingParams, interrupt: boolean) {
    const w = fakeWorker<RbmTrainingParams, RbmTrainingProgress>();
    served.push(serveJob(rbmTraining, w.scope, { throttleMs: 0 }));
    let pauses = 0;
    if (interrupt) {
      w.onReport((r) => {
        if (r.type !== 'progress') return;
        w.send({ type: 'pause' });
        pauses++;
        setTimeout(() => w.send({ type: 'resume' }), 3);
      });
    }
    w.send({ type: 'start', runId: 1, params: p });
    await until(() => w.reports.some((r) => r.type === 'done' || r.type === 'error'));
    const last = w.reports.at(-1);
    if (last?.type !== 'done') throw new Error(`run ended with ${JSON.stringify(last)}`);
    const { epochMs, ...reproducible } = last.progress;
    expect(epochMs).toBeGreaterThanOrEqual(0);
    return { final: reproducible, pauses, reports: w.reports };
  }

  it('ends with the same weights, biases and pseudo-likelihoods however often it is paused', async () => {
    const straight = await train(params, false);
    const interrupted = await train(params, true);
    expect(interrupted.pauses).toBe(params.epochs - 1);
    expect(interrupted.final).toEqual(straight.final);
    expect(straight.final.epoch).toBe(5);
    expect(straight.final.weights).toHaveLength(DIGIT_PIXELS * 16);
    expect(straight.final.pseudoLikelihood).toHaveLength(5);
    // training does something: the pseudo-likelihood improves on the subset, and another seed gives other weights
    const pl = straight.final.pseudoLikelihood;
    expect(pl.every(Number.isFinite)).toBe(true);
    expect(pl[4]).toBeGreaterThan(pl[0]);
    const other = await train({ ...params, seed: 8 }, false);
    expect(other.final.weights).not.toEqual(straight.final.weights);
  });

  it('measures the held-out digits without touching the training run', async () => {
    const { final } = await train(params, false);
    // the same machine trained by hand on the training split: watching (AIS, fantasies) changed nothing
    const split = splitHeldOut(params.data, rows, DIGIT_PIXELS);
    const rbm = createRbm({ visible: DIGIT_PIXELS, hidden: 16, seed: params.seed });
    for (let e = 0; e < params.epochs; e++) {
      rbm.trainEpoch(split.train, { learningRate: 0.05, batchSize: 10, k: 1, persistent: true });
    }
    expect(final.weights).toEqual(Float32Array.from(rbm.weights));
    // 16 hidden units: log Z is summed exactly, so the held-out log-likelihood is exact and has no error bar
    expect(final.exactLikelihood).toBe(true);
    expect(Array.from(final.logLikelihoodError)).toEqual([0, 0, 0, 0, 0]);
    expect(final.logLikelihood[4]).toBeCloseTo(rbm.logLikelihood(split.heldOut), 9);
    expect(final.logLikelihood[4]).toBeGreaterThan(final.logLikelihood[0]);
    expect(final.heldOutDigits).toEqual(Float32Array.from(split.heldOut.subarray(0, 8 * DIGIT_PIXELS)));
    expect(final.reconstructions).toHaveLength(8 * DIGIT_PIXELS);
    expect(final.fantasies).toHaveLength(16 * DIGIT_PIXELS);
    expect(final.fantasies.every((p) => p >= 0 && p <= 1)).toBe(true);
    // 32 hidden units: log Z from AIS, with a standard error
    const big = await train({ ...params, hidden: 32, epochs: 2 }, false);
    expect(big.final.exactLikelihood).toBe(false);
    expect(big.final.logLikelihoodError.every((e) => e > 0 && e < 1)).toBe(true);
    expect(big.final.logLikelihood.every((l) => l < 0 && l > -64 * Math.LN2 - 1)).toBe(true);
  });

  it('reports every epoch with its count, and rejects parameters out of range', async () => {
    const { reports } = await train({ ...params, epochs: 3, method: 'cd' }, false);
    expect(reports.map((r) => r.type === 'progress' && r.progress.epoch)).toEqual([1, 2, false]);
    expect(() => rbmTraining.init({ ...params, hidden: 8 })).toThrow(RangeError);
    expect(() => rbmTraining.init({ ...params, rows: 199 })).toThrow(/rows × 64/);
    expect(() => rbmTraining.init({ ...params, method: 'gibbs' as 'cd' })).toThrow(/method/);
  });
});
