/**
 * A legend under a plot, in HTML so it wraps instead of covering data. Each entry repeats the mark's shape and
 * dash pattern, so the plot can be read without telling colours apart.
 */

export type LegendGlyph =
  | 'line'
  | 'line-dot'
  | 'dashed'
  | 'dotted'
  | 'dot'
  | 'cross'
  | 'area'
  | 'stick'
  | 'square'
  | 'open-square'
  // canvas marks: one small particle, an outlined half-transparent body (a grain), the path it wandered
  | 'speck'
  | 'disc'
  | 'trail';

export interface LegendItem {
  label: string;
  glyph: LegendGlyph;
  colour: string;
}

/** `className` lets a chapter set the legend's type (size, colour) as its other captions. */
export function Legend(props: { items: readonly LegendItem[]; testId?: string; className?: string }) {
  return (
    <ul
      data-testid={props.testId}
      className={props.className}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '0.25rem 1.25rem',
        listStyle: 'none',
        margin: '0.25rem 0',
        padding: 0,
      }}
    >
      {props.items.map((item) => (
        <li key={item.label} style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4rem' }}>
          <LegendSwatch glyph={item.glyph} colour={item.colour} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** A legend entry's swatch, 26 × 14 px; `x`, `y` place it inside an SVG (a legend drawn within a plot). */
export function LegendSwatch(props: { glyph: LegendGlyph; colour: string; x?: number; y?: number }) {
  return (
    <svg x={props.x} y={props.y} width="26" height="14" aria-hidden="true">
      <Glyph glyph={props.glyph} colour={props.colour} />
    </svg>
  );
}

function Glyph({ glyph, colour }: { glyph: LegendGlyph; colour: string }) {
  switch (glyph) {
    case 'line':
      return <line x1={1} x2={25} y1={7} y2={7} stroke={colour} strokeWidth={2.5} />;
    case 'line-dot':
      return (
        <>
          <line x1={1} x2={25} y1={7} y2={7} stroke={colour} strokeWidth={2} />
          <circle cx={13} cy={7} r={3} fill={colour} />
        </>
      );
    case 'dashed':
      return <line x1={1} x2={25} y1={7} y2={7} stroke={colour} strokeWidth={2.5} strokeDasharray="6 3" />;
    case 'dotted':
      return <line x1={1} x2={25} y1={7} y2={7} stroke={colour} strokeWidth={2.5} strokeDasharray="1.5 3" />;
    case 'dot':
      return <circle cx={13} cy={7} r={4} fill={colour} />;
    case 'square':
      return <rect x={9} y={3} width={8} height={8} fill={colour} />;
    case 'open-square':
      return <rect x={8} y={2} width={10} height={10} fill="none" stroke={colour} strokeWidth={2} />;
    case 'cross':
      return <path d="M9,3 L17,11 M17,3 L9,11" stroke={colour} strokeWidth={2} />;
    case 'area':
      return <rect x={1} y={2} width={24} height={10} fill={colour} fillOpacity={0.35} stroke={colour} />;
    case 'stick':
      return <line x1={13} x2={13} y1={13} y2={1} stroke={colour} strokeWidth={2} />;
    case 'speck':
      return <rect x={11} y={5} width={4} height={4} fill={colour} />;
    case 'disc':
      return (
        <circle cx={13} cy={7} r={6} fill={colour} fillOpacity={0.6} stroke="var(--ink)" strokeWidth={1.5} />
      );
    case 'trail':
      return <polyline points="1,10 7,4 12,9 18,3 25,7" fill="none" stroke={colour} strokeWidth={1.5} />;
  }
}
