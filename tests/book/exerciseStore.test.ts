import { beforeEach, describe, expect, it } from 'vitest';
import { EXERCISE_STORAGE_KEY, loadExercises, solvedCount } from '../../src/book/exercises/exerciseStore';
import { isWithin, parseNumber } from '../../src/book/exercises/parseNumber';
import { exerciseRecord, recordAnswer, recordSolved } from '../../src/book/exercises/recordExercise';

describe('the exercises in localStorage', () => {
  beforeEach(() => localStorage.clear());

  it('keeps answers by part and solved exercises, under one versioned key', () => {
    expect(loadExercises()).toEqual({});
    recordAnswer('03-partition-function', 'ring-of-three', 'z', '42.4');
    recordAnswer('03-partition-function', 'ring-of-three', 'mean', '3');
    recordSolved('03-partition-function', 'z-equals-two');
    expect(exerciseRecord('03-partition-function', 'ring-of-three')).toEqual({
      answers: { z: '42.4', mean: '3' },
    });
    expect(Object.keys(localStorage)).toEqual([EXERCISE_STORAGE_KEY]);
    const ids = ['ring-of-three', 'patience', 'z-equals-two'];
    expect(solvedCount(loadExercises(), '03-partition-function', ids)).toBe(1);
    // Solved is for good: a later answer does not take it back.
    recordAnswer('03-partition-function', 'z-equals-two', 'widget', 'set');
    expect(exerciseRecord('03-partition-function', 'z-equals-two').solved).toBe(true);
    // Ids no longer in the catalogue are not counted.
    expect(solvedCount(loadExercises(), '03-partition-function', ['patience'])).toBe(0);
  });

  it('reads malformed or hostile data as nothing, entry by entry', () => {
    for (const raw of ['not json', 'null', '[]', '42', '{"../x":{}}', '{"03-partition-function":[1]}']) {
      localStorage.setItem(EXERCISE_STORAGE_KEY, raw);
      expect(solvedCount(loadExercises(), '03-partition-function', ['a'])).toBe(0);
    }
    localStorage.setItem(
      EXERCISE_STORAGE_KEY,
      JSON.stringify({
        '03-partition-function': {
          good: { answers: { z: '1' }, solved: true },
          'Bad Id': { solved: true },
          weird: { answers: { z: 5, ok: 'x'.repeat(500), fine: '2' }, solved: 'yes' },
        },
        'not-a-slug': { good: { solved: true } },
      }),
    );
    expect(loadExercises()).toEqual({
      '03-partition-function': {
        good: { answers: { z: '1' }, solved: true },
        weird: { answers: { fine: '2' } },
      },
    });
    // A new answer is stored beside what was valid.
    recordAnswer('03-partition-function', 'good', 'mean', '2.79');
    expect(exerciseRecord('03-partition-function', 'good')).toEqual({
      answers: { z: '1', mean: '2.79' },
      solved: true,
    });
  });

  it('survives storage that throws', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    try {
      expect(() => recordSolved('03-partition-function', 'patience')).not.toThrow();
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});

describe('numbers as readers type them', () => {
  it('reads decimals, signs, scientific notation, fractions and decimal commas', () => {
    expect(parseNumber('0.582')).toBe(0.582);
    expect(parseNumber(' −2 ')).toBe(-2);
    expect(parseNumber('1.8e19')).toBe(1.8e19);
    expect(parseNumber('1.8×10^19')).toBeCloseTo(1.8e19, -5);
    expect(parseNumber('4.04 × 10^-5')).toBeCloseTo(4.04e-5, 12);
    expect(parseNumber('3/4')).toBe(0.75);
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('1 048 576')).toBe(1048576);
    for (const bad of ['', 'abc', '1/0', '0x10', '1..2', '1,2,3', 'e5']) expect(parseNumber(bad)).toBeNaN();
  });

  it('is right within the stated tolerance, on both sides', () => {
    expect(isWithin(42.37, 42.378, 0.01)).toBe(true);
    expect(isWithin(42.39, 42.378, 0.01)).toBe(false);
    expect(isWithin(Number.NaN, 1, 1)).toBe(false);
  });
});
