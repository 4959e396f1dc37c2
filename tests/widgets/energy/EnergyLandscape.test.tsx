import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLandscape, landscapeMinimum, landscapePartition } from '../../../src/core';
import { formatNumber } from '../../../src/widgets/common/lang';
import { EnergyLandscape } from '../../../src/widgets/energy/EnergyLandscape';
import { PRESET_EXPERTS } from '../../../src/widgets/energy/landscape/experts';
import { EDITOR_STRINGS, LANDSCAPE_STRINGS } from '../../../src/widgets/energy/landscape/strings';
import { SETTLE_MS } from '../../../src/widgets/energy/landscape/useSettled';
import { renderWidget } from '../renderWidget';

const en = LANDSCAPE_STRINGS.en;
const render = (search = '', lang: 'en' | 'zh' = 'en') => renderWidget(<EnergyLandscape />, { search, lang });
const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const settle = () => act(() => vi.advanceTimersByTime(SETTLE_MS + 10));
const setT = (T: number) =>
  fireEvent.change(document.querySelector('input[data-param="temperature"]') as HTMLElement, {
    target: { value: String(Math.log10(T)) },
  });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('EnergyLandscape', () => {
  it('shows the two-wells preset; log Z appears once the inputs settle and equals the quadrature', () => {
    render();
    expect(text('landscape-logz')).toBe(en.stale);
    settle();
    const z = landscapePartition(PRESET_EXPERTS['two-wells'], 1, 'box');
    expect(z.kind).toBe('finite');
    if (z.kind === 'finite') expect(text('landscape-logz')).toBe(formatNumber(z.logZ, 5));
    const m = landscapeMinimum(createLandscape(PRESET_EXPERTS['two-wells']));
    expect(text('landscape-minimum')).toContain(formatNumber(m.energy, 4));
    expect(screen.getAllByRole('button', { name: /Expert 1, bowl/ })).toHaveLength(2); // one per panel
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('cooling raises the mass near the minimum; the density drawing changes with T', () => {
    render();
    settle();
    const hot = Number(text('landscape-mass'));
    const before = screen.getByTestId('landscape-density').outerHTML;
    setT(0.1);
    expect(text('landscape-mass')).toBe(en.stale);
    settle();
    expect(Number(text('landscape-mass'))).toBeGreaterThan(hot);
    expect(screen.getByTestId('landscape-density').outerHTML).not.toBe(before);
  });

  it('arrow keys move a handle by 0.1 and the readouts go stale until they settle', () => {
    render();
    settle();
    const handle = screen.getAllByRole('button', { name: /Expert 1, bowl/ })[0];
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(screen.getAllByRole('button', { name: /Expert 1, bowl at \(-0\.9, -0\.5\)/ })).toHaveLength(2);
    expect(text('landscape-logz')).toBe(en.stale);
    settle();
    expect(text('landscape-logz')).not.toBe(en.stale);
  });

  it('the ridge on ℝ² diverges: the sentence names the free direction, readouts say "diverges"', () => {
    render('?landscape.preset=ridge&landscape.domain=plane');
    settle();
    expect(screen.getByTestId('landscape-divergence').textContent).toBe(en.divergence('120° or 300°'));
    expect(text('landscape-logz')).toBe(en.diverges);
    expect(screen.queryByTestId('landscape-density')).toBeNull();
  });

  it('restores experts from the URL; a bad experts string gives a notice and falls back to the preset', () => {
    render('?landscape.experts=b:1,1,0.5,0');
    expect(screen.getAllByRole('button', { name: /Expert 1, bowl at \(1, 1\)/ })).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /Expert 2/ })).toBeNull();
    render('?landscape.experts=x:nonsense&landscape.preset=corner');
    expect(document.body.textContent).toContain('x:nonsense');
    expect(screen.getAllByRole('button', { name: /Expert 3, dip/ }).length).toBeGreaterThan(0);
  });

  it('Add and Remove change the list', () => {
    render();
    fireEvent.click(screen.getByRole('button', { name: EDITOR_STRINGS.en.add }));
    expect(screen.getAllByRole('button', { name: /Expert 3, dip/ })).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: `${EDITOR_STRINGS.en.remove} 1` }));
    expect(screen.queryAllByRole('button', { name: /Expert 3,/ })).toHaveLength(0);
  });

  it('speaks Chinese', () => {
    render('', 'zh');
    expect(document.body.textContent).toContain(LANDSCAPE_STRINGS.zh.title);
    expect(document.body.textContent).toContain(EDITOR_STRINGS.zh.presets['two-wells']);
  });
});
