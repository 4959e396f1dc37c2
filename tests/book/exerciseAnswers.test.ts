import { describe, expect, it } from 'vitest';
import type { AnswerComputations } from './exerciseAnswers/types';
import { chapterSlugs, LANGUAGES, readExercises } from './exerciseSource';

/**
 * Every chapter's exercises: the same exercises in both languages (ids, answer parts, values, tolerances, the
 * position of the right option), every list item an exercise that checks itself with a hint and a solution, and
 * every numeric answer recomputed by `tests/book/exerciseAnswers/<chapter>.ts`.
 */
const computations = import.meta.glob<AnswerComputations>('./exerciseAnswers/[0-9]*.ts', {
  eager: true,
  import: 'ANSWERS',
});
const computationsFor = (slug: string): AnswerComputations =>
  computations[`./exerciseAnswers/${slug}.ts`] ?? {};

describe.each(chapterSlugs())('the exercises of %s', (slug) => {
  const en = readExercises('en', slug);
  const zh = readExercises('zh', slug);

  it('has 5–8 exercises, every one a self-checking <Exercise> with a hint and a worked solution', () => {
    for (const [lang, chapter] of [
      ['en', en],
      ['zh', zh],
    ] as const) {
      expect(chapter.items.length, `${lang}: number of exercises`).toBeGreaterThanOrEqual(5);
      expect(chapter.items.length, `${lang}: number of exercises`).toBeLessThanOrEqual(8);
      chapter.items.forEach((item, index) => {
        expect(item, `${lang} exercise ${index + 1} is not an <Exercise>`).toMatch(/^<Exercise id="/);
      });
      for (const exercise of chapter.exercises) {
        expect(exercise.parts.length, `${lang} ${exercise.id}: no answer to check`).toBeGreaterThan(0);
        expect(exercise.hasHint, `${lang} ${exercise.id}: hint`).toBe(true);
        expect(exercise.hasSolution, `${lang} ${exercise.id}: solution`).toBe(true);
      }
    }
  });

  it('holds the same exercises, in the same order, with the same answers in both languages', () => {
    expect(zh.exercises.map((e) => e.id)).toEqual(en.exercises.map((e) => e.id));
    en.exercises.forEach((exercise, index) => {
      const other = zh.exercises[index];
      const shape = (parts: typeof exercise.parts) =>
        parts.map((p) =>
          p.kind === 'numeric'
            ? { ...p }
            : p.kind === 'choice'
              ? { kind: p.kind, part: p.part, options: p.options.length, correctIndex: p.correctIndex }
              : { ...p },
        );
      expect(shape(other.parts), exercise.id).toEqual(shape(exercise.parts));
      for (const part of exercise.parts) {
        if (part.kind === 'choice')
          expect(
            part.correctIndex,
            `${exercise.id}.${part.part}: correct is one of the options`,
          ).toBeGreaterThanOrEqual(0);
        if (part.kind === 'numeric') {
          expect(Number.isFinite(part.value), `${exercise.id}.${part.part}: value`).toBe(true);
          expect(part.tolerance, `${exercise.id}.${part.part}: tolerance`).toBeGreaterThan(0);
        }
      }
    });
  });

  it('recomputes every numeric answer, which the reader’s tolerance accepts with room to spare', () => {
    const answers = computationsFor(slug);
    for (const exercise of en.exercises)
      for (const part of exercise.parts) {
        if (part.kind !== 'numeric') continue;
        const compute = answers[exercise.id]?.[part.part];
        expect(
          compute,
          `${exercise.id}.${part.part}: add its computation to exerciseAnswers/${slug}.ts`,
        ).toBeDefined();
        const exact = compute?.() ?? Number.NaN;
        expect(
          Math.abs(exact - part.value),
          `${exercise.id}.${part.part}: stated ${part.value}, computed ${exact}`,
        ).toBeLessThanOrEqual(part.tolerance / 2);
      }
    for (const [id, parts] of Object.entries(answers))
      for (const part of Object.keys(parts))
        expect(
          en.exercises.some((e) => e.id === id && e.parts.some((p) => p.part === part)),
          `exerciseAnswers/${slug}.ts computes ${id}.${part}, which no exercise asks`,
        ).toBe(true);
  });
});

describe('the exercise reader', () => {
  it('finds the parts of an exercise in the order the chapter gives them', () => {
    const first = readExercises('en', '02-undirected-models').exercises[0];
    expect(first.parts.map((p) => p.part)).toEqual(['z', 'all-healthy', 'you-healthy']);
    expect(LANGUAGES).toContain('zh');
  });
});
