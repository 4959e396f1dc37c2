import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDiscreteModel, exactInference } from '../../../src/core';
import { formatNumber } from '../../../src/widgets/common/lang';
import { ColdSpread } from '../../../src/widgets/undirected/ColdSpread';
import { COLD_STRINGS } from '../../../src/widgets/undirected/cold/strings';
import { renderWidget } from '../renderWidget';

const en = COLD_STRINGS.en;
const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const render = (search = '', lang: 'en' | 'zh' = 'en') =>
  renderWidget(<ColdSpread />, { id: 'cold', search, lang });
const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

type Table = number[][];
const DEFAULT: Table = [
  [2, 1],
  [1, 10],
];

/** Brute force, written out here independently of the widget: p̃(y, r, c) = φ_yc(y, c) · φ_yr(y, r). */
function bruteForce(yc: Table, yr: Table) {
  const pTilde = (y: number, r: number, c: number) => yc[y][c] * yr[y][r];
  let Z = 0;
  for (const y of [0, 1]) for (const r of [0, 1]) for (const c of [0, 1]) Z += pTilde(y, r, c);
  const roommateHealthy = (c: number, y?: number) => {
    let num = 0;
    let den = 0;
    for (const yy of y === undefined ? [0, 1] : [y])
      for (const r of [0, 1]) {
        den += pTilde(yy, r, c);
        if (r === 1) num += pTilde(yy, r, c);
      }
    return num / den;
  };
  return { pTilde, Z, roommateHealthy };
}

describe('ColdSpread', () => {
  it('shows p̃, P and Z of all 8 states exactly (brute force and the core agree)', () => {
    render();
    const exact = bruteForce(DEFAULT, DEFAULT);
    expect(exact.Z).toBe(130);
    expect(text('cold-Z')).toBe('130');
    // The core's enumeration (variables y, r, c) gives the same Z.
    const model = createDiscreteModel({
      cardinalities: [2, 2, 2],
      factors: [
        { scope: [0, 2], potential: DEFAULT.flat() },
        { scope: [0, 1], potential: DEFAULT.flat() },
      ],
    });
    expect(Math.exp(exactInference(model).logZ)).toBeCloseTo(130, 10);
    for (const y of [0, 1])
      for (const r of [0, 1])
        for (const c of [0, 1]) {
          const name = `${y}${r}${c}`;
          expect(text(`cold-unnormalised-${name}`)).toBe(formatNumber(exact.pTilde(y, r, c), 6));
          expect(text(`cold-probability-${name}`)).toBe(formatNumber(exact.pTilde(y, r, c) / 130, 4));
        }
    expect(text('cold-probability-111')).toBe(formatNumber(100 / 130, 4));
  });

  it('an edited entry changes p̃, Z and the bars', () => {
    render();
    const bars = screen.getByTestId('cold-bars').getAttribute('d');
    type('cold-table-yc-11', '20');
    const table = [
      [2, 1],
      [1, 20],
    ];
    expect(text('cold-Z')).toBe(String(bruteForce(table, DEFAULT).Z));
    expect(text('cold-Z')).toBe('240');
    expect(screen.getByTestId('cold-bars').getAttribute('d')).not.toBe(bars);
  });

  it('answers an unusable entry at the field and changes nothing', () => {
    const { container } = render();
    for (const [typed, message] of [
      ['-1', en.entryErrors.negative],
      ['', en.entryErrors.empty],
      ['abc', en.entryErrors.notANumber],
      ['1e9', en.entryErrors.tooLarge],
      ['Infinity', en.entryErrors.tooLarge],
    ]) {
      type('cold-table-yr-01', typed);
      expect(screen.getByRole('alert').textContent).toContain(message);
      expect(screen.getByTestId('cold-table-yr-01').getAttribute('aria-invalid')).toBe('true');
      expect(text('cold-Z')).toBe('130');
    }
    type('cold-table-yr-01', '0.5');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(text('cold-Z')).toBe(
      String(
        bruteForce(DEFAULT, [
          [2, 0.5],
          [1, 10],
        ]).Z,
      ),
    );
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('a table of zeros gives Z = 0, said in words, with no NaN anywhere', () => {
    const { container } = render('?cold.yc00=0&cold.yc01=0&cold.yc10=0&cold.yc11=0');
    expect(text('cold-Z')).toBe('0');
    expect(text('cold-problem')).toBe(en.zeroZ);
    expect(text('cold-probability-000')).toBe('—');
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('observing you makes the bars conditional, and the colleague stops mattering for the roommate', () => {
    render();
    const exact = bruteForce(DEFAULT, DEFAULT);
    const you = screen.getByTestId('cold-person-you');
    fireEvent.click(you);
    expect(you.getAttribute('data-value')).toBe('healthy');
    expect(text('cold-Zevidence')).toBe('121');
    expect(text('cold-probability-011')).toBe('0');
    expect(text('cold-probability-111')).toBe(formatNumber(100 / 121, 4));
    const given = text('cold-given-you-1');
    expect(given).toContain(`= ${formatNumber(exact.roommateHealthy(0, 1), 4)}`);
    expect(given).toContain(en.sameVerdict);
    expect(exact.roommateHealthy(0, 1)).toBeCloseTo(exact.roommateHealthy(1, 1), 14);
    // With you unobserved, the colleague is evidence about the roommate: 12/17 against 101/113.
    const free = text('cold-given-nothing');
    expect(exact.roommateHealthy(0)).toBeCloseTo(12 / 17, 14);
    expect(exact.roommateHealthy(1)).toBeCloseTo(101 / 113, 14);
    expect(free).toContain(formatNumber(12 / 17, 4));
    expect(free).toContain(formatNumber(101 / 113, 4));
    expect(free).toContain(en.differentVerdict);
    // Keyboard: Enter cycles on to "sick", then back to not observed.
    fireEvent.keyDown(you, { key: 'Enter' });
    expect(you.getAttribute('data-value')).toBe('sick');
    expect(text('cold-Zevidence')).toBe('9');
    fireEvent.keyDown(you, { key: ' ' });
    expect(you.getAttribute('data-value')).toBe('free');
  });

  it('an impossible observation is said in words', () => {
    render('?cold.yc10=0&cold.yc11=0&cold.you=healthy');
    expect(text('cold-problem')).toBe(en.impossibleEvidence);
    expect(text('cold-given-you-1')).toContain(en.undefinedConditional);
  });

  it('restores entries and observations from the URL, and reports unusable values', () => {
    const { container } = render('?cold.yr11=5&cold.colleague=sick&cold.yc11=-3&cold.roommate=maybe');
    expect(screen.getByTestId('cold-table-yr-11')).toHaveProperty('value', '5');
    expect(screen.getByTestId('cold-person-colleague').getAttribute('data-value')).toBe('sick');
    const notice = container.querySelector('.widget__notice')?.textContent ?? '';
    expect(notice).toMatch(/yc11 = -3/);
    expect(notice).toMatch(/roommate = maybe/);
  });

  it('speaks Chinese', () => {
    render('', 'zh');
    expect(screen.getByTestId('cold-person-you').getAttribute('aria-label')).toBe(
      COLD_STRINGS.zh.personButton('你', null),
    );
    expect(screen.getByText(COLD_STRINGS.zh.tableYC)).toBeTruthy();
  });
});
