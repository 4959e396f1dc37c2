import { useMemo } from 'react';
import { useReveal } from '../common/animation/useReveal';
import { Figure } from '../common/frame/Figure';
import { Choice, Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { choiceBindings, frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import './brownian.css';
import { AlphaBarPlot } from './dissolve/AlphaBarPlot';
import { DissolveCanvas } from './dissolve/DissolveCanvas';
import {
  createDissolveCloud,
  HIST_RANGE,
  noiseSchedules,
  noiseTo,
  STEPS_T,
  standardNormalDensity,
} from './dissolve/model';
import { DISSOLVE_STRINGS } from './dissolve/strings';
import { HistogramWithDensity } from './HistogramWithDensity';

export const DISSOLVE_PARAMS = {
  shape: { kind: 'enum', values: ['smiley', 'heart', 'spiral', 'twoMoons'], default: 'smiley' },
  schedule: { kind: 'enum', values: ['linear', 'cosine'], default: 'linear' },
  t: { kind: 'number', min: 0, max: STEPS_T, default: 0, integer: true },
  points: { kind: 'number', min: 2000, max: 10_000, default: 4000, integer: true, step: 500 },
} as const;

/** Play moves t by this many steps per frame, 0 → T in 200 frames (about 3 s); a Step moves it as far. */
const STEPS_PER_FRAME = 5;
const advance = (t: number) => t + STEPS_PER_FRAME;
const HIST_DOMAIN = [-HIST_RANGE, HIST_RANGE] as const;

/**
 * A recognisable point cloud noised by the forward process x_t = √ᾱ_t x₀ + √(1 − ᾱ_t) ε, scrubbed by t. Every t is
 * computed from the figure directly, so Play is a reveal of t whose position is the t slider's own parameter: it
 * carries on from wherever the slider is, stops at T, and from T starts again at the clean figure.
 */
export function ShapeDissolves() {
  const t = useStrings(DISSOLVE_STRINGS);
  const state = useWidgetState(DISSOLVE_PARAMS);
  const { shape, schedule, points, seed } = state.values;
  const reveal = useReveal(STEPS_T, advance, advance, {
    shown: state.values.t,
    set: (value) => state.set('t', value),
  });
  const step = reveal.shown;

  const cloud = useMemo(() => createDissolveCloud(shape, points, seed), [shape, points, seed]);
  const schedules = noiseSchedules();
  const current = schedules[schedule];
  const other = schedules[schedule === 'linear' ? 'cosine' : 'linear'];
  const alphaBar = current.alphaBar[step];
  const { hist, ks, critical } = useMemo(() => noiseTo(cloud, alphaBar), [cloud, alphaBar]);

  const abText = formatNumber(alphaBar, 3);
  const kindName = schedule === 'linear' ? t.linear : t.cosine;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={reveal.animation}
      onReset={reveal.reset}
      {...frameBindings(state)}
      controls={
        <>
          <Slider label={t.t} format={(v) => `${v} / ${STEPS_T}`} {...sliderBindings(state, 't')} />
          <Choice
            label={t.schedule}
            options={[
              { value: 'linear', label: t.linear },
              { value: 'cosine', label: t.cosine },
            ]}
            {...choiceBindings(state, 'schedule')}
          />
          <Choice
            label={t.shape}
            options={DISSOLVE_PARAMS.shape.values.map((value) => ({
              value,
              label: t.shapes[value] ?? value,
            }))}
            {...choiceBindings(state, 'shape')}
          />
          <Slider label={t.points} {...sliderBindings(state, 'points')} />
        </>
      }
    >
      <div className="brownian-row">
        <DissolveCanvas
          cloud={cloud}
          alphaBar={alphaBar}
          label={t.canvasLabel(t.shapes[shape] ?? shape, step, abText)}
          sigmaLabels={t.sigmaLabels}
          legend={[t.legendPoints, t.legendCircles]}
        />
        <div>
          <HistogramWithDensity
            title={t.histTitle}
            edges={hist.edges}
            density={hist.density}
            exact={standardNormalDensity}
            xDomain={HIST_DOMAIN}
            height={240}
            label={t.histLabel(step, formatNumber(ks, 3))}
            axes={t.histAxes}
            legend={t.histLegend}
            testId="dissolve-histogram"
          />
          <AlphaBarPlot
            current={current.alphaBar}
            other={other.alphaBar}
            t={step}
            title={t.abTitle}
            label={t.abLabel(kindName, step, abText)}
            axes={t.abAxes}
            legend={[kindName, schedule === 'linear' ? t.cosine : t.linear]}
          />
        </div>
      </div>
      <Readout
        items={[
          { label: t.t, value: <span data-testid="dissolve-t">{step}</span> },
          {
            label: t.alphaBar,
            value: <span data-testid="dissolve-alphabar">{formatNumber(alphaBar, 4)}</span>,
          },
          { label: t.signal, value: formatNumber(current.sqrtAlphaBar[step], 4) },
          { label: t.noise, value: formatNumber(current.sqrtOneMinusAlphaBar[step], 4) },
          {
            label: t.ks,
            value: (
              <span data-testid="dissolve-ks">
                {formatNumber(ks, 3)} ({t.ksCritical} {formatNumber(critical, 3)})
              </span>
            ),
          },
        ]}
      />
    </Figure>
  );
}
