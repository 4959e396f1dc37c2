import type { ParamNotice } from '../state/urlParams';
import { formatEdgeList, formatNodeSet, type GraphEdge, MAX_GRAPH_NODES } from './edgeList';

/**
 * The two URL parameters of an editable graph: its vertex count (the slider) and its edge list (`1-2.2-3`). Spread
 * into a widget's parameter table with the widget's own defaults.
 */
export function graphParamSpecs(defaults: { nodes: number; edges: string }) {
  return {
    nodes: { kind: 'number', min: 2, max: MAX_GRAPH_NODES, default: defaults.nodes, integer: true, step: 1 },
    // 28 edges of 8 vertices take 111 characters; anything much longer is not an edge list
    edges: { kind: 'string', maxLength: 200, default: defaults.edges },
  } as const;
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text);

/**
 * A notice for a list parameter (edges, a set of vertices) whose link carried items that were dropped: the items
 * themselves (so the reader sees what was wrong, however long the list), and the list used instead ("∅" if empty).
 */
export function droppedEntriesNotice(
  param: string,
  rejected: readonly string[],
  used: string,
): ParamNotice | undefined {
  if (rejected.length === 0) return undefined;
  return {
    param,
    raw: shorten(rejected.join(' ')),
    used: used === '' ? '∅' : shorten(used),
    reason: 'bad-entries',
  };
}

/** droppedEntriesNotice for an edge list. */
export function edgeListNotice(rejected: readonly string[], kept: readonly GraphEdge[]) {
  return droppedEntriesNotice('edges', rejected, formatEdgeList(kept));
}

/** droppedEntriesNotice for a set of vertices. */
export function nodeSetNotice(param: string, rejected: readonly string[], kept: readonly number[]) {
  return droppedEntriesNotice(param, rejected, formatNodeSet(kept));
}
