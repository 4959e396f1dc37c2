import type { PiEstimate } from '../../../core';
import { formatCount, Readout } from '../../common/inputs/controls';
import { formatNumber } from '../../common/lang';
import type { DARTS_STRINGS } from './strings';

/** The numbers of the darts thrown so far; before the first dart every estimate reads "none yet". */
export function DartsReadout(props: {
  shown: number;
  hits: number;
  summary: PiEstimate | null;
  t: (typeof DARTS_STRINGS)['en'];
}) {
  const { summary, t } = props;
  const shown = (value: (s: PiEstimate) => string) => (summary ? value(summary) : t.none);
  return (
    <Readout
      items={[
        { label: t.thrown, value: <span data-testid="darts-n">{formatCount(props.shown)}</span> },
        { label: t.hits, value: <span data-testid="darts-hits">{formatCount(props.hits)}</span> },
        {
          label: t.estimate,
          value: <span data-testid="darts-estimate">{shown((s) => formatNumber(s.estimate, 5))}</span>,
        },
        {
          label: t.se,
          value: <span data-testid="darts-se">{shown((s) => formatNumber(s.standardError, 3))}</span>,
        },
        {
          label: t.interval,
          value: shown((s) => `[${formatNumber(s.lower, 4)}, ${formatNumber(s.upper, 4)}]`),
        },
        {
          label: t.error,
          value: (
            <span data-testid="darts-error-value">{shown((s) => formatNumber(s.estimate - Math.PI, 3))}</span>
          ),
        },
        {
          label: t.errorInSe,
          // With every dart so far a hit (or a miss) the plug-in SE is 0: the ratio is then undefined, shown as —.
          value: shown((s) => formatNumber(Math.abs(s.estimate - Math.PI) / s.standardError, 2)),
        },
      ]}
    />
  );
}
