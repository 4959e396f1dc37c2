import { Readout } from '../../common/inputs/controls';
import { formatNumber, useStrings } from '../../common/lang';
import { type ErrorScale, type IsingMoments, maxDeviation, meanOf } from './model';
import { ISING_GIBBS_STRINGS } from './strings';

/** The run against the enumeration: worst marginal error and the size it should have, the neighbour correlation. */
export function IsingReadout(props: {
  shown: number;
  exact: IsingMoments;
  estimates: IsingMoments | null;
  scale: ErrorScale | null;
}) {
  const t = useStrings(ISING_GIBBS_STRINGS);
  const { exact, estimates, scale } = props;
  const deviation = estimates ? maxDeviation(estimates.up, exact.up) : Number.NaN;
  const exactCorrelation = meanOf(exact.neighbour);
  return (
    <Readout
      items={[
        { label: t.shown, value: <span data-testid="ising-shown">{props.shown}</span> },
        {
          label: t.maxDeviation,
          value: (
            <span data-testid="ising-max-deviation" data-value={estimates ? deviation : undefined}>
              {formatNumber(deviation, 3)}
            </span>
          ),
        },
        {
          label: t.expected,
          title: t.falls,
          value: <span data-testid="ising-expected">{formatNumber(scale?.expected ?? Number.NaN, 3)}</span>,
        },
        { label: t.tau, value: formatNumber(scale?.tau ?? Number.NaN, 3) },
        {
          label: t.neighbourExact,
          value: (
            <span data-testid="ising-correlation-exact-mean" data-value={exactCorrelation}>
              {formatNumber(exactCorrelation, 3)}
            </span>
          ),
        },
        {
          label: t.neighbourEstimate,
          value: formatNumber(estimates ? meanOf(estimates.neighbour) : Number.NaN, 3),
        },
      ]}
    />
  );
}
