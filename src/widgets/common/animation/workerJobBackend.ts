import { createJobRunner, deferTimeout } from '../../../workers/jobRunner';
import type { JobDefinition, JobReport, JobRequest } from '../../../workers/protocol';

/** Where a job runs: a Web Worker, or the main thread in slices. useWorkerJob talks to both the same way. */
export interface JobBackend<Params> {
  send(request: JobRequest<Params>): void;
  /** Stop all work at once and for good. */
  dispose(): void;
}

export type ReportListener<Progress> = (report: JobReport<Progress>) => void;

function workerBackend<Params, Progress>(
  worker: Worker,
  listen: ReportListener<Progress>,
): JobBackend<Params> {
  // A worker that fails to load or throws outside a step says so without a runId: blame the latest run.
  let lastRunId = 0;
  worker.onmessage = (event: MessageEvent<JobReport<Progress>>) => listen(event.data);
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    listen({ type: 'error', runId: lastRunId, message: event.message || 'the worker failed to load' });
  };
  worker.onmessageerror = () =>
    listen({ type: 'error', runId: lastRunId, message: 'unreadable worker message' });
  return {
    send(request) {
      if (request.type === 'start') lastRunId = request.runId;
      worker.postMessage(request);
    },
    dispose() {
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
    },
  };
}

function mainThreadBackend<Params, State, Progress>(
  definition: JobDefinition<Params, State, Progress>,
  listen: ReportListener<Progress>,
  throttleMs?: number,
): JobBackend<Params> {
  // No transfer on one thread: a snapshot is already a copy.
  const runner = createJobRunner(definition, (report) => listen(report), { throttleMs, defer: deferTimeout });
  return { send: runner.handle, dispose: runner.dispose };
}

/**
 * A Worker when the platform has one and the widget said how to make it; otherwise (jsdom, or a worker the page may
 * not load) the same definition on the main thread, slower to the eye but with the same results.
 */
export function createJobBackend<Params, State, Progress>(
  definition: JobDefinition<Params, State, Progress>,
  createWorker: (() => Worker) | undefined,
  listen: ReportListener<Progress>,
  throttleMs?: number,
): JobBackend<Params> {
  if (createWorker && typeof Worker !== 'undefined') {
    try {
      return workerBackend(createWorker(), listen);
    } catch {
      // e.g. a Content-Security-Policy without worker-src: fall through to the main thread
    }
  }
  return mainThreadBackend(definition, listen, throttleMs);
}
