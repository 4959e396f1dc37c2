import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CLASSIFIER_STRINGS } from '../../../src/widgets/energy/classifier/strings';
import { EnergyClassifier } from '../../../src/widgets/energy/EnergyClassifier';
import { renderWidget } from '../renderWidget';

const en = CLASSIFIER_STRINGS.en;
const render = (search = '', lang: 'en' | 'zh' = 'en') =>
  renderWidget(<EnergyClassifier />, { id: 'classifier', search, lang });
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';
const bars = () => [0, 1, 2].map((k) => Number(text(`classifier-probabilities-${k}`)));
/** The temperature slider is on a log scale: its input's value is log10 T. */
const setT = (T: number) =>
  fireEvent.change(document.querySelector('input[data-param="temperature"]') as HTMLElement, {
    target: { value: String(Math.log10(T)) },
  });
const PROTOTYPES = [
  [-1.6, -1],
  [1.6, -1],
  [0, 1.7],
];
/** Energies and softmax written out from the formula. */
function expected(x: number, y: number, T: number, beta = [0, 0, 0]) {
  const e = PROTOTYPES.map(([mx, my], k) => ((x - mx) ** 2 + (y - my) ** 2) / 2 + beta[k]);
  const w = e.map((v) => Math.exp(-v / T));
  const z = w.reduce((s, v) => s + v, 0);
  return { e, p: w.map((v) => v / z) };
}

describe('EnergyClassifier', () => {
  it('starts at x = (0.6, −0.3), T = 1: energies, probabilities and decision B', () => {
    render();
    const { e, p } = expected(0.6, -0.3, 1);
    for (let k = 0; k < 3; k++) {
      expect(Number(text(`classifier-energy-${k}`))).toBeCloseTo(e[k], 3);
      expect(bars()[k]).toBeCloseTo(p[k], 3);
    }
    expect(text('classifier-decision')).toBe(en.decision('B'));
    expect(screen.getByTestId('classifier-point').getAttribute('aria-label')).toBe(en.handle('0.6', '-0.3'));
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('the main control T sharpens the bars as it falls and flattens them as it rises; the decision stays', () => {
    render();
    const drawing = screen.getByTestId('classifier-probabilities').outerHTML;
    setT(0.05);
    expect(screen.getByTestId('classifier-probabilities').outerHTML).not.toBe(drawing);
    expect(bars()[1]).toBeGreaterThan(0.999);
    expect(text('classifier-decision')).toBe(en.decision('B'));
    setT(20);
    for (const p of bars()) expect(Math.abs(p - 1 / 3)).toBeLessThan(0.05);
    expect(text('classifier-decision')).toBe(en.decision('B'));
  });

  it('arrow keys move the test point, and its label states the new position', () => {
    render();
    const handle = screen.getByTestId('classifier-point');
    fireEvent.keyDown(handle, { key: 'ArrowUp' });
    fireEvent.keyDown(handle, { key: 'ArrowLeft', shiftKey: true });
    expect(screen.getByTestId('classifier-point').getAttribute('aria-label')).toBe(en.handle('0.1', '-0.2'));
    const { p } = expected(0.1, -0.2, 1);
    for (let k = 0; k < 3; k++) expect(bars()[k]).toBeCloseTo(p[k], 3);
  });

  it('URL state restores (an offset moves the decision) and bad values give notices', () => {
    const first = render('?classifier.beta1=2&classifier.x=0.3');
    const { e } = expected(0.3, -0.3, 1, [0, 2, 0]);
    expect(text('classifier-decision')).toBe(en.decision('ABC'[e.indexOf(Math.min(...e))]));
    first.unmount();
    render('?classifier.temperature=-1&classifier.x=abc');
    const notice = document.querySelector('.widget__notice')?.textContent ?? '';
    expect(notice).toMatch(/temperature = -1/);
    expect(notice).toMatch(/x = abc/);
  });

  it('speaks Chinese', () => {
    render('', 'zh');
    expect(screen.getByLabelText(CLASSIFIER_STRINGS.zh.temperature)).toBeTruthy();
    expect(screen.getByText(CLASSIFIER_STRINGS.zh.cheap)).toBeTruthy();
  });
});
