import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangevinSampler } from '../../../src/widgets/diffusion/LangevinSampler';
import { LANGEVIN_STRINGS } from '../../../src/widgets/diffusion/langevin/strings';
import { stubAnimationFrames } from '../animationFrames';
import { renderWidget } from '../renderWidget';

const en = LANGEVIN_STRINGS.en;
const value = (testId: string) => Number(screen.getByTestId(testId).getAttribute('data-value'));
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';
const exactMap = () => screen.getByTestId('langevin-exact').outerHTML;

describe('LangevinSampler', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('at rest: the wide seeded start, far from the target, and rings that follow ε', () => {
    renderWidget(<LangevinSampler />);
    expect(text('langevin-steps')).toBe('0');
    expect(value('langevin-tv')).toBeGreaterThan(0.2);
    const before = exactMap();
    fireEvent.change(screen.getByLabelText(en.stepSize), { target: { value: String(Math.log10(0.2)) } });
    expect(exactMap()).not.toBe(before);
    expect(text('langevin-warning')).toMatch(/biased/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('a small ULA step: the distances fall to the sampling-noise level', async () => {
    const frames = stubAnimationFrames();
    renderWidget(<LangevinSampler />, { search: '?langevin.stepSize=0.02&langevin.steps=600' });
    const start = value('langevin-tv');
    fireEvent.click(screen.getByRole('button', { name: /play/i }));
    await frames.run(200);
    expect(text('langevin-steps')).toBe('600');
    expect(value('langevin-tv')).toBeLessThan(start / 2);
    expect(value('langevin-tv')).toBeLessThan(
      3 * Number(text('langevin-tv').match(/noise level ([\d.]+)/)?.[1]),
    );
    expect(Number(text('langevin-lost'))).toBe(0);
  });

  it('a large ULA step (ε = 2 > 2σ² = 0.6) blows up, says so and draws no NaN; MALA there reports its acceptance', async () => {
    const frames = stubAnimationFrames();
    renderWidget(<LangevinSampler />, { search: '?langevin.stepSize=2&langevin.steps=300' });
    expect(text('langevin-warning')).toMatch(/stability bound/);
    fireEvent.click(screen.getByRole('button', { name: /play/i }));
    await frames.run(200);
    expect(Number(text('langevin-lost'))).toBeGreaterThan(0);
    expect(text('langevin-warning')).toMatch(/ULA blew up/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
    fireEvent.click(screen.getByLabelText(en.methods.mala));
    expect(Number(text('langevin-lost'))).toBe(0);
    expect(text('langevin-acceptance')).not.toMatch(/ULA/);
  });

  it('restores from the URL, gives notices for bad values, and speaks Chinese', () => {
    const { container } = renderWidget(<LangevinSampler />, {
      lang: 'zh',
      search: '?langevin.method=mala&langevin.stepSize=99&langevin.temperature=abc',
    });
    expect((screen.getByLabelText(LANGEVIN_STRINGS.zh.methods.mala) as HTMLInputElement).checked).toBe(true);
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/stepSize/);
    expect(notice.textContent).toMatch(/temperature/);
    expect(container.textContent).toContain(LANGEVIN_STRINGS.zh.exactTitle);
  });
});
