import type { WorkerJobStatus } from '../../common/animation/useWorkerJob';

export interface RunButtonsProps {
  status: WorkerJobStatus;
  labels: { run: string; runAgain: string; cancel: string };
  onRun: () => void;
  onCancel: () => void;
}

/**
 * Run (or Run again, once a run has ended) and Cancel. Run waits while a run is under way, so a click cannot
 * silently throw away a run that is nearly done; Cancel is there for that.
 */
export function RunButtons(props: RunButtonsProps) {
  const { status, labels } = props;
  const running = status === 'running' || status === 'paused';
  const ended = status === 'done' || status === 'cancelled' || status === 'error';
  return (
    <div className="msd-crossover__buttons">
      <button type="button" onClick={props.onRun} disabled={running} data-testid="msd-run">
        {ended ? labels.runAgain : labels.run}
      </button>
      <button type="button" onClick={props.onCancel} disabled={!running} data-testid="msd-cancel">
        {labels.cancel}
      </button>
    </div>
  );
}
