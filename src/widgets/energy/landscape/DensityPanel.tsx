import { memo, useMemo } from 'react';
import type { PlaneVerdict } from '../../../core';
import { useStrings } from '../../common/lang';
import { DensityMap } from '../../common/plots';
import type { DensityGrid } from '../../common/plots/DensityMap';
import { ExpertHandles } from './ExpertHandles';
import { directionDegrees } from './model';
import { LANDSCAPE_STRINGS } from './strings';
import type { ExpertEditing } from './useExperts';

const EMPTY = { xs: new Float64Array(0), ys: new Float64Array(0), count: 0 };

/** The density p = exp(−E/T)/Z on the box, or, on ℝ² when Z = ∞, the reason in words (no picture of nothing). */
function DensityPanelView(props: {
  density: DensityGrid;
  verdict: PlaneVerdict | null;
  editing: ExpertEditing;
  label: string;
}) {
  const t = useStrings(LANDSCAPE_STRINGS);
  const handles = useMemo(
    () => <ExpertHandles editing={props.editing} idPrefix="landscape-density" />,
    [props.editing],
  );
  const { verdict } = props;
  if (verdict?.kind === 'divergent') {
    const angles = verdict.directions.map((u) => `${directionDegrees(u)}°`).join(t.or);
    return (
      <p className="landscape-divergence" role="status" data-testid="landscape-divergence">
        {verdict.everyDirection ? t.everyDirection : t.divergence(angles)}
      </p>
    );
  }
  return (
    <DensityMap
      density={props.density}
      path={EMPTY}
      label={props.label}
      axes={t.axes}
      testId="landscape-density"
      interactive
    >
      {handles}
    </DensityMap>
  );
}

export const DensityPanel = memo(DensityPanelView);
