import { useMemo } from 'react';
import { decideLabel, labelEnergies, labelPosterior } from '../../core';
import { Figure } from '../common/frame/Figure';
import { Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { ProbabilityBars } from '../common/plots/ProbabilityBars';
import { noticeBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { ClassifierPlane } from './classifier/ClassifierPlane';
import { CLASS_COLOURS, classifierModel, regionMap } from './classifier/model';
import { CLASSIFIER_STRINGS } from './classifier/strings';
import './productOfExperts/note.css';

const offset = { kind: 'number', min: -2, max: 2, default: 0, step: 0.1 } as const;
const coordinate = (value: number) => ({ kind: 'number', min: -3, max: 3, default: value }) as const;

/** Parameter table. The test point starts off the boundaries (not equidistant), so T visibly sharpens the bars. */
export const CLASSIFIER_PARAMS = {
  temperature: { kind: 'number', min: 0.05, max: 20, default: 1, scale: 'log' },
  beta0: offset,
  beta1: offset,
  beta2: offset,
  x: coordinate(0.6),
  y: coordinate(-0.3),
} as const;

const COLOURS = [...CLASS_COLOURS];
const round = (v: number) => Number(v.toFixed(3));

/** Chapter 4: argmin_y E(x, y) decides; softmax(−E/T) over three labels gives the probabilities. */
export function EnergyClassifier() {
  const t = useStrings(CLASSIFIER_STRINGS);
  const state = useWidgetState(CLASSIFIER_PARAMS);
  const { temperature, beta0, beta1, beta2, x, y } = state.values;
  const model = useMemo(() => classifierModel([beta0, beta1, beta2]), [beta0, beta1, beta2]);
  const map = useMemo(() => regionMap(model, temperature), [model, temperature]);
  const energies = labelEnergies(model, x, y);
  const probabilities = labelPosterior(energies, temperature);
  const decision = t.classes[decideLabel(energies)];
  const xText = formatNumber(x, 3);
  const yText = formatNumber(y, 3);
  const point = useMemo(() => [x, y] as const, [x, y]);
  const onMove = (nx: number, ny: number) => {
    state.set('x', round(nx));
    state.set('y', round(ny));
  };
  const list = t.classes.map((name, k) => `${name}: ${probabilities[k].toFixed(3)}`).join(', ');

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      onReset={state.resetParams}
      {...noticeBindings(state)}
      controls={
        <>
          <Slider label={t.temperature} {...sliderBindings(state, 'temperature')} />
          {(['beta0', 'beta1', 'beta2'] as const).map((name, k) => (
            <Slider key={name} label={t.offset(t.classes[k])} {...sliderBindings(state, name)} />
          ))}
        </>
      }
    >
      <ClassifierPlane
        map={map}
        point={point}
        onMove={onMove}
        names={t.classes}
        handleLabel={t.handle(xText, yText)}
        label={t.planeLabel(xText, yText, decision)}
        axes={t.axes}
      />
      <p className="energy-note">{t.legend}</p>
      <Readout
        items={t.classes.map((name, k) => ({
          label: t.energy(name),
          value: <span data-testid={`classifier-energy-${k}`}>{formatNumber(energies[k], 4)}</span>,
        }))}
      />
      <p data-testid="classifier-decision">{t.decision(decision)}</p>
      <ProbabilityBars
        values={probabilities}
        names={t.classes}
        colours={COLOURS}
        label={t.barsLabel(list)}
        axes={t.axesBars}
        testId="classifier-probabilities"
      />
      <p className="energy-note">{t.cheap}</p>
    </Figure>
  );
}
