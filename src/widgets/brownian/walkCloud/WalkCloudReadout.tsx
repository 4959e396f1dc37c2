import { Readout } from '../../common/inputs/controls';
import { formatNumber } from '../../common/lang';
import type { WalkCloudReadout as Figures } from './readout';
import type { WalkersText } from './strings';

/** A share as a percentage, or the words for "all at the origin" before the first step. */
export function shareText(p: number, t: WalkersText): string {
  return Number.isFinite(p) ? `${formatNumber(100 * p, 3)} %` : t.notYet;
}

/** The KS distance, or the words for "all at the origin" before the first step. */
export function ksText(figures: Figures, t: WalkersText): string {
  return Number.isFinite(figures.ks) ? formatNumber(figures.ks, 3) : t.notYet;
}

/** The key figures under the walk cloud's plots, each beside its exact value. */
export function WalkCloudReadout(props: { figures: Figures; dimension: string; t: WalkersText }) {
  const { figures: r, t } = props;
  return (
    <Readout
      items={[
        { label: t.stepsNow, value: <span data-testid="walkers-steps">{r.steps}</span> },
        {
          label: t.msd,
          value: (
            <span data-testid="walkers-msd">
              {formatNumber(r.msdNow, 4)} ({t.msdExact(props.dimension)} = {formatNumber(r.msdExact, 4)})
            </span>
          ),
        },
        {
          label: t.ks,
          value: (
            <span data-testid="walkers-ks">
              {ksText(r, t)} ({t.ksCritical} {formatNumber(r.critical, 3)})
            </span>
          ),
        },
        {
          label: t.within(1),
          value: (
            <span data-testid="walkers-within1">
              {shareText(r.within1, t)} ({t.exactShare} {shareText(r.exact1, t)})
            </span>
          ),
        },
        {
          label: t.within(2),
          value: (
            <span>
              {shareText(r.within2, t)} ({t.exactShare} {shareText(r.exact2, t)})
            </span>
          ),
        },
      ]}
    />
  );
}
