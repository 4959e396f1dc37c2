import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWorkerJob } from '../../src/widgets/common/animation/useWorkerJob';
import type { JobDefinition, MessageScope } from '../../src/workers/protocol';
import { serveJob } from '../../src/workers/serveJob';

interface Params {
  total: number;
}
interface Progress {
  count: number;
}

/** Counts to `total`; `steps` counts every step taken anywhere, so a test can see work that nobody reports. */
let steps = 0;
const counting: JobDefinition<Params, { count: number; total: number }, Progress> = {
  name: 'counting',
  init: ({ total }) => {
    if (!(total >= 1)) throw new RangeError('total must be ≥ 1');
    return { count: 0, total };
  },
  step: (state) => {
    steps++;
    state.count++;
    return state.count >= state.total;
  },
  progress: ({ count }) => ({ count }),
};

function Probe(props: { total: number; createWorker?: () => Worker; setting?: number }) {
  const job = useWorkerJob({
    definition: counting,
    createWorker: props.createWorker,
    throttleMs: 0,
    resetOn: [props.setting],
  });
  return (
    <div>
      <span data-testid="status">{job.status}</span>
      <span data-testid="count">{job.progress?.count ?? 'none'}</span>
      <span data-testid="error">{job.error ?? ''}</span>
      <button type="button" onClick={() => job.start({ total: props.total })}>
        start
      </button>
      <button type="button" onClick={job.pause}>
        pause
      </button>
      <button type="button" onClick={job.resume}>
        resume
      </button>
      <button type="button" onClick={job.cancel}>
        cancel
      </button>
      <button type="button" onClick={job.reset}>
        reset
      </button>
    </div>
  );
}

const text = (id: string) => screen.getByTestId(id).textContent;
const count = () => Number(text('count'));
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const sleep = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

afterEach(() => {
  vi.unstubAllGlobals();
  steps = 0;
});

describe('useWorkerJob on the main thread (no Worker in jsdom)', () => {
  it('runs a job to the end, showing its progress on the way', async () => {
    expect(typeof Worker).toBe('undefined');
    render(<Probe total={30} createWorker={() => new Worker('unused.js')} />);
    expect(text('status')).toBe('idle');
    expect(text('count')).toBe('none');
    press('start');
    expect(text('status')).toBe('running');
    await waitFor(() => expect(count()).toBeGreaterThan(0));
    expect(count()).toBeLessThan(30); // shown while running, not only at the end
    await waitFor(() => expect(text('status')).toBe('done'));
    expect(count()).toBe(30);
    expect(steps).toBe(30);
  });

  it('pause holds the run, resume finishes it', async () => {
    render(<Probe total={40} />);
    press('start');
    await waitFor(() => expect(count()).toBeGreaterThanOrEqual(3));
    press('pause');
    expect(text('status')).toBe('paused');
    const held = steps;
    await sleep(40);
    expect(steps).toBe(held);
    expect(count()).toBe(held); // the pause reported the last step
    press('resume');
    expect(text('status')).toBe('running');
    await waitFor(() => expect(text('status')).toBe('done'));
    expect(count()).toBe(40);
    expect(steps).toBe(40);
  });

  it('cancel stops the run and keeps what it showed', async () => {
    render(<Probe total={1000} />);
    press('start');
    await waitFor(() => expect(count()).toBeGreaterThanOrEqual(2));
    press('cancel');
    expect(text('status')).toBe('cancelled');
    const held = steps;
    await sleep(40);
    expect(steps).toBe(held);
    expect(text('status')).toBe('cancelled');
    press('resume');
    await sleep(20);
    expect(steps).toBe(held);
  });

  it('reset stops the run and forgets its progress', async () => {
    render(<Probe total={1000} />);
    press('start');
    await waitFor(() => expect(count()).toBeGreaterThanOrEqual(2));
    press('reset');
    expect(text('status')).toBe('idle');
    expect(text('count')).toBe('none');
    const held = steps;
    await sleep(40);
    expect(steps).toBe(held);
    expect(text('count')).toBe('none'); // no late report of the old run shows up
  });

  it('resetOn: a change of the settings resets the run, an unchanged render does not', async () => {
    const view = render(<Probe total={1000} setting={1} />);
    press('start');
    await waitFor(() => expect(count()).toBeGreaterThanOrEqual(2));
    view.rerender(<Probe total={1000} setting={1} />);
    expect(text('status')).toBe('running');
    view.rerender(<Probe total={1000} setting={2} />);
    expect(text('status')).toBe('idle');
    expect(text('count')).toBe('none');
    const held = steps;
    await sleep(40);
    expect(steps).toBe(held);
  });

  it('a second start begins again from zero', async () => {
    render(<Probe total={15} />);
    press('start');
    await waitFor(() => expect(count()).toBeGreaterThanOrEqual(5));
    const first = steps;
    press('start');
    expect(text('count')).toBe('none');
    await waitFor(() => expect(text('status')).toBe('done'));
    expect(count()).toBe(15);
    expect(steps).toBe(first + 15);
  });

  it('unmounting stops the work', async () => {
    const view = render(<Probe total={1000} />);
    press('start');
    await waitFor(() => expect(count()).toBeGreaterThanOrEqual(2));
    view.unmount();
    const held = steps;
    await sleep(40);
    expect(steps).toBe(held);
  });

  it('shows an error from the job', async () => {
    render(<Probe total={0} />);
    press('start');
    expect(text('status')).toBe('error');
    expect(text('error')).toBe('counting: total must be ≥ 1');
  });
});

