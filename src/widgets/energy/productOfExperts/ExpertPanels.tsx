import { memo } from 'react';
import { HeatMap } from '../../common/plots/HeatMap';
import type { ExpertView } from './model';

/** One small map per expert, its own density on the box, with its shape and direction in words; dimmed when off. */
function ExpertPanelsView(props: {
  views: readonly ExpertView[];
  describe: (k: number) => { shape: string; short: string; direction: string };
  panelLabel: (k: number, shape: string, direction: string, on: boolean) => string;
  expertName: (k: number) => string;
  off: string;
}) {
  return (
    <ul className="poe-panels" data-testid="product-panels">
      {props.views.map((view, index) => {
        const k = index + 1;
        const { shape, short, direction } = props.describe(index);
        return (
          <li
            key={k}
            className={view.on ? 'poe-panel' : 'poe-panel poe-panel--off'}
            data-testid={`product-panel-${k}`}
            data-on={view.on ? 'on' : 'off'}
          >
            <HeatMap
              grid={view.density}
              height={120}
              axes={null}
              contourLines={false}
              label={props.panelLabel(k, shape, direction, view.on)}
              testId={`product-panel-map-${k}`}
            />
            <span className="poe-panel__name">
              {props.expertName(k)}
              {view.on ? '' : ` (${props.off})`}
            </span>
            <span className="poe-panel__text">{short}</span>
            <span className="poe-panel__text">{direction}</span>
          </li>
        );
      })}
    </ul>
  );
}

export const ExpertPanels = memo(ExpertPanelsView);
