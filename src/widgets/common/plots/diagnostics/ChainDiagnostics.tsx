import { formatNumber } from '../../lang';
import { ROLE } from '../colours';
import { Legend, type LegendItem } from '../Legend';
import { AutocorrelationPlot } from './AutocorrelationPlot';
import { type ChainSummary, MAX_LAG } from './chainStats';
import { TracePlot } from './TracePlot';

/** The words of the diagnostics column: a widget passes its strings table, which has these keys. */
export interface ChainDiagnosticsWords {
  /** What the trace shows after `steps` steps, for screen readers. */
  traceLabel: (steps: number) => string;
  /** What the autocorrelation plot shows, given the ESS (already formatted, '—' when unknown). */
  acfLabel: (ess: string) => string;
  traceAxes: [string, string];
  acfAxes: [string, string];
  /** Legend entry of the autocorrelation stems. */
  legendAcf: string;
}

export interface ChainDiagnosticsProps {
  /** One coordinate of the chain, x_0 … x_total. */
  chain: Float64Array;
  /** Steps shown so far: the states x_0 … x_steps are drawn. */
  steps: number;
  /** The trace's fixed vertical range (the box the chain lives in). */
  range: readonly [number, number];
  /** Exact mean of the coordinate, drawn dashed over the trace, if known. */
  exactMean: number | null;
  summary: ChainSummary | null;
  /** Exact autocorrelation at lag k, drawn dashed over the stems, if known. */
  theory?: (lag: number) => number;
  /** The trace and autocorrelation plots get `<testId>-trace` and `<testId>-acf`. */
  testId: string;
  words: ChainDiagnosticsWords;
  /** Legend entry of the dashed exact line (the exact mean, or the exact ρ_k), or null where there is none. */
  dashedLabel: string | null;
}

/**
 * How well an MCMC chain mixes, in one column: its trace (slow wiggles, flat runs), its autocorrelation up to lag
 * 50 (how fast it forgets), and their legend. The Metropolis and Gibbs widgets show the same column for their
 * own chains.
 */
export function ChainDiagnostics(props: ChainDiagnosticsProps) {
  const { words, summary } = props;
  const legend: LegendItem[] = [{ label: words.legendAcf, glyph: 'stick', colour: ROLE.data }];
  if (props.dashedLabel !== null)
    legend.push({ label: props.dashedLabel, glyph: 'dashed', colour: ROLE.exact });
  return (
    <>
      <TracePlot
        values={props.chain}
        shown={props.steps + 1}
        min={props.range[0]}
        max={props.range[1]}
        exactMean={props.exactMean}
        label={words.traceLabel(props.steps)}
        axes={words.traceAxes}
        testId={`${props.testId}-trace`}
      />
      <AutocorrelationPlot
        acf={summary?.acf ?? null}
        theory={props.theory}
        maxLag={MAX_LAG}
        label={words.acfLabel(summary ? formatNumber(summary.ess, 3) : '—')}
        axes={words.acfAxes}
        testId={`${props.testId}-acf`}
      />
      <Legend items={legend} />
    </>
  );
}
