import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cellMasses, createLandscape, expectedNoiseTv } from '../../../src/core';
import { formatNumber } from '../../../src/widgets/common/lang';
import { LandscapeParticles } from '../../../src/widgets/energy/LandscapeParticles';
import { PRESET_EXPERTS } from '../../../src/widgets/energy/landscape/experts';
import { EDITOR_STRINGS } from '../../../src/widgets/energy/landscape/strings';
import { PARTICLES_STRINGS } from '../../../src/widgets/energy/particles/strings';
import { renderWidget } from '../renderWidget';

const en = PARTICLES_STRINGS.en;
const render = (search = '', lang: 'en' | 'zh' = 'en') =>
  renderWidget(<LandscapeParticles />, { search, lang });
const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const stepButton = () => screen.getByRole('button', { name: /step/i });

describe('LandscapeParticles', () => {
  it('starts at rest with the exact noise level of 1000 draws; T changes the exact drawing before anything runs', () => {
    render();
    expect(text('particles-sweeps')).toBe('0');
    const masses = cellMasses(createLandscape(PRESET_EXPERTS['two-wells']), 1, 10);
    expect(text('particles-noise')).toBe(formatNumber(expectedNoiseTv(masses, 1000), 3));
    const before = screen.getByTestId('particles-exact').outerHTML;
    fireEvent.change(document.querySelector('input[data-param="temperature"]') as HTMLElement, {
      target: { value: String(Math.log10(0.2)) },
    });
    expect(screen.getByTestId('particles-exact').outerHTML).not.toBe(before);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('stepping lowers the TV; dragging an expert mid-run keeps the run and changes the target (live)', () => {
    render();
    const start = Number(text('particles-tv-value'));
    for (let k = 0; k < 30; k++) fireEvent.click(stepButton());
    expect(Number(text('particles-sweeps'))).toBe(30);
    expect(Number(text('particles-tv-value'))).toBeLessThan(start);
    const noise = text('particles-noise');
    const handle = screen.getAllByRole('button', { name: /Expert 2, dip/ })[0];
    act(() => {
      fireEvent.keyDown(handle, { key: 'ArrowLeft', shiftKey: true });
    });
    expect(Number(text('particles-sweeps'))).toBe(30); // same run: not rebuilt
    expect(text('particles-noise')).not.toBe(noise); // new exact cell masses
    fireEvent.click(stepButton());
    expect(Number(text('particles-sweeps'))).toBe(31);
  });

  it('restores the sampler from the URL; a bad value gives a notice', () => {
    render('?particles.sampler=ula&particles.stepSize=0.5');
    expect(document.body.textContent).toContain(en.ulaWalls);
    render('?particles.sampler=gibbs');
    expect(document.body.textContent).toContain('gibbs');
  });

  it('speaks Chinese', () => {
    render('', 'zh');
    expect(document.body.textContent).toContain(PARTICLES_STRINGS.zh.title);
    expect(document.body.textContent).toContain(EDITOR_STRINGS.zh.add);
  });
});
