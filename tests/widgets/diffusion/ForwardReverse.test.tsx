import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  continuousSchedule,
  energyDistance,
  NoisedGaussianMixture,
  pointMixture,
  ReverseRun,
} from '../../../src/core';
import { ForwardReverse } from '../../../src/widgets/diffusion/ForwardReverse';
import { PARTICLES, SIGMA0, shapeData } from '../../../src/widgets/diffusion/forwardReverse/model';
import { FORWARD_REVERSE_STRINGS } from '../../../src/widgets/diffusion/forwardReverse/strings';
import { renderWidget } from '../renderWidget';

const en = FORWARD_REVERSE_STRINGS.en;
const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const slider = (param: string) => document.querySelector(`input[data-param="${param}"]`) as HTMLInputElement;

describe('ForwardReverse (jsdom: the worker job runs on the main thread)', () => {
  it('prints ᾱ of the forward time, and the time slider changes it', () => {
    renderWidget(<ForwardReverse />, { search: '?forward-reverse.time=0.5' });
    expect(Number(text('forward-alpha-bar'))).toBeCloseTo(continuousSchedule('linear').alphaBar(0.5), 4);
    fireEvent.change(slider('time'), { target: { value: '0.1' } });
    expect(Number(text('forward-alpha-bar'))).toBeCloseTo(continuousSchedule('linear').alphaBar(0.1), 4);
  });

  it('generates at once for the settings and shows exactly the energy distance of that run', async () => {
    renderWidget(<ForwardReverse />, {
      search: '?forward-reverse.steps=10&forward-reverse.sampler=ode&forward-reverse.seed=4',
    });
    await waitFor(() => expect(text('reverse-energy')).not.toBe(en.computing), { timeout: 20_000 });
    const data = shapeData('twoMoons', 4);
    const run = new ReverseRun({
      score: new NoisedGaussianMixture(pointMixture(data.data, SIGMA0)).scoreCloud,
      schedule: 'linear',
      sampler: 'ode',
      steps: 10,
      particles: PARTICLES,
      seed: 4,
    });
    run.advance(1e9);
    expect(Number(text('reverse-energy'))).toBeCloseTo(energyDistance(run.points, data.data), 3);
  });

  it('the steps slider and the sampler move the marker of the quality figure before anything is measured', () => {
    renderWidget(<ForwardReverse />);
    const plot = screen.getByTestId('reverse-quality');
    const before = plot.innerHTML;
    fireEvent.change(slider('steps'), { target: { value: '3' } }); // log10: 1000 steps
    expect(plot.getAttribute('aria-label')).toBe(en.qualityLabel(1000, en.ddpm, 0));
    const afterSteps = plot.innerHTML;
    expect(afterSteps).not.toBe(before);
    fireEvent.click(screen.getByLabelText(en.ode));
    expect(plot.innerHTML).not.toBe(afterSteps);
    expect(text('reverse-status')).toBe(en.qualityStatus(0, 16));
  });

  it('bad URL values give notices, and the zh strings appear', () => {
    const { container } = renderWidget(<ForwardReverse />, {
      search: '?forward-reverse.steps=abc&forward-reverse.shape=cube',
      lang: 'zh',
    });
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/steps = abc/);
    expect(notice.textContent).toMatch(/shape = cube/);
    expect(container.textContent).toContain(FORWARD_REVERSE_STRINGS.zh.measure);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });
});
