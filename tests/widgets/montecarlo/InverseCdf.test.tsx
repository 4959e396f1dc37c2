import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { cauchyDistribution, createRng, ksStatistic, normalCdf, normalDistribution } from '../../../src/core';
import { InverseCdf } from '../../../src/widgets/montecarlo/InverseCdf';
import { parseHeights } from '../../../src/widgets/montecarlo/inverseCdf/heights';
import { INVERSE_CDF_STRINGS } from '../../../src/widgets/montecarlo/inverseCdf/strings';
import { renderWidget } from '../renderWidget';

const read = (testId: string) => Number(screen.getByTestId(testId).textContent?.replace(/,/g, ''));
const radio = (name: RegExp) => screen.getByRole('radio', { name }) as HTMLInputElement;

/** The draws the widget should make: the core's own inverse-CDF sampler with the same seed. */
function coreDraws(
  distribution: ReturnType<typeof normalDistribution>,
  seed: number,
  n: number,
): Float64Array {
  return distribution.fill(createRng(seed), new Float64Array(n));
}

describe('InverseCdf', () => {
  it('renders the CDF with traces, the histogram and the running mean; KS matches the core on the same draws', () => {
    const { container } = renderWidget(<InverseCdf />);
    expect(container.querySelector('figure[data-widget="inverse-cdf"]')).not.toBeNull();
    expect(read('inverse-cdf-n')).toBe(1000);
    // The latest 10 draws are traced.
    expect(screen.getByTestId('inverse-cdf-traces').children).toHaveLength(10);
    expect(screen.getByTestId('inverse-cdf-bars').getAttribute('d')).toMatch(/^M/);
    const expected = ksStatistic(coreDraws(normalDistribution(0, 1), 1, 1000), normalCdf);
    expect(read('inverse-cdf-ks')).toBeCloseTo(expected, 3);
    expect(screen.getByTestId('inverse-cdf-exact-mean').textContent).toBe('0');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('the traced u and x satisfy x = Φ⁻¹(u) (u = Φ(x))', () => {
    renderWidget(<InverseCdf />);
    const text = screen.getByTestId('inverse-cdf-latest').textContent ?? '';
    const [, u, x] = text.match(/u = ([-\d.]+) → x = F⁻¹\(u\) = ([-\d.]+)/) ?? [];
    expect(normalCdf(Number(x))).toBeCloseTo(Number(u), 2);
  });

  it('exponential: the rate slider appears, E[X] = 1/λ, and the drawing changes with λ', () => {
    renderWidget(<InverseCdf />);
    fireEvent.click(radio(/Exponential/));
    const bars = screen.getByTestId('inverse-cdf-bars').getAttribute('d');
    fireEvent.change(screen.getByLabelText(INVERSE_CDF_STRINGS.en.rate), { target: { value: '2.5' } });
    expect(read('inverse-cdf-exact-mean')).toBeCloseTo(1 / 2.5, 6);
    expect(screen.getByTestId('inverse-cdf-bars').getAttribute('d')).not.toBe(bars);
    // The running mean of 1000 draws is within 4 standard errors (σ = 1/λ) of 1/λ.
    expect(Math.abs(read('inverse-cdf-mean-value') - 0.4)).toBeLessThan((4 * 0.4) / Math.sqrt(1000));
  });

  it('the main control (the registry contract), N, carries data-param and redraws the histogram', () => {
    const { container } = renderWidget(<InverseCdf />);
    const slider = screen.getByLabelText(INVERSE_CDF_STRINGS.en.n);
    expect(container.querySelector('input[data-param="n"]')).toBe(slider);
    const bars = screen.getByTestId('inverse-cdf-bars').getAttribute('d');
    fireEvent.change(slider, { target: { value: '2' } });
    expect(read('inverse-cdf-n')).toBe(100);
    expect(screen.getByTestId('inverse-cdf-bars').getAttribute('d')).not.toBe(bars);
  });

  it('Cauchy: heavy tails are reported in words with the exact share outside [−10, 10] and the true count', () => {
    renderWidget(<InverseCdf />, {
      search: '?inverse-cdf.dist=cauchy&inverse-cdf.n=2000&inverse-cdf.seed=5',
    });
    const xs = coreDraws(cauchyDistribution(0, 1), 5, 2000);
    const outside = xs.filter((x) => Math.abs(x) > 10).length;
    const exactShare = 1 - (2 / Math.PI) * Math.atan(10);
    const text = screen.getByTestId('inverse-cdf-outside').textContent ?? '';
    expect(text).toContain(`${outside} of 2,000 draws`);
    expect(text).toContain(`the exact share outside is ${(100 * exactShare).toPrecision(2)} %`);
    expect(screen.getByTestId('inverse-cdf-exact-mean').textContent).toBe(INVERSE_CDF_STRINGS.en.noMean);
    expect(screen.getByTestId('inverse-cdf-cauchy-note').textContent).toMatch(/heavy tails/);
  });

  it('piecewise: E[X] is Σ hⱼ·midpointⱼ / Σ hⱼ; moving a height slider changes the density and the URL', async () => {
    vi.useFakeTimers();
    const { router } = renderWidget(<InverseCdf />, { search: '?inverse-cdf.dist=piecewise' });
    const heights = [1, 3, 6, 3, 1, 2, 5, 2];
    const mean = heights.reduce((s, h, j) => s + h * (j - 4 + 0.5), 0) / heights.reduce((s, h) => s + h, 0);
    expect(read('inverse-cdf-exact-mean')).toBeCloseTo(mean, 3);
    const bars = screen.getByTestId('inverse-cdf-bars').getAttribute('d');
    const slider = screen.getByRole('slider', { name: /^1: height of the piece from x = -4 to -3/ });
    fireEvent.change(slider, { target: { value: '9' } });
    expect(screen.getByTestId('inverse-cdf-bars').getAttribute('d')).not.toBe(bars);
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    vi.useRealTimers();
    expect(new URLSearchParams(router.state.location.search).get('inverse-cdf.heights')).toBe(
      '9,3,6,3,1,2,5,2',
    );
  });

  it('all-zero heights are refused at the control; the last valid density stays', () => {
    renderWidget(<InverseCdf />, {
      search: '?inverse-cdf.dist=piecewise&inverse-cdf.heights=0,0,0,0,0,0,0,2',
    });
    const bars = screen.getByTestId('inverse-cdf-bars').getAttribute('d');
    const ks = screen.getByTestId('inverse-cdf-ks').textContent;
    expect(read('inverse-cdf-exact-mean')).toBeCloseTo(3.5, 6);
    fireEvent.change(screen.getByRole('slider', { name: /^8:/ }), { target: { value: '0' } });
    expect(screen.getByRole('alert').textContent).toMatch(/not a density/);
    expect(screen.getByTestId('inverse-cdf-bars').getAttribute('d')).toBe(bars);
    expect(screen.getByTestId('inverse-cdf-ks').textContent).toBe(ks);
    expect(read('inverse-cdf-exact-mean')).toBeCloseTo(3.5, 6);
    fireEvent.change(screen.getByRole('slider', { name: /^1:/ }), { target: { value: '4' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(read('inverse-cdf-exact-mean')).toBeCloseTo(-3.5, 6);
  });

  it('bad URL values give notices: unknown distribution, unreadable heights, N out of range', () => {
    const { container } = renderWidget(<InverseCdf />, {
      search: '?inverse-cdf.dist=gamma&inverse-cdf.heights=1,2,abc&inverse-cdf.n=99999999',
    });
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/dist = gamma/);
    expect(notice.textContent).toMatch(/heights = 1,2,abc/);
    expect(notice.textContent).toMatch(/n = 99999999/);
    expect(radio(/Normal/).checked).toBe(true);
    expect(read('inverse-cdf-n')).toBe(20000);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('a shared URL reproduces the same draws', () => {
    const search = '?inverse-cdf.dist=exponential&inverse-cdf.rate=0.5&inverse-cdf.n=300&inverse-cdf.seed=9';
    const first = renderWidget(<InverseCdf />, { search });
    expect(radio(/Exponential/).checked).toBe(true);
    const latest = screen.getByTestId('inverse-cdf-latest').textContent;
    const mean = screen.getByTestId('inverse-cdf-mean-value').textContent;
    first.unmount();
    renderWidget(<InverseCdf />, { search });
    expect(screen.getByTestId('inverse-cdf-latest').textContent).toBe(latest);
    expect(screen.getByTestId('inverse-cdf-mean-value').textContent).toBe(mean);
    expect(read('inverse-cdf-exact-mean')).toBe(2);
  });

  it('reset clears the draws; Step and → add exactly one', () => {
    const { container } = renderWidget(<InverseCdf />);
    const figure = container.querySelector('figure') as HTMLElement;
    fireEvent.keyDown(figure, { key: 'r' });
    expect(read('inverse-cdf-n')).toBe(0);
    expect(screen.getByTestId('inverse-cdf-ks').textContent).toBe(INVERSE_CDF_STRINGS.en.none);
    expect(screen.getByTestId('inverse-cdf-traces').children).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(read('inverse-cdf-n')).toBe(1);
    fireEvent.keyDown(figure, { key: 'ArrowRight' });
    expect(read('inverse-cdf-n')).toBe(2);
    expect(screen.getByTestId('inverse-cdf-traces').children).toHaveLength(2);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('speaks Chinese on the Chinese pages', () => {
    renderWidget(<InverseCdf />, { lang: 'zh', search: '?inverse-cdf.dist=cauchy' });
    expect(screen.getByText(INVERSE_CDF_STRINGS.zh.title)).toBeTruthy();
    expect(radio(/柯西分布/).checked).toBe(true);
    expect(screen.getByTestId('inverse-cdf-cauchy-note').textContent).toMatch(/柯西分布没有均值/);
  });
});

describe('parseHeights', () => {
  it('accepts eight plain numbers in [0, 10] and refuses anything else', () => {
    expect(parseHeights('1,3,6,3,1,2,5,2')).toEqual({ kind: 'ok', heights: [1, 3, 6, 3, 1, 2, 5, 2] });
    expect(parseHeights('0,0,0,0,0,0,0,0').kind).toBe('all-zero');
    for (const bad of [
      '',
      '1,2,3',
      '1,2,3,4,5,6,7,8,9',
      '1,2,3,4,5,6,7,11',
      '1,2,3,4,5,6,7,-1',
      '1,2,3,4,5,6,7,1e1',
      '0x1,1,1,1,1,1,1,1',
    ]) {
      expect(parseHeights(bad).kind).toBe('unreadable');
    }
  });
});
