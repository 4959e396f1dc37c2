import { INTEGRANDS, type IntegrandId } from '../../../core';
import { Readout } from '../../common/inputs/controls';
import { formatNumber } from '../../common/lang';
import type { IntegralRuns } from './runs';
import { type INTEGRAL_STRINGS, INTEGRAND_FORMULAS } from './strings';

/** The main run's estimate against the closed form, σ of one draw, and how many repeated runs cover the answer. */
export function IntegralReadout(props: {
  id: IntegrandId;
  runs: IntegralRuns;
  shown: number;
  covered: number;
  estimateText: string;
  t: (typeof INTEGRAL_STRINGS)['en'];
}) {
  const { id, runs, t } = props;
  const integrand = INTEGRANDS[id];
  return (
    <>
      <Readout
        items={[
          { label: t.estimate, value: <span data-testid="integral-estimate">{props.estimateText}</span> },
          {
            label: t.se,
            value: <span data-testid="integral-se">{formatNumber(runs.standardError, 3)}</span>,
          },
          {
            label: t.exact,
            value: (
              <span data-testid="integral-exact">
                {INTEGRAND_FORMULAS[id].exact} = {formatNumber(integrand.exact, 10)}
              </span>
            ),
          },
          {
            label: t.errorInSe,
            value: (
              <span data-testid="integral-error-se">
                {formatNumber(Math.abs(runs.estimate - integrand.exact) / runs.standardError, 2)}
              </span>
            ),
          },
          {
            label: t.sigma,
            value: <span data-testid="integral-sigma">{formatNumber(integrand.sigma, 4)}</span>,
          },
          { label: t.relative, value: formatNumber(integrand.sigma / integrand.exact, 3) },
          {
            label: t.covered,
            value: <span data-testid="integral-covered">{t.coveredValue(props.covered, props.shown)}</span>,
          },
        ]}
      />
      <p data-testid="integral-note">
        {t.note(
          formatNumber(INTEGRANDS.sine.sigma, 3),
          formatNumber(INTEGRANDS.peak.sigma / INTEGRANDS.peak.exact, 3),
        )}
      </p>
    </>
  );
}
