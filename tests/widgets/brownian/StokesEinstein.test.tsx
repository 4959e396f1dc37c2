import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StokesEinstein } from '../../../src/widgets/brownian/StokesEinstein';
import { STOKES_EINSTEIN_STRINGS } from '../../../src/widgets/brownian/stokesEinstein/strings';
import { renderWidget } from '../renderWidget';

const en = STOKES_EINSTEIN_STRINGS.en;
const zh = STOKES_EINSTEIN_STRINGS.zh;

/** Stokes–Einstein written out independently of the core: D = k_B T / (6π η r), SI units, in µm²/s. */
function expectedDUm2(temperatureK: number, viscosityMPaS: number, radiusNm: number): number {
  const kB = 1.380649e-23;
  return ((kB * temperatureK) / (6 * Math.PI * viscosityMPaS * 1e-3 * radiusNm * 1e-9)) * 1e12;
}

function readNumber(testId: string): number {
  return Number.parseFloat(screen.getByTestId(testId).textContent ?? '');
}

describe('StokesEinstein', () => {
  it('renders with the textbook value for a 0.5 µm sphere in water at 25 °C (about 0.49 µm²/s)', () => {
    const { container } = renderWidget(<StokesEinstein />);
    expect(container.querySelector('figure[data-widget="stokes-einstein"]')).not.toBeNull();
    const d = readNumber('se-d');
    expect(d).toBeCloseTo(expectedDUm2(298.15, 0.89, 500), 3);
    expect(d).toBeGreaterThan(0.45);
    expect(d).toBeLessThan(0.53);
    // RMS travel in 1 s in 2-D: √(2·2·D·1 s)
    expect(readNumber('se-travel')).toBeCloseTo(Math.sqrt(4 * d), 2);
    expect(screen.getByTestId('se-d-si').textContent).toMatch(/e-13 m²\/s/);
  });

  it('the radius slider (logarithmic) moves D as 1/r and moves the marked point', () => {
    renderWidget(<StokesEinstein />);
    const before = readNumber('se-d');
    const pointBefore = screen.getByTestId('se-point').getAttribute('cx');
    fireEvent.change(screen.getByLabelText(en.radius), { target: { value: String(Math.log10(50)) } });
    const after = readNumber('se-d');
    expect(after / before).toBeCloseTo(10, 2);
    expect(after).toBeCloseTo(expectedDUm2(298.15, 0.89, 50), 2);
    expect(screen.getByTestId('se-point').getAttribute('cx')).not.toBe(pointBefore);
  });

  it('the radius slider is the main control: it carries data-param="radius"', () => {
    const { container } = renderWidget(<StokesEinstein />);
    expect(container.querySelector('input[data-param="radius"]')).toBe(screen.getByLabelText(en.radius));
    expect(container.querySelector('[data-param="dimension"]')).not.toBeNull();
  });

  it('temperature and viscosity move the whole curve; the dimension changes the RMS travel as √d', () => {
    renderWidget(<StokesEinstein />);
    const curve = screen.getByTestId('se-curve').getAttribute('d');
    fireEvent.change(screen.getByLabelText(en.temperature), { target: { value: '363.15' } });
    fireEvent.change(screen.getByLabelText(en.viscosity), { target: { value: '0.32' } });
    expect(screen.getByTestId('se-curve').getAttribute('d')).not.toBe(curve);
    expect(readNumber('se-d')).toBeCloseTo(expectedDUm2(363.15, 0.32, 500), 2);
    const travel2 = readNumber('se-travel');
    fireEvent.click(screen.getByLabelText('3'));
    expect(readNumber('se-travel') / travel2).toBeCloseTo(Math.sqrt(3 / 2), 3);
  });

  it('restores its state from the URL', () => {
    renderWidget(<StokesEinstein />, {
      search:
        '?stokes-einstein.temperature=310.15&stokes-einstein.viscosity=0.7&stokes-einstein.radius=100&stokes-einstein.dimension=1',
    });
    expect(readNumber('se-d')).toBeCloseTo(expectedDUm2(310.15, 0.7, 100), 2);
    expect((screen.getByLabelText('1') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText(en.radius).getAttribute('aria-valuetext')).toBe('100 nm');
  });

  it('bad URL values give notices and clamped values, never NaN', () => {
    const { container } = renderWidget(<StokesEinstein />, {
      search: '?stokes-einstein.radius=abc&stokes-einstein.temperature=1e9&stokes-einstein.dimension=7',
    });
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/radius = abc/);
    expect(notice.textContent).toMatch(/temperature = 1e9/);
    expect(notice.textContent).toMatch(/dimension = 7/);
    expect(readNumber('se-d')).toBeCloseTo(expectedDUm2(373.15, 0.89, 500), 3);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('R puts the sliders back to their defaults', () => {
    const { container } = renderWidget(<StokesEinstein />, { search: '?stokes-einstein.radius=20' });
    expect(readNumber('se-d')).toBeCloseTo(expectedDUm2(298.15, 0.89, 20), 1);
    fireEvent.keyDown(container.querySelector('figure') as HTMLElement, { key: 'r' });
    expect(readNumber('se-d')).toBeCloseTo(expectedDUm2(298.15, 0.89, 500), 3);
  });

  it('speaks Chinese on the Chinese pages', () => {
    renderWidget(<StokesEinstein />, { lang: 'zh' });
    expect(screen.getByText(zh.title)).toBeTruthy();
    expect(screen.getByLabelText(zh.radius)).toBeTruthy();
    expect(screen.getByText(zh.diffusion)).toBeTruthy();
  });
});
