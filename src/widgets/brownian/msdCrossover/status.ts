import type { CollisionMsdProgress } from '../../../workers/collisionMsd';
import type { WorkerJobStatus } from '../../common/animation/useWorkerJob';
import { formatNumber } from '../../common/lang';
import type { MSD_CROSSOVER_STRINGS } from './strings';

type StatusWords = (typeof MSD_CROSSOVER_STRINGS)['en']['status'];

/** The one sentence under the buttons that says where the run stands, in the reader's language. */
export function statusText(
  words: StatusWords,
  job: { status: WorkerJobStatus; error?: string },
  progress: CollisionMsdProgress | null,
  durationNs: number,
): string {
  const total = formatNumber(durationNs, 4);
  const done = formatNumber(progress?.doneNs ?? 0, 4);
  switch (job.status) {
    case 'running':
    case 'paused':
      return progress && progress.doneNs > 0 ? words.running(done, total) : words.warming;
    case 'done':
      return words.done(total, formatNumber((progress?.elapsedMs ?? Number.NaN) / 1000, 2));
    case 'cancelled':
      return words.cancelled(done);
    case 'error':
      return words.error(job.error ?? '');
    default:
      return words.idle(total);
  }
}
