import type { WorkerJobStatus } from '../../common/animation/useWorkerJob';

export interface TrainingButtonsProps {
  status: WorkerJobStatus | 'loading';
  labels: { train: string; pause: string; resume: string; cancel: string };
  onTrain: () => void;
  onPause: () => void;
  onResume: () => void;
  onCancel: () => void;
}

/**
 * One main button that is Train, Pause or Resume as the run goes, and Cancel beside it. The main button keeps its
 * place (and the keyboard focus) when its meaning changes, rather than being swapped for another.
 */
export function TrainingButtons(props: TrainingButtonsProps) {
  const { status, labels } = props;
  const underWay = status === 'running' || status === 'paused';
  const main =
    status === 'running'
      ? { label: labels.pause, action: props.onPause }
      : status === 'paused'
        ? { label: labels.resume, action: props.onResume }
        : { label: labels.train, action: props.onTrain };
  return (
    <div className="rbm-trainer__buttons">
      <button type="button" onClick={main.action} disabled={status === 'loading'} data-testid="rbm-main">
        {main.label}
      </button>
      <button type="button" onClick={props.onCancel} disabled={!underWay} data-testid="rbm-cancel">
        {labels.cancel}
      </button>
    </div>
  );
}
