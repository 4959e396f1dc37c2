/**
 * Per-frame timing for the benchmark (scripts/bench-frames.mjs). Only when the page's URL carries `bench=1`
 * does a widget record how long each animation frame's work (simulation step + drawing) took; the figures are
 * published as `window.__fdmFrameStats[widgetId]`. Otherwise nothing is recorded and nothing is exposed.
 * Recording is one performance.now() pair and one store into a preallocated ring per frame.
 */

const CAPACITY = 4096;

export interface FrameStatsSummary {
  /** frames recorded (at most the ring's capacity are kept) */
  frames: number;
  meanMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface FrameStatsRecorder {
  /** Call at the start of a frame's work; returns the start time to hand to `end`. */
  begin(): number;
  end(start: number): void;
}

interface PublishedStats {
  summary(): FrameStatsSummary;
  clear(): void;
}

declare global {
  interface Window {
    __fdmFrameStats?: Record<string, PublishedStats>;
  }
}

const NO_OP: FrameStatsRecorder = { begin: () => 0, end: () => undefined };

/** The recorder for one widget; a no-op unless benchmarking was asked for. */
export function frameStatsRecorder(widgetId: string, enabled: boolean): FrameStatsRecorder {
  if (!enabled || typeof window === 'undefined') return NO_OP;
  const samples = new Float64Array(CAPACITY);
  let count = 0;
  const published: PublishedStats = {
    summary: () => summarise(samples.subarray(0, Math.min(count, CAPACITY)), count),
    clear: () => {
      count = 0;
    },
  };
  window.__fdmFrameStats = { ...(window.__fdmFrameStats ?? {}), [widgetId]: published };
  return {
    begin: () => performance.now(),
    end: (start) => {
      samples[count % CAPACITY] = performance.now() - start;
      count++;
    },
  };
}

function summarise(kept: Float64Array, frames: number): FrameStatsSummary {
  if (kept.length === 0) return { frames: 0, meanMs: 0, medianMs: 0, p95Ms: 0, maxMs: 0 };
  const sorted = Float64Array.from(kept).sort();
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i];
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    frames,
    meanMs: sum / sorted.length,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    maxMs: sorted[sorted.length - 1],
  };
}

/** True when the URL (hash route included) asks for benchmark timing. */
export function benchRequested(search: URLSearchParams): boolean {
  return search.get('bench') === '1';
}
