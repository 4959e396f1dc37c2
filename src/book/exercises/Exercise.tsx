import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useLang } from '../../widgets/common/lang';
import { ExerciseContext, type ExerciseContextValue } from './ExerciseContext';
import { exerciseRecord, recordSolved } from './recordExercise';
import { EXERCISE_UI } from './strings';
import './exercises.css';

/**
 * One exercise that checks itself: its statement, answers (NumericAnswer, ChoiceAnswer, WidgetAnswer), hint and
 * worked solution. It is solved when every answer in it is right; that is remembered (exerciseStore.ts) and
 * counted on the contents page. The id is the same in both languages (scripts/vite/exerciseCatalogue.ts).
 */
export function Exercise(props: { id: string; children?: ReactNode }) {
  const { id } = props;
  const { slug = '' } = useParams();
  const t = EXERCISE_UI[useLang()];
  const [solved, setSolved] = useState(() => exerciseRecord(slug, id).solved === true);
  const parts = useRef(new Map<string, boolean>());

  const report = useCallback(
    (part: string, correct: boolean) => {
      parts.current.set(part, correct);
      if ([...parts.current.values()].every(Boolean)) {
        recordSolved(slug, id);
        setSolved(true);
      }
    },
    [slug, id],
  );
  const context = useMemo<ExerciseContextValue>(
    () => ({
      slug,
      id,
      register: (part) => {
        if (!parts.current.has(part)) parts.current.set(part, false);
      },
      report,
    }),
    [slug, id, report],
  );

  return (
    <div className="exercise" id={`exercise-${id}`} data-exercise={id} data-solved={solved || undefined}>
      <p className="exercise__status" aria-live="polite" data-testid="exercise-status">
        {solved ? t.solved : ''}
      </p>
      <ExerciseContext.Provider value={context}>{props.children}</ExerciseContext.Provider>
    </div>
  );
}
