import { type FormEvent, useEffect, useId, useState } from 'react';
import { useLang } from '../../widgets/common/lang';
import { AnswerFeedback } from './AnswerFeedback';
import { useExercise } from './ExerciseContext';
import { isWithin, parseNumber } from './parseNumber';
import { exerciseRecord, recordAnswer } from './recordExercise';
import { EXERCISE_UI } from './strings';

interface NumericAnswerProps {
  /** The answer, computed from the worked solution. */
  value: number;
  /** Counted right within ±tolerance, in the answer's units (stated to the reader). */
  tolerance: number;
  unit?: string;
  /** What is asked for, e.g. "(a) Z"; defaults to "Your answer". */
  label?: string;
  /** Shown after a wrong answer: the usual slip and how to avoid it. */
  wrongHint?: string;
  /** Needed when an exercise has more than one answer: a name, the same in both languages. */
  part?: string;
}

function verdictOf(given: string, value: number, tolerance: number): 'right' | 'wrong' | 'invalid' {
  const number = parseNumber(given);
  if (Number.isNaN(number)) return 'invalid';
  return isWithin(number, value, tolerance) ? 'right' : 'wrong';
}

/** A number field with a Check button; the reader's last answer is kept and checked again on return. */
export function NumericAnswer(props: NumericAnswerProps) {
  const { value, tolerance, unit, wrongHint, part = 'answer' } = props;
  const exercise = useExercise();
  exercise.register(part);
  const t = EXERCISE_UI[useLang()];
  const inputId = useId();
  const noteId = useId();
  const [stored] = useState(() => exerciseRecord(exercise.slug, exercise.id).answers[part] ?? '');
  const [given, setGiven] = useState(stored);
  const [verdict, setVerdict] = useState(() => (stored ? verdictOf(stored, value, tolerance) : undefined));
  const { report } = exercise;

  useEffect(() => {
    if (stored) report(part, verdictOf(stored, value, tolerance) === 'right');
  }, [stored, report, part, value, tolerance]);

  const check = (event: FormEvent) => {
    event.preventDefault();
    const next = verdictOf(given, value, tolerance);
    setVerdict(next);
    if (next === 'invalid') return;
    recordAnswer(exercise.slug, exercise.id, part, given);
    report(part, next === 'right');
  };

  return (
    <form className="exercise__answer" onSubmit={check} data-part={part}>
      <label htmlFor={inputId}>{props.label ?? t.answer}</label>{' '}
      <input
        id={inputId}
        type="text"
        autoComplete="off"
        spellCheck={false}
        size={12}
        value={given}
        onChange={(event) => setGiven(event.target.value)}
        aria-describedby={noteId}
        aria-invalid={verdict === 'wrong' || verdict === 'invalid' ? true : undefined}
      />
      {unit && <span className="exercise__unit"> {unit}</span>} <button type="submit">{t.check}</button>
      <span className="exercise__note" id={noteId}>
        {' '}
        {tolerance > 0 ? t.within(formatTolerance(tolerance), unit) : t.exact}
      </span>
      <AnswerFeedback verdict={verdict} wrongHint={wrongHint} />
    </form>
  );
}

/** ±1e11 reads "1 × 10^11", not twelve digits; ordinary tolerances (0.002, 0.5) are printed as written. */
function formatTolerance(tolerance: number): string {
  if (tolerance < 1e5 && tolerance >= 1e-4) return String(tolerance);
  const [mantissa, exponent] = tolerance.toExponential().split('e');
  return `${mantissa} × 10^${Number(exponent)}`;
}
