import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  continuousSchedule,
  createScoreNetwork,
  energyDistance,
  exactScoreGrid,
  learnedScoreGrid,
  meanSquaredDifference,
  NoisedGaussianMixture,
  networkScore,
  pointMixture,
  ReverseRun,
} from '../../../src/core';
import { formatNumber } from '../../../src/widgets/common/lang';
import { mixtureData, PARTICLES, SIGMA0 } from '../../../src/widgets/diffusion/common/mixtureData';
import { LearnScore } from '../../../src/widgets/diffusion/LearnScore';
import { FIELD_BOX, FIELD_GRID, GENERATE_STEPS } from '../../../src/widgets/diffusion/learnScore/model';
import { LEARN_SCORE_STRINGS } from '../../../src/widgets/diffusion/learnScore/strings';
import { renderWidget } from '../renderWidget';

const en = LEARN_SCORE_STRINGS.en;
const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const slider = (param: string) => document.querySelector(`input[data-param="${param}"]`) as HTMLInputElement;
const arrows = (id: string) => screen.getByTestId(`${id}-arrows`).getAttribute('d') ?? '';
const schedule = continuousSchedule('linear');

/** The MSD the widget should print for the seeded initial network of width H at time t. */
function initialMsd(hidden: number, seed: number, t: number): number {
  const data = mixtureData('twoMoons', seed).data;
  const mixture = new NoisedGaussianMixture(pointMixture(data, SIGMA0));
  return meanSquaredDifference(
    learnedScoreGrid(createScoreNetwork(hidden, seed), schedule, t, FIELD_BOX, FIELD_GRID),
    exactScoreGrid(mixture, schedule, t, FIELD_BOX, FIELD_GRID),
  );
}

describe('LearnScore (jsdom: the worker jobs run on the main thread)', () => {
  it('before training draws the seeded initial network; H changes it, the exact field stays', () => {
    renderWidget(<LearnScore />, { search: '?learn-score.seed=3' });
    expect(text('learn-score-status')).toBe(en.status.idle);
    expect(text('learn-score-msd-now')).toBe(formatNumber(initialMsd(64, 3, 0.1), 3));
    const learned = arrows('learn-score-learned');
    const exact = arrows('learn-score-exact');
    fireEvent.change(slider('hiddenUnits'), { target: { value: '32' } });
    expect(arrows('learn-score-learned')).not.toBe(learned);
    expect(arrows('learn-score-exact')).toBe(exact);
    expect(text('learn-score-msd-now')).toBe(formatNumber(initialMsd(32, 3, 0.1), 3));
  });

  it('the noise level moves both fields, and the URL restores every setting', () => {
    renderWidget(<LearnScore />, {
      search:
        '?learn-score.hiddenUnits=48&learn-score.fieldTime=0.5&learn-score.shape=heart&learn-score.seed=2',
    });
    expect(slider('hiddenUnits').value).toBe('48');
    expect(slider('fieldTime').value).toBe('0.5');
    expect((screen.getByLabelText(en.shapes.heart) as HTMLInputElement).checked).toBe(true);
    const learned = arrows('learn-score-learned');
    const exact = arrows('learn-score-exact');
    fireEvent.change(slider('fieldTime'), { target: { value: '0.2' } });
    expect(arrows('learn-score-learned')).not.toBe(learned);
    expect(arrows('learn-score-exact')).not.toBe(exact);
  });

  it('trains: the epoch counter, loss, MSD curve and learned field advance, and Pause stops them', async () => {
    renderWidget(<LearnScore />, { search: '?learn-score.hiddenUnits=16' });
    const before = arrows('learn-score-learned');
    fireEvent.click(screen.getByTestId('learn-score-train'));
    await waitFor(() => expect(text('learn-score-epoch')).toMatch(/^[1-9]\d* \/ 200$/), { timeout: 20_000 });
    fireEvent.click(screen.getByText(en.pause));
    await waitFor(() => expect(text('learn-score-status')).toMatch(/^Paused after epoch [1-9]/));
    expect(Number(text('learn-score-loss'))).toBeGreaterThan(0);
    expect(arrows('learn-score-learned')).not.toBe(before);
    expect(screen.getByTestId('learn-score-msd').querySelectorAll('path').length).toBeGreaterThan(0);
    const epoch = text('learn-score-epoch');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(text('learn-score-epoch')).toBe(epoch);
    expect(screen.getByText(en.resume)).toBeTruthy();
  });

  it('Generate samples with the network shown and reports its exact energy distance', async () => {
    renderWidget(<LearnScore />, { search: '?learn-score.hiddenUnits=16&learn-score.seed=5' });
    fireEvent.click(screen.getByTestId('learn-score-generate'));
    await waitFor(() => expect(text('learn-score-energy')).toMatch(/^\d/), { timeout: 30_000 });
    const data = mixtureData('twoMoons', 5).data;
    const run = new ReverseRun({
      score: networkScore(createScoreNetwork(16, 5), schedule),
      schedule: 'linear',
      sampler: 'ddpm',
      steps: GENERATE_STEPS,
      particles: PARTICLES,
      seed: 5,
    });
    run.advance(1e9);
    expect(text('learn-score-energy')).toBe(formatNumber(energyDistance(run.points, data), 3));
    await waitFor(() => expect(text('learn-score-energy-exact')).toMatch(/^\d/), { timeout: 30_000 });
  });

  it('bad URL values give notices, and the zh strings appear', () => {
    const { container } = renderWidget(<LearnScore />, {
      search: '?learn-score.hiddenUnits=abc&learn-score.fieldTime=7',
      lang: 'zh',
    });
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/hiddenUnits = abc/);
    expect(notice.textContent).toMatch(/fieldTime = 7/);
    expect(container.textContent).toContain(LEARN_SCORE_STRINGS.zh.train);
    expect(container.textContent).toContain(LEARN_SCORE_STRINGS.zh.status.idle);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });
});
