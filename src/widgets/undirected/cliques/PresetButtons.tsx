import {
  chainGraph,
  completeGraph,
  cycleGraph,
  type GraphPreset,
  starGraph,
  twoTrianglesGraph,
} from '../../common/graph';
import { useStrings } from '../../common/lang';
import { CLIQUE_STRINGS } from './strings';

/**
 * The chapter's example graphs, one button each. Chain, star and complete graph keep the current number of
 * nodes; the 4-cycle and the two triangles set four.
 */
export function PresetButtons(props: { nodes: number; onPick: (preset: GraphPreset) => void }) {
  const t = useStrings(CLIQUE_STRINGS);
  const presets: [string, string, () => GraphPreset][] = [
    ['chain', t.chain, () => chainGraph(props.nodes)],
    ['cycle', t.cycle, () => cycleGraph(4)],
    ['star', t.star, () => starGraph(props.nodes)],
    ['complete', t.complete, () => completeGraph(props.nodes)],
    ['two-triangles', t.twoTriangles, twoTrianglesGraph],
  ];
  return (
    <fieldset className="control control--choice clique-presets">
      <legend>{t.presets}</legend>
      {presets.map(([key, label, build]) => (
        <button key={key} type="button" data-preset={key} onClick={() => props.onPick(build())}>
          {label}
        </button>
      ))}
    </fieldset>
  );
}
