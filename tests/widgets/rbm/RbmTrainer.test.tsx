import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { binariseDigits, createRbm, parseDigitsCsv } from '../../../src/core';
import { RbmTrainer } from '../../../src/widgets/rbm/RbmTrainer';
import { filtersOf } from '../../../src/widgets/rbm/rbmTrainer/filters';
import { RBM_TRAINER_STRINGS } from '../../../src/widgets/rbm/rbmTrainer/strings';
import { rbmTraining } from '../../../src/workers/rbmTraining';
import { renderWidget } from '../renderWidget';

const CSV = readFileSync(path.join(__dirname, '../../../public/data/digits.csv'), 'utf8');
const en = RBM_TRAINER_STRINGS.en;
const text = (id: string) => screen.getByTestId(id).textContent;
const serveDigits = () =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(CSV, { status: 200 })),
  );

afterEach(() => vi.unstubAllGlobals());

describe('filtersOf', () => {
  it('turns column j of W (row-major, 64 × hidden) into image j', () => {
    const rbm = createRbm({ visible: 64, hidden: 20, seed: 3 });
    const filters = filtersOf(rbm.weights, 64, 20, 5);
    expect(filters).toHaveLength(5 * 64);
    for (const [i, j] of [
      [0, 0],
      [63, 4],
      [17, 2],
    ])
      expect(filters[j * 64 + i]).toBeCloseTo(rbm.weights[i * 20 + j], 6);
    expect(() => filtersOf(rbm.weights, 64, 21, 5)).toThrow(RangeError);
  });
});

describe('RbmTrainer (main-thread fallback of the training job: jsdom has no Worker)', () => {
  // First: a failed fetch is not cached, so the later tests still load the digits.
  it('says in words when the digits cannot be loaded, and lets the reader try again', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('gone', { status: 404 })),
    );
    renderWidget(<RbmTrainer />);
    fireEvent.click(screen.getByRole('button', { name: en.train }));
    await waitFor(() => expect(text('rbm-status')).toBe(en.status.loadFailed('HTTP 404')));
    expect(screen.getByRole('button', { name: en.train })).toHaveProperty('disabled', false);
  });

  it('before training: the initial weights, nothing trained, no NaN', () => {
    const { container } = renderWidget(<RbmTrainer />);
    expect(text('rbm-status')).toBe(en.status.idle);
    expect(text('rbm-epoch')).toBe('0 / 10');
    expect(text('rbm-pl')).toBe('—');
    expect(screen.getByRole('button', { name: en.cancel })).toHaveProperty('disabled', true);
    expect(screen.getByTestId('rbm-filters').getAttribute('aria-label')).toBe(en.filtersLabel(64));
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('trains to the end and shows exactly the pseudo-log-likelihood the job computes', async () => {
    serveDigits();
    renderWidget(<RbmTrainer />, {
      search: '?rbm-train.hidden=16&rbm-train.epochs=2&rbm-train.seed=5&rbm-train.batchSize=20',
    });
    fireEvent.click(screen.getByRole('button', { name: en.train }));
    await waitFor(() => expect(text('rbm-status')).toBe(en.status.done(2)), { timeout: 20_000 });
    expect(text('rbm-epoch')).toBe('2 / 2');
    // The same run, computed here directly from the job's definition: the widget must show its last value.
    const digits = parseDigitsCsv(CSV);
    const job = rbmTraining.init({
      seed: 5,
      hidden: 16,
      method: 'pcd',
      k: 1,
      learningRate: 0.06,
      batchSize: 20,
      epochs: 2,
      data: binariseDigits(digits.images),
      rows: digits.count,
    });
    while (!rbmTraining.step(job));
    const last = job.pseudoLikelihood[1];
    expect(last).toBeLessThan(0);
    expect(last).toBeGreaterThan(-64 * Math.LN2);
    expect(text('rbm-pl')).toBe(`${Number(last.toPrecision(4))} ${en.nats}`);
    expect(screen.getByTestId('rbm-progress').getAttribute('value')).toBe('2');
    // 16 hidden units: the held-out log-likelihood is exact, printed without an error bar
    const heldOut = job.logLikelihood[1];
    expect(text('rbm-ll')).toBe(`${Number(heldOut.toPrecision(4))} ${en.nats}`);
    expect(screen.getByText(en.llNote(true))).toBeTruthy();
    expect(screen.getByTestId('rbm-reconstructions').getAttribute('aria-label')).toBe(en.heldOutLabel(8));
    expect(screen.getByTestId('rbm-fantasies').getAttribute('aria-label')).toBe(en.fantasyLabel);
  }, 30_000);

  it('before training says where reconstructions and fantasies will appear, and that AIS is used above 20 units', () => {
    renderWidget(<RbmTrainer />, { search: '?rbm-train.hidden=64' });
    expect(screen.getAllByText(en.notYet)).toHaveLength(2);
    expect(screen.getByText(en.llNote(false))).toBeTruthy();
    expect(text('rbm-ll')).toBe('—');
  });

  it('a change of settings ends the run and shows the new initial weights', async () => {
    serveDigits();
    renderWidget(<RbmTrainer />, { search: '?rbm-train.hidden=16&rbm-train.epochs=50' });
    fireEvent.click(screen.getByRole('button', { name: en.train }));
    await waitFor(() => expect(screen.getByRole('button', { name: en.pause })).toBeTruthy(), {
      timeout: 20_000,
    });
    fireEvent.click(screen.getByRole('button', { name: en.pause }));
    expect(text('rbm-status')).toMatch(/^Paused after epoch/);
    fireEvent.click(screen.getByRole('button', { name: en.resume }));
    fireEvent.change(screen.getByLabelText(en.hidden), { target: { value: '32' } });
    expect(text('rbm-status')).toBe(en.status.idle);
    expect(text('rbm-epoch')).toBe('0 / 50');
    expect(screen.getByTestId('rbm-filters').getAttribute('aria-label')).toBe(en.filtersLabel(32));
  }, 30_000);

  it('speaks Chinese', () => {
    renderWidget(<RbmTrainer />, { lang: 'zh' });
    expect(screen.getByRole('button', { name: RBM_TRAINER_STRINGS.zh.train })).toBeTruthy();
    expect(text('rbm-status')).toBe(RBM_TRAINER_STRINGS.zh.status.idle);
  });
});
