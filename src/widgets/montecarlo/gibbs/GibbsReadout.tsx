import type { bivariateGibbsTheory } from '../../../core';
import { Readout } from '../../common/inputs/controls';
import { formatNumber, useStrings } from '../../common/lang';
import type { ChainSummary } from '../../common/plots/diagnostics/chainStats';
import { GIBBS_STRINGS } from './strings';

/** The chain's numbers next to the theory's: step size, ESS against N/τ, τ estimated against (1 + ρ²)/(1 − ρ²). */
export function GibbsReadout(props: {
  sweeps: number;
  summary: ChainSummary | null;
  theory: ReturnType<typeof bivariateGibbsTheory>;
}) {
  const t = useStrings(GIBBS_STRINGS);
  const { summary, theory } = props;
  const essTheory = summary ? summary.n / theory.tau : Number.NaN;
  return (
    <Readout
      items={[
        { label: t.shown, value: <span data-testid="gibbs-shown">{props.sweeps}</span> },
        {
          label: t.conditionalSd,
          value: <span data-testid="gibbs-step-sd">{formatNumber(theory.conditionalSd, 3)}</span>,
        },
        { label: t.longSd, value: formatNumber(theory.longAxisSd, 3) },
        {
          label: t.ess,
          value: (
            <span data-testid="gibbs-ess" data-value={summary?.ess ?? 0}>
              {summary ? formatNumber(summary.ess, 3) : '—'}
            </span>
          ),
        },
        {
          label: t.essTheory,
          value: (
            <span
              data-testid="gibbs-ess-theory"
              data-value={Number.isFinite(essTheory) ? essTheory : undefined}
            >
              {formatNumber(essTheory, 3)}
            </span>
          ),
        },
        { label: t.tau, value: summary ? formatNumber(summary.n / summary.ess, 3) : '—' },
        {
          label: t.tauTheory,
          value: <span data-testid="gibbs-tau-theory">{formatNumber(theory.tau, 3)}</span>,
        },
        {
          label: t.meanX,
          value: summary
            ? `${formatNumber(summary.mean, 3)} ± ${formatNumber(summary.mcse, 2)} (${t.exactMean})`
            : '—',
        },
      ]}
    />
  );
}
