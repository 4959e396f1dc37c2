import { HatchPattern, NodeGlyph, type NodeLook } from './NodeGlyph';

/** What each node look means, drawn with the same glyphs as the graph (shape and pattern, then words). */
export function GraphLegend(props: { items: readonly { look: NodeLook; label: string }[]; testId?: string }) {
  const hatchId = `${props.testId ?? 'graph-legend'}-hatch`;
  return (
    <>
      {/* one pattern for all the glyphs below (an id must be unique in the page) */}
      <svg className="graph-legend__defs" width={0} height={0} aria-hidden="true">
        <HatchPattern id={hatchId} />
      </svg>
      <ul className="graph-legend" data-testid={props.testId}>
        {props.items.map((item) => (
          <li key={item.label}>
            <svg width={30} height={30} viewBox="-15 -15 30 30" aria-hidden="true">
              <NodeGlyph x={0} y={0} r={item.look.ring ? 5 : 9} look={item.look} hatchId={hatchId} />
            </svg>
            {item.label}
          </li>
        ))}
      </ul>
    </>
  );
}
