import { Figure } from '../common/frame/Figure';
import { Choice, Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { choiceBindings, figureState, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import './brownian.css';
import { STOKES_EINSTEIN_PARAMS, stokesEinsteinFigures } from './stokesEinstein/model';
import { StokesEinsteinPlot } from './stokesEinstein/StokesEinsteinPlot';
import { STOKES_EINSTEIN_STRINGS } from './stokesEinstein/strings';
import { formatLengthNm, roundSignificant, ZERO_CELSIUS_K } from './units';

export { STOKES_EINSTEIN_PARAMS, stokesEinsteinFigures } from './stokesEinstein/model';

const DIMENSION_OPTIONS = STOKES_EINSTEIN_PARAMS.dimension.values.map((value) => ({ value, label: value }));

/** The Stokes–Einstein calculator: no randomness and no animation, so R puts the sliders back to their defaults. */
export function StokesEinstein() {
  const t = useStrings(STOKES_EINSTEIN_STRINGS);
  const state = useWidgetState(STOKES_EINSTEIN_PARAMS);
  const { temperature, viscosity, radius, dimension } = state.values;
  const figures = stokesEinsteinFigures(temperature, viscosity, radius, Number(dimension));
  const tText = `${formatNumber(temperature, 5)} K`;
  const etaText = `${formatNumber(viscosity, 3)} mPa·s`;
  const dText = `${formatNumber(figures.dUm2, 3)} µm²/s`;

  return (
    <Figure
      title={t.title}
      caption={t.caption(dimension)}
      onReset={state.resetParams}
      notices={state.notices}
      onDismissNotices={state.dismissNotices}
      state={figureState(state)}
      controls={
        <>
          <Slider
            label={t.temperature}
            format={(v) => `${formatNumber(v, 5)} K (${formatNumber(v - ZERO_CELSIUS_K, 3)} °C)`}
            {...sliderBindings(state, 'temperature')}
          />
          <Slider
            label={t.viscosity}
            format={(v) => formatNumber(v, 3)}
            {...sliderBindings(state, 'viscosity')}
            // three significant figures keep the URL short whatever the slider's arithmetic gives
            onChange={(v) => state.set('viscosity', roundSignificant(v, 3))}
          />
          <Slider
            label={t.radius}
            format={(v) => formatLengthNm(v)}
            description={t.radiusDescription}
            {...sliderBindings(state, 'radius')}
          />
          <Choice label={t.dimension} options={DIMENSION_OPTIONS} {...choiceBindings(state, 'dimension')} />
        </>
      }
    >
      <StokesEinsteinPlot
        temperature={temperature}
        viscosity={viscosity}
        radius={radius}
        dUm2={figures.dUm2}
        label={t.plotLabel(tText, etaText, formatLengthNm(radius), dText)}
        axes={[t.xAxis, t.yAxis]}
        legend={[t.current, t.water]}
      />
      <Readout
        items={[
          {
            label: t.diffusion,
            value: <span data-testid="se-d">{formatNumber(figures.dUm2, 4)} µm²/s</span>,
          },
          {
            label: t.diffusionSi,
            value: <span data-testid="se-d-si">{formatNumber(figures.dSi, 4)} m²/s</span>,
          },
          {
            label: t.travel(dimension),
            value: <span data-testid="se-travel">{formatNumber(figures.travelUm, 4)} µm</span>,
          },
        ]}
      />
    </Figure>
  );
}
