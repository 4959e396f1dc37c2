import { ROLE } from '../plots/colours';

/**
 * How a node shows its role, so that roles are told apart by shape, fill pattern and a written tag, with colour
 * only as an extra cue.
 */
export interface NodeLook {
  shape?: 'circle' | 'square' | 'diamond';
  /** Hatched fill: the usual mark of an observed variable. */
  shaded?: boolean;
  /** A ring around the node: 'dashed' (e.g. a Markov blanket), 'bold' (the node being worked on). */
  ring?: 'dashed' | 'bold';
  /** Short words written beside the node ('A', 'S', 'MB'). */
  tags?: readonly string[];
  /** Outline colour (default: the ink colour). */
  colour?: string;
  /** Read by screen readers after the node's name, e.g. "A, observed". */
  description?: string;
}

/** One node's shape centred at (x, y) with radius r: used by the graph drawing and by its legend alike. */
export function NodeGlyph(props: { x: number; y: number; r: number; look: NodeLook; hatchId: string }) {
  const { x, y, r, look } = props;
  const colour = look.colour ?? ROLE.ink;
  const fill = look.shaded ? `url(#${props.hatchId})` : 'var(--bg)';
  const common = { fill, stroke: colour, strokeWidth: 2.5 };
  const side = r * 1.75;
  const half = r * 1.2;
  return (
    <>
      {look.ring && (
        <circle
          cx={x}
          cy={y}
          r={r + 7}
          fill="none"
          stroke={look.ring === 'bold' ? ROLE.ink : colour}
          strokeWidth={look.ring === 'bold' ? 4.5 : 2}
          strokeDasharray={look.ring === 'dashed' ? '5 4' : undefined}
        />
      )}
      {look.shape === 'square' ? (
        <rect x={x - side / 2} y={y - side / 2} width={side} height={side} {...common} />
      ) : look.shape === 'diamond' ? (
        <polygon points={`${x},${y - half} ${x + half},${y} ${x},${y + half} ${x - half},${y}`} {...common} />
      ) : (
        <circle cx={x} cy={y} r={r} {...common} />
      )}
    </>
  );
}

/** The hatch pattern behind `shaded` nodes; one per SVG, referenced by id. */
export function HatchPattern(props: { id: string }) {
  return (
    <defs>
      <pattern id={props.id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width={6} height={6} fill="var(--bg)" />
        <line x1={0} y1={0} x2={0} y2={6} stroke={ROLE.muted} strokeWidth={3} />
      </pattern>
    </defs>
  );
}
