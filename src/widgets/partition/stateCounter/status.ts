import type { WorkerJobStatus } from '../../common/animation/useWorkerJob';
import { formatCount } from '../../common/inputs/controls';
import type { STATE_COUNTER_STRINGS } from './strings';

type Words = (typeof STATE_COUNTER_STRINGS)['en'];

/** The one sentence under the buttons that says where the count stands, in the reader's language. */
export function statusText(
  words: Words,
  job: { status: WorkerJobStatus; error?: string },
  done: number,
  total: number,
  elapsed: string,
): string {
  const all = formatCount(total);
  switch (job.status) {
    case 'running':
    case 'paused':
      return words.status.running(formatCount(done), all, String(Math.floor((100 * done) / total)));
    case 'done':
      return words.status.done(all, elapsed);
    case 'cancelled':
      return words.status.cancelled(formatCount(done), all);
    case 'error':
      return words.status.error(job.error ?? '');
    default:
      return words.status.idle(all);
  }
}
