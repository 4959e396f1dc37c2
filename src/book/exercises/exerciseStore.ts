/**
 * The reader's exercises, kept in localStorage under one versioned key: what they answered in each part of each
 * exercise, and which exercises they have solved. Like progress.ts, anything malformed reads as "nothing yet",
 * entry by entry, so one bad value never loses the rest. Reading only: the contents page needs no more (the
 * writing half, recordExercise.ts, loads with the chapters).
 */

/** One exercise: the answer given to each of its parts (by part name), and whether it has been solved. */
export interface ExerciseRecord {
  answers: Record<string, string>;
  solved?: true;
}

/** By chapter slug, then by exercise id. */
export type ExerciseStore = Record<string, Record<string, ExerciseRecord>>;

export const EXERCISE_STORAGE_KEY = 'fdm:exercises:v1';

export const SLUG = /^\d\d-[a-z0-9-]+$/;
export const NAME = /^[a-z0-9-]{1,60}$/;
/** Longest answer text kept: an answer is a number or an option, never an essay. */
export const MAX_ANSWER_LENGTH = 100;

export function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage disabled (private mode, sandboxed frame)
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function cleanRecord(raw: unknown): ExerciseRecord | undefined {
  if (!isObject(raw)) return undefined;
  const answers: Record<string, string> = {};
  if (isObject(raw.answers)) {
    for (const [part, given] of Object.entries(raw.answers)) {
      if (NAME.test(part) && typeof given === 'string' && given.length <= MAX_ANSWER_LENGTH)
        answers[part] = given;
    }
  }
  return raw.solved === true ? { answers, solved: true } : { answers };
}

/** Read the store; unknown chapters, ids or values are dropped, not trusted. */
export function loadExercises(): ExerciseStore {
  const raw = storage()?.getItem(EXERCISE_STORAGE_KEY);
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!isObject(parsed)) return {};
  const store: ExerciseStore = {};
  for (const [slug, chapter] of Object.entries(parsed)) {
    if (!SLUG.test(slug) || !isObject(chapter)) continue;
    const exercises: Record<string, ExerciseRecord> = {};
    for (const [id, record] of Object.entries(chapter)) {
      const clean = NAME.test(id) ? cleanRecord(record) : undefined;
      if (clean) exercises[id] = clean;
    }
    store[slug] = exercises;
  }
  return store;
}

/** How many of a chapter's exercises (the ids in the catalogue) the reader has solved. */
export function solvedCount(store: ExerciseStore, slug: string, ids: readonly string[]): number {
  const chapter = store[slug];
  return chapter ? ids.filter((id) => chapter[id]?.solved).length : 0;
}
