import type { FieldDomain, FieldPartition } from '../../../core';
import { Tex } from '../../common/math/Tex';
import { closedFormula } from './formulas';

/** Z in closed form for the chosen domain, typeset, with its three factors and its value (or = ∞ on ℝ³). */
export function ClosedForm(props: {
  domain: FieldDomain;
  closed: FieldPartition;
  title: string;
  unitLimit: string;
}) {
  const formula = closedFormula(props.domain, props.closed);
  return (
    <section className="domain-closed" data-testid="domain-closed">
      <p className="domain-subtitle">{props.title}</p>
      <Tex tex={formula.tex} fallback={formula.text} display testId="domain-closed-formula" />
      {props.domain === 'unit' && <p className="partition-note">{props.unitLimit}</p>}
    </section>
  );
}
