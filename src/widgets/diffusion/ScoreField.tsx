import { useCallback, useMemo, useRef } from 'react';
import { ascendScore, fractionNearModes } from '../../core';
import { useSimulation } from '../common/animation/useSimulation';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Choice, Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { AscentCanvas } from './scoreField/AscentCanvas';
import {
  ASCENT_STEPS,
  type AscentRun,
  buildDensity,
  CENTRE_KEYS,
  createAscentRun,
  mixtureKey,
  mixtureSettings,
  NEAR_MODE,
  PRESETS,
  type PresetName,
  SCORE_FIELD_PARAMS,
  WEIGHT_KEYS,
} from './scoreField/model';
import { ScoreDensityPanel } from './scoreField/ScoreDensityPanel';
import { SCORE_FIELD_STRINGS } from './scoreField/strings';

export { SCORE_FIELD_PARAMS };

const stepAscent = (run: AscentRun) => ascendScore(run.density, run.points, run.epsilon, run.scratch);
const readAscent = (run: AscentRun, steps: number) => ({
  steps,
  near: fractionNearModes(run.points, run.modes, NEAR_MODE),
  modes: run.modes.length / 2,
});

/**
 * The score ∇ log p of a 2-D mixture the reader edits, its arrows over the shaded p̃ = c·p (c leaves them alone), and
 * particles climbing them with no noise. The stream is a useSimulation run: at rest the seeded uniform start, Play
 * shows the climb.
 */
export function ScoreField() {
  const t = useStrings(SCORE_FIELD_STRINGS);
  const state = useWidgetState(SCORE_FIELD_PARAMS);
  const v = state.values;
  const K = v.components;
  const key = mixtureKey(v);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key holds every value the settings read
  const settings = useMemo(() => mixtureSettings(v), [key]);
  const density = useMemo(() => buildDensity(settings), [settings]);
  const centres = settings.centres;

  const { set } = state;
  const moveCentre = useCallback(
    (k: number, x: number, y: number) => {
      set(CENTRE_KEYS[k][0], x);
      set(CENTRE_KEYS[k][1], y);
    },
    [set],
  );
  const choosePreset = (name: PresetName) => {
    const preset = PRESETS[name];
    set('preset', name);
    set('components', preset.centres.length);
    set('width', preset.width);
    for (const [k, [x, y]] of preset.centres.entries()) moveCentre(k, x, y);
    for (const [k, w] of preset.weights.entries()) set(WEIGHT_KEYS[k], w);
  };

  const repaint = useRef<() => void>(() => undefined);
  const simulation = useSimulation({
    create: () => createAscentRun(density, v.width, v.seed),
    deps: [density, v.seed],
    step: stepAscent,
    maxSteps: ASCENT_STEPS,
    readout: readAscent,
    draw: () => repaint.current(),
  });
  const { readout } = simulation;
  const nearText = `${formatNumber(100 * readout.near, 3)} %`;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={simulation.animation}
      onReset={simulation.reset}
      {...frameBindings(state)}
      controls={
        <>
          <Choice
            label={t.preset}
            options={SCORE_FIELD_PARAMS.preset.values.map((value) => ({ value, label: t.presets[value] }))}
            value={v.preset}
            param="preset"
            onChange={choosePreset}
          />
          <Slider label={t.scale} format={(c) => formatNumber(c, 3)} {...sliderBindings(state, 'scale')} />
          <Slider label={t.components} {...sliderBindings(state, 'components')} />
          <Slider label={t.width} {...sliderBindings(state, 'width')} />
          {WEIGHT_KEYS.slice(0, K).map((key, k) => (
            <Slider key={key} label={t.weight(k + 1)} {...sliderBindings(state, key)} />
          ))}
        </>
      }
    >
      <TwoColumns
        left={
          <ScoreDensityPanel
            density={density}
            scale={v.scale}
            centres={centres}
            onMove={moveCentre}
            handleLabel={t.handle}
            label={t.densityLabel(K, formatNumber(v.scale, 3))}
            axes={t.axes}
            words={{
              colourScale: t.colourScale,
              contours: t.contours,
              arrowLegend: t.arrowLegend,
              unchanged: t.arrowsUnchanged,
            }}
          />
        }
        right={
          <AscentCanvas
            run={simulation.model}
            repaint={repaint}
            runKey={density}
            title={t.ascentTitle}
            label={t.ascentLabel(readout.steps, nearText)}
            legend={t.ascentLegend}
          />
        }
      />
      <Readout
        items={[
          { label: t.steps, value: <span data-testid="score-steps">{readout.steps}</span> },
          { label: t.epsilon, value: formatNumber(0.1 * v.width * v.width, 3) },
          { label: t.modes, value: <span data-testid="score-modes">{readout.modes}</span> },
          {
            label: t.near,
            value: (
              <span data-testid="score-near" data-value={readout.near}>
                {nearText}
              </span>
            ),
          },
        ]}
      />
    </Figure>
  );
}
