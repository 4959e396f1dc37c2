// Shared by the worker-job tests: a worker's global scope as a plain object, and a polling wait.
import type { JobReport, JobRequest, MessageScope } from '../../src/workers/protocol';

/** A worker's global scope as a plain object. Messages go through structuredClone with their transfer list, as
 *  postMessage does, so a snapshot that shares or repeats a buffer fails here as it would in a browser. */
export function fakeWorker<Params, Progress>() {
  const listeners = new Set<(event: MessageEvent) => void>();
  const reports: JobReport<Progress>[] = [];
  let onReport: (report: JobReport<Progress>) => void = () => undefined;
  const scope: MessageScope = {
    postMessage(message, transfer) {
      const report = structuredClone(message, { transfer }) as JobReport<Progress>;
      reports.push(report);
      onReport(report);
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  return {
    scope,
    reports,
    send(request: JobRequest<Params>) {
      for (const listener of listeners) listener({ data: request } as MessageEvent);
    },
    /** Called synchronously on every report: a command sent from here lands exactly between two steps. */
    onReport(listener: (report: JobReport<Progress>) => void) {
      onReport = listener;
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(condition: () => boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(1);
  }
}
