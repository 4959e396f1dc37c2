import type { FigureProps } from './Figure';
import type { ParamSpec, ParamSpecs } from './urlParams';
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
): Pick<FigureProps, 'seed' | 'notices' | 'onDismissNotices'> {
  return {
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

type NumberParam<S extends ParamSpecs> = {
  [K in keyof S]: S[K] extends Extract<ParamSpec, { kind: 'number' }> ? K : never;
}[keyof S];

/** A numeric parameter's value, range and setter, for a Slider or LogSlider: `<Slider label={…} {...bind} />`. */
export function sliderBindings<S extends ParamSpecs, K extends NumberParam<WithSeed<S>>>(
  state: WidgetState<S>,
  name: K,
  afterChange?: () => void,
): { value: number; min: number; max: number; onChange: (value: number) => void } {
  const spec = state.specs[name] as Extract<ParamSpec, { kind: 'number' }>;
  return {
    value: state.values[name] as number,
    min: spec.min,
    max: spec.max,
    onChange: (value) => {
      state.set(name, value as WidgetState<S>['values'][K]);
      afterChange?.();
    },
  };
}
