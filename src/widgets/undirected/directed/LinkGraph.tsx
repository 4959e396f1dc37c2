import { useId } from 'react';
import { useFigure } from '../../common/frame/FigureContext';
import { ROLE } from '../../common/plots';
import { type Link, PAIRS } from './factorisation';

export interface LinkGraphProps {
  links: readonly Link[];
  directed: boolean;
  /** Plain-text symbol and a word for each variable ("t₁", "runner 1"). */
  symbols: readonly string[];
  words: readonly string[];
  /** Variables on a directed cycle, drawn with a dashed outline. */
  onCycle: readonly number[];
  title: string;
}

/** Left, centre, right: a chain reads left to right, and the third pair arcs over the top. */
const PLACES = [
  [0.14, 0.6],
  [0.5, 0.6],
  [0.86, 0.6],
] as const;

/**
 * Three variables and the links between them: arrows in directed mode (with arrowheads), plain edges otherwise.
 * Variables on a cycle get a dashed outline as well as the warning text, so the problem is not shown by colour alone.
 */
export function LinkGraph(props: LinkGraphProps) {
  const { projector } = useFigure();
  const markerId = `arrow${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // A narrow drawing scaled up on wide screens, so that on a phone its labels stay readable.
  const width = 360;
  const height = 140;
  const r = 20;
  const at = (v: number) => [PLACES[v][0] * width, PLACES[v][1] * height] as const;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: projector ? 960 : 460 }}
      className="link-graph"
      data-testid="directed-graph"
      data-mode={props.directed ? 'directed' : 'undirected'}
    >
      <title>{props.title}</title>
      <defs>
        <marker
          id={markerId}
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="var(--ink)" />
        </marker>
      </defs>
      {PAIRS.map(([a, b], k) => {
        const link = props.links[k];
        if (link === 'none') return null;
        const [from, to] = props.directed && link === 'backward' ? [b, a] : [a, b];
        const [x1, y1] = at(from);
        const [x2, y2] = at(to);
        // The outer pair (first and third) arcs above the middle variable instead of running through it.
        const arc = Math.abs(from - to) === 2;
        const d = arc
          ? `M${x1},${y1 - r} Q${(x1 + x2) / 2},${-height * 0.05} ${x2},${y2 - r}`
          : `M${x1 + Math.sign(x2 - x1) * r},${y1} L${x2 - Math.sign(x2 - x1) * r},${y2}`;
        return (
          <path
            key={`${a}${b}`}
            d={d}
            fill="none"
            stroke={ROLE.ink}
            strokeWidth={2}
            markerEnd={props.directed ? `url(#${markerId})` : undefined}
            data-testid={`directed-link-${a}${b}`}
          />
        );
      })}
      {[0, 1, 2].map((v) => {
        const [x, y] = at(v);
        const bad = props.onCycle.includes(v);
        return (
          <g key={v}>
            <circle
              cx={x}
              cy={y}
              r={r}
              fill="var(--bg)"
              stroke={bad ? ROLE.reject : ROLE.ink}
              strokeWidth={bad ? 3.5 : 1.5}
              strokeDasharray={bad ? '5 3' : undefined}
            />
            <text x={x} y={y + 5} textAnchor="middle" className="link-graph__symbol">
              {props.symbols[v]}
            </text>
            <text x={x} y={y + r + 18} textAnchor="middle" className="link-graph__word">
              {props.words[v]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
