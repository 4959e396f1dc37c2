import { Choice, Slider } from '../../common/inputs/controls';
import { FormulaField } from '../../common/inputs/formula/FormulaField';
import type { GridValues } from '../../common/inputs/formula/gridCheck';
import type { TypedDensity } from '../../common/inputs/formula/parseFormula';
import { choiceBindings, sliderBindings } from '../../common/state/stateBindings';
import type { WidgetState } from '../../common/state/useWidgetState';
import type { IMPORTANCE_PARAMS } from '../ImportanceSampling';
import type { IMPORTANCE_STRINGS } from './strings';

export const VARIABLES = ['x'] as const;

/** The target (built-in or typed), the function f, and the proposal's centre, width and draws. */
export function ImportanceControls(props: {
  state: WidgetState<typeof IMPORTANCE_PARAMS>;
  t: (typeof IMPORTANCE_STRINGS)['en'];
  onGrid: (density: TypedDensity) => GridValues;
  /** Where a typed target met a bad value while sampling, shown at the formula field. */
  badValueAt: number | null;
}) {
  const { state, t } = props;
  return (
    <>
      <Choice
        label={t.target}
        options={[
          { value: 'normal', label: t.normal },
          { value: 'formula', label: t.formula },
        ]}
        {...choiceBindings(state, 'target')}
      />
      {state.values.target === 'formula' && (
        <FormulaField
          label={t.formulaLabel}
          committed={state.values.formula}
          variables={VARIABLES}
          onGrid={props.onGrid}
          onCommit={(source) => state.set('formula', source)}
          samplingProblem={
            props.badValueAt !== null ? { code: 'bad-value-while-sampling', x: props.badValueAt } : null
          }
        />
      )}
      <Choice
        label={t.f}
        options={[
          { value: 'square', label: t.square },
          { value: 'tail', label: t.tail },
          { value: 'identity', label: t.identity },
        ]}
        {...choiceBindings(state, 'f')}
      />
      <Slider label={t.centre} {...sliderBindings(state, 'centre')} />
      <Slider label={t.width} {...sliderBindings(state, 'width')} />
      <Slider label={t.n} {...sliderBindings(state, 'n')} />
    </>
  );
}
