import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FRAME_STRINGS } from '../../../src/widgets/common/frame/frameStrings';
import { AcceptReject } from '../../../src/widgets/montecarlo/AcceptReject';
import { ACCEPT_REJECT_STRINGS } from '../../../src/widgets/montecarlo/acceptReject/strings';
import { stubAnimationFrames } from '../animationFrames';
import { renderWidget } from '../renderWidget';

const en = ACCEPT_REJECT_STRINGS.en;
const value = (testId: string) => Number(screen.getByTestId(testId).getAttribute('data-value'));
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';

function setSlider(label: string | RegExp, v: number) {
  fireEvent.change(screen.getByLabelText(label), { target: { value: String(v) } });
}

describe('AcceptReject', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('renders the darts, the histogram and consistent numbers: acceptance within 4 SE of 1/k', () => {
    const { container } = renderWidget(<AcceptReject />);
    expect(container.querySelector('figure[data-widget="rejection"]')).not.toBeNull();
    expect(text('rejection-shown')).toBe('2000');
    expect(text('rejection-theory')).toBe('1/k = 0.3333');
    const rate = value('rejection-rate');
    expect(Math.abs(rate - 1 / 3)).toBeLessThan(4 * Math.sqrt(((1 / 3) * (2 / 3)) / 2000));
    expect(Number(text('rejection-accepted'))).toBe(Math.round(rate * 2000));
    expect(screen.queryByTestId('rejection-warning')).toBeNull();
    expect(screen.getByTestId('rejection-target-curve').getAttribute('d')).toMatch(/^M/);
    expect(screen.getByTestId('rejection-bars').getAttribute('d')).toMatch(/^M/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('a larger k lowers the acceptance rate, as 1/k says', () => {
    renderWidget(<AcceptReject />);
    const before = value('rejection-rate');
    setSlider(en.k, 10);
    expect(text('rejection-theory')).toBe('1/k = 0.1');
    const after = value('rejection-rate');
    expect(after).toBeLessThan(before);
    expect(Math.abs(after - 0.1)).toBeLessThan(4 * Math.sqrt((0.1 * 0.9) / 2000));
  });

  it('k below the smallest valid k shades the gap and warns, in words, that the samples are biased', () => {
    renderWidget(<AcceptReject />);
    const kStar = Number(text('rejection-kstar'));
    expect(kStar).toBeGreaterThan(1);
    expect(kStar).toBeLessThan(3);
    setSlider(en.k, 1.2);
    expect(text('rejection-warning')).toMatch(/Biased samples/);
    expect(text('rejection-warning')).toMatch(/Raise k to at least/);
    expect(screen.getByTestId('rejection-gap').getAttribute('d')).toMatch(/^M/);
    // What is really accepted is ∫min(p̃, k q)/k < 1/k, and the sampler agrees with it.
    const expected = value('rejection-theory');
    expect(expected).toBeLessThan(1 / 1.2);
    expect(Math.abs(value('rejection-rate') - expected)).toBeLessThan(
      4 * Math.sqrt((expected * (1 - expected)) / 2000),
    );
    setSlider(en.k, 4);
    expect(screen.queryByTestId('rejection-warning')).toBeNull();
  });

  it('a uniform proposal that does not cover the target cannot be repaired by any k', () => {
    renderWidget(<AcceptReject />);
    fireEvent.click(screen.getByLabelText(en.uniform));
    setSlider(en.halfWidth, 2);
    expect(text('rejection-kstar')).toMatch(/none/);
    expect(text('rejection-warning')).toMatch(/No k can repair this/);
  });

  it('a typed target: the curve follows the formula, Z is computed, and the acceptance matches Z/k', () => {
    renderWidget(<AcceptReject />);
    const mixtureCurve = screen.getByTestId('rejection-target-curve').getAttribute('d');
    fireEvent.click(screen.getByLabelText(en.formula));
    setSlider(en.k, 12);
    const field = screen.getByLabelText(en.formulaLabel);
    fireEvent.change(field, { target: { value: 'exp(-x^2/2)' } });
    expect(screen.getByTestId('rejection-target-curve').getAttribute('d')).not.toBe(mixtureCurve);
    // Z = ∫_{−6}^{6} e^{−x²/2} dx = √(2π) (1 − 2Φ(−6)) ≈ 2.50663
    expect(Number(text('rejection-z'))).toBeCloseTo(Math.sqrt(2 * Math.PI), 4);
    const expected = value('rejection-theory');
    expect(expected).toBeCloseTo(Math.sqrt(2 * Math.PI) / 12, 6);
    expect(Math.abs(value('rejection-rate') - expected)).toBeLessThan(
      4 * Math.sqrt((expected * (1 - expected)) / 2000),
    );
  });

  it('an invalid formula is explained at the field and the last valid target stays on screen', () => {
    renderWidget(<AcceptReject />, { search: '?rejection.target=formula' });
    const field = screen.getByLabelText(en.formulaLabel);
    const before = screen.getByTestId('rejection-target-curve').getAttribute('d');
    for (const [bad, message] of [
      ['x.constructor', /Not allowed: property access/],
      ['exp(-x^2', /Cannot read the formula/],
      ['x', /Negative at x = -6/],
      ['1/abs(x)', /Not a finite number at x = 0/],
      ['foo(x)', /Unknown function “foo”/],
    ] as const) {
      fireEvent.change(field, { target: { value: bad } });
      expect(screen.getByRole('alert').textContent).toMatch(message);
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByTestId('rejection-target-curve').getAttribute('d')).toBe(before);
    }
    fireEvent.change(field, { target: { value: 'x'.repeat(100_000) } });
    expect(screen.getByRole('alert').textContent).toMatch(/Too long/);
  });

  it('a link with a hostile formula shows the error and draws the default target', () => {
    const hostile = encodeURIComponent('f(x)=x');
    renderWidget(<AcceptReject />, { search: `?rejection.target=formula&rejection.formula=${hostile}` });
    expect(screen.getByRole('alert').textContent).toMatch(/defining functions/);
    expect(Number(text('rejection-z'))).toBeCloseTo(Math.sqrt(2 * Math.PI) * 1.5, 3); // the default formula's Z
  });

  it('out-of-range URL values are clamped and reported; the state round-trips through the URL', async () => {
    const first = renderWidget(<AcceptReject />, {
      search: '?rejection.k=1e9&rejection.n=abc&rejection.proposal=cauchy',
    });
    const container = first.container;
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/k = 1e9/);
    expect(notice.textContent).toMatch(/n = abc/);
    expect(notice.textContent).toMatch(/proposal = cauchy/);
    expect(text('rejection-theory')).toBe('1/k = 0.03333');
    first.unmount();
    vi.useFakeTimers();
    const { router } = renderWidget(<AcceptReject />);
    setSlider(en.k, 5);
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    vi.useRealTimers();
    expect(new URLSearchParams(router.state.location.search).get('rejection.k')).toBe('5');
  });

  it('R resets the reveal and → steps it; the same seed gives the same darts', () => {
    const { container } = renderWidget(<AcceptReject />, { search: '?rejection.seed=9' });
    const rate = text('rejection-rate');
    const figure = container.querySelector('figure') as HTMLElement;
    fireEvent.keyDown(figure, { key: 'r' });
    expect(text('rejection-shown')).toBe('0');
    fireEvent.keyDown(figure, { key: 'ArrowRight' });
    expect(Number(text('rejection-shown'))).toBeGreaterThan(0);
    container.remove();
    renderWidget(<AcceptReject />, { search: '?rejection.seed=9' });
    expect(screen.getAllByTestId('rejection-rate').at(-1)?.textContent).toBe(rate);
  });

  it('Play replays the proposals from the first one and stops at the end; Play again replays them', async () => {
    const frames = stubAnimationFrames();
    renderWidget(<AcceptReject />, { search: '?rejection.n=100' });
    const play = () => fireEvent.click(screen.getByRole('button', { name: FRAME_STRINGS.en.play }));
    expect(text('rejection-shown')).toBe('100');
    play();
    expect(text('rejection-shown')).toBe('0');
    await frames.run(10);
    expect(Number(text('rejection-shown'))).toBeGreaterThan(0);
    expect(Number(text('rejection-shown'))).toBeLessThan(100);
    await frames.run(120);
    expect(text('rejection-shown')).toBe('100');
    // Stopped at the end: the button offers Play again, and further frames change nothing.
    expect(screen.getByRole('button', { name: FRAME_STRINGS.en.play })).toBeTruthy();
    await frames.run(5);
    expect(text('rejection-shown')).toBe('100');
    play();
    expect(text('rejection-shown')).toBe('0');
  });

  it('speaks Chinese on the Chinese pages', () => {
    renderWidget(<AcceptReject />, { lang: 'zh' });
    expect(screen.getByText(ACCEPT_REJECT_STRINGS.zh.title)).toBeTruthy();
    expect(screen.getByLabelText(ACCEPT_REJECT_STRINGS.zh.k)).toBeTruthy();
  });
});
