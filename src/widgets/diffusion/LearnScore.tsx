import { useMemo } from 'react';
import { SHAPE_NAMES } from '../../core';
import { type ScoreTrainingProgress, scoreTraining } from '../../workers/scoreTraining';
import { useWorkerJob, type WorkerJobStatus } from '../common/animation/useWorkerJob';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Choice, Readout, Slider } from '../common/inputs/controls';
import { RunButtons } from '../common/inputs/RunButtons';
import { formatNumber, useStrings } from '../common/lang';
import { choiceBindings, frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { mixtureData, SIGMA0 } from './common/mixtureData';
import { FieldPanel } from './learnScore/FieldPanel';
import { MsdPlot } from './learnScore/MsdPlot';
import {
  arrowScale,
  BATCH_SIZE,
  EPOCHS,
  exactMixture,
  fieldsAt,
  LEARN_SCORE_PARAMS,
  LEARNING_RATE,
  SCHEDULE,
  STEPS_PER_EPOCH,
  shownNetwork,
} from './learnScore/model';
import { SamplesPanel } from './learnScore/SamplesPanel';
import { LEARN_SCORE_STRINGS } from './learnScore/strings';
import './learnScore/learnScore.css';

export { LEARN_SCORE_PARAMS };

const createWorker = () =>
  new Worker(new URL('../../workers/scoreTraining.worker.ts', import.meta.url), { type: 'module' });

type Words = (typeof LEARN_SCORE_STRINGS)['en'];

function statusText(words: Words['status'], status: WorkerJobStatus, epoch: number, error?: string) {
  if (status === 'running') return words.running(epoch, EPOCHS);
  if (status === 'paused') return words.paused(epoch, EPOCHS);
  if (status === 'done') return words.done(EPOCHS);
  if (status === 'cancelled') return words.cancelled(epoch);
  if (status === 'error') return words.error(error ?? '');
  return words.idle;
}

/**
 * Chapter 7's score network trained by denoising score matching in a worker (useWorkerJob): its field beside the
 * exact one at a noise level the reader picks, the mean squared difference per epoch, and samples drawn with it.
 * Before training the learned field is the seeded initial network's: a function of (shape, H, seed) alone.
 */
export function LearnScore() {
  const t = useStrings(LEARN_SCORE_STRINGS);
  const state = useWidgetState(LEARN_SCORE_PARAMS);
  const { shape, hiddenUnits, fieldTime, seed } = state.values;
  const data = useMemo(() => mixtureData(shape, seed), [shape, seed]);
  const mixture = useMemo(() => exactMixture(data.data), [data]);
  const job = useWorkerJob({ definition: scoreTraining, createWorker, resetOn: [data, hiddenUnits, seed] });
  // a snapshot is shown only with the width it was made with (one render may fall between a change and the reset)
  const progress: ScoreTrainingProgress | null = job.progress?.hidden === hiddenUnits ? job.progress : null;
  const net = useMemo(() => shownNetwork(progress, hiddenUnits, seed), [progress, hiddenUnits, seed]);
  const fields = useMemo(() => fieldsAt(net, mixture, fieldTime), [net, mixture, fieldTime]);
  const epoch = progress?.epoch ?? 0;
  const loss = progress && epoch > 0 ? progress.loss[epoch - 1] : undefined;
  const tText = formatNumber(fieldTime, 2);
  const scale = arrowScale(fields.sigmaT);

  const train = () =>
    job.start({
      seed,
      schedule: SCHEDULE,
      data: data.data,
      sigma0: SIGMA0,
      hidden: hiddenUnits,
      learningRate: LEARNING_RATE,
      batchSize: BATCH_SIZE,
      stepsPerEpoch: STEPS_PER_EPOCH,
      epochs: EPOCHS,
    });

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      onReset={job.reset}
      {...frameBindings(state)}
      controls={
        <>
          <Choice
            label={t.shape}
            options={SHAPE_NAMES.map((name) => ({ value: name, label: t.shapes[name] }))}
            {...choiceBindings(state, 'shape')}
          />
          <Slider label={t.hiddenUnits} {...sliderBindings(state, 'hiddenUnits')} />
          <Slider label={t.fieldTime} {...sliderBindings(state, 'fieldTime')} />
        </>
      }
    >
      <div className="learn-score">
        <div className="learn-score__buttons">
          <RunButtons
            status={job.status}
            labels={{ start: t.train, pause: t.pause, resume: t.resume, cancel: t.cancel }}
            onStart={train}
            onPause={job.pause}
            onResume={job.resume}
            onCancel={job.cancel}
            testId="learn-score-train"
            className="learn-score__run"
          />
          <progress max={EPOCHS} value={epoch} aria-label={t.progress} data-testid="learn-score-progress" />
        </div>
        <p className="learn-score__status" role="status" data-testid="learn-score-status">
          {statusText(t.status, job.status, epoch, job.error)}
        </p>
        <TwoColumns
          minWidth={600}
          left={
            <FieldPanel
              title={t.learnedTitle}
              field={fields.learned}
              data={data.data}
              scale={scale}
              label={t.learnedLabel(tText, epoch)}
              axes={t.axes}
              testId="learn-score-learned"
            />
          }
          right={
            <FieldPanel
              title={t.exactTitle}
              field={fields.exact}
              data={data.data}
              scale={scale}
              label={t.exactLabel(tText)}
              axes={t.axes}
              testId="learn-score-exact"
            />
          }
        />
        <p className="learn-score__note">{t.arrowLegend(formatNumber(fields.sigmaT, 3))}</p>
        <Readout
          items={[
            { label: t.epoch, value: <span data-testid="learn-score-epoch">{`${epoch} / ${EPOCHS}`}</span> },
            {
              label: t.loss,
              value: (
                <span data-testid="learn-score-loss">{loss === undefined ? '—' : formatNumber(loss, 4)}</span>
              ),
            },
            {
              label: t.msdNow,
              value: <span data-testid="learn-score-msd-now">{formatNumber(fields.msd, 3)}</span>,
            },
            { label: t.alphaBar, value: formatNumber(fields.alphaBar, 4) },
            {
              label: t.examples,
              value: <span data-testid="learn-score-examples">{String(progress?.examples ?? 0)}</span>,
            },
            {
              label: t.rate,
              value: (
                <span data-testid="learn-score-rate">
                  {progress && epoch > 0 ? formatNumber(progress.examplesPerSecond, 3) : '—'}
                </span>
              ),
            },
          ]}
        />
        <p className="learn-score__panel-title">{t.msdTitle}</p>
        <MsdPlot
          msd={progress?.msd ?? new Float64Array(0)}
          epochs={EPOCHS}
          label={t.msdLabel(epoch)}
          axes={t.msdAxes}
          timeLabel={t.msdTime}
        />
        <SamplesPanel
          shape={data}
          seed={seed}
          network={{ hidden: hiddenUnits, weights: net.params, epoch }}
          t={t}
        />
      </div>
    </Figure>
  );
}
