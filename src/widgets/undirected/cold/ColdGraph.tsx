import type { KeyboardEvent } from 'react';
import { useFigure } from '../../common/frame/FigureContext';
import { ROLE } from '../../common/plots';
import type { ColdEvidence, Observation } from './model';

export type Person = keyof ColdEvidence;

export interface ColdGraphProps {
  evidence: ColdEvidence;
  names: Record<Person, string>;
  symbols: Record<Person, string>;
  observationWord: (o: Observation) => string;
  buttonLabel: (name: string, o: Observation) => string;
  onCycle: (person: Person) => void;
  /** Names the drawing (its SVG title); each person is a labelled button inside it. */
  title: string;
}

/** Left to right: the colleague, you, the roommate; the edges are the two pairs that meet. */
const PLACES: Record<Person, number> = { colleague: 0.17, you: 0.5, roommate: 0.83 };
const ORDER: Person[] = ['colleague', 'you', 'roommate'];

/**
 * The three people as an undirected graph. Each person is a button that cycles what is observed about them. An
 * observed person is drawn filled with a thick outline and says "healthy" or "sick" under the name, so the state
 * reads without colour.
 */
export function ColdGraph(props: ColdGraphProps) {
  const { projector } = useFigure();
  // A narrow drawing scaled up on wide screens, so that on a phone its labels stay readable.
  const width = 360;
  const height = projector ? 180 : 130;
  const radius = projector ? 32 : 24;
  const cy = radius + 6;
  const x = (person: Person) => PLACES[person] * width;
  const onKey = (person: Person) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation(); // Space here observes; it must not also reach the frame's play/pause
    props.onCycle(person);
  };
  return (
    <svg
      className="cold-graph"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: projector ? 900 : 460 }}
      data-testid="cold-graph"
    >
      <title>{props.title}</title>
      {(['colleague', 'roommate'] as const).map((other) => (
        <line key={other} x1={x('you')} y1={cy} x2={x(other)} y2={cy} stroke={ROLE.ink} strokeWidth={2} />
      ))}
      {ORDER.map((person) => {
        const observed = props.evidence[person];
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG node cannot be a <button>; role, tabIndex and keys make it one
          <g
            key={person}
            role="button"
            tabIndex={0}
            className="cold-graph__person"
            aria-label={props.buttonLabel(props.names[person], observed)}
            data-param={person === 'you' ? 'you' : undefined}
            data-value={observed === null ? 'free' : observed === 1 ? 'healthy' : 'sick'}
            data-testid={`cold-person-${person}`}
            onClick={() => props.onCycle(person)}
            onKeyDown={onKey(person)}
          >
            <circle
              cx={x(person)}
              cy={cy}
              r={radius}
              fill={observed === null ? 'var(--bg)' : observed === 1 ? ROLE.accept : ROLE.reject}
              fillOpacity={observed === null ? 1 : 0.35}
              stroke={ROLE.ink}
              strokeWidth={observed === null ? 1.5 : 4}
              strokeDasharray={observed === null ? '5 4' : undefined}
            />
            <text x={x(person)} y={cy + 5} textAnchor="middle" className="cold-graph__symbol">
              {props.symbols[person]}
            </text>
            <text x={x(person)} y={cy + radius + 15} textAnchor="middle" className="cold-graph__name">
              {props.names[person]}
            </text>
            <text x={x(person)} y={cy + radius + 29} textAnchor="middle" className="cold-graph__name">
              {props.observationWord(observed)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
