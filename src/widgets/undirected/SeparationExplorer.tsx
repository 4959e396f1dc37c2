import { useMemo } from 'react';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { type GraphEdge, GraphEditor, GraphLegend, hasEdge, nodeName } from '../common/graph';
import { Choice, Slider } from '../common/inputs/controls';
import { useStrings } from '../common/lang';
import { choiceBindings, frameBindings, sliderBindings } from '../common/state/stateBindings';
import { separationLegend, separationLook } from './separation/looks';
import { SeparationReadout } from './separation/SeparationReadout';
import { SEPARATION_STRINGS } from './separation/strings';
import { SEPARATION_MODES, useSeparation } from './separation/useSeparation';
import './separation/separation.css';

export { SEPARATION_PARAMS } from './separation/useSeparation';

/** The edges between consecutive vertices of a path, each written low end first. */
const edgesAlong = (path: readonly number[]): GraphEdge[] =>
  path.slice(1).map((v, k) => (path[k] < v ? [path[k], v] : [v, path[k]]));

/**
 * Does S separate A from B? Said in words, shown by a path that avoids S, and checked against the exact conditional
 * mutual information of a random pairwise model on the same graph.
 */
export function SeparationExplorer() {
  const t = useStrings(SEPARATION_STRINGS);
  const { state, graph, roles, analysis, notices, ...act } = useSeparation();
  const { nodes, edges } = graph;
  const { mode } = state.values;
  const pathEdges = useMemo(() => edgesAlong(analysis.path ?? []), [analysis.path]);
  const hint = act.refused ? t.cannotObserve(nodeName(act.refused.node), act.refused.role) : t.hints[mode];
  const modeOptions = SEPARATION_MODES.map((value) => ({ value, label: t.modes[value] }));

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      {...frameBindings(state)}
      {...notices}
      controls={
        <>
          <Slider label={t.nodes} {...sliderBindings(state, 'nodes')} onChange={act.resize} />
          <Choice
            label={t.mode}
            options={modeOptions}
            {...choiceBindings(state, 'mode')}
            onChange={act.setMode}
          />
          <button type="button" onClick={act.observeBlanketOfA} data-testid="separation-observe-blanket">
            {t.observeBlanket}
          </button>
        </>
      }
    >
      <TwoColumns
        minWidth={640}
        left={
          <>
            <GraphEditor
              nodeCount={nodes}
              edges={edges}
              label={t.graphLabel(nodes, edges.length)}
              testId="separation-graph"
              look={(v) => separationLook(v, roles, analysis, t)}
              edgeLook={(u, v) => (hasEdge(pathEdges, u, v) ? 'strong' : 'plain')}
              onToggleEdge={graph.toggle}
              onPickNode={mode === 'edges' ? undefined : act.pick}
              pickLabel={() => t.modes[mode]}
              hint={hint}
            />
            <GraphLegend items={separationLegend(t, roles.blanket !== null)} testId="separation-legend" />
            <p className="separation-legend__path">{t.legendPath}</p>
          </>
        }
        right={<SeparationReadout roles={roles} analysis={analysis} />}
      />
    </Figure>
  );
}
