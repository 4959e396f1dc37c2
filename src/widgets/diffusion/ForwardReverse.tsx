import { useEffect, useMemo } from 'react';
import { REVERSE_STEP_LADDER, type ReverseSampler, SHAPE_NAMES } from '../../core';
import { reverseDiffusion } from '../../workers/reverseDiffusion';
import { useWorkerJob } from '../common/animation/useWorkerJob';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Choice, Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { choiceBindings, frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { CloudCanvas } from './common/CloudCanvas';
import { forwardCloud, PARTICLES, SIGMA0, shapeData, TRACKED } from './forwardReverse/model';
import { QualityPlot } from './forwardReverse/QualityPlot';
import { FORWARD_REVERSE_STRINGS } from './forwardReverse/strings';
import './forwardReverse/forwardReverse.css';

export const FORWARD_REVERSE_PARAMS = {
  shape: { kind: 'enum', values: ['twoMoons', 'smiley', 'spiral', 'heart'], default: 'twoMoons' },
  schedule: { kind: 'enum', values: ['linear', 'cosine'], default: 'linear' },
  sampler: { kind: 'enum', values: ['ddpm', 'ode'], default: 'ddpm' },
  steps: { kind: 'number', min: 5, max: 1000, default: 100, integer: true, scale: 'log', step: 0.05 },
  time: { kind: 'number', min: 0, max: 1, default: 0.3, step: 0.01 },
} as const;

/** The whole ladder, both samplers: 16 runs, cheapest first so the curve grows from the left. */
const LADDER_RUNS = REVERSE_STEP_LADDER.flatMap((steps) =>
  (['ddpm', 'ode'] as const).map((sampler) => ({ sampler, steps })),
);

const createWorker = () =>
  new Worker(new URL('../../workers/reverseDiffusion.worker.ts', import.meta.url), { type: 'module' });

/**
 * Chapter 7's forward and reverse processes on a chapter-1 shape made into an exact mixture: the forward cloud at
 * any time t (exact, no score needed); the cloud generated backwards at the current setting (a worker run, started
 * whenever the settings change); and on demand the energy distance over the ladder of step counts for both samplers.
 */
export function ForwardReverse() {
  const t = useStrings(FORWARD_REVERSE_STRINGS);
  const state = useWidgetState(FORWARD_REVERSE_PARAMS);
  const { shape, schedule, sampler, steps, time, seed } = state.values;
  const data = useMemo(() => shapeData(shape, seed), [shape, seed]);
  const forward = useMemo(() => forwardCloud(data, schedule, time), [data, schedule, time]);

  const generate = useWorkerJob({
    definition: reverseDiffusion,
    createWorker,
    resetOn: [data, schedule, sampler, steps],
  });
  const quality = useWorkerJob({ definition: reverseDiffusion, createWorker, resetOn: [data, schedule] });
  const { start: startGenerate } = generate;
  useEffect(() => {
    // the generated cloud belongs to the settings: computed for them at once, off the main thread
    startGenerate({
      seed,
      schedule,
      data: data.data,
      sigma0: SIGMA0,
      particles: PARTICLES,
      runs: [{ sampler, steps }],
      track: TRACKED,
    });
  }, [startGenerate, seed, schedule, data, sampler, steps]);

  const generated = generate.progress?.points.length ? generate.progress : null;
  const energy = generated?.results[0]?.energy;
  const samplerName = (s: ReverseSampler) => (s === 'ddpm' ? t.ddpm : t.ode);
  const measured = quality.progress?.results ?? [];
  const measuring = quality.status === 'running' || quality.status === 'paused';
  const measure = () =>
    quality.start({
      seed,
      schedule,
      data: data.data,
      sigma0: SIGMA0,
      particles: PARTICLES,
      runs: LADDER_RUNS,
      track: 0,
    });
  const floorText = t.floorValue(
    formatNumber(data.floor.mean, 2),
    formatNumber(data.floor.low, 2),
    formatNumber(data.floor.high, 2),
  );

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      onReset={quality.reset}
      {...frameBindings(state)}
      controls={
        <>
          <Choice
            label={t.shape}
            options={SHAPE_NAMES.map((name) => ({ value: name, label: t.shapes[name] }))}
            {...choiceBindings(state, 'shape')}
          />
          <Choice
            label={t.schedule}
            options={[
              { value: 'linear', label: t.linear },
              { value: 'cosine', label: t.cosine },
            ]}
            {...choiceBindings(state, 'schedule')}
          />
          <Slider label={t.time} {...sliderBindings(state, 'time')} />
          <Choice
            label={t.sampler}
            options={[
              { value: 'ddpm', label: t.ddpm },
              { value: 'ode', label: t.ode },
            ]}
            {...choiceBindings(state, 'sampler')}
          />
          <Slider label={t.steps} {...sliderBindings(state, 'steps')} />
        </>
      }
    >
      <div className="forward-reverse">
        <TwoColumns
          minWidth={600}
          left={
            <div>
              <p className="forward-reverse__panel-title">{t.forwardTitle}</p>
              <CloudCanvas
                points={forward.xt}
                label={t.forwardLabel(formatNumber(time, 2), formatNumber(forward.alphaBar, 3))}
                testId="forward-cloud"
              />
            </div>
          }
          right={
            <div>
              <p className="forward-reverse__panel-title">{t.reverseTitle}</p>
              <CloudCanvas
                points={generated?.points ?? new Float64Array(0)}
                paths={
                  generated
                    ? {
                        values: generated.trajectories,
                        count: generated.tracked,
                        length: generated.trajectories.length / Math.max(1, 2 * generated.tracked),
                      }
                    : undefined
                }
                label={t.reverseLabel(generated ? PARTICLES : 0, samplerName(sampler))}
                testId="reverse-cloud"
                legend={{ dots: t.legendDots, marks: t.legendPaths }}
              />
            </div>
          }
        />
        <Readout
          items={[
            {
              label: t.alphaBar,
              value: <span data-testid="forward-alpha-bar">{formatNumber(forward.alphaBar, 4)}</span>,
            },
            {
              label: t.energy,
              value: (
                <span data-testid="reverse-energy">
                  {generate.status === 'error'
                    ? t.generateError(generate.error ?? '')
                    : energy === undefined
                      ? t.computing
                      : formatNumber(energy, 3)}
                </span>
              ),
            },
            { label: t.floor, value: <span data-testid="reverse-floor">{floorText}</span> },
          ]}
        />
        <QualityPlot
          results={measured}
          floor={data.floor.mean}
          steps={steps}
          sampler={sampler}
          labels={{
            x: t.xAxis,
            y: t.yAxis,
            ddpm: t.ddpmShort,
            ode: t.odeShort,
            floor: t.floorShort,
            now: `${t.now(steps)} · ${sampler === 'ddpm' ? 'DDPM' : 'ODE'}`,
            plot: t.qualityLabel(steps, samplerName(sampler), measured.length),
          }}
        />
        <div className="forward-reverse__buttons">
          <button type="button" onClick={measure} disabled={measuring} data-testid="reverse-measure">
            {t.measure}
          </button>
          <button type="button" onClick={quality.cancel} disabled={!measuring} data-testid="reverse-cancel">
            {t.cancel}
          </button>
          <progress max={1} value={quality.progress?.fraction ?? 0} aria-label={t.progress} />
        </div>
        <p className="forward-reverse__status" role="status" data-testid="reverse-status">
          {t.qualityStatus(measured.length, LADDER_RUNS.length)}
        </p>
      </div>
    </Figure>
  );
}
