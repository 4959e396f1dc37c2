import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { isingModel, logPartition } from '../../../src/core';
import { StateCounter } from '../../../src/widgets/partition/StateCounter';
import { addCountRecord, clearCountRecords } from '../../../src/widgets/partition/stateCounter/countHistory';
import { durationInWords, formatLog10 } from '../../../src/widgets/partition/stateCounter/model';
import { STATE_COUNTER_STRINGS } from '../../../src/widgets/partition/stateCounter/strings';
import { partitionModel } from '../../../src/workers/partitionCount';
import { renderWidget } from '../renderWidget';

const en = STATE_COUNTER_STRINGS.en;
const zh = STATE_COUNTER_STRINGS.zh;
const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const render = (search = '', lang: 'en' | 'zh' = 'en') =>
  renderWidget(<StateCounter />, { id: 'count-states', search, lang });
const progressValue = () => Number(screen.getByTestId('count-progress').getAttribute('value'));

beforeEach(() => clearCountRecords());

describe('StateCounter (main-thread fallback of the counting job: jsdom has no Worker)', () => {
  it('before counting: the model, the number of terms, nothing counted, no NaN', () => {
    const { container } = render();
    expect(text('count-status')).toBe(en.status.idle('65,536'));
    expect(text('count-terms')).toBe('2¹⁶ = 65,536');
    expect(text('count-logz')).toBe('—');
    expect(text('count-extrapolation')).toBe(en.extrapolation.none);
    expect(screen.getByRole('button', { name: en.cancel })).toHaveProperty('disabled', true);
    const lattice = screen.getByTestId('count-lattice');
    expect(lattice.getAttribute('aria-label')).toBe(en.latticeLabel('grid', 16, 24));
    expect(lattice.querySelectorAll('circle')).toHaveLength(16);
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('the drawing follows n and the layout; each edge shows its coupling by width and dash', () => {
    render('?count-states.seed=3');
    const lattice = () => screen.getByTestId('count-lattice');
    const before = lattice().outerHTML;
    fireEvent.change(screen.getByLabelText(en.n), { target: { value: '9' } });
    expect(lattice().querySelectorAll('circle')).toHaveLength(9);
    expect(lattice().outerHTML).not.toBe(before);
    const grid = lattice().outerHTML;
    fireEvent.click(screen.getByLabelText(en.chain));
    expect(lattice().getAttribute('data-layout')).toBe('chain');
    expect(lattice().outerHTML).not.toBe(grid);
    const model = partitionModel({ layout: 'chain', n: 9, seed: 3 });
    const lines = Array.from(lattice().querySelectorAll('line'));
    expect(lines).toHaveLength(8);
    lines.forEach((line, e) => {
      expect(line.getAttribute('stroke-dasharray') !== null).toBe(model.couplings[e] < 0);
    });
    const widths = lines.map((line) => Number(line.getAttribute('stroke-width')));
    const strengths = Array.from(model.couplings, Math.abs);
    const strongest = strengths.indexOf(Math.max(...strengths));
    expect(Math.max(...widths)).toBe(widths[strongest]);
  });

  it('counts a small model to the end: exactly the log Z of the core enumeration, a point on the plot', async () => {
    render('?count-states.n=10&count-states.layout=chain&count-states.seed=4');
    fireEvent.click(screen.getByRole('button', { name: en.count }));
    await waitFor(() => expect(text('count-status')).toMatch(/^Done: all 1,024 states in /));
    const spec = partitionModel({ layout: 'chain', n: 10, seed: 4 });
    const exact = logPartition(isingModel(10, spec.edges, { coupling: spec.couplings, field: spec.fields }));
    expect(Math.abs(Number(text('count-logz')) - exact)).toBeLessThan(1e-9);
    expect(progressValue()).toBe(1024);
    expect(text('count-time')).toMatch(/^\d+(\.\d+)? (ms|s)$/);
    expect(screen.getByTestId('count-points-chain').getAttribute('d')).not.toBe('');
    expect(screen.getByTestId('count-points-grid').getAttribute('d')).toBe('');
    expect(screen.getByTestId('count-times').getAttribute('aria-label')).toBe(en.plotLabel(1));
    // Counted a second time, the point is kept and a second one added.
    fireEvent.click(screen.getByRole('button', { name: en.count }));
    await waitFor(() =>
      expect(screen.getByTestId('count-times').getAttribute('aria-label')).toBe(en.plotLabel(2)),
    );
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('shows progress while counting, and Cancel stops it where it is', async () => {
    render('?count-states.n=24');
    fireEvent.click(screen.getByRole('button', { name: en.count }));
    await waitFor(() => expect(progressValue()).toBeGreaterThan(0), { timeout: 5000 });
    expect(text('count-status')).toMatch(/^Counting: [\d,]+ of 16,777,216 states \(\d+ %\)…$/);
    const cancel = screen.getByRole('button', { name: en.cancel });
    expect(cancel).toHaveProperty('disabled', false);
    fireEvent.click(cancel);
    const stopped = progressValue();
    expect(stopped).toBeLessThan(2 ** 24);
    expect(text('count-status')).toMatch(/^Cancelled after [\d,]+ of 16,777,216 states\.$/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(progressValue()).toBe(stopped);
    expect(text('count-logz')).toBe('—');
    expect(screen.getByRole('button', { name: en.cancel })).toHaveProperty('disabled', true);
  });

  it('a change of settings ends the count', async () => {
    render('?count-states.n=24');
    fireEvent.click(screen.getByRole('button', { name: en.count }));
    await waitFor(() => expect(progressValue()).toBeGreaterThan(0), { timeout: 5000 });
    fireEvent.change(screen.getByLabelText(en.n), { target: { value: '23' } });
    expect(text('count-status')).toBe(en.status.idle('8,388,608'));
    expect(progressValue()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(progressValue()).toBe(0);
  });

  it('extrapolates at the measured rate in words, checked against a hand computation', () => {
    // A count of 20 spins at exactly 10⁶ states per second.
    addCountRecord({ n: 20, layout: 'grid', seconds: 2 ** 20 / 1e6, statesPerSecond: 1e6 });
    render();
    expect(text('count-extrapolation')).toMatch(en.extrapolation.heading('1.0 × 10⁶', 20));
    // 40 spins: 2⁴⁰ / 10⁶ = 1,099,511.6 s = 12.73 days.
    expect(text('count-extrapolation-40')).toBe(
      `${en.extrapolation.spins40}${en.extrapolation.separator}${en.duration.days('13')}`,
    );
    // 100 spins: 2¹⁰⁰ / 10⁶ = 1.2677 × 10²⁴ s = 4.017 × 10¹⁶ years (of 31,557,600 s) = 2.91 × 10⁶ universes.
    expect(text('count-extrapolation-100')).toBe(
      `${en.extrapolation.spins100}${en.extrapolation.separator}${en.duration.universes('2.9 × 10⁶')}`,
    );
    // 784 spins: log10 = 784 · 0.30103 − 6 − 7.49914 − 10.13988 = 212.368, so 2.3 × 10²¹² universes.
    expect(text('count-extrapolation-784')).toBe(
      `${en.extrapolation.image}${en.extrapolation.separator}${en.duration.universes('2.3 × 10²¹²')}`,
    );
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('durations take sensible units from milliseconds to ages of the universe', () => {
    const words = en.duration;
    expect(durationInWords(-4, words)).toBe(words.underMillisecond);
    expect(durationInWords(Math.log10(0.25), words)).toBe(words.milliseconds('250'));
    expect(durationInWords(Math.log10(42), words)).toBe(words.seconds('42'));
    expect(durationInWords(Math.log10(90 * 60), words)).toBe(words.hours('1.5'));
    expect(durationInWords(Math.log10(20 * 60), words)).toBe(words.minutes('20'));
    expect(durationInWords(Math.log10(3 * 365.25 * 86_400), words)).toBe(words.years('3'));
    expect(durationInWords(Math.log10(5e8 * 365.25 * 86_400), words)).toBe(words.years('5.0 × 10⁸'));
    expect(durationInWords(Math.log10(2.76e10 * 365.25 * 86_400), words)).toBe(words.universes('2'));
    // 10⁵⁰⁰⁰ s: 5000 − 7.49914 − 10.13988 = 4982.361, far beyond a double and still in words
    expect(durationInWords(5000, words)).toBe(words.universes('2.3 × 10⁴⁹⁸²'));
    expect(formatLog10(Math.log10(9.96e12))).toBe('1.0 × 10¹³');
  });

  it('bad URL values are clamped or replaced and reported in notices', () => {
    const { container } = render('?count-states.n=99&count-states.layout=ring');
    expect(screen.getByLabelText(en.n)).toHaveProperty('value', '24');
    expect(screen.getByLabelText(en.grid)).toHaveProperty('checked', true);
    const notice = container.querySelector('.widget__notice') as HTMLElement;
    expect(notice.textContent).toMatch(/n = 99/);
    expect(notice.textContent).toMatch(/layout = ring/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('speaks Chinese', () => {
    render('?count-states.n=12', 'zh');
    expect(screen.getByRole('button', { name: zh.count })).toBeTruthy();
    expect(screen.getByRole('button', { name: zh.cancel })).toBeTruthy();
    expect(text('count-status')).toBe(zh.status.idle('4,096'));
    expect(text('count-extrapolation')).toBe(zh.extrapolation.none);
    expect(screen.getByLabelText(zh.n)).toBeTruthy();
    expect(screen.getByText(zh.limit)).toBeTruthy();
  });
});
