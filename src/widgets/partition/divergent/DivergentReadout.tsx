import { Readout } from '../../common/inputs/controls';
import { formatNumber } from '../../common/lang';
import { formatLog10 } from '../../common/plots';
import type { Limit, WindowValues } from './model';
import type { DIVERGENT_STRINGS } from './strings';

/**
 * The window's area (from the quadrature, in log space, so 10⁴³⁴² reads as a number), √(π/β) where it exists,
 * and the verdict in words. `data-verdict` lets a test see the verdict flip without reading the sentence.
 */
export function DivergentReadout(props: {
  beta: number;
  halfWidth: number;
  window: WindowValues;
  limit: Limit;
  t: (typeof DIVERGENT_STRINGS)['en'];
}) {
  const { beta, halfWidth, window, limit, t } = props;
  const area = formatLog10(window.log10Area, 7);
  const z = limit.kind === 'converges' ? formatLog10(limit.log10Z, 7) : null;
  const verdict =
    limit.kind === 'converges'
      ? t.converges(z ?? '')
      : beta === 0
        ? t.flat(formatNumber(2 * halfWidth, 4))
        : t.grows(formatLog10(window.log10Area, 3));
  const items = [
    { label: t.area, value: <span data-testid="divergent-area">{area}</span> },
    { label: t.limit, value: <span data-testid="divergent-z">{z ?? t.noLimit}</span> },
    ...(limit.kind === 'converges'
      ? [
          {
            label: t.share,
            value: (
              <span data-testid="divergent-share">
                {`${formatNumber(100 * 10 ** (window.log10Area - limit.log10Z), 6)} %`}
              </span>
            ),
          },
        ]
      : [
          {
            label: t.peak,
            value: <span data-testid="divergent-peak">{formatLog10(window.log10Peak, 4)}</span>,
          },
        ]),
  ];
  return (
    <>
      <Readout items={items} />
      <p
        className={limit.kind === 'converges' ? undefined : 'warning'}
        role="status"
        data-testid="divergent-verdict"
        data-verdict={limit.kind}
      >
        {verdict}
      </p>
    </>
  );
}
