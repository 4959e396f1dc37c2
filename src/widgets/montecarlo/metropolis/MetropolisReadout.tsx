import { Readout } from '../../common/inputs/controls';
import { formatNumber, useStrings } from '../../common/lang';
import type { ChainSummary } from '../../common/plots/diagnostics/chainStats';
import { diagnoseSteps, standardErrorsOff } from './diagnosis';
import type { ChainRun } from './model';
import { METROPOLIS_STRINGS } from './strings';

/**
 * Under the plots: what the acceptance rate says about σ, a warning when the chain average is implausibly far from
 * the exact mean, and the numbers (acceptance, ESS, τ, mean ± MCSE, the last proposal's fate).
 */
export function MetropolisReadout(props: {
  run: ChainRun;
  shown: number;
  summary: ChainSummary | null;
  exactMean: number | null;
}) {
  const t = useStrings(METROPOLIS_STRINGS);
  const { run, shown, summary, exactMean } = props;
  const acceptance = shown > 0 ? run.acceptedBefore[shown] / shown : 0;
  const diagnosis = diagnoseSteps(acceptance, shown);
  const offBy = standardErrorsOff(summary, exactMean);
  const last = shown - 1;
  return (
    <>
      {diagnosis && (
        <p
          className={diagnosis === 'fine' ? undefined : 'warning'}
          role="status"
          data-testid="metropolis-diagnosis"
        >
          {t[diagnosis]}
        </p>
      )}
      {offBy > 4 && (
        <p className="warning" role="status" data-testid="metropolis-far-off">
          {t.farOff(formatNumber(offBy, 2))}
        </p>
      )}
      <Readout
        items={[
          { label: t.shownSteps, value: <span data-testid="metropolis-shown">{shown}</span> },
          {
            label: t.acceptance,
            value: (
              <span data-testid="metropolis-acceptance" data-value={acceptance}>
                {formatNumber(acceptance, 3)}
              </span>
            ),
          },
          {
            label: t.ess,
            value: (
              <span data-testid="metropolis-ess" data-value={summary?.ess ?? 0}>
                {summary ? formatNumber(summary.ess, 3) : '—'}
              </span>
            ),
          },
          { label: t.essFraction, value: summary ? formatNumber(summary.ess / summary.n, 3) : '—' },
          { label: t.tau, value: summary ? formatNumber(summary.n / summary.ess, 3) : '—' },
          {
            label: t.meanX,
            value: (
              <span data-testid="metropolis-mean">
                {summary ? `${formatNumber(summary.mean, 3)} ± ${formatNumber(summary.mcse, 2)}` : '—'}
              </span>
            ),
          },
          ...(exactMean !== null ? [{ label: t.exactMeanX, value: formatNumber(exactMean, 4) }] : []),
          {
            label: t.lastProposal,
            value: last < 0 ? t.none : run.accepted[last] ? t.accepted : t.rejected,
          },
        ]}
      />
    </>
  );
}
