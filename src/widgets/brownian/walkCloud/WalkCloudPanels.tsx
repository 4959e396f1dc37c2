import { type RefObject, useCallback } from 'react';
import { formatNumber } from '../../common/lang';
import { HistogramWithDensity } from '../HistogramWithDensity';
import type { WalkCloudReadout } from './readout';
import type { WalkersText } from './strings';
import { WalkCloudCanvas } from './WalkCloudCanvas';
import { ksText, shareText } from './WalkCloudReadout';
import { KsPlot, MsdPlot } from './WalkHistoryPlots';
import type { WalkCloudRun } from './walkCloudRun';

/**
 * The walk cloud's drawings: the canvas of walkers beside the histogram of their x-positions, and under them the
 * history of the mean squared displacement and of the KS distance. Everything but the canvas comes from the
 * readout; the canvas paints the live run.
 */
export function WalkCloudPanels(props: {
  figures: WalkCloudReadout;
  run: RefObject<WalkCloudRun>;
  repaint: RefObject<() => void>;
  /** The settings' dimension ('1' or '2') and walker count. */
  dimension: string;
  walkers: number;
  t: WalkersText;
}) {
  const { figures: r, t, dimension } = props;
  const d = r.dimension;
  const sigmaLabels = useCallback(
    (v: number) => [t.sigma(formatNumber(v, 3)), t.twoSigma(formatNumber(2 * v, 3))] as const,
    [t],
  );
  const within = shareText(r.within1, t);
  const ks = ksText(r, t);
  return (
    <>
      <div className="brownian-row">
        <WalkCloudCanvas
          run={props.run}
          repaint={props.repaint}
          dimension={dimension === '1' ? 1 : 2}
          walkers={props.walkers}
          label={
            d === 2 ? t.canvasLabel2(r.steps, r.walkers, within) : t.canvasLabel1(r.steps, r.walkers, within)
          }
          sigmaLabels={sigmaLabels}
          legend={[t.legendDots, d === 2 ? t.legendCircles2 : t.legendCircles1]}
        />
        <HistogramWithDensity
          title={t.histTitle}
          edges={r.hist.edges}
          density={r.hist.density}
          exact={r.density}
          xDomain={[r.bins.min, r.bins.max]}
          height={d === 2 ? 300 : 240}
          label={t.histLabel(r.steps, ks)}
          axes={t.histAxes}
          legend={t.histLegend}
          testId="walkers-histogram"
        />
      </div>
      <div className="brownian-row">
        <MsdPlot
          title={t.msdTitle}
          label={t.msdLabel(r.steps, formatNumber(r.msdNow, 4), formatNumber(r.msdExact, 4))}
          axes={t.msdAxes}
          legend={t.msdLegend(dimension)}
          msd={r.msd}
          steps={r.steps}
          maxSteps={r.maxSteps}
          slope={r.slope}
        />
        <KsPlot
          title={t.ksTitle}
          label={t.ksLabel(ks, formatNumber(r.critical, 3))}
          axes={t.ksAxes}
          legend={t.ksLegend}
          steps={r.ksSteps}
          values={r.ksValues}
          count={r.ksCount}
          maxSteps={r.maxSteps}
          critical={r.critical}
        />
      </div>
    </>
  );
}
