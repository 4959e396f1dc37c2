import type { ReactNode } from 'react';
import { Choice } from '../controls';
import { FormulaField, type FormulaFieldProps } from './FormulaField';

/** The option of a target choice that means "the reader's own formula". */
export const FORMULA_OPTION = 'formula';

export interface TargetChoiceProps<T extends string> {
  label: string;
  /** The built-in targets and, among them, the option `'formula'`. */
  options: readonly { value: T; label: ReactNode }[];
  value: T;
  onChange: (value: T) => void;
  /** The parameter the choice sets (`data-param`); `choiceBindings` gives it with value and onChange. */
  param?: string;
  /** The formula field, shown under the choice while `'formula'` is chosen. */
  formula: FormulaFieldProps;
}

/**
 * A choice of target densities — built-in ones, or one the reader types — with the formula field appearing under
 * it when the typed target is chosen. The rejection, importance and Metropolis widgets offer their targets so.
 */
export function TargetChoice<T extends string>(props: TargetChoiceProps<T>) {
  return (
    <>
      <Choice
        label={props.label}
        options={props.options}
        value={props.value}
        onChange={props.onChange}
        param={props.param}
      />
      {props.value === FORMULA_OPTION && <FormulaField {...props.formula} />}
    </>
  );
}
