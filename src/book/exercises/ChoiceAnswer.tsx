import { type FormEvent, useEffect, useId, useState } from 'react';
import { useLang } from '../../widgets/common/lang';
import { AnswerFeedback } from './AnswerFeedback';
import { useExercise } from './ExerciseContext';
import { exerciseRecord, recordAnswer } from './recordExercise';
import { EXERCISE_UI } from './strings';

interface ChoiceAnswerProps {
  /** The options as the reader reads them (in the chapter's language). */
  options: readonly string[];
  /** The right option, written exactly as in `options`. */
  correct: string;
  /** The question, shown as the group's legend; defaults to "Your answer". */
  label?: string;
  wrongHint?: string;
  part?: string;
}

/**
 * One answer out of a few, as radio buttons with a Check button. The choice is kept by its position, so it is
 * the same answer when the reader switches language.
 */
export function ChoiceAnswer(props: ChoiceAnswerProps) {
  const { options, correct, wrongHint, part = 'choice' } = props;
  const exercise = useExercise();
  exercise.register(part);
  const t = EXERCISE_UI[useLang()];
  const name = useId();
  const correctIndex = options.indexOf(correct);
  const [stored] = useState(() => {
    const index = Number(exerciseRecord(exercise.slug, exercise.id).answers[part]);
    return Number.isInteger(index) && index >= 0 && index < options.length ? index : undefined;
  });
  const [chosen, setChosen] = useState(stored);
  const [verdict, setVerdict] = useState<'right' | 'wrong' | undefined>(
    stored === undefined ? undefined : stored === correctIndex ? 'right' : 'wrong',
  );
  const { report } = exercise;

  useEffect(() => {
    if (stored !== undefined) report(part, stored === correctIndex);
  }, [stored, correctIndex, report, part]);

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (chosen === undefined) return;
    const right = chosen === correctIndex;
    setVerdict(right ? 'right' : 'wrong');
    recordAnswer(exercise.slug, exercise.id, part, String(chosen));
    report(part, right);
  };

  return (
    <form className="exercise__answer exercise__answer--choice" onSubmit={check} data-part={part}>
      <fieldset>
        <legend>{props.label ?? t.answer}</legend>
        {options.map((option, index) => (
          <label key={option} className="exercise__option">
            <input
              type="radio"
              name={name}
              value={index}
              checked={chosen === index}
              onChange={() => setChosen(index)}
            />{' '}
            {option}
          </label>
        ))}
      </fieldset>
      <button type="submit" aria-disabled={chosen === undefined ? true : undefined}>
        {t.check}
      </button>
      {chosen === undefined && <span className="exercise__note"> {t.pickOne}</span>}
      <AnswerFeedback verdict={verdict} wrongHint={wrongHint} />
    </form>
  );
}
