/**
 * About `count` whole numbers from 1 to max, evenly spaced on a log scale (duplicates removed), always ending at
 * max: where a log-x plot of a running estimate needs its points.
 */
export function logSpacedCounts(max: number, count: number): Int32Array {
  const out: number[] = [];
  const top = Math.max(1, Math.round(max));
  const logMax = Math.log(top);
  for (let i = 0; i < count; i++) {
    const k = Math.round(Math.exp((logMax * i) / Math.max(1, count - 1)));
    if (out.length === 0 || k > out[out.length - 1]) out.push(k);
  }
  if (out[out.length - 1] !== top) out.push(top);
  return Int32Array.from(out);
}

/**
 * The checkpoints a reveal has reached after `shown` items, ending at `shown` itself: a running estimate drawn
 * while items arrive always ends at the latest one.
 */
export function checkpointsUpTo(checkpoints: Int32Array, shown: number): number[] {
  const reached: number[] = [];
  for (let i = 0; i < checkpoints.length && checkpoints[i] <= shown; i++) reached.push(checkpoints[i]);
  if (shown > 0 && reached[reached.length - 1] !== shown) reached.push(shown);
  return reached;
}
