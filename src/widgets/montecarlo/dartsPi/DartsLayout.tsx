import { useMemo, useRef } from 'react';
import { useFigure } from '../../common/frame/FigureContext';
import { Legend, powersOfTenAxis, ROLE } from '../../common/plots';
import { useElementWidth } from '../../common/plots/useElementWidth';
import { DartBoard } from './DartBoard';
import type { DartRun, RunningPiPoints } from './darts';
import { ErrorPlot } from './ErrorPlot';
import { type DartsPlotFrame, RunningEstimatePlot } from './RunningEstimatePlot';
import type { DARTS_STRINGS } from './strings';

export interface DartsLayoutProps {
  run: DartRun;
  shown: number;
  hits: number;
  points: RunningPiPoints;
  n: number;
  t: (typeof DARTS_STRINGS)['en'];
  estimateText: string;
  errorText: string;
}

/** Board on the left, the two plots stacked on the right; one column on narrow screens. */
export function DartsLayout(props: DartsLayoutProps) {
  const { t } = props;
  const { projector } = useFigure();
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef);
  const wide = width >= 600;
  const board = wide
    ? Math.round(Math.min(projector ? 560 : 400, Math.max(260, width * 0.42)))
    : Math.round(Math.min(width, 380));
  // A few pixels of slack so rounding never pushes the plots onto a second row.
  const plotWidth = wide ? width - board - 20 : width;
  const plotHeight = wide ? Math.max(projector ? 280 : 190, Math.round(board / 2)) : projector ? 300 : 210;
  const xLabel = t.runningAxes[0];
  const x = useMemo(() => powersOfTenAxis(1, Math.max(10, props.n), xLabel), [props.n, xLabel]);
  // The heights above are already those of projector mode when it is on.
  const frame: DartsPlotFrame = { x, width: plotWidth, height: plotHeight, projectorHeight: plotHeight };
  return (
    <div ref={containerRef}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '16px', alignItems: 'flex-start' }}>
        <div style={{ width: `${board}px` }}>
          <DartBoard
            run={props.run}
            shown={props.shown}
            size={board}
            label={t.boardLabel(props.shown, props.hits)}
          />
          <Legend
            items={[
              { label: t.legendHit, glyph: 'square', colour: ROLE.accept },
              { label: t.legendMiss, glyph: 'cross', colour: ROLE.reject },
            ]}
          />
        </div>
        <div>
          <RunningEstimatePlot
            points={props.points}
            frame={frame}
            label={t.runningLabel(props.shown, props.estimateText)}
            yLabel={t.runningAxes[1]}
            bandLabel={t.bandLabel}
          />
          <ErrorPlot
            points={props.points}
            frame={frame}
            label={t.errorPlotLabel(props.shown, props.errorText)}
            yLabel={t.errorAxes[1]}
            errorLabel={t.errorLabel}
            referenceLabel={t.referenceLabel}
          />
        </div>
      </div>
    </div>
  );
}
