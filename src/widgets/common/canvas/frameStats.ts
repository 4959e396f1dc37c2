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
  /** the frame's own work: simulation step + drawing */
  meanMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** time from one frame's start to the next (the achieved frame rate, everything the browser did included) */
  intervalMedianMs: number;
  intervalP95Ms: number;
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
  const intervals = new Float64Array(CAPACITY);
  let count = 0;
  let intervalCount = 0;
  let lastStart = Number.NEGATIVE_INFINITY;
  const published: PublishedStats = {
    summary: () => {
      const work = quantiles(samples.subarray(0, Math.min(count, CAPACITY)));
      const gaps = quantiles(intervals.subarray(0, Math.min(intervalCount, CAPACITY)));
      return {
        frames: count,
        meanMs: work.mean,
        medianMs: work.median,
        p95Ms: work.p95,
        maxMs: work.max,
        intervalMedianMs: gaps.median,
        intervalP95Ms: gaps.p95,
      };
    },
    clear: () => {
      count = 0;
      intervalCount = 0;
      lastStart = Number.NEGATIVE_INFINITY;
    },
  };
  window.__fdmFrameStats = { ...(window.__fdmFrameStats ?? {}), [widgetId]: published };
  return {
    begin: () => {
      const now = performance.now();
      // consecutive animation frames only (a pause or a step by hand is not a frame interval)
      if (now - lastStart < 250) intervals[intervalCount++ % CAPACITY] = now - lastStart;
      lastStart = now;
      return now;
    },
    end: (start) => {
      samples[count++ % CAPACITY] = performance.now() - start;
    },
  };
}

function quantiles(kept: Float64Array): { mean: number; median: number; p95: number; max: number } {
  if (kept.length === 0) return { mean: 0, median: 0, p95: 0, max: 0 };
  const sorted = Float64Array.from(kept).sort();
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i];
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { mean: sum / sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

/** True when the address's search string (of the hash route, e.g. '?bench=1') asks for benchmark timing. */
export function benchRequested(search: string): boolean {
  return new URLSearchParams(search).get('bench') === '1';
}
