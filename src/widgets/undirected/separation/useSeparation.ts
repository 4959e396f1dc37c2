import { useMemo, useState } from 'react';
import { edgeListNotice, graphParamSpecs, useEditableGraph } from '../../common/graph';
import { useRepairNotices } from '../../common/state/useRepairNotices';
import { SEED_SPEC, useWidgetState } from '../../common/state/useWidgetState';
import { analyseSeparation, pairTables } from './model';
import { type Roles, rawRoles, resolveRoles } from './roles';

export const SEPARATION_MODES = ['a', 'b', 'observe', 'blanket', 'edges'] as const;
export type SeparationMode = (typeof SEPARATION_MODES)[number];

/**
 * Parameter table. The default is a 6-cycle with the chord x₃–x₆, A = x₁, B = x₃, S = {x₂}: not separated (the
 * path x₁ – x₆ – x₃ avoids S) until the reader also observes x₆, which completes the Markov blanket of x₁.
 */
export const SEPARATION_PARAMS = {
  ...graphParamSpecs({ nodes: 6, edges: '1-2.1-6.2-3.3-4.3-6.4-5.5-6' }),
  a: { kind: 'number', min: 1, max: 8, default: 1, integer: true, step: 1 },
  b: { kind: 'number', min: 1, max: 8, default: 3, integer: true, step: 1 },
  observed: { kind: 'string', maxLength: 40, default: '2' },
  /** The node whose Markov blanket is shown, 0 for none. */
  blanket: { kind: 'number', min: 0, max: 8, default: 0, integer: true, step: 1 },
  mode: { kind: 'enum', values: SEPARATION_MODES, default: 'observe' },
  // seed 3 makes the default's dependence plain to see (I ≈ 0.07 nats; seed 1 happens to give 4 · 10⁻⁶)
  seed: { ...SEED_SPEC, default: 3 },
} as const;

/**
 * The explorer's state and what the reader's choices do: the graph and the roles live in the URL; every change of
 * graph size re-fits the roles (a removed node can be neither A, B, observed nor a blanket's centre).
 */
export function useSeparation() {
  const state = useWidgetState(SEPARATION_PARAMS);
  const { values } = state;
  const graph = useEditableGraph(values, {
    nodes: (nodes) => state.set('nodes', nodes),
    edges: (text) => state.set('edges', text),
  });
  // the roles as the URL gives them (node numbers from 1), fitted to the graph
  const { a: rawA, b: rawB, observed: rawObserved, blanket: rawBlanket } = values;
  const roles = useMemo(
    () => resolveRoles(graph.nodes, { a: rawA, b: rawB, observed: rawObserved, blanket: rawBlanket }).roles,
    [graph.nodes, rawA, rawB, rawObserved, rawBlanket],
  );
  const notices = useRepairNotices(state, () => [
    edgeListNotice(graph.rejected, graph.edges),
    ...resolveRoles(graph.nodes, values).repairs,
  ]);
  // Which role a node already has, when the reader tries to observe A or B (shown until the next choice).
  const [refused, setRefused] = useState<{ node: number; role: 'A' | 'B' } | null>(null);

  const setRoles = (next: Roles) => {
    const raw = rawRoles(next);
    state.set('a', raw.a);
    state.set('b', raw.b);
    state.set('observed', raw.observed);
    state.set('blanket', raw.blanket);
  };
  const without = (list: number[], v: number) => list.filter((u) => u !== v);

  const pick = (v: number) => {
    setRefused(null);
    const { a, b, observed, blanket } = roles;
    switch (values.mode) {
      case 'a':
        // choosing B as A swaps the two
        return setRoles({ a: v, b: v === b ? a : b, observed: without(observed, v), blanket });
      case 'b':
        return setRoles({ a: v === a ? b : a, b: v, observed: without(observed, v), blanket });
      case 'observe':
        if (v === a || v === b) return setRefused({ node: v, role: v === a ? 'A' : 'B' });
        return setRoles({
          ...roles,
          observed: observed.includes(v) ? without(observed, v) : [...observed, v].sort((p, q) => p - q),
        });
      case 'blanket':
        return setRoles({ ...roles, blanket: blanket === v ? null : v });
      case 'edges':
        return;
    }
  };

  const resize = (nodes: number) => {
    graph.resize(nodes);
    setRoles(resolveRoles(nodes, values).roles);
  };

  const tables = useMemo(() => pairTables(values.seed), [values.seed]);
  const { nodes, edges } = graph;
  const analysis = useMemo(
    () => analyseSeparation(nodes, edges, roles, tables),
    [nodes, edges, roles, tables],
  );

  const observeBlanketOfA = () => {
    const model = analyseSeparation(nodes, edges, { ...roles, blanket: roles.a }, tables);
    setRoles({ ...roles, observed: model.blanket.filter((v) => v !== roles.b) });
  };

  const setMode = (mode: SeparationMode) => {
    setRefused(null);
    state.set('mode', mode);
  };

  return { state, graph, roles, analysis, notices, pick, resize, setMode, refused, observeBlanketOfA };
}
