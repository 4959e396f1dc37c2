import type { RbmTrainingProgress } from '../../../workers/rbmTraining';
import { TwoColumns } from '../../common/frame/TwoColumns';
import { ImageGrid } from '../../common/plots';
import { LikelihoodPlot } from './LikelihoodPlot';
import type { RBM_TRAINER_STRINGS } from './strings';

export interface TrainingResultsProps {
  /** The latest snapshot of the run, or null before the first epoch. */
  progress: RbmTrainingProgress | null;
  epochs: number;
  /** Whether log Z will be exact for the hidden layer on screen (so the note is right before training too). */
  exact: boolean;
  t: (typeof RBM_TRAINER_STRINGS)['en'];
}

/**
 * What the run has learnt, beyond its filters: held-out digits over their reconstructions, the fantasy chains, and
 * the held-out log-likelihood per epoch (exact, or AIS with error bars).
 */
export function TrainingResults({ progress, epochs, exact, t }: TrainingResultsProps) {
  const trained = progress !== null && progress.epoch > 0;
  const shownDigits = trained ? progress.heldOutDigits.length / 64 : 0;
  const pairs = trained ? concat(progress.heldOutDigits, progress.reconstructions) : null;
  return (
    <TwoColumns
      minWidth={640}
      left={
        <div className="rbm-trainer__results">
          <p className="rbm-trainer__subtitle">{t.heldOutTitle}</p>
          {pairs ? (
            <ImageGrid
              pixels={pairs}
              count={2 * shownDigits}
              perRow={shownDigits}
              rows={8}
              columns={8}
              range={[0, 1]}
              tone="dark-on-light"
              label={t.heldOutLabel(shownDigits)}
              testId="rbm-reconstructions"
            />
          ) : (
            <p className="rbm-trainer__empty">{t.notYet}</p>
          )}
          <p className="rbm-trainer__subtitle">{t.fantasyTitle}</p>
          {trained ? (
            <ImageGrid
              pixels={progress.fantasies}
              count={progress.fantasies.length / 64}
              perRow={8}
              rows={8}
              columns={8}
              range={[0, 1]}
              tone="dark-on-light"
              label={t.fantasyLabel}
              testId="rbm-fantasies"
            />
          ) : (
            <p className="rbm-trainer__empty">{t.notYet}</p>
          )}
        </div>
      }
      right={
        <div>
          <LikelihoodPlot
            values={progress?.logLikelihood ?? EMPTY}
            errors={exact ? undefined : (progress?.logLikelihoodError ?? EMPTY)}
            epochs={epochs}
            label={t.llLabel(progress?.logLikelihood.length ?? 0)}
            axes={[t.xAxis, t.llAxis]}
            testId="rbm-heldout-likelihood"
            shape="square"
            height={240}
          />
          <p className="rbm-trainer__note">{t.llNote(exact)}</p>
        </div>
      }
    />
  );
}

const EMPTY = new Float64Array(0);

function concat(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
