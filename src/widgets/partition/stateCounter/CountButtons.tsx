import type { WorkerJobStatus } from '../../common/animation/useWorkerJob';

/**
 * Count, and Cancel beside it (enabled only while a count is under way). Count stays enabled, so the keyboard focus
 * stays on it once pressed; pressed again during a count, it starts the count afresh.
 */
export function CountButtons(props: {
  status: WorkerJobStatus;
  labels: { count: string; cancel: string };
  onCount: () => void;
  onCancel: () => void;
}) {
  const running = props.status === 'running' || props.status === 'paused';
  return (
    <div className="state-counter__buttons">
      <button type="button" onClick={props.onCount} data-testid="count-start">
        {props.labels.count}
      </button>
      <button type="button" onClick={props.onCancel} disabled={!running} data-testid="count-cancel">
        {props.labels.cancel}
      </button>
    </div>
  );
}
