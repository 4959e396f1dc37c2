import {
  EXERCISE_STORAGE_KEY,
  type ExerciseRecord,
  type ExerciseStore,
  loadExercises,
  MAX_ANSWER_LENGTH,
  NAME,
  SLUG,
  storage,
} from './exerciseStore';

/** The chapters' half of exerciseStore.ts: one exercise's record, and writing its answers and solved state. */

function saveExercises(store: ExerciseStore): void {
  try {
    storage()?.setItem(EXERCISE_STORAGE_KEY, JSON.stringify(store));
  } catch {
    // Quota or privacy settings: saved answers are a convenience, the exercises work without them.
  }
}

export function exerciseRecord(slug: string, id: string): ExerciseRecord {
  return loadExercises()[slug]?.[id] ?? { answers: {} };
}

/** Change one exercise's record (read afresh, so another tab's answers in other exercises are kept). */
function update(slug: string, id: string, change: (record: ExerciseRecord) => ExerciseRecord): void {
  if (!SLUG.test(slug) || !NAME.test(id)) return;
  const store = loadExercises();
  const chapter = store[slug] ?? {};
  chapter[id] = change(chapter[id] ?? { answers: {} });
  store[slug] = chapter;
  saveExercises(store);
}

export function recordAnswer(slug: string, id: string, part: string, given: string): void {
  if (!NAME.test(part)) return;
  update(slug, id, (record) => ({
    ...record,
    answers: { ...record.answers, [part]: given.slice(0, MAX_ANSWER_LENGTH) },
  }));
}

/** Solving is for good: a later wrong attempt is shown as wrong, but the exercise stays counted as solved. */
export function recordSolved(slug: string, id: string): void {
  update(slug, id, (record) => ({ ...record, solved: true }));
}
