import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobDefinition, JobReport } from '../../../workers/protocol';
import { createJobBackend, type JobBackend } from './workerJobBackend';

export type WorkerJobStatus = 'idle' | 'running' | 'paused' | 'done' | 'cancelled' | 'error';

export interface WorkerJobOptions<Params, State, Progress> {
  /** The job; it also runs on the main thread when there is no worker. */
  definition: JobDefinition<Params, State, Progress>;
  /**
   * Written out at the call site, so that Vite bundles the worker:
   * `() => new Worker(new URL('../../workers/rbmTraining.worker.ts', import.meta.url), { type: 'module' })`.
   */
  createWorker?: () => Worker;
  /** Least time between progress reports on the main-thread fallback, in ms (default 50). */
  throttleMs?: number;
  /**
   * The settings a run belongs to: when any of them changes, the run is reset (cancelled and forgotten), so what is
   * shown always belongs to the settings on screen.
   */
  resetOn?: readonly unknown[];
}

export interface WorkerJob<Params, Progress> {
  status: WorkerJobStatus;
  /** The latest snapshot of the current run (null until its first report). */
  progress: Progress | null;
  error?: string;
  /** Start a run; a running one is superseded, and its late reports are ignored. */
  start(params: Params): void;
  pause(): void;
  resume(): void;
  cancel(): void;
  /** Cancel any run and forget its progress: back to 'idle', as before the first start. */
  reset(): void;
}

interface Snapshot<Progress> {
  status: WorkerJobStatus;
  progress: Progress | null;
  error?: string;
}

/**
 * Long loops (training an RBM for many epochs, enumerating 2^24 states) off the main thread. The worker is created
 * on the first start and terminated when the figure unmounts; without a Worker the same definition runs on the main
 * thread in slices, which is what component tests in jsdom exercise.
 */
export function useWorkerJob<Params, State, Progress>(
  options: WorkerJobOptions<Params, State, Progress>,
): WorkerJob<Params, Progress> {
  const latest = useRef(options);
  latest.current = options;
  const backend = useRef<JobBackend<Params> | null>(null);
  const runId = useRef(0);
  const [snapshot, setSnapshot] = useState<Snapshot<Progress>>({ status: 'idle', progress: null });
  // The commands decide from the status as it is now, not as of the last render.
  const status = useRef<WorkerJobStatus>('idle');

  const set = useCallback((patch: Partial<Snapshot<Progress>>) => {
    if (patch.status) status.current = patch.status;
    setSnapshot((previous) => ({ ...previous, ...patch }));
  }, []);

  const listen = useCallback(
    (report: JobReport<Progress>) => {
      if (report.runId !== runId.current) return; // a superseded run, or one cancelled before this message left
      if (report.type === 'progress') set({ progress: report.progress });
      else if (report.type === 'done') set({ status: 'done', progress: report.progress });
      else if (report.type === 'error') {
        runId.current++;
        set({ status: 'error', error: report.message });
      }
      // 'paused' and 'cancelled' confirm what the commands have already shown
    },
    [set],
  );

  useEffect(
    () => () => {
      runId.current++;
      backend.current?.dispose();
      backend.current = null;
    },
    [],
  );

  const start = useCallback(
    (params: Params) => {
      const { definition, createWorker, throttleMs } = latest.current;
      backend.current ??= createJobBackend(definition, createWorker, listen, throttleMs);
      const id = ++runId.current;
      set({ status: 'running', progress: null, error: undefined });
      backend.current.send({ type: 'start', runId: id, params });
    },
    [listen, set],
  );
  const pause = useCallback(() => {
    if (status.current !== 'running') return;
    set({ status: 'paused' });
    backend.current?.send({ type: 'pause' });
  }, [set]);
  const resume = useCallback(() => {
    if (status.current !== 'paused') return;
    set({ status: 'running' });
    backend.current?.send({ type: 'resume' });
  }, [set]);
  const cancel = useCallback(() => {
    if (status.current !== 'running' && status.current !== 'paused') return;
    runId.current++; // reports already on their way belong to a run the page has let go
    set({ status: 'cancelled' });
    backend.current?.send({ type: 'cancel' });
  }, [set]);

  const reset = useCallback(() => {
    if (status.current === 'running' || status.current === 'paused')
      backend.current?.send({ type: 'cancel' });
    runId.current++;
    set({ status: 'idle', progress: null, error: undefined });
  }, [set]);

  // Compared by value on every render (the list's length may differ between widgets, not between renders).
  const settings = useRef(options.resetOn);
  useEffect(() => {
    const previous = settings.current;
    settings.current = options.resetOn;
    if (previous && options.resetOn && !sameValues(previous, options.resetOn)) reset();
  });

  return { ...snapshot, start, pause, resume, cancel, reset };
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
