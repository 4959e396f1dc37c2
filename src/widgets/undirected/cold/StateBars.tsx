import { useMemo } from 'react';
import { Bars, Plot } from '../../common/plots';
import type { ColdState } from './model';

/** "h_y h_r h_c" as three digits, the order the states are listed in. */
export const stateName = (s: ColdState) => `${s.you}${s.roommate}${s.colleague}`;

/** The 8 states in the order coldDistribution lists them. */
const STATE_NAMES = ['000', '001', '010', '011', '100', '101', '110', '111'];

export interface StateBarsProps {
  states: readonly ColdState[];
  label: string;
  axes: [string, string];
}

/**
 * P of each of the 8 states as a bar (states that contradict an observation are empty). The y-axis always runs
 * from 0 to 1, so bars can be compared between settings and a conditional distribution visibly piles up.
 */
export function StateBars(props: StateBarsProps) {
  const [xLabel, yLabel] = props.axes;
  const x = useMemo(
    () => ({
      domain: [0, 8] as const,
      tickValues: [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5],
      tickFormat: (v: number) => STATE_NAMES[Math.floor(v)] ?? '',
      label: xLabel,
    }),
    [xLabel],
  );
  const y = useMemo(() => ({ domain: [0, 1] as const, ticks: 5, label: yLabel }), [yLabel]);
  const bins = props.states.map((s, i) => ({ x0: i + 0.15, x1: i + 0.85, value: s.probability ?? 0 }));
  return (
    <Plot x={x} y={y} height={220} label={props.label} testId="cold-plot">
      <Bars bins={bins} testId="cold-bars" opacity={0.5} />
    </Plot>
  );
}
