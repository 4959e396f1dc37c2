import type { WorkerJobStatus } from '../animation/useWorkerJob';

export interface RunButtonsProps {
  /** 'loading': the run's data are still being fetched, so the main button waits, disabled. */
  status: WorkerJobStatus | 'loading';
  labels: { start: string; pause: string; resume: string; cancel: string };
  onStart: () => void;
  onPause: () => void;
  onResume: () => void;
  onCancel: () => void;
  /** data-testid of the main button; the cancel button's is `${testId}-cancel` */
  testId: string;
  className?: string;
}

/**
 * The buttons of a useWorkerJob run: one main button that is Start, Pause or Resume as the run goes (it keeps its
 * place and the keyboard focus when its meaning changes), and Cancel beside it.
 */
export function RunButtons(props: RunButtonsProps) {
  const { status, labels } = props;
  const underWay = status === 'running' || status === 'paused';
  const main =
    status === 'running'
      ? { label: labels.pause, action: props.onPause }
      : status === 'paused'
        ? { label: labels.resume, action: props.onResume }
        : { label: labels.start, action: props.onStart };
  return (
    <div className={props.className}>
      <button type="button" onClick={main.action} disabled={status === 'loading'} data-testid={props.testId}>
        {main.label}
      </button>
      <button
        type="button"
        onClick={props.onCancel}
        disabled={!underWay}
        data-testid={`${props.testId}-cancel`}
      >
        {labels.cancel}
      </button>
    </div>
  );
}
