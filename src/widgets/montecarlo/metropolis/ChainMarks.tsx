import { Marker, ROLE, usePlot } from '../../common/plots';
import type { ChainRun } from './model';

/**
 * Drawn over the density map: the chain's start (an open square) and, once a step has been taken, the last
 * proposal from the state it was made at — solid with a dot if it was accepted, dashed with a cross if it was
 * rejected, so its fate reads without colour.
 */
export function ChainMarks(props: { run: ChainRun; start: readonly [number, number]; shown: number }) {
  const { x, y } = usePlot();
  const { run, start, shown } = props;
  const last = shown - 1;
  return (
    <>
      <rect
        x={x(start[0]) - 5}
        y={y(start[1]) - 5}
        width={10}
        height={10}
        fill="none"
        stroke={ROLE.ink}
        strokeWidth={2}
      />
      {last >= 0 && <LastProposal run={run} index={last} x={x} y={y} />}
    </>
  );
}

function LastProposal(props: {
  run: ChainRun;
  index: number;
  x: (v: number) => number;
  y: (v: number) => number;
}) {
  const { run, index, x, y } = props;
  const accepted = run.accepted[index] === 1;
  const to = [x(run.px[index]), y(run.py[index])] as const;
  return (
    <g data-testid="metropolis-proposal" data-accepted={accepted ? 'yes' : 'no'}>
      <line
        x1={x(run.xs[index])}
        y1={y(run.ys[index])}
        x2={to[0]}
        y2={to[1]}
        stroke={accepted ? ROLE.accept : ROLE.reject}
        strokeWidth={2.5}
        strokeDasharray={accepted ? undefined : '5 4'}
      />
      {accepted ? (
        <Marker x={run.px[index]} y={run.py[index]} radius={6} colour={ROLE.accept} />
      ) : (
        <path d={cross(to[0], to[1], 6)} stroke={ROLE.reject} strokeWidth={3} fill="none" />
      )}
    </g>
  );
}

function cross(x: number, y: number, r: number): string {
  return `M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`;
}
