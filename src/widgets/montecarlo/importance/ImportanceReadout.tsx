import { Readout } from '../../common/inputs/controls';
import { formatNumber } from '../../common/lang';
import type { ImportanceModel } from './model';
import type { IMPORTANCE_STRINGS } from './strings';

/** Below this fraction N_eff/N the widget says in words that the estimate cannot be trusted. */
export const ESS_WARNING_FRACTION = 0.05;

type Strings = (typeof IMPORTANCE_STRINGS)['en'];

/** The estimate against the exact value, and how many draws the weighted sample is worth, in numbers and words. */
export function ImportanceReadout(props: { model: ImportanceModel; t: Strings }) {
  const { model, t } = props;
  const r = model.result;
  const estimate = r?.kind === 'estimate' ? r : null;
  const essFraction = estimate ? estimate.ess / estimate.n : 0;
  const errorInSe = estimate
    ? Math.abs(estimate.estimate - model.exact) / estimate.standardError
    : Number.NaN;
  const exactText = model.exactIsNumerical
    ? t.exactNumerical(formatNumber(model.exact, 5))
    : formatNumber(model.exact, 5);
  const theoryText = model.theory
    ? model.theory.kind === 'finite'
      ? formatNumber(model.theory.essFraction, 3)
      : t.infiniteVariance
    : null;
  return (
    <>
      {estimate && essFraction < ESS_WARNING_FRACTION && (
        <p className="warning" role="status" data-testid="importance-warning">
          {t.collapse(`${formatNumber(100 * essFraction, 2)} %`, formatNumber(estimate.ess, 3))}
        </p>
      )}
      {r?.kind === 'all-weights-zero' && (
        <p className="warning" role="status" data-testid="importance-warning">
          {t.allZero}
        </p>
      )}
      {estimate && estimate.standardError === 0 && <p data-testid="importance-zero-se">{t.zeroSe}</p>}
      <Readout
        items={[
          {
            label: t.estimate,
            value: (
              <span data-testid="importance-estimate" data-value={estimate?.estimate}>
                {estimate
                  ? `${formatNumber(estimate.estimate, 4)} ± ${formatNumber(estimate.standardError, 2)}`
                  : '—'}
              </span>
            ),
          },
          {
            label: t.exact,
            value: (
              <span data-testid="importance-exact" data-value={model.exact}>
                {exactText}
              </span>
            ),
          },
          {
            label: t.errorInSe,
            value: <span data-testid="importance-error-se">{formatNumber(errorInSe, 3)}</span>,
          },
          {
            label: t.ess,
            value: (
              <span data-testid="importance-ess" data-value={estimate?.ess ?? 0}>
                {estimate ? formatNumber(estimate.ess, 4) : '0'}
              </span>
            ),
          },
          {
            label: t.essFraction,
            value: (
              <span data-testid="importance-ess-fraction" data-value={essFraction}>
                {`${formatNumber(100 * essFraction, 3)} %`}
              </span>
            ),
          },
          ...(theoryText !== null
            ? [{ label: t.theory, value: <span data-testid="importance-ess-theory">{theoryText}</span> }]
            : []),
        ]}
      />
    </>
  );
}
