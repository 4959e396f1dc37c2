import { createContext, useContext } from 'react';

/** What an answer inside an `<Exercise>` needs: where its answer is kept, and whom to tell when it is right. */
export interface ExerciseContextValue {
  slug: string;
  id: string;
  /** Called while rendering, once per part, so the exercise knows every part before any of them reports. */
  register(part: string): void;
  report(part: string, correct: boolean): void;
}

export const ExerciseContext = createContext<ExerciseContextValue | undefined>(undefined);

export function useExercise(): ExerciseContextValue {
  const exercise = useContext(ExerciseContext);
  if (!exercise) throw new Error('An answer must be placed inside <Exercise id="…"> (src/book/exercises/).');
  return exercise;
}
