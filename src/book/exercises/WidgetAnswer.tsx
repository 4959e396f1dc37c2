import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { useLang } from '../../widgets/common/lang';
import { decodeParams } from '../../widgets/common/state/urlParams';
import { useExercise } from './ExerciseContext';
import { exerciseRecord, recordAnswer } from './recordExercise';
import { EXERCISE_UI } from './strings';
import type { WidgetCheck } from './widgetChecks';

/** Kept as the part's answer once the widget has been set right. */
const DONE = 'set';

/**
 * "Set the widget so that …": right while the widget's live state (its parameters in the address) passes the
 * named check in widgetChecks.ts. Once it has passed, the part stays solved, so the reader may keep exploring.
 */
export function WidgetAnswer(props: { widget: string; check: string; part?: string }) {
  const { widget, part = 'widget' } = props;
  const exercise = useExercise();
  exercise.register(part);
  const t = EXERCISE_UI[useLang()];
  const { search } = useLocation();
  const [check, setCheck] = useState<WidgetCheck>();
  const [doneBefore] = useState(() => exerciseRecord(exercise.slug, exercise.id).answers[part] === DONE);

  useEffect(() => {
    // The checks (and the widget maths they use) are fetched only when an exercise of this kind is on the page.
    let live = true;
    import('./widgetChecks').then(({ WIDGET_CHECKS }) => {
      const found = WIDGET_CHECKS[props.check];
      if (!found || found.widget !== widget)
        throw new Error(`no check "${props.check}" for the widget "${widget}" in widgetChecks.ts`);
      if (live) setCheck(found);
    });
    return () => {
      live = false;
    };
  }, [props.check, widget]);

  const state = useMemo(() => {
    if (!check) return undefined;
    const { values } = decodeParams(widget, check.params, new URLSearchParams(search));
    return { right: check.check(values), readout: check.readout(values) };
  }, [check, widget, search]);

  const { report, slug, id } = exercise;
  const right = state?.right === true;
  const [achieved, setAchieved] = useState(doneBefore);
  useEffect(() => {
    if (right) {
      recordAnswer(slug, id, part, DONE);
      setAchieved(true);
    }
    if (right || achieved) report(part, true);
  }, [right, achieved, report, slug, id, part]);

  return (
    <p
      className="exercise__answer exercise__widget-answer"
      role="status"
      data-part={part}
      data-verdict={right || achieved ? 'right' : 'pending'}
      data-testid="widget-answer"
    >
      <span>{right || achieved ? t.widgetDone : t.widgetNotYet}</span>
      {state && <span className="exercise__readout"> {t.widgetNow(state.readout)}</span>}
    </p>
  );
}
