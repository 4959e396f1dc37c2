import { useMemo } from 'react';
import { Figure } from '../common/frame/Figure';
import { Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { noticeBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { LogZPlot } from './logZ/LogZPlot';
import { logZView } from './logZ/model';
import { LOGZ_STRINGS } from './logZ/strings';

/** Parameter table. n stays small enough (2¹² = 4096 states) to list every state at every slider move. */
export const LOGZ_PARAMS = {
  n: { kind: 'number', min: 3, max: 12, default: 6, integer: true },
  coupling: { kind: 'number', min: -2, max: 2, default: 0.5, step: 0.05 },
  field: { kind: 'number', min: -1, max: 1, default: 0, step: 0.05 },
} as const;

/** Chapter 3: log Z(J) of a ring of spins, its slope E[Σ sᵢsᵢ₊₁] and its convexity, each computed two ways. */
export function LogZCurve() {
  const t = useStrings(LOGZ_STRINGS);
  const state = useWidgetState(LOGZ_PARAMS);
  const { n, coupling, field } = state.values;
  const view = useMemo(() => logZView(n, coupling, field), [n, coupling, field]);
  const show = (value: number) => formatNumber(value, 6);

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      onReset={state.resetParams}
      {...noticeBindings(state)}
      controls={
        <>
          <Slider label={t.coupling} {...sliderBindings(state, 'coupling')} />
          <Slider label={t.n} {...sliderBindings(state, 'n')} />
          <Slider label={t.field} {...sliderBindings(state, 'field')} />
        </>
      }
    >
      <LogZPlot
        view={view}
        coupling={coupling}
        label={t.plotLabel(n, formatNumber(coupling, 3))}
        axes={[t.xAxis, t.yAxis]}
      />
      <Readout
        items={[
          {
            label: t.listed(String(2 ** n)),
            value: <span data-testid="logz-listed">{show(view.logZListed)}</span>,
          },
          { label: t.transfer, value: <span data-testid="logz-transfer">{show(view.logZTransfer)}</span> },
          { label: t.slope, value: <span data-testid="logz-slope">{show(view.slope)}</span> },
          { label: t.mean, value: <span data-testid="logz-mean">{show(view.mean)}</span> },
          {
            label: t.curvature,
            value: <span data-testid="logz-curvature">{formatNumber(view.curvature, 4)}</span>,
          },
          {
            label: t.variance,
            value: <span data-testid="logz-variance">{formatNumber(view.variance, 4)}</span>,
          },
        ]}
      />
      <p className="logz-convex" data-testid="logz-convex">
        {t.convex(formatNumber(view.variance, 4))}
      </p>
    </Figure>
  );
}
