import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  binariseDigits,
  createRng,
  parseDigitsCsv,
  rbmFromPretrainedFile,
  runClampedChain,
  splitHeldOut,
} from '../../../src/core';
import { DrawAndRepair } from '../../../src/widgets/rbm/DrawAndRepair';
import { chainInputs, freePixelError, maskedCells } from '../../../src/widgets/rbm/repair/model';
import { REPAIR_STRINGS } from '../../../src/widgets/rbm/repair/strings';
import { renderWidget } from '../renderWidget';

const data = path.join(__dirname, '../../../public/data');
const CSV = readFileSync(path.join(data, 'digits.csv'), 'utf8');
const MODEL = readFileSync(path.join(data, 'rbm-digits.json'), 'utf8');
const en = REPAIR_STRINGS.en;
const zh = REPAIR_STRINGS.zh;
const serve = () =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => new Response(url.endsWith('.json') ? MODEL : CSV, { status: 200 })),
  );
afterEach(() => vi.unstubAllGlobals());

const digits = parseDigitsCsv(CSV);
const { heldOut } = splitHeldOut(binariseDigits(digits.images), digits.count, 64);
const heldOutDigit = (n: number) => heldOut.subarray((n - 1) * 64, n * 64);
const cellStates = () =>
  within(screen.getByTestId('repair-pad'))
    .getAllByRole('button')
    .map((b) => b.className.replace('repair-pad__cell repair-pad__cell--', ''));

describe('DrawAndRepair', () => {
  // First: a failed fetch is not cached, so the later tests still load the machine.
  it('says in words when the machine cannot be loaded, in Chinese too', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('gone', { status: 404 })),
    );
    renderWidget(<DrawAndRepair />, { lang: 'zh' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(zh.failed('HTTP 404')));
    expect(screen.getByRole('button', { name: zh.retry })).toBeTruthy();
  });

  it('shows the held-out digit with its lower half hidden, and the error the core chain gives', async () => {
    serve();
    renderWidget(<DrawAndRepair />, { search: '?rbm-repair.seed=3' });
    await screen.findByTestId('repair-pad');
    const truth = heldOutDigit(5);
    const expectedCells = maskedCells(truth, 'lower');
    expect(cellStates().join(',')).toBe(
      Array.from(expectedCells, (c) => (c === '?' ? 'unknown' : c === '1' ? 'ink' : 'blank')).join(','),
    );
    // the same chain computed here from the core, at the end of its 200 steps
    const rbm = rbmFromPretrainedFile(JSON.parse(MODEL));
    const { initial, free } = chainInputs(expectedCells);
    const chain = runClampedChain(rbm, { initial, free, steps: 200, rng: createRng(3) });
    const error = freePixelError(chain.completion.subarray(200 * 64), truth, free);
    expect(screen.getByTestId('repair-step').textContent).toBe('200 / 200');
    expect(screen.getByTestId('repair-error').textContent).toBe(String(Number(error.toPrecision(3))));
    expect(screen.getByTestId('repair-completion').getAttribute('aria-label')).toBe(en.completionLabel(200));
  });

  it('the digit slider changes the pad; painting a cell writes the pad to the URL and drops the error', async () => {
    serve();
    const { container } = renderWidget(<DrawAndRepair />);
    await screen.findByTestId('repair-pad');
    const before = cellStates().join();
    fireEvent.change(screen.getByLabelText(en.digit), { target: { value: '6' } });
    expect(cellStates().join()).not.toBe(before);
    expect(cellStates().join()).toBe(
      Array.from(maskedCells(heldOutDigit(6), 'lower'), (c) =>
        c === '?' ? 'unknown' : c === '1' ? 'ink' : 'blank',
      ).join(),
    );
    // brush "ink", click the first cell of the hidden half (row 5, column 1)
    fireEvent.click(screen.getByLabelText(en.brushes.ink));
    fireEvent.click(screen.getByRole('button', { name: en.cellLabel(5, 1, en.brushes.unknown) }));
    expect(screen.getByRole('button', { name: en.cellLabel(5, 1, en.brushes.ink) })).toBeTruthy();
    expect(screen.getByTestId('repair-error').textContent).toBe(en.drawn);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('says when nothing is left to fill in, and restores a pad from the URL', async () => {
    serve();
    const cells = `${'1'.repeat(8)}${'0'.repeat(48)}${'?'.repeat(8)}`;
    renderWidget(<DrawAndRepair />, { search: `?rbm-repair.cells=${encodeURIComponent(cells)}` });
    await screen.findByTestId('repair-pad');
    expect(cellStates().filter((s) => s === 'unknown')).toHaveLength(8);
    expect(
      cellStates()
        .slice(0, 8)
        .every((s) => s === 'ink'),
    ).toBe(true);
    fireEvent.click(screen.getByLabelText(en.masks.none));
    expect(screen.getByTestId('repair-nothing-free').textContent).toBe(en.nothingFree);
  });

  it('answers a malformed pad in the URL with a notice and uses the digit instead', async () => {
    serve();
    renderWidget(<DrawAndRepair />, { search: '?rbm-repair.cells=12x' });
    await screen.findByTestId('repair-pad');
    expect(screen.getByText(new RegExp(en.badCells))).toBeTruthy();
    expect(cellStates().filter((s) => s === 'unknown')).toHaveLength(32);
  });

  it('arrow keys move along the pad and Space paints with the brush', async () => {
    serve();
    renderWidget(<DrawAndRepair />);
    await screen.findByTestId('repair-pad');
    const first = screen.getByRole('button', { name: /^Row 1, column 1:/ });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Row 2, column 1:/);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Row 2, column 1:/);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    const cell = document.activeElement as HTMLElement;
    expect(cell.getAttribute('aria-label')).toMatch(/^Row 2, column 2:/);
    // Space on a button is a click with no pointer (detail 0): it paints with the brush, "ink" by default
    fireEvent.click(cell, { detail: 0 });
    expect(screen.getByRole('button', { name: en.cellLabel(2, 2, en.brushes.ink) })).toBeTruthy();
  });
});
