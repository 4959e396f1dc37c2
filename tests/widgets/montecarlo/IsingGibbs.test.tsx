import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exactInference, gridEdges, isingGrid, localConditional } from '../../../src/core';
import { FRAME_STRINGS } from '../../../src/widgets/common/frame/frameStrings';
import { IsingGibbs } from '../../../src/widgets/montecarlo/IsingGibbs';
import {
  conditionalUp,
  errorScale,
  estimatesAt,
  ISING_SWEEPS,
  isingExact,
  maxDeviation,
  runIsingGibbs,
} from '../../../src/widgets/montecarlo/isingGibbs/model';
import { ISING_GIBBS_STRINGS } from '../../../src/widgets/montecarlo/isingGibbs/strings';
import { stubAnimationFrames } from '../animationFrames';
import { renderWidget } from '../renderWidget';

const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';
const value = (testId: string) => Number(screen.getByTestId(testId).getAttribute('data-value'));
const markup = (testId: string) => screen.getByTestId(testId).innerHTML;
const setCoupling = (J: number) =>
  fireEvent.change(screen.getByLabelText(ISING_GIBBS_STRINGS.en.coupling), { target: { value: String(J) } });

describe('IsingGibbs model', () => {
  it('uses the full conditional σ(2(J Σ s_j + h)) that the core computes from the factors', () => {
    const J = 0.7;
    const h = -0.3;
    const model = isingGrid(4, 4, { coupling: J, field: h });
    const neighbours = Array.from({ length: 16 }, () => [] as number[]);
    for (const [i, j] of gridEdges(4, 4)) {
      neighbours[i].push(j);
      neighbours[j].push(i);
    }
    const x = [1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1, 1, 0, 1, 0];
    for (const site of [0, 5, 7, 15]) {
      const sum = neighbours[site].reduce((total, j) => total + (2 * x[j] - 1), 0);
      expect(conditionalUp(J, h, sum)).toBeCloseTo(localConditional(model, site, x)[1], 12);
    }
  });

  it('after 2000 sweeps at J = 0.3 every marginal is within 4√(τ/(4n)) of the exact one', () => {
    const exact = isingExact(0.3, 0);
    const run = runIsingGibbs(0.3, 0, ISING_SWEEPS, 1);
    const estimates = estimatesAt(run, ISING_SWEEPS);
    const scale = errorScale(exact, run, ISING_SWEEPS);
    if (!estimates || !scale) throw new Error('the full run has estimates');
    // τ is the magnetisation's integrated autocorrelation time (weak coupling: a few sweeps at most).
    expect(scale.tau).toBeGreaterThan(0.5);
    expect(scale.tau).toBeLessThan(6);
    const tolerance = 4 * Math.sqrt((0.25 * scale.tau) / ISING_SWEEPS);
    expect(maxDeviation(estimates.up, exact.up)).toBeLessThan(tolerance);
    expect(maxDeviation(estimates.neighbour, exact.neighbour)).toBeLessThan(2 * tolerance);
  });
});

describe('IsingGibbs', () => {
  it('draws the exact marginals that exactInference gives', () => {
    renderWidget(<IsingGibbs />, { search: '?ising-gibbs.coupling=0.4&ising-gibbs.field=0.2' });
    const model = isingGrid(4, 4, { coupling: 0.4, field: 0.2 });
    const exact = exactInference(model).marginals.map((m) => m[1]);
    expect(isingExact(0.4, 0.2).up).toEqual(Float64Array.from(exact));
    // The dashes: one per site, at the exact probabilities (y in pixels, ordered like the probabilities).
    const dashes = screen.getByTestId('ising-marginals-exact').getAttribute('d') ?? '';
    expect(dashes.match(/M/g)?.length).toBe(16);
    expect(text('ising-shown')).toBe(String(ISING_SWEEPS));
    expect(screen.getByTestId('ising-spins').querySelectorAll('[data-spin]').length).toBe(16);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('the default run (J = 0.3) lands within the stated tolerance, and the correlation follows J', () => {
    renderWidget(<IsingGibbs />, { search: '?ising-gibbs.seed=1' });
    expect(value('ising-max-deviation')).toBeLessThan(4 * Math.sqrt((0.25 * 6) / ISING_SWEEPS));
    expect(screen.queryByTestId('ising-lagging')).toBeNull();
    const correlation = value('ising-correlation-exact-mean');
    const before = markup('ising-correlations');
    setCoupling(0.45); // three slider steps of 0.05
    expect(markup('ising-correlations')).not.toBe(before);
    expect(value('ising-correlation-exact-mean')).toBeGreaterThan(correlation);
  });

  it('strong coupling makes the chain lag, and says so', () => {
    renderWidget(<IsingGibbs />, { search: '?ising-gibbs.coupling=1&ising-gibbs.seed=1' });
    expect(screen.getByTestId('ising-lagging').textContent).toBe(ISING_GIBBS_STRINGS.en.lagging);
  });

  it('Play starts from the first sweep and replays the run', async () => {
    const frames = stubAnimationFrames();
    renderWidget(<IsingGibbs />);
    fireEvent.click(screen.getByRole('button', { name: FRAME_STRINGS.en.play }));
    expect(text('ising-shown')).toBe('0');
    await frames.run(10);
    expect(Number(text('ising-shown'))).toBeGreaterThan(0);
    await frames.run(500);
    expect(text('ising-shown')).toBe(String(ISING_SWEEPS));
  });

  it('out-of-range URL values are clamped with a notice', () => {
    const { container } = renderWidget(<IsingGibbs />, { search: '?ising-gibbs.coupling=3' });
    expect(container.querySelector('.widget__notice')?.textContent ?? '').toMatch(/coupling = 3/);
    expect((screen.getByLabelText(ISING_GIBBS_STRINGS.en.coupling) as HTMLInputElement).value).toBe('1');
  });

  it('speaks Chinese on the Chinese pages', () => {
    renderWidget(<IsingGibbs />, { lang: 'zh' });
    expect(screen.getByText(ISING_GIBBS_STRINGS.zh.title)).toBeTruthy();
    expect(screen.getByLabelText(ISING_GIBBS_STRINGS.zh.coupling)).toBeTruthy();
    expect(screen.getByLabelText(ISING_GIBBS_STRINGS.zh.field)).toBeTruthy();
  });
});
