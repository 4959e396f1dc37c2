import { createJobRunner, type Defer, type JobRunnerOptions } from './jobRunner';
import type { JobDefinition, JobRequest, MessageScope } from './protocol';

/**
 * A zero-delay yield: setTimeout(0) is clamped to 4 ms once timers nest, which would dominate a job of many small
 * steps. A posted message queues behind the messages already waiting, so pause and cancel still get their turn.
 */
function messageChannelDefer(): { defer: Defer; close(): void } | null {
  if (typeof MessageChannel === 'undefined') return null;
  const channel = new MessageChannel();
  const tasks: (() => void)[] = [];
  channel.port1.onmessage = () => tasks.shift()?.();
  return {
    defer(task) {
      tasks.push(task);
      channel.port2.postMessage(null);
    },
    close() {
      channel.port1.close();
      tasks.length = 0;
    },
  };
}

/**
 * Serve one job definition from a worker: `serveJob(rbmTraining)` is the whole of a worker file. Returns a handle
 * to stop serving (tests; a real worker is simply terminated).
 */
export function serveJob<Params, State, Progress>(
  definition: JobDefinition<Params, State, Progress>,
  scope: MessageScope = self as unknown as MessageScope,
  options: JobRunnerOptions = {},
): { dispose(): void } {
  const channel = options.defer ? null : messageChannelDefer();
  const runner = createJobRunner(
    definition,
    (report, transfer) => scope.postMessage(report, transfer),
    channel ? { ...options, defer: channel.defer } : options,
  );
  const listener = (event: MessageEvent) => runner.handle(event.data as JobRequest<Params>);
  scope.addEventListener('message', listener);
  return {
    dispose() {
      scope.removeEventListener?.('message', listener);
      runner.dispose();
      channel?.close();
    },
  };
}
