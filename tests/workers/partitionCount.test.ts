import { describe, expect, it } from 'vitest';
import {
  chainEdges,
  filledGridEdges,
  isingLogPartitionGray,
  isingModel,
  logPartition,
  MAX_ENUMERATION_STATES,
} from '../../src/core';
import { createJobRunner } from '../../src/workers/jobRunner';
import {
  CHUNK_STATES,
  type PartitionCountParams,
  type PartitionCountProgress,
  partitionCount,
  partitionModel,
} from '../../src/workers/partitionCount';
import type { JobReport } from '../../src/workers/protocol';

/** Run the job as the main-thread fallback does (createJobRunner), collecting every report until it is done. */
function runToTheEnd(params: PartitionCountParams): Promise<JobReport<PartitionCountProgress>[]> {
  return new Promise((resolve) => {
    const reports: JobReport<PartitionCountProgress>[] = [];
    const runner = createJobRunner(
      partitionCount,
      (report) => {
        reports.push(report);
        if (report.type === 'done' || report.type === 'error') resolve(reports);
      },
      { throttleMs: 0 },
    );
    runner.handle({ type: 'start', runId: 1, params });
  });
}

const progressOf = (reports: JobReport<PartitionCountProgress>[]) =>
  reports.flatMap((r) => (r.type === 'progress' || r.type === 'done' ? [r.progress] : []));

describe('partitionCount job', () => {
  it('the model is the seeded chain or filled grid, the same for the same parameters', () => {
    const chain = partitionModel({ layout: 'chain', n: 6, seed: 3 });
    expect(chain.edges).toEqual(chainEdges(6));
    const grid = partitionModel({ layout: 'grid', n: 10, seed: 3 });
    expect(grid.edges).toEqual(filledGridEdges(10, 4));
    expect(partitionModel({ layout: 'grid', n: 10, seed: 3 })).toEqual(grid);
    expect(partitionModel({ layout: 'grid', n: 10, seed: 4 }).couplings).not.toEqual(grid.couplings);
  });

  it('a small count gives exactly the enumeration of enumerate.ts', async () => {
    for (const params of [
      { layout: 'chain', n: 2, seed: 1 },
      { layout: 'grid', n: 11, seed: 7 },
    ] as const) {
      const reports = await runToTheEnd(params);
      const last = reports.at(-1);
      expect(last?.type).toBe('done');
      if (last?.type !== 'done') return;
      const spec = partitionModel(params);
      const model = isingModel(spec.n, spec.edges, { coupling: spec.couplings, field: spec.fields });
      expect(Math.abs(last.progress.logZ - logPartition(model))).toBeLessThan(1e-12);
      expect(last.progress).toMatchObject({ done: 2 ** params.n, total: 2 ** params.n, ...params });
    }
  });

  it('chunks of 2¹⁶ states add up to the exact answer, with progress in between', async () => {
    const params = { layout: 'grid', n: 20, seed: 5 } as const;
    const reports = await runToTheEnd(params);
    const snapshots = progressOf(reports);
    expect(snapshots).toHaveLength(2 ** 20 / CHUNK_STATES);
    snapshots.forEach((p, k) => {
      expect(p.done).toBe((k + 1) * CHUNK_STATES);
      expect(p.total).toBe(2 ** 20);
      expect(Number.isFinite(p.logZ)).toBe(true);
      if (k > 0) {
        expect(p.logZ).toBeGreaterThan(snapshots[k - 1].logZ); // a partial sum of positive terms only grows
        expect(p.elapsedMs).toBeGreaterThanOrEqual(snapshots[k - 1].elapsedMs);
      }
    });
    const final = snapshots.at(-1) as PartitionCountProgress;
    expect(reports.at(-1)?.type).toBe('done');
    expect(Math.abs(final.logZ - isingLogPartitionGray(partitionModel(params)))).toBeLessThan(1e-12);
    expect(2 ** 20).toBeLessThanOrEqual(MAX_ENUMERATION_STATES);
    const spec = partitionModel(params);
    const model = isingModel(spec.n, spec.edges, { coupling: spec.couplings, field: spec.fields });
    expect(Math.abs(final.logZ - logPartition(model))).toBeLessThan(1e-9);
    expect(final.statesPerSecond).toBeGreaterThan(0);
    expect(Number.isFinite(final.statesPerSecond)).toBe(true);
  });

  it('bad parameters throw RangeError, and through the runner they become an error report', async () => {
    const bad: unknown[] = [
      { layout: 'chain', n: 1, seed: 1 },
      { layout: 'chain', n: 25, seed: 1 },
      { layout: 'grid', n: 2.5, seed: 1 },
      { layout: 'ring', n: 8, seed: 1 },
      { layout: 'grid', n: 8, seed: Number.NaN },
    ];
    for (const params of bad) {
      expect(() => partitionCount.init(params as PartitionCountParams)).toThrow(RangeError);
    }
    const reports = await runToTheEnd({ layout: 'grid', n: 40, seed: 1 });
    expect(reports).toEqual([
      { type: 'error', runId: 1, message: expect.stringMatching(/^partitionCount: n must be an integer/) },
    ]);
  });
});
