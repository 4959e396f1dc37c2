import type { ReactNode } from 'react';
import { TwoColumns } from '../../frame/TwoColumns';
import { Legend, type LegendItem } from '../Legend';
import { ChainDiagnostics, type ChainDiagnosticsProps } from './ChainDiagnostics';

/**
 * An MCMC chain in two columns (stacked on narrow screens): its path on the target's density map, with the map's
 * legend, beside the diagnostics column (trace, autocorrelation, their legend).
 */
export function ChainPanels(props: {
  /** The map: a `<DensityMap>` with the widget's own marks over it. */
  map: ReactNode;
  mapLegend: readonly LegendItem[];
  diagnostics: ChainDiagnosticsProps;
}) {
  return (
    <TwoColumns
      left={
        <>
          {props.map}
          <Legend items={props.mapLegend} />
        </>
      }
      right={<ChainDiagnostics {...props.diagnostics} />}
    />
  );
}
