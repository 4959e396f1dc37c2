import { useMemo } from 'react';
import {
  type AxisSpec,
  DASHED,
  FunctionLine,
  Legend,
  Plot,
  Points,
  powerOfTenLabel,
  powersOfTen,
  ROLE,
} from '../../common/plots';
import type { CountRecord } from './countHistory';

export interface TimePlotProps {
  records: readonly CountRecord[];
  /** The rate the guide line 2ⁿ / rate is drawn with (null: no line yet). */
  statesPerSecond: number | null;
  maxSpins: number;
  label: string;
  axes: [string, string];
  legend: { chain: string; grid: string; guide: string };
}

/** Chains and grids told apart by the marker's shape, not its colour. */
const MARKERS = [
  { layout: 'chain', shape: 'dot' },
  { layout: 'grid', shape: 'square' },
] as const;

/** The bottom of the time axis: counts faster than this (a handful of states) sit on the axis. */
const FASTEST = 1e-6;

/**
 * Seconds taken against the number of spins, on a log axis, one marker per finished count (dots for chains, squares
 * for grids); the dashed line is 2ⁿ divided by the measured rate, the doubling every count follows.
 */
export function TimePlot(props: TimePlotProps) {
  const { records, statesPerSecond, maxSpins } = props;
  const [xLabel, yLabel] = props.axes;
  const x = useMemo<AxisSpec>(
    () => ({
      domain: [1.5, maxSpins + 0.5],
      tickValues: Array.from({ length: Math.floor(maxSpins / 2) }, (_, k) => 2 * (k + 1)),
      label: xLabel,
    }),
    [maxSpins, xLabel],
  );
  // The top follows the slowest count, so a slow machine's points stay inside; it starts at 10 s.
  const slowest = records.reduce((max, r) => Math.max(max, r.seconds), 0);
  const top = 10 ** Math.max(1, Math.ceil(Math.log10(Math.max(slowest, 1e-9) * 2)));
  const y = useMemo<AxisSpec>(
    () => ({
      domain: [FASTEST, top],
      type: 'log',
      tickValues: powersOfTen(FASTEST, top).filter((_, k) => k % 2 === 1),
      tickFormat: powerOfTenLabel,
      label: yLabel,
    }),
    [top, yLabel],
  );
  const seconds = (r: CountRecord) => Math.max(FASTEST, r.seconds);
  return (
    <div>
      <Plot x={x} y={y} height={260} label={props.label} testId="count-times">
        {statesPerSecond !== null && (
          <FunctionLine f={(n) => 2 ** n / statesPerSecond} colour={ROLE.exact} dash={DASHED} samples={60} />
        )}
        {MARKERS.map(({ layout, shape }) => (
          <Points
            key={layout}
            data={records.filter((r) => r.layout === layout)}
            x={(r) => r.n}
            y={seconds}
            shape={shape}
            radius={3.5}
            testId={`count-points-${layout}`}
          />
        ))}
      </Plot>
      <Legend
        className="state-counter__legend"
        items={[
          { label: props.legend.chain, glyph: 'dot', colour: ROLE.data },
          { label: props.legend.grid, glyph: 'square', colour: ROLE.data },
          { label: props.legend.guide, glyph: 'dashed', colour: ROLE.exact },
        ]}
      />
    </div>
  );
}
