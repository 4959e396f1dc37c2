import { type ReactNode, useRef } from 'react';
import { useElementWidth } from '../plots/useElementWidth';

/**
 * A square map beside its trace and autocorrelation plots when there is room (≥ 720 px), stacked otherwise, so the
 * map is not squeezed by the page's height budget on wide screens nor by the width on phones.
 */
export function TwoColumns(props: { left: ReactNode; right: ReactNode; minWidth?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const side = width >= (props.minWidth ?? 720);
  return (
    <div
      ref={ref}
      style={
        side
          ? {
              display: 'grid',
              gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
              gap: '0 1rem',
              alignItems: 'start',
            }
          : undefined
      }
    >
      <div>{props.left}</div>
      <div>{props.right}</div>
    </div>
  );
}
