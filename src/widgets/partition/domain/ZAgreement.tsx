import { Readout } from '../../common/inputs/controls';
import { formatNumber } from '../../common/lang';
import { Z_DIGITS } from './formulas';
import { type DomainView, relativeDifference } from './model';
import type { DOMAIN_STRINGS } from './strings';

/** The two values of Z side by side, to the same digits, and how far apart they are (nothing on ℝ³: no Z). */
export function ZAgreement(props: { view: DomainView; t: (typeof DOMAIN_STRINGS)['en'] }) {
  const { closed, independent } = props.view;
  const { t } = props;
  if (closed.kind !== 'finite' || independent.kind === 'verdicts') return null;
  return (
    <Readout
      items={[
        {
          label: t.closedZ,
          value: <span data-testid="domain-closed-z">{formatNumber(closed.z, Z_DIGITS)}</span>,
        },
        {
          label: t.independentZ[independent.kind],
          value: <span data-testid="domain-independent-z">{formatNumber(independent.z, Z_DIGITS)}</span>,
        },
        {
          label: t.difference,
          value: (
            <span data-testid="domain-difference">
              {formatNumber(relativeDifference(independent.z, closed.z), 2)}
            </span>
          ),
        },
      ]}
    />
  );
}
