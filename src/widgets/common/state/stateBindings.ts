import type { FigureProps, FigureState } from '../frame/Figure';
import type { SliderProps } from '../inputs/controls';
import type { EnumParam, NumberParam, ParamSpecs, ParamValues } from './urlParams';
import type { WidgetState, WithSeed } from './useWidgetState';

/**
 * Props that connect a widget's URL state to its frame and its sliders, so that every widget wires the seed, the
 * notices and each slider's range the same way, from the one parameter table.
 */

/**
 * The frame's seed and notice props. `afterChange` is whatever else a change of seed must undo in the widget
 * (a run being revealed step by step, say); the sliders take the same argument.
 */
export function frameBindings<S extends ParamSpecs>(
  state: WidgetState<S>,
  afterChange?: () => void,
): Pick<FigureProps, 'seed' | 'notices' | 'onDismissNotices' | 'state'> {
  return {
    state: figureState(state),
    seed: {
      value: state.values.seed,
      onChange: (seed) => {
        state.set('seed', seed as WidgetState<S>['values']['seed']);
        afterChange?.();
      },
      onNew: () => {
        state.newSeed();
        afterChange?.();
      },
    },
    notices: state.notices,
    onDismissNotices: state.dismissNotices,
  };
}

/**
 * The frame's notice props alone, for a widget in which nothing is random: it shows no seed field, because a seed
 * that changes nothing would only puzzle the reader.
 */
export function noticeBindings<S extends ParamSpecs>(
  state: WidgetState<S>,
): Pick<FigureProps, 'notices' | 'onDismissNotices' | 'state'> {
  return { state: figureState(state), notices: state.notices, onDismissNotices: state.dismissNotices };
}

/** What the frame reads of the state: the link it shares (and its QR code), the locks, the export's metadata. */
export function figureState<S extends ParamSpecs>(state: WidgetState<S>): FigureState {
  return { specs: state.specs, values: state.values, locks: state.locks };
}

type NumberParamName<S extends ParamSpecs> = {
  [K in keyof S]: S[K] extends NumberParam ? K : never;
}[keyof S];

type EnumParamName<S extends ParamSpecs> = {
  [K in keyof S]: S[K] extends EnumParam ? K : never;
}[keyof S];

/**
 * A numeric parameter's value, range, step, unit, scale and setter, from its row of the parameter table:
 * `<Slider label={t.n} {...sliderBindings(state, 'n')} />`. The slider carries `data-param`, so tests and the
 * widget contract find it by the parameter's name rather than by its (translated) label.
 */
export function sliderBindings<S extends ParamSpecs, K extends NumberParamName<WithSeed<S>>>(
  state: WidgetState<S>,
  name: K,
  afterChange?: () => void,
): Pick<SliderProps, 'value' | 'min' | 'max' | 'step' | 'unit' | 'scale' | 'integer' | 'param' | 'onChange'> {
  const spec = state.specs[name] as NumberParam;
  return {
    value: state.values[name] as number,
    min: spec.min,
    max: spec.max,
    // Only what the table says: an absent key must not override a prop the widget wrote before the spread.
    ...(spec.step !== undefined && { step: spec.step }),
    ...(spec.unit !== undefined && { unit: spec.unit }),
    ...(spec.scale !== undefined && { scale: spec.scale }),
    ...(spec.integer !== undefined && { integer: spec.integer }),
    param: String(name),
    onChange: (value) => {
      state.set(name, value as WidgetState<S>['values'][K]);
      afterChange?.();
    },
  };
}

/** An enum parameter's value and setter for a `Choice`: `<Choice label options {...choiceBindings(state, 'k')} />`. */
export function choiceBindings<S extends ParamSpecs, K extends EnumParamName<WithSeed<S>>>(
  state: WidgetState<S>,
  name: K,
  afterChange?: () => void,
): {
  value: ParamValues<WithSeed<S>>[K];
  param: string;
  onChange: (value: ParamValues<WithSeed<S>>[K]) => void;
} {
  return {
    value: state.values[name],
    param: String(name),
    onChange: (value) => {
      state.set(name, value);
      afterChange?.();
    },
  };
}
