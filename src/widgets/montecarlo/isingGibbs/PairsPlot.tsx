import { useMemo } from 'react';
import { type AxisSpec, Plot, Points, ROLE, Rule } from '../../common/plots';
import { ExactDashes } from './ExactDashes';

/**
 * Estimates (dots) against exact values (dashes) for a row of items — sites or neighbour pairs. `exact` decides the
 * drawing before anything is played; the dots appear with the first sweep.
 */
export function PairsPlot(props: {
  exact: ArrayLike<number>;
  estimates: ArrayLike<number> | null;
  domain: readonly [number, number];
  /** A reference level drawn faintly (½ for probabilities, 0 for correlations). */
  reference: number;
  axes: [string, string];
  label: string;
  testId: string;
}) {
  const count = props.exact.length;
  const { axes, domain } = props;
  const x = useMemo<AxisSpec>(
    () => ({
      domain: [-0.6, count - 0.4],
      tickValues: Array.from({ length: Math.ceil(count / 4) }, (_, k) => 4 * k),
      tickFormat: (v: number) => String(v + 1),
      label: axes[0],
    }),
    [count, axes],
  );
  const y = useMemo<AxisSpec>(() => ({ domain, ticks: 5, label: axes[1] }), [domain, axes]);
  return (
    <Plot x={x} y={y} height={190} label={props.label} testId={props.testId}>
      <Rule y={props.reference} colour={ROLE.muted} width={1} />
      <ExactDashes values={props.exact} halfWidth={0.38} testId={`${props.testId}-exact`} />
      {props.estimates && (
        <Points
          data={props.estimates}
          x={(_, i) => i}
          y={(v) => v}
          radius={3}
          testId={`${props.testId}-estimates`}
        />
      )}
    </Plot>
  );
}
