import { type KeyboardEvent, useState } from 'react';
import { useFigure } from '../frame/FigureContext';
import { useStrings } from '../lang';
import { ROLE } from '../plots/colours';
import { edgeName, type GraphEdge, hasEdge, nodeName } from './edgeList';
import { circlePosition, GRAPH_VIEW, outwardAnchor } from './layout';
import { HatchPattern, NodeGlyph, type NodeLook } from './NodeGlyph';
import { GRAPH_EDITOR_STRINGS } from './strings';
import './graph.css';

/** 'strong': thick (a highlighted path or clique); 'faint': thin and dotted (an edge that does not matter now). */
export type EdgeLook = 'plain' | 'strong' | 'faint';

export interface GraphEditorProps {
  nodeCount: number;
  edges: readonly GraphEdge[];
  /** Names written in the nodes and read out; default x₁ … xₙ. */
  names?: readonly string[];
  /** The drawing's accessible name: what the graph is, in a sentence. */
  label: string;
  testId?: string;
  /** Each node's role, drawn by shape, pattern and tag (see NodeLook). */
  look?: (v: number) => NodeLook;
  edgeLook?: (a: number, b: number) => EdgeLook;
  /** Edge editing: choosing two nodes in turn toggles the edge between them. */
  onToggleEdge?: (a: number, b: number) => void;
  /** Node picking instead of edge editing: choosing a node calls this (takes precedence over onToggleEdge). */
  onPickNode?: (v: number) => void;
  /** In picking mode, what choosing node v does, read out after its name ("make it A"). */
  pickLabel?: (v: number) => string;
  /** The line under the drawing in picking mode (edge editing has its own). */
  hint?: string;
}

/**
 * An undirected graph of up to eight nodes on a circle, which the reader edits or picks nodes in. Each node is a
 * button (Tab to it, Enter or Space to choose it; Esc cancels a half-made edge); the edges are also listed in words.
 */
export function GraphEditor(props: GraphEditorProps) {
  const t = useStrings(GRAPH_EDITOR_STRINGS);
  const { projector } = useFigure();
  const { nodeCount, edges } = props;
  const names = props.names ?? Array.from({ length: nodeCount }, (_, v) => nodeName(v));
  // Not useId: the drawing must be the same markup whenever the same link is opened, whatever order widgets load in.
  const hatchId = `${props.testId ?? 'graph'}-hatch`;
  const editing = !props.onPickNode && props.onToggleEdge !== undefined;
  // A half-made edge does not survive a change of graph size or of mode: the choice is kept with the key it was
  // made under and forgotten when the key changes.
  const choiceKey = `${nodeCount}:${editing}`;
  const [choice, setChoice] = useState<{ key: string; node: number | null }>({ key: choiceKey, node: null });
  const chosen = choice.key === choiceKey ? choice.node : null;
  const setChosen = (node: number | null) => setChoice({ key: choiceKey, node });

  const choose = (v: number) => {
    if (props.onPickNode) return props.onPickNode(v);
    if (!props.onToggleEdge) return;
    if (chosen === null) setChosen(v);
    else {
      if (chosen !== v) props.onToggleEdge(chosen, v);
      setChosen(null);
    }
  };
  const onKeyDown = (v: number) => (event: KeyboardEvent) => {
    if (event.key === 'Escape' && chosen !== null) setChosen(null);
    else if (event.key === 'Enter' || event.key === ' ') choose(v);
    else return;
    event.preventDefault();
    event.stopPropagation(); // Space and Esc act on the node here, not on the frame (play, projector)
  };
  const ariaLabel = (v: number) => {
    const look = props.look?.(v);
    const name = look?.description ? `${names[v]}, ${look.description}` : names[v];
    if (!editing) return props.pickLabel ? `${name}: ${props.pickLabel(v)}` : name;
    if (chosen === null) return `${name}: ${t.startEdge}`;
    if (chosen === v) return `${name}, ${t.chosen}`;
    const verb = hasEdge(edges, chosen, v) ? t.removeEdge : t.addEdge;
    return `${name}: ${verb(names[chosen], names[v])}`;
  };

  const positions = Array.from({ length: nodeCount }, (_, v) => ({ v, ...circlePosition(v, nodeCount) }));
  const { size, node: r } = GRAPH_VIEW;
  return (
    <div className="graph-editor">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; the group names the node buttons */}
      <svg
        className="graph-editor__svg"
        viewBox={`0 0 ${size} ${size}`}
        width="100%"
        style={{ maxWidth: projector ? 640 : 360 }}
        role="group"
        aria-label={props.label}
        data-testid={props.testId}
        data-nodes={nodeCount}
      >
        <HatchPattern id={hatchId} />
        <EdgeLines edges={edges} positions={positions} look={props.edgeLook} />
        {positions.map(({ v, x, y, dx, dy }) => {
          const base = props.look?.(v) ?? {};
          const look: NodeLook = editing && chosen === v ? { ...base, ring: 'bold' } : base;
          const tagDistance = r + (look.ring ? 17 : 11);
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG node cannot be a <button>; role, tabIndex and keys make it one
            <g
              key={v}
              role="button"
              tabIndex={0}
              className="graph-editor__node"
              aria-label={ariaLabel(v)}
              aria-pressed={editing ? chosen === v : undefined}
              data-node={v + 1}
              onClick={() => choose(v)}
              onKeyDown={onKeyDown(v)}
            >
              <circle className="graph-editor__focus" cx={x} cy={y} r={r + 11} />
              <NodeGlyph x={x} y={y} r={r} look={look} hatchId={hatchId} />
              <text x={x} y={y + 5} textAnchor="middle" className="graph-editor__name">
                {names[v]}
              </text>
              {look.tags && look.tags.length > 0 && (
                <text
                  x={x + dx * tagDistance}
                  y={y + dy * tagDistance + 5 + dy * 4}
                  textAnchor={outwardAnchor(dx)}
                  className="graph-editor__tag"
                >
                  {look.tags.join(' · ')}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <p
        className="graph-editor__status"
        aria-live="polite"
        data-testid={props.testId && `${props.testId}-status`}
      >
        {editing ? (chosen === null ? t.edgeHint : t.chosenHint(names[chosen])) : props.hint}
      </p>
      <p className="graph-editor__edges" data-testid={props.testId && `${props.testId}-edges`}>
        {t.edges} ({edges.length}): {edges.length === 0 ? t.noEdges : edges.map(edgeName).join(', ')}
      </p>
    </div>
  );
}

/** The edges as lines between node centres; a 'strong' edge is thick, a 'faint' one thin and dotted. */
function EdgeLines(props: {
  edges: readonly GraphEdge[];
  positions: readonly { x: number; y: number }[];
  look?: (a: number, b: number) => EdgeLook;
}) {
  const { positions } = props;
  return props.edges.map(([a, b]) => {
    const style = props.look?.(a, b) ?? 'plain';
    return (
      <line
        key={`${a}-${b}`}
        data-edge={`${a + 1}-${b + 1}`}
        data-look={style}
        x1={positions[a].x}
        y1={positions[a].y}
        x2={positions[b].x}
        y2={positions[b].y}
        stroke={style === 'strong' ? ROLE.exact : style === 'faint' ? ROLE.muted : ROLE.ink}
        strokeWidth={style === 'strong' ? 6 : 2}
        strokeDasharray={style === 'faint' ? '2 5' : undefined}
        strokeLinecap="round"
      />
    );
  });
}
