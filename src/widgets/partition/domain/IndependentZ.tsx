import type { FieldPartition } from '../../../core';
import { formatNumber } from '../../common/lang';
import type { IndependentZ as Independent } from './model';
import { QuadratureTable } from './QuadratureTable';
import { StatesTable } from './StatesTable';
import type { DOMAIN_STRINGS } from './strings';

/**
 * Z computed without the closed form: the 8 states listed, the three 1-D integrals by quadrature, or on ℝ³ the
 * quadrature's tail test, which names for each variable the side of the line where its integral diverges.
 */
export function IndependentZ(props: {
  b: readonly number[];
  spins: boolean;
  independent: Independent;
  closed: FieldPartition;
  t: (typeof DOMAIN_STRINGS)['en'];
}) {
  const { b, independent, closed, t } = props;
  return (
    <section className="domain-independent" data-testid="domain-independent">
      <p className="domain-subtitle">{t.independentTitle[independent.kind]}</p>
      {independent.kind === 'listing' && (
        <StatesTable
          states={independent.states}
          b={b}
          z={independent.z}
          spins={props.spins}
          caption={t.statesCaption}
          columns={t.stateColumns}
          sum={t.sum}
        />
      )}
      {independent.kind === 'quadrature' && closed.kind === 'finite' && (
        <QuadratureTable
          b={b}
          quadrature={independent.factors}
          closed={closed.factors}
          z={independent.z}
          caption={t.quadratureCaption}
          columns={t.quadratureColumns}
          product={t.product}
        />
      )}
      {independent.kind === 'verdicts' && (
        <div className="warning" role="status" data-testid="domain-verdict" data-verdict="divergent">
          <p>
            <strong>{t.noDistribution}</strong>
          </p>
          <ul>
            {independent.sides.map((side, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one line per variable, always three
              <li key={i}>{t.side(i + 1, formatNumber(b[i], 3), side)}</li>
            ))}
          </ul>
          <p>{t.everyB}</p>
        </div>
      )}
    </section>
  );
}
