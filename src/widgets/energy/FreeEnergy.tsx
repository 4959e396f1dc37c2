import { useMemo } from 'react';
import { Figure } from '../common/frame/Figure';
import { Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { ProbabilityBars } from '../common/plots/ProbabilityBars';
import { noticeBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { COMPONENT_STYLES, CurvesPlot } from './freeEnergy/CurvesPlot';
import { MarginalPlot } from './freeEnergy/MarginalPlots';
import { freeEnergyView, latentPosterior } from './freeEnergy/model';
import { FREE_ENERGY_STRINGS } from './freeEnergy/strings';
import './productOfExperts/note.css';

const offset = (value: number) => ({ kind: 'number', min: -3, max: 3, default: value, step: 0.1 }) as const;

/** Parameter table: the three offsets aₕ and the probe x₀ (off the midpoints, so P(h | x₀) is not a tie). */
export const FREE_ENERGY_PARAMS = {
  a0: offset(0),
  a1: offset(1),
  a2: offset(2),
  probe: { kind: 'number', min: -5, max: 5, default: 0.7, step: 0.1 },
} as const;

const H = [0, 1, 2] as const;
const COLOURS = COMPONENT_STYLES.map((style) => style.colour);

/** Chapter 4: F(x) = −log Σₕ exp(−E(x, h)) against the component energies, and the marginal it implies. */
export function FreeEnergy() {
  const t = useStrings(FREE_ENERGY_STRINGS);
  const state = useWidgetState(FREE_ENERGY_PARAMS);
  const { a0, a1, a2, probe } = state.values;
  const view = useMemo(() => freeEnergyView([a0, a1, a2]), [a0, a1, a2]);
  const posterior = useMemo(() => latentPosterior(view.model, probe), [view, probe]);
  const aText = [a0, a1, a2].map((a) => formatNumber(a, 3)).join(', ');
  const zClosed = formatNumber(Math.exp(view.logZ), 10);
  const zQuadrature = formatNumber(Math.exp(view.logZQuadrature), 10);
  const probeText = formatNumber(probe, 3);
  const names = useMemo(() => H.map((h) => t.curve(h)), [t]);
  const list = (values: Float64Array) => H.map((h) => `${t.curve(h)}: ${values[h].toFixed(3)}`).join(', ');

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      onReset={state.resetParams}
      {...noticeBindings(state)}
      controls={
        <>
          {(['a0', 'a1', 'a2'] as const).map((name, h) => (
            <Slider key={name} label={t.offset(h)} {...sliderBindings(state, name)} />
          ))}
          <Slider label={t.probe} {...sliderBindings(state, 'probe')} />
        </>
      }
    >
      <CurvesPlot
        view={view}
        probe={probe}
        label={t.curvesLabel(aText)}
        axes={t.axesTop}
        curveName={t.curve}
        freeName={t.free}
        bandName={t.band}
      />
      <MarginalPlot view={view} probe={probe} label={t.marginalLabel(zClosed)} axes={t.axesBottom} />
      <Readout
        items={[
          { label: t.zClosed, value: <span data-testid="free-energy-z-closed">{zClosed}</span> },
          { label: t.zQuadrature, value: <span data-testid="free-energy-z-quadrature">{zQuadrature}</span> },
          { label: t.prior, value: <span data-testid="free-energy-prior">{list(view.prior)}</span> },
        ]}
      />
      <p className="energy-note">{t.posteriorTitle(probeText)}</p>
      <ProbabilityBars
        values={posterior}
        names={names}
        colours={COLOURS}
        label={t.barsLabel(probeText, list(posterior))}
        axes={t.axesBars}
        testId="free-energy-posterior"
      />
    </Figure>
  );
}
