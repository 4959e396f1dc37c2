/**
 * A legend under a plot, in HTML so it wraps instead of covering data. Each entry repeats the mark's shape and
 * dash pattern, so the plot can be read without telling colours apart.
 */

export type LegendGlyph =
  | 'line'
  | 'dashed'
  | 'dotted'
  | 'dot'
  | 'cross'
  | 'area'
  | 'stick'
  | 'square'
  | 'open-square';

export interface LegendItem {
  label: string;
  glyph: LegendGlyph;
  colour: string;
}

export function Legend(props: { items: readonly LegendItem[]; testId?: string }) {
  return (
    <ul
      data-testid={props.testId}
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
          <svg width="26" height="14" aria-hidden="true">
            <Glyph glyph={item.glyph} colour={item.colour} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

function Glyph({ glyph, colour }: { glyph: LegendGlyph; colour: string }) {
  switch (glyph) {
    case 'line':
      return <line x1={1} x2={25} y1={7} y2={7} stroke={colour} strokeWidth={2.5} />;
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
  }
}
