import { useCallback, useMemo, useState } from 'react';
import { createRbm, DIGIT_PIXELS, RBM_EXACT_MAX_UNITS } from '../../core';
import { type RbmTrainingProgress, rbmTraining } from '../../workers/rbmTraining';
import { useWorkerJob } from '../common/animation/useWorkerJob';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Choice, Readout, Slider } from '../common/inputs/controls';
import { RunButtons } from '../common/inputs/RunButtons';
import { formatNumber, useStrings } from '../common/lang';
import { ImageGrid } from '../common/plots';
import { choiceBindings, frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { loadTrainingDigits } from './rbmTrainer/digits';
import { filtersOf, MAX_FILTERS_SHOWN } from './rbmTrainer/filters';
import { LikelihoodPlot } from './rbmTrainer/LikelihoodPlot';
import { type LoadState, statusText } from './rbmTrainer/status';
import { RBM_TRAINER_STRINGS } from './rbmTrainer/strings';
import { TrainingResults } from './rbmTrainer/TrainingResults';
import './rbm.css';

/** Parameter table; the ranges are the training job's (src/workers/rbmTraining.ts), which also checks them. */
export const RBM_TRAINER_PARAMS = {
  hidden: { kind: 'number', min: 16, max: 256, default: 64, integer: true, step: 16 },
  method: { kind: 'enum', values: ['cd', 'pcd'], default: 'pcd' },
  k: { kind: 'number', min: 1, max: 10, default: 1, integer: true },
  learningRate: { kind: 'number', min: 0.001, max: 0.5, default: 0.06, scale: 'log' },
  epochs: { kind: 'number', min: 1, max: 50, default: 10, integer: true },
  /** scikit-learn's BernoulliRBM digits example trains with mini-batches of 10, the default here; PCD keeps as many chains. */
  batchSize: { kind: 'number', min: 1, max: 100, default: 10, integer: true, scale: 'log' },
} as const;

/**
 * Chapter 5's RBM trained on the UCI digits in a Web Worker (useWorkerJob): Train, Pause, Resume, Cancel, a
 * progress bar, the filters and the learning curve after every epoch. Before training, the filters are the seeded
 * initial weights, the very ones the run starts from.
 */
export function RbmTrainer() {
  const t = useStrings(RBM_TRAINER_STRINGS);
  const state = useWidgetState(RBM_TRAINER_PARAMS);
  const { hidden, method, k, learningRate, epochs, batchSize, seed } = state.values;
  const job = useWorkerJob({
    definition: rbmTraining,
    createWorker: () =>
      new Worker(new URL('../../workers/rbmTraining.worker.ts', import.meta.url), { type: 'module' }),
    // Any change of settings ends the run: what is shown must always belong to the settings on screen.
    resetOn: [hidden, method, k, learningRate, epochs, batchSize, seed],
  });
  const [loading, setLoading] = useState<LoadState>('idle');

  const initialWeights = useMemo(
    () => createRbm({ visible: DIGIT_PIXELS, hidden, seed }).weights,
    [hidden, seed],
  );
  // A run's snapshot is shown only with the settings it was made with: for the one render between a change of
  // settings and the reset it causes, the initial weights of the new settings are shown instead.
  const progress = job.progress?.hidden === hidden ? job.progress : null;
  const weights = progress?.weights ?? initialWeights;
  const shown = Math.min(hidden, MAX_FILTERS_SHOWN);
  const filters = useMemo(() => filtersOf(weights, DIGIT_PIXELS, hidden, shown), [weights, hidden, shown]);

  const train = useCallback(() => {
    setLoading('loading');
    loadTrainingDigits().then(
      ({ data, rows }) => {
        setLoading('idle');
        job.start({ seed, hidden, method, k, learningRate, batchSize, epochs, data, rows });
      },
      (error: unknown) => setLoading({ failed: error instanceof Error ? error.message : String(error) }),
    );
  }, [job, seed, hidden, method, k, learningRate, epochs, batchSize]);

  const epoch = progress?.epoch ?? 0;
  const curve = progress?.pseudoLikelihood ?? new Float64Array(0);
  const status = statusText(t.status, loading, job, epoch, epochs);

  return (
    <Figure
      title={t.title}
      caption={t.caption(shown, hidden)}
      onReset={job.reset}
      {...frameBindings(state)}
      controls={
        <>
          <Slider label={t.hidden} {...sliderBindings(state, 'hidden')} />
          <Choice
            label={t.method}
            options={[
              { value: 'cd', label: t.methodCd },
              { value: 'pcd', label: t.methodPcd },
            ]}
            {...choiceBindings(state, 'method')}
          />
          <Slider label={t.k} {...sliderBindings(state, 'k')} />
          <Slider label={t.learningRate} {...sliderBindings(state, 'learningRate')} />
          <Slider label={t.batchSize} {...sliderBindings(state, 'batchSize')} />
          <Slider label={t.epochs} {...sliderBindings(state, 'epochs')} />
        </>
      }
    >
      <div className="rbm-trainer">
        <RunButtons
          status={loading === 'loading' ? 'loading' : job.status}
          labels={{ start: t.train, pause: t.pause, resume: t.resume, cancel: t.cancel }}
          onStart={train}
          onPause={job.pause}
          onResume={job.resume}
          onCancel={job.cancel}
          testId="rbm-main"
          className="rbm-trainer__buttons"
        />
        <progress max={epochs} value={epoch} aria-label={t.progress} data-testid="rbm-progress" />
        <p className="rbm-trainer__status" role="status" data-testid="rbm-status">
          {status}
        </p>
        <TwoColumns
          minWidth={640}
          left={
            <ImageGrid
              pixels={filters}
              count={shown}
              rows={8}
              columns={8}
              label={t.filtersLabel(shown)}
              testId="rbm-filters"
            />
          }
          right={
            <>
              <LikelihoodPlot
                values={curve}
                epochs={epochs}
                label={t.plotLabel(curve.length)}
                axes={[t.xAxis, t.yAxis]}
                testId="rbm-likelihood"
                height={240}
              />
              <Readout
                items={[
                  {
                    label: t.epochDone,
                    value: <span data-testid="rbm-epoch">{`${epoch} / ${epochs}`}</span>,
                  },
                  {
                    label: t.lastPl,
                    value: (
                      <span data-testid="rbm-pl">
                        {curve.length > 0 ? `${formatNumber(curve[curve.length - 1], 4)} ${t.nats}` : '—'}
                      </span>
                    ),
                  },
                  {
                    label: t.lastLl,
                    value: <span data-testid="rbm-ll">{lastLikelihood(progress, t.nats)}</span>,
                  },
                  {
                    label: t.epochTime,
                    value: (
                      <span data-testid="rbm-epoch-ms">
                        {progress && epoch > 0 ? `${formatNumber(progress.epochMs, 3)} ${t.ms}` : '—'}
                      </span>
                    ),
                  },
                ]}
              />
            </>
          }
        />
        <TrainingResults progress={progress} epochs={epochs} exact={hidden <= RBM_EXACT_MAX_UNITS} t={t} />
      </div>
    </Figure>
  );
}

/** The last held-out log-likelihood, with ± its standard error when it is an AIS estimate. */
function lastLikelihood(progress: RbmTrainingProgress | null, nats: string): string {
  const n = progress?.logLikelihood.length ?? 0;
  if (!progress || n === 0) return '—';
  const value = formatNumber(progress.logLikelihood[n - 1], 4);
  const error = progress.logLikelihoodError[n - 1];
  return progress.exactLikelihood ? `${value} ${nats}` : `${value} ± ${formatNumber(error, 2)} ${nats}`;
}
