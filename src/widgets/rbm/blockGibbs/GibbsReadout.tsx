import { Readout } from '../../common/inputs/controls';
import { formatNumber, useStrings } from '../../common/lang';
import { RBM_GIBBS_STRINGS } from './strings';

/** The run so far in numbers: steps, TV against the exact p(v), what independent draws would give, states seen. */
export function GibbsReadout(props: { shown: number; tv: number; independent: number; visited: number }) {
  const t = useStrings(RBM_GIBBS_STRINGS);
  const drawn = props.shown > 0;
  return (
    <Readout
      items={[
        { label: t.shown, value: <span data-testid="rbm-gibbs-shown">{props.shown}</span> },
        {
          label: t.tv,
          value: (
            <span data-testid="rbm-gibbs-tv-value" data-value={drawn ? props.tv : undefined}>
              {formatNumber(drawn ? props.tv : Number.NaN, 3)}
            </span>
          ),
        },
        { label: t.independent, value: formatNumber(drawn ? props.independent : Number.NaN, 3) },
        {
          label: t.visited,
          value: (
            <span data-testid="rbm-gibbs-visited" data-value={props.visited}>
              {t.visitedOf(props.visited)}
            </span>
          ),
        },
      ]}
    />
  );
}
