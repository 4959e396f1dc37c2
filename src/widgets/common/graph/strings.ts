import { defineStrings } from '../lang';

/** The graph editor's own words (the widgets bring the rest). */
export const GRAPH_EDITOR_STRINGS = defineStrings({
  en: {
    edges: 'Edges',
    noEdges: 'none',
    edgeHint:
      'Click a node, then a second node, to add or remove the edge between them (or Tab to a node and press Enter).',
    chosenHint: (name: string) =>
      `${name} chosen: choose a second node to add or remove its edge to ${name}; choose ${name} again or press Esc to cancel.`,
    chosen: 'chosen',
    addEdge: (a: string, b: string) => `add the edge ${a}–${b}`,
    removeEdge: (a: string, b: string) => `remove the edge ${a}–${b}`,
    startEdge: 'choose to add or remove one of its edges',
  },
  zh: {
    edges: '边',
    noEdges: '无',
    edgeHint: '先点一个结点，再点另一个结点，即可添加或删除二者之间的边（也可用 Tab 移到结点上按回车）。',
    chosenHint: (name: string) =>
      `已选中 ${name}：再选一个结点，添加或删除它与 ${name} 之间的边；再次选择 ${name} 或按 Esc 取消。`,
    chosen: '已选中',
    addEdge: (a: string, b: string) => `添加边 ${a}–${b}`,
    removeEdge: (a: string, b: string) => `删除边 ${a}–${b}`,
    startEdge: '选中它以添加或删除一条边',
  },
});
