import { useMemo } from 'react';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Readout } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { noticeBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { ColdGraph, type Person } from './cold/ColdGraph';
import { IndependenceLesson } from './cold/IndependenceLesson';
import { type ColdEvidence, coldDistribution, type Observation, type PairTable } from './cold/model';
import { MAX_POTENTIAL, PotentialTable } from './cold/PotentialTable';
import { StateBars } from './cold/StateBars';
import { StateTable } from './cold/StateTable';
import { COLD_STRINGS } from './cold/strings';
import './undirected.css';

const entry = (value: number) => ({ kind: 'number', min: 0, max: MAX_POTENTIAL, default: value }) as const;
const observation = { kind: 'enum', values: ['free', 'healthy', 'sick'], default: 'free' } as const;

/**
 * Parameter table. φ_yc[h_y][h_c] and φ_yr[h_y][h_r]; the defaults are the textbook's (Goodfellow et al., §16.2.3):
 * both sick 2, one sick 1, both healthy 10.
 */
export const COLD_PARAMS = {
  yc00: entry(2),
  yc01: entry(1),
  yc10: entry(1),
  yc11: entry(10),
  yr00: entry(2),
  yr01: entry(1),
  yr10: entry(1),
  yr11: entry(10),
  you: observation,
  roommate: observation,
  colleague: observation,
} as const;

type ObservationName = (typeof observation.values)[number];
const asObservation = (o: ObservationName): Observation => (o === 'free' ? null : o === 'healthy' ? 1 : 0);
/** Clicking a person: not observed → healthy → sick → not observed. */
const NEXT: Record<ObservationName, ObservationName> = { free: 'healthy', healthy: 'sick', sick: 'free' };
type EntryName = `${'yc' | 'yr'}${0 | 1}${0 | 1}`;

/** Chapter 2: the cold that spreads both ways, as an undirected model with two clique tables the reader edits. */
export function ColdSpread() {
  const t = useStrings(COLD_STRINGS);
  const state = useWidgetState(COLD_PARAMS);
  const v = state.values;
  const yc: PairTable = [
    [v.yc00, v.yc01],
    [v.yc10, v.yc11],
  ];
  const yr: PairTable = [
    [v.yr00, v.yr01],
    [v.yr10, v.yr11],
  ];
  const evidence: ColdEvidence = {
    you: asObservation(v.you),
    roommate: asObservation(v.roommate),
    colleague: asObservation(v.colleague),
  };
  const observed = evidence.you !== null || evidence.roommate !== null || evidence.colleague !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the eight entries and the evidence are the inputs
  const result = useMemo(
    () => coldDistribution(yc, yr, evidence),
    [v.yc00, v.yc01, v.yc10, v.yc11, v.yr00, v.yr01, v.yr10, v.yr11, v.you, v.roommate, v.colleague],
  );
  const setEntry = (name: EntryName, value: number) => state.set(name, value);
  const cycle = (person: Person) => state.set(person, NEXT[v[person]]);
  const problem = result.Z === 0 ? t.zeroZ : result.Zevidence === 0 ? t.impossibleEvidence : null;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      onReset={state.resetParams}
      {...noticeBindings(state)}
      controls={
        <div className="cold-tables">
          {(['yc', 'yr'] as const).map((pair) => (
            <PotentialTable
              key={pair}
              caption={pair === 'yc' ? t.tableYC : t.tableYR}
              table={pair === 'yc' ? yc : yr}
              rowSymbol={t.symbol.you}
              columnSymbol={pair === 'yc' ? t.symbol.colleague : t.symbol.roommate}
              entryLabel={t.entryLabel}
              errors={t.entryErrors}
              kept={t.kept}
              onChange={(a, b, value) => setEntry(`${pair}${a}${b}`, value)}
              testId={`cold-table-${pair}`}
            />
          ))}
        </div>
      }
    >
      <ColdGraph
        evidence={evidence}
        names={t.person}
        symbols={t.symbol}
        observationWord={t.observation}
        buttonLabel={t.personButton}
        onCycle={cycle}
        title={t.graphTitle}
      />
      {problem && (
        <p className="widget__warning" role="status" data-testid="cold-problem">
          {problem}
        </p>
      )}
      <TwoColumns
        minWidth={640}
        left={
          <StateBars
            states={result.states}
            label={t.barsLabel(observed)}
            axes={[t.xAxis, t.yAxis(observed)]}
          />
        }
        right={
          <StateTable
            states={result.states}
            caption={t.stateTable}
            columns={[t.stateColumn, t.unnormalisedColumn, t.probabilityColumn(observed)]}
          />
        }
      />
      <Readout
        items={[
          { label: t.Z, value: <span data-testid="cold-Z">{formatNumber(result.Z, 6)}</span> },
          ...(observed
            ? [
                {
                  label: t.Zevidence,
                  value: <span data-testid="cold-Zevidence">{formatNumber(result.Zevidence, 6)}</span>,
                },
              ]
            : []),
        ]}
      />
      <IndependenceLesson yc={yc} yr={yr} evidence={evidence} />
    </Figure>
  );
}
