import { Readout } from '../../common/inputs/controls';
import { formatNumber, useStrings } from '../../common/lang';
import { RANGE_1D } from '../targets';
import type { RejectionModel } from './model';
import { ACCEPT_REJECT_STRINGS } from './strings';

/** The numbers under the plots: proposals shown, how many were kept, the rate with its SE, and the theory. */
export function RejectionReadout({ model, shown }: { model: RejectionModel; shown: number }) {
  const t = useStrings(ACCEPT_REJECT_STRINGS);
  const accepted = model.acceptedBefore[shown];
  const rate = shown > 0 ? accepted / shown : 0;
  const rateSe = shown > 0 ? Math.sqrt((rate * (1 - rate)) / shown) : 0;
  const theoryValue = formatNumber(model.expectedRate, 4);
  const theory = !model.envelopeHolds
    ? t.theoryBroken(theoryValue)
    : model.zIsNumerical
      ? t.theoryZ(theoryValue)
      : t.theoryExact(theoryValue);
  const minimalK = model.check.minimalK;
  return (
    <Readout
      items={[
        { label: t.proposals, value: <span data-testid="rejection-shown">{shown}</span> },
        { label: t.accepted, value: <span data-testid="rejection-accepted">{accepted}</span> },
        {
          label: t.rate,
          value: (
            <span data-testid="rejection-rate" data-value={rate}>
              {formatNumber(rate, 4)} ± {formatNumber(rateSe, 2)}
            </span>
          ),
        },
        {
          label: t.theory,
          value: (
            <span data-testid="rejection-theory" data-value={model.expectedRate}>
              {theory}
            </span>
          ),
        },
        {
          label: t.smallestK,
          value: (
            <span data-testid="rejection-kstar">
              {Number.isFinite(minimalK) ? formatNumber(minimalK, 4) : t.noK}
            </span>
          ),
        },
        ...(model.zIsNumerical
          ? [
              {
                label: t.z(RANGE_1D.min, RANGE_1D.max),
                value: <span data-testid="rejection-z">{formatNumber(model.z, 5)}</span>,
              },
            ]
          : []),
      ]}
    />
  );
}
