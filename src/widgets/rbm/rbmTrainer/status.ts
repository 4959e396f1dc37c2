import type { WorkerJobStatus } from '../../common/animation/useWorkerJob';
import type { RBM_TRAINER_STRINGS } from './strings';

/** Fetching the digits comes before the job: it has its own states, and a failure the reader can retry. */
export type LoadState = 'idle' | 'loading' | { failed: string };

type StatusWords = (typeof RBM_TRAINER_STRINGS)['en']['status'];

/** The one sentence under the buttons that says where training stands, in the reader's language. */
export function statusText(
  words: StatusWords,
  loading: LoadState,
  job: { status: WorkerJobStatus; error?: string },
  epoch: number,
  epochs: number,
): string {
  if (loading === 'loading') return words.loading;
  if (typeof loading === 'object') return words.loadFailed(loading.failed);
  switch (job.status) {
    case 'running':
      return words.running(epoch, epochs);
    case 'paused':
      return words.paused(epoch, epochs);
    case 'done':
      return words.done(epochs);
    case 'cancelled':
      return words.cancelled(epoch);
    case 'error':
      return words.error(job.error ?? '');
    default:
      return words.idle;
  }
}
