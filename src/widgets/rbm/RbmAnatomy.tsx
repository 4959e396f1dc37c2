import { useMemo } from 'react';
import { Figure } from '../common/frame/Figure';
import { useStrings } from '../common/lang';
import { Legend, ROLE } from '../common/plots';
import { frameBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { AnatomyGraph, type Layer } from './anatomy/AnatomyGraph';
import { EnergyTable } from './anatomy/EnergyTable';
import { anatomyRbm, energyTerms } from './anatomy/model';
import { RBM_ANATOMY_PARAMS } from './anatomy/params';
import { RBM_ANATOMY_STRINGS } from './anatomy/strings';

export { RBM_ANATOMY_PARAMS };

import './anatomy/anatomy.css';

type UnitName = keyof typeof RBM_ANATOMY_PARAMS;
const VISIBLE = ['v1', 'v2', 'v3', 'v4', 'v5', 'v6'] as const satisfies readonly UnitName[];
const HIDDEN = ['h1', 'h2', 'h3', 'h4'] as const satisfies readonly UnitName[];

/**
 * Chapter 5: a 6 × 4 RBM laid open. The reader switches units on and off and reads the conditionals of each layer
 * given the other, and the energy of the joint state term by term — all computed by the core's `Rbm`.
 */
export function RbmAnatomy() {
  const t = useStrings(RBM_ANATOMY_STRINGS);
  const state = useWidgetState(RBM_ANATOMY_PARAMS);
  const { values } = state;
  const rbm = useMemo(() => anatomyRbm(values.seed), [values.seed]);
  const visibleState = VISIBLE.map((name) => values[name]);
  const hiddenState = HIDDEN.map((name) => values[name]);
  const vKey = visibleState.map(Number).join('');
  const hKey = hiddenState.map(Number).join('');
  // Keyed on the layer states as bit strings, so a re-render with the same units on computes nothing.
  const shown = useMemo(() => {
    const v = Float64Array.from(vKey, Number);
    const h = Float64Array.from(hKey, Number);
    return {
      hiddenProbability: rbm.hiddenProbabilities(v),
      visibleProbability: rbm.visibleProbabilities(h),
      terms: energyTerms(rbm, v, h),
    };
  }, [rbm, vKey, hKey]);
  const toggle = (layer: Layer, index: number) => {
    const name = (layer === 'visible' ? VISIBLE : HIDDEN)[index];
    state.set(name, !values[name]);
  };

  return (
    <Figure title={t.title} caption={t.caption} onReset={state.resetParams} {...frameBindings(state)}>
      <AnatomyGraph
        weights={rbm.weights}
        visibleState={visibleState}
        hiddenState={hiddenState}
        visibleProbability={shown.visibleProbability}
        hiddenProbability={shown.hiddenProbability}
        onToggle={toggle}
        words={{
          title: t.graphTitle,
          names: { visible: t.visibleName, hidden: t.hiddenName },
          rows: { visible: t.visibleRow, hidden: t.hiddenRow },
          unitButton: t.unitButton,
          edgeTitle: t.edgeTitle,
        }}
      />
      <Legend
        items={[
          { label: t.legendPositive, glyph: 'line', colour: ROLE.data },
          { label: t.legendNegative, glyph: 'dashed', colour: ROLE.exact },
          { label: t.legendWidth, glyph: 'line', colour: ROLE.muted },
        ]}
      />
      <EnergyTable
        terms={shown.terms}
        words={{
          caption: t.energyCaption,
          columns: [t.termColumn, t.kindColumn, t.valueColumn],
          visibleBiasTerm: t.visibleBiasTerm,
          hiddenBiasTerm: t.hiddenBiasTerm,
          pairTerm: t.pairTerm,
          noTerms: t.noTerms,
          total: t.total,
        }}
      />
    </Figure>
  );
}
