// The graph kit: an editable undirected graph on a circle, its node looks and legend, edge lists in the URL.
export {
  edgeName,
  edgesWithin,
  formatEdgeList,
  formatNodeSet,
  type GraphEdge,
  hasEdge,
  MAX_GRAPH_NODES,
  neighbours,
  nodeName,
  parseEdgeList,
  parseNodeSet,
  toggleEdge,
} from './edgeList';
export { type EdgeLook, GraphEditor, type GraphEditorProps } from './GraphEditor';
export { GraphLegend } from './GraphLegend';
export { droppedEntriesNotice, edgeListNotice, graphParamSpecs, nodeSetNotice } from './graphParams';
export type { NodeLook } from './NodeGlyph';
export {
  chainGraph,
  completeGraph,
  cycleGraph,
  type GraphPreset,
  starGraph,
  twoTrianglesGraph,
} from './presets';
export { type EditableGraph, useEditableGraph } from './useEditableGraph';
