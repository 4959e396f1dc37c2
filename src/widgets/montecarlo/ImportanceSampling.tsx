import { useMemo } from 'react';
import { Figure } from '../common/frame/Figure';
import { densityOnGrid1D } from '../common/inputs/formula/gridCheck';
import type { TypedDensity } from '../common/inputs/formula/parseFormula';
import { resolveFormula } from '../common/inputs/formula/resolve';
import { MAX_LENGTH } from '../common/inputs/formula/whitelist';
import { formatNumber, useStrings } from '../common/lang';
import { Legend, ROLE } from '../common/plots';
import { frameBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { DensitiesPlot } from './importance/DensitiesPlot';
import { ImportanceControls, VARIABLES } from './importance/ImportanceControls';
import { ImportanceReadout } from './importance/ImportanceReadout';
import { computeImportance, GRID_POINTS } from './importance/model';
import { IMPORTANCE_STRINGS } from './importance/strings';
import { WeightSticks } from './importance/WeightSticks';
import { DEFAULT_FORMULA_1D, RANGE_1D } from './targets';

export const IMPORTANCE_PARAMS = {
  target: { kind: 'enum', values: ['normal', 'formula'], default: 'normal' },
  formula: { kind: 'string', maxLength: MAX_LENGTH, default: DEFAULT_FORMULA_1D },
  f: { kind: 'enum', values: ['square', 'tail', 'identity'], default: 'square' },
  centre: { kind: 'number', min: -3, max: 4, default: 0, step: 0.1 },
  width: { kind: 'number', min: 0.2, max: 4, default: 1.5, step: 0.05 },
  n: { kind: 'number', min: 50, max: 20000, default: 1000, integer: true, scale: 'log' },
} as const;

const FORMULA_GRID = { min: RANGE_1D.min, max: RANGE_1D.max, points: GRID_POINTS };
const onGrid = (density: TypedDensity) => densityOnGrid1D(density, FORMULA_GRID);

/** Self-normalised importance sampling of E_p[f] with an adjustable normal proposal. */
export function ImportanceSampling() {
  const t = useStrings(IMPORTANCE_STRINGS);
  const state = useWidgetState(IMPORTANCE_PARAMS);
  const { target, formula, f, centre, width, n, seed } = state.values;

  const resolved = useMemo(
    () => (target === 'formula' ? resolveFormula(formula, DEFAULT_FORMULA_1D, VARIABLES, onGrid) : null),
    [target, formula],
  );
  const model = useMemo(
    () => computeImportance({ typed: resolved?.density ?? null, f, centre, width, n, seed }),
    [resolved, f, centre, width, n, seed],
  );
  const estimate = model.result?.kind === 'estimate' ? model.result : null;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      {...frameBindings(state)}
      controls={<ImportanceControls state={state} t={t} onGrid={onGrid} badValueAt={model.badValueAt} />}
    >
      <DensitiesPlot
        model={model}
        label={t.densityLabel(formatNumber(centre, 3), formatNumber(width, 3))}
        axes={t.densityAxes}
      />
      <Legend
        items={[
          { label: t.legendP, glyph: 'line', colour: ROLE.exact },
          { label: t.legendQ, glyph: 'dashed', colour: ROLE.data },
        ]}
      />
      <WeightSticks
        samples={model.samples}
        weights={estimate?.weights ?? null}
        label={t.stickLabel(n, estimate ? formatNumber(estimate.ess, 4) : '0')}
        axes={t.stickAxes}
      />
      <Legend
        items={[
          { label: t.legendSticks, glyph: 'stick', colour: ROLE.data },
          { label: t.legendEqual, glyph: 'dashed', colour: ROLE.muted },
        ]}
      />
      <ImportanceReadout model={model} t={t} />
    </Figure>
  );
}
