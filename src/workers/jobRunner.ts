/**
 * The loop shared by the worker (serveJob) and the main-thread fallback (useWorkerJob without a Worker): steps a
 * definition, hands control back to the event loop between steps so that pause, resume, cancel and a new start
 * are seen between two steps, and reports progress at most every `throttleMs`.
 */

import type { JobDefinition, JobReport, JobRequest } from './protocol';

/** Run a task soon, after the messages already waiting have been handled. */
export type Defer = (task: () => void) => void;

export type PostReport<Progress> = (report: JobReport<Progress>, transfer: Transferable[]) => void;

export interface JobRunnerOptions {
  /** Least time between two progress reports, in ms (default 50); the final state always goes out with 'done'. */
  throttleMs?: number;
  /** How to yield between steps (default: setTimeout 0). */
  defer?: Defer;
  /** Clock for the throttle, in ms. */
  now?: () => number;
}

export interface JobRunner<Params> {
  handle(request: JobRequest<Params>): void;
  /** Stop for good, without a report (the page that asked is gone). */
  dispose(): void;
}

interface Run<State> {
  readonly runId: number;
  readonly state: State;
  paused: boolean;
  /** Only the latest deferred step of a run may execute: a pause followed by a resume must not leave two loops. */
  ticket: number;
  /** Steps taken since the last report (a pause reports them, so the page shows where the run stopped). */
  unreported: boolean;
  lastReport: number;
}

export const deferTimeout: Defer = (task) => {
  setTimeout(task, 0);
};

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function messageOf(name: string, error: unknown): string {
  return `${name}: ${error instanceof Error ? error.message : String(error)}`;
}

export function createJobRunner<Params, State, Progress>(
  definition: JobDefinition<Params, State, Progress>,
  post: PostReport<Progress>,
  options: JobRunnerOptions = {},
): JobRunner<Params> {
  const { throttleMs = 50, defer = deferTimeout, now = clock } = options;
  let run: Run<State> | null = null;
  let disposed = false;

  // Reports are posted last: a synchronous listener may start, pause or cancel from inside post.
  function fail(current: { runId: number }, error: unknown) {
    if (run === current) run = null;
    post({ type: 'error', runId: current.runId, message: messageOf(definition.name, error) }, []);
  }

  function report(current: Run<State>, type: 'progress' | 'done') {
    const progress = definition.progress(current.state);
    current.unreported = false;
    current.lastReport = now();
    post({ type, runId: current.runId, progress }, definition.transferables?.(progress) ?? []);
  }

  function schedule(current: Run<State>) {
    const ticket = ++current.ticket;
    defer(() => {
      if (disposed || run !== current || current.paused || current.ticket !== ticket) return;
      advance(current);
    });
  }

  function advance(current: Run<State>) {
    try {
      const finished = definition.step(current.state);
      current.unreported = true;
      if (finished) {
        run = null;
        report(current, 'done');
        return;
      }
      if (now() - current.lastReport >= throttleMs) report(current, 'progress');
    } catch (error) {
      fail(current, error);
      return;
    }
    schedule(current);
  }

  function handle(request: JobRequest<Params>) {
    if (disposed) return;
    const current = run;
    switch (request.type) {
      case 'start': {
        run = null; // a new start supersedes the running one: its deferred step finds itself stale
        let state: State;
        try {
          state = definition.init(request.params);
        } catch (error) {
          fail(request, error);
          return;
        }
        const next: Run<State> = {
          runId: request.runId,
          state,
          paused: false,
          ticket: 0,
          unreported: false,
          lastReport: Number.NEGATIVE_INFINITY,
        };
        run = next;
        schedule(next);
        return;
      }
      case 'pause':
        if (current === null || current.paused) return;
        current.paused = true;
        try {
          if (current.unreported) report(current, 'progress');
        } catch (error) {
          fail(current, error);
          return;
        }
        if (run === current) post({ type: 'paused', runId: current.runId }, []);
        return;
      case 'resume':
        if (current === null || !current.paused) return;
        current.paused = false;
        schedule(current);
        return;
      case 'cancel':
        if (current === null) return;
        run = null;
        post({ type: 'cancelled', runId: current.runId }, []);
        return;
    }
  }

  return {
    handle,
    dispose() {
      disposed = true;
      run = null;
    },
  };
}
