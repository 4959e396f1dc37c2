import { formatCount, Readout } from '../../common/inputs/controls';
import { formatNumber } from '../../common/lang';
import type { DistId, DistributionSetup } from './distributions';
import type { INVERSE_CDF_STRINGS } from './strings';
import type { DrawStatistics } from './useDrawStatistics';

const percent = (share: number) => `${formatNumber(100 * share, 2)} %`;

/** How well the draws so far fit F (KS distance), their mean, and in words what fell outside the plotted range. */
export function InverseCdfReadout(props: {
  t: (typeof INVERSE_CDF_STRINGS)['en'];
  dist: DistId;
  setup: DistributionSetup;
  stats: DrawStatistics;
  runningMean: Float64Array;
  shown: number;
  meanText: string | null;
}) {
  const { t, setup, stats, shown } = props;
  const [lo, hi] = setup.range;
  const exactOutside = 1 - (setup.distribution.cdf(hi) - setup.distribution.cdf(lo));
  return (
    <>
      <Readout
        items={[
          { label: t.drawn, value: <span data-testid="inverse-cdf-n">{formatCount(shown)}</span> },
          {
            label: t.ks,
            value: (
              <span data-testid="inverse-cdf-ks">
                {stats.ks === null ? t.none : formatNumber(stats.ks, 3)}
              </span>
            ),
          },
          {
            label: t.ksCritical,
            value:
              stats.ks === null
                ? t.none
                : `${formatNumber(stats.critical, 3)} (${t.ksVerdict(stats.ks <= stats.critical)})`,
          },
          {
            label: t.mean,
            value: (
              <span data-testid="inverse-cdf-mean-value">
                {shown > 0 ? formatNumber(props.runningMean[shown - 1], 4) : t.none}
              </span>
            ),
          },
          {
            label: t.exactMean,
            value: <span data-testid="inverse-cdf-exact-mean">{props.meanText ?? t.noMean}</span>,
          },
        ]}
      />
      {stats.hist && (stats.hist.outside > 0 || props.dist === 'cauchy') && (
        <p data-testid="inverse-cdf-outside">
          {t.outside(
            formatCount(stats.hist.outside),
            formatCount(shown),
            percent(stats.hist.outside / shown),
            formatNumber(lo, 3),
            formatNumber(hi, 3),
            percent(exactOutside),
            formatNumber(stats.farthest, 4),
          )}
        </p>
      )}
      {props.dist === 'cauchy' && <p data-testid="inverse-cdf-cauchy-note">{t.cauchyNote}</p>}
    </>
  );
}
