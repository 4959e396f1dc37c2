import { useMemo } from 'react';
import { edgesWithin, formatEdgeList, type GraphEdge, parseEdgeList, toggleEdge } from './edgeList';
import type { GraphPreset } from './presets';

export interface EditableGraph {
  nodes: number;
  /** The edges the URL text describes that fit the graph (the rest are dropped; see edgeListNotice). */
  edges: GraphEdge[];
  /** What the URL text held that could not be used. */
  rejected: string[];
  toggle(a: number, b: number): void;
  /** A new vertex count: vertices beyond it go, and their edges with them. */
  resize(nodes: number): void;
  replace(preset: GraphPreset): void;
}

/**
 * A graph kept in a widget's URL parameters `nodes` and `edges` (graphParamSpecs): read, validated, and written
 * back in the one canonical form, so that a copied link reproduces the graph.
 */
export function useEditableGraph(
  values: { nodes: number; edges: string },
  set: { nodes: (nodes: number) => void; edges: (text: string) => void },
): EditableGraph {
  const { nodes } = values;
  const parsed = useMemo(() => parseEdgeList(values.edges, nodes), [values.edges, nodes]);
  return {
    nodes,
    edges: parsed.edges,
    rejected: parsed.rejected,
    toggle: (a, b) => set.edges(formatEdgeList(toggleEdge(parsed.edges, a, b))),
    resize: (next) => {
      set.edges(formatEdgeList(edgesWithin(parsed.edges, next)));
      set.nodes(next);
    },
    replace: (preset) => {
      set.nodes(preset.nodes);
      set.edges(formatEdgeList(preset.edges));
    },
  };
}
