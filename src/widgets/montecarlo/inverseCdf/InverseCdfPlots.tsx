import { CdfPlot } from './CdfPlot';
import type { DistId, DistributionSetup, Draws } from './distributions';
import { HistogramPlot } from './HistogramPlot';
import { RunningMeanPlot } from './RunningMeanPlot';
import type { INVERSE_CDF_STRINGS } from './strings';
import type { DrawStatistics } from './useDrawStatistics';

/** The three pictures of the first `shown` draws: traced through F, as a histogram, and as a running mean. */
export function InverseCdfPlots(props: {
  t: (typeof INVERSE_CDF_STRINGS)['en'];
  dist: DistId;
  setup: DistributionSetup;
  draws: Draws;
  stats: DrawStatistics;
  shown: number;
  n: number;
  meanText: string | null;
}) {
  const { t, setup, draws, shown } = props;
  const name = t.distNames[props.dist];
  return (
    <>
      <CdfPlot
        distribution={setup.distribution}
        range={setup.range}
        sorted={props.stats.sorted}
        xs={draws.xs}
        us={draws.us}
        shown={shown}
        label={t.cdfLabel(name, shown)}
        axes={t.cdfAxes}
        legend={t.cdfLegend}
      />
      <HistogramPlot
        distribution={setup.distribution}
        range={setup.range}
        histogram={props.stats.hist}
        label={t.histLabel(name, shown)}
        axes={t.histAxes}
        legend={t.histLegend}
      />
      <RunningMeanPlot
        runningMean={draws.runningMean}
        shown={shown}
        n={props.n}
        mean={setup.mean}
        centre={setup.mean ?? 0}
        window={setup.meanWindow}
        label={t.meanLabel(shown)}
        axes={t.meanAxes}
        meanLabel={t.meanLine(props.meanText)}
      />
    </>
  );
}
