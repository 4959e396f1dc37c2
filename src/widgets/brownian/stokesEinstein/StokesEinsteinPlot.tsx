import { useMemo } from 'react';
import { WATER_VISCOSITY_SI } from '../../../core';
import {
  type AxisSpec,
  DASHED,
  Line,
  Marker,
  Plot,
  ROLE,
  SwatchLegend,
  wideMargins,
} from '../../common/plots';
import { formatLengthNm, formatPowerOfTen, PA_S_PER_MPA_S, ZERO_CELSIUS_K } from '../units';
import { diffusionCurveUm2, RADII_NM, STOKES_EINSTEIN_PARAMS } from './model';

/** The plot's fixed D range (µm²/s): every slider combination stays inside it, so the curve visibly moves. */
const D_DOMAIN_UM2 = [1e-3, 1e3] as const;
const D_TICKS = [1e-3, 1e-2, 1e-1, 1, 10, 100, 1000];
const R_TICKS_NM = [10, 30, 100, 300, 1000, 3000];
const PLOT_HEIGHT = 280;
/** Room for the legend in the plot's top right corner: swatches and words. */
const LEGEND_WIDTH = 150;

/** Water at 25 °C, the fixed reference line. */
const WATER_CURVE = diffusionCurveUm2(ZERO_CELSIUS_K + 25, WATER_VISCOSITY_SI.at25C);
const radiusAt = (_: number, i: number) => RADII_NM[i];
const value = (d: number) => d;

/** Drawing only: D(r) on log–log axes for the current liquid and for water at 25 °C, and the current point. */
export function StokesEinsteinPlot(props: {
  temperature: number;
  viscosity: number;
  radius: number;
  dUm2: number;
  label: string;
  axes: [string, string];
  legend: [string, string];
}) {
  const [xLabel, yLabel] = props.axes;
  const x = useMemo<AxisSpec>(
    () => ({
      domain: [STOKES_EINSTEIN_PARAMS.radius.min, STOKES_EINSTEIN_PARAMS.radius.max],
      type: 'log',
      tickValues: R_TICKS_NM,
      tickFormat: (v) => formatLengthNm(v),
      label: xLabel,
    }),
    [xLabel],
  );
  const y = useMemo<AxisSpec>(
    () => ({
      domain: D_DOMAIN_UM2,
      type: 'log',
      clamp: true,
      tickValues: D_TICKS,
      tickFormat: formatPowerOfTen,
      label: yLabel,
    }),
    [yLabel],
  );
  const current = useMemo(
    () => diffusionCurveUm2(props.temperature, props.viscosity * PA_S_PER_MPA_S),
    [props.temperature, props.viscosity],
  );
  const [currentLabel, waterLabel] = props.legend;

  return (
    <Plot x={x} y={y} height={PLOT_HEIGHT} margins={wideMargins} label={props.label} testId="se-plot">
      <Line data={WATER_CURVE} x={radiusAt} y={value} colour={ROLE.muted} dash={DASHED} />
      <Line data={current} x={radiusAt} y={value} width={2} testId="se-curve" />
      <Marker x={props.radius} y={props.dUm2} guides testId="se-point" />
      <SwatchLegend
        right={LEGEND_WIDTH}
        items={[
          { label: currentLabel, glyph: 'line', colour: ROLE.data },
          { label: waterLabel, glyph: 'dashed', colour: ROLE.muted },
        ]}
      />
    </Plot>
  );
}
