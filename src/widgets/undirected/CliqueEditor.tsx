import { useMemo, useState } from 'react';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import {
  edgeListNotice,
  formatEdgeList,
  GraphEditor,
  graphParamSpecs,
  type NodeLook,
  useEditableGraph,
} from '../common/graph';
import { Slider } from '../common/inputs/controls';
import { useStrings } from '../common/lang';
import { figureState, sliderBindings } from '../common/state/stateBindings';
import { useRepairNotices } from '../common/state/useRepairNotices';
import { useWidgetState } from '../common/state/useWidgetState';
import { CliquePanel } from './cliques/CliquePanel';
import { summariseCliques } from './cliques/model';
import { PresetButtons } from './cliques/PresetButtons';
import { CLIQUE_STRINGS } from './cliques/strings';
import './cliques/cliques.css';

/**
 * Parameter table. The default graph, drawn without crossings on the circle, has cliques of three, three and two:
 * {x₁, x₂, x₃}, {x₁, x₃, x₄}, {x₄, x₅}.
 */
export const CLIQUE_PARAMS = graphParamSpecs({ nodes: 5, edges: '1-2.1-3.1-4.2-3.3-4.4-5' });

/** Edit an undirected graph; read off its maximal cliques, the factorisation over them and what it saves. */
export function CliqueEditor() {
  const t = useStrings(CLIQUE_STRINGS);
  const state = useWidgetState(CLIQUE_PARAMS);
  const graph = useEditableGraph(state.values, {
    nodes: (nodes) => state.set('nodes', nodes),
    edges: (text) => state.set('edges', text),
  });
  const notices = useRepairNotices(state, () => [edgeListNotice(graph.rejected, graph.edges)]);
  const { nodes, edges } = graph;
  const summary = useMemo(() => summariseCliques(nodes, edges), [nodes, edges]);

  // The highlighted clique is forgotten whenever the graph changes (its index would point elsewhere).
  const graphKey = `${nodes}:${formatEdgeList(edges)}`;
  const [highlight, setHighlight] = useState<{ key: string; clique: number | null }>({
    key: '',
    clique: null,
  });
  const highlighted = highlight.key === graphKey ? highlight.clique : null;
  const members = highlighted === null ? [] : summary.cliques[highlighted];
  const look = (v: number): NodeLook =>
    highlighted !== null && members.includes(v)
      ? { ring: 'dashed', tags: [t.cliqueTag(highlighted + 1)], description: t.inClique(highlighted + 1) }
      : {};

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      // no seed: nothing here is random
      {...notices}
      state={figureState(state)}
      controls={
        <>
          <Slider label={t.nodes} {...sliderBindings(state, 'nodes')} onChange={graph.resize} />
          <PresetButtons nodes={nodes} onPick={graph.replace} />
        </>
      }
    >
      <TwoColumns
        minWidth={640}
        left={
          <GraphEditor
            nodeCount={nodes}
            edges={edges}
            label={t.graphLabel(nodes, edges.length, summary.cliques.length)}
            testId="cliques-graph"
            look={look}
            edgeLook={(a, b) => (members.includes(a) && members.includes(b) ? 'strong' : 'plain')}
            onToggleEdge={graph.toggle}
          />
        }
        right={
          <CliquePanel
            nodes={nodes}
            summary={summary}
            highlighted={highlighted}
            onHighlight={(clique) => setHighlight({ key: graphKey, clique })}
          />
        }
      />
    </Figure>
  );
}
