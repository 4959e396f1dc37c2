import { useEffect, useMemo, useState } from 'react';
import { useLang } from '../../lang';
import { TextField } from '../controls';
import type { FormulaError } from './errors';
import type { GridValues } from './gridCheck';
import { formulaMessage } from './messages';
import type { TypedDensity } from './parseFormula';
import { checkFormula } from './resolve';
import { FUNCTIONS, MAX_LENGTH, type Variable } from './whitelist';

const HINT = {
  en: (vars: string) =>
    `Allowed: numbers, ${vars}, pi, e, + − * / ^, ( ) and ${Object.keys(FUNCTIONS).join(', ')}.`,
  zh: (vars: string) =>
    `可用：数字、${vars}、pi、e、+ − * / ^、括号，以及 ${Object.keys(FUNCTIONS).join('、')}。`,
};

export interface FormulaFieldProps {
  label: string;
  /** The formula in use (the widget's URL parameter): only valid formulas are committed to it. */
  committed: string;
  variables: readonly Variable[];
  /** Evaluate a parsed formula on the widget's plotting grid (same grid as the plot). */
  onGrid: (density: TypedDensity) => GridValues;
  onCommit: (source: string) => void;
  /** A problem the widget met while sampling (between grid points), shown at the field. */
  samplingProblem?: FormulaError | null;
}

/**
 * A text field for a density formula. Every keystroke is parsed and checked on the grid; a valid formula is
 * committed at once (the plot follows as you type), an invalid one leaves the last valid target on screen and says
 * what is wrong, at the field.
 */
export function FormulaField(props: FormulaFieldProps) {
  const lang = useLang();
  const { committed, variables, onGrid, onCommit } = props;
  const [text, setText] = useState(committed);
  // A reset or a new link changes the committed formula from outside: show it.
  useEffect(() => setText((current) => (current.trim() === committed ? current : committed)), [committed]);

  const verdict = useMemo(() => checkFormula(text, variables, onGrid), [text, variables, onGrid]);
  const error = !verdict.ok ? verdict.error : (props.samplingProblem ?? null);

  return (
    <div className="control control--wide">
      <TextField
        label={props.label}
        value={text}
        wide
        // The browser cuts an absurd paste short; anything over MAX_LENGTH still gets a message rather than a
        // silent truncation.
        maxLength={MAX_LENGTH * 2}
        error={error ? formulaMessage(error, lang) : undefined}
        onChange={(next) => {
          setText(next);
          const result = checkFormula(next, variables, onGrid);
          if (result.ok && result.density.source !== committed) onCommit(result.density.source);
        }}
      />
      <small className="formula-hint">{HINT[lang](variables.join(lang === 'en' ? ', ' : '、'))}</small>
    </div>
  );
}
