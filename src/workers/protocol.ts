/**
 * The typed contract between a widget and a long loop. Pure TypeScript, no DOM: the same definition runs inside a
 * Web Worker (serveJob) and, where there is no Worker (jsdom, or a page whose worker failed to load), on the main
 * thread in slices (createJobRunner), so both paths compute the same numbers.
 */

/**
 * One long loop, cut into steps. The state owns everything the loop needs, its seeded rng included, so the result
 * depends only on the parameters: never on how often or how long the run was paused between steps.
 */
export interface JobDefinition<Params, State, Progress> {
  /** Names the job in error messages. */
  name: string;
  /** Allocate the state and seed its rng from the parameters; throw (RangeError) on parameters out of range. */
  init(params: Params): State;
  /** One unit of work (an epoch, a chunk of states); true when the run is finished. */
  step(state: State): boolean;
  /** A snapshot for the page. It must not share buffers with the state: its typed arrays may be transferred. */
  progress(state: State): Progress;
  /** The buffers of a snapshot to transfer rather than copy when it is posted. */
  transferables?(progress: Progress): Transferable[];
}

/** Main thread → worker. Pause, resume and cancel apply to the current run, whichever it is. */
export type JobRequest<Params> =
  | { type: 'start'; runId: number; params: Params }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'cancel' };

/** Worker → main thread. Every report names its run, so the page can drop reports of a run it has superseded. */
export type JobReport<Progress> =
  | { type: 'progress'; runId: number; progress: Progress }
  | { type: 'done'; runId: number; progress: Progress }
  | { type: 'error'; runId: number; message: string }
  | { type: 'paused'; runId: number }
  | { type: 'cancelled'; runId: number };

/** What serveJob needs of a worker's global scope; tests pass a plain object. */
export interface MessageScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener?(type: 'message', listener: (event: MessageEvent) => void): void;
}