/** A Worker whose other side is serveJob in this thread, with messages delivered asynchronously as a real one. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  readonly posted: unknown[] = [];
  private readonly listeners: ((event: MessageEvent) => void)[] = [];
  private readonly served: { dispose(): void };

  constructor() {
    FakeWorker.instances.push(this);
    const scope: MessageScope = {
      postMessage: (message) => {
        this.posted.push(message);
        setTimeout(() => this.onmessage?.({ data: message } as MessageEvent), 0);
      },
      addEventListener: (_type, listener) => this.listeners.push(listener),
    };
    this.served = serveJob(counting, scope, { throttleMs: 0, defer: (task) => setTimeout(task, 0) });
  }
  postMessage(data: unknown) {
    setTimeout(() => {
      if (!this.terminated) for (const listener of this.listeners) listener({ data } as MessageEvent);
    }, 0);
  }
  terminate() {
    this.terminated = true;
    this.served.dispose();
  }
}

describe('useWorkerJob with a Worker', () => {
  it('creates the worker on the first start, ignores a superseded run, terminates on unmount', async () => {
    FakeWorker.instances = [];
    vi.stubGlobal('Worker', FakeWorker);
    const view = render(<Probe total={200} createWorker={() => new FakeWorker() as unknown as Worker} />);
    expect(FakeWorker.instances).toHaveLength(0);
    press('start');
    expect(FakeWorker.instances).toHaveLength(1);
    const worker = FakeWorker.instances[0];
    await waitFor(() => expect(worker.posted.length).toBeGreaterThan(0));
    // the second run starts while reports of the first are still on their way: none of them may show
    press('start');
    const seen: string[] = [];
    await waitFor(() => {
      seen.push(text('count') ?? '');
      expect(text('status')).toBe('done');
    });
    expect(FakeWorker.instances).toHaveLength(1);
    const runIds = new Set(worker.posted.map((m) => (m as { runId: number }).runId));
    expect(runIds).toEqual(new Set([1, 2]));
    // counts shown never go down: a report of run 1 (ahead of run 2) would break this
    const shown = seen.filter((s) => s !== 'none').map(Number);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(count()).toBe(200);
    view.unmount();
    expect(worker.terminated).toBe(true);
  });
});
