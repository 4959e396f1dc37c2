/**
 * Standard normals per second: our ziggurat (src/core/random.ts) against d3-random's polar method on its
 * own LCG, `randomNormal.source(randomLcg(seed))`, in the same process. Rounds alternate between the
 * two (so a burst of load elsewhere hits both); the reported ratio is the median of the per-round ratios.
 */

import { randomLcg, randomNormal } from 'd3-random';
import { createRng } from '../src/core/random';
import type { BenchResult } from './types';

const DRAWS = 2_000_000;
const ROUNDS = 11;

/**
 * Draws per second for one round; the sum is returned so the loop cannot be optimised away.
 * Each side gets its own, identical copy of the loop, so each call site sees a single function and the
 * JIT treats both samplers alike (a shared loop would become polymorphic and slow both down unevenly).
 */
function timeOurs(draw: () => number): { rate: number; sink: number } {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < DRAWS; i++) sink += draw();
  return { rate: DRAWS / ((performance.now() - start) / 1000), sink };
}

function timeTheirs(draw: () => number): { rate: number; sink: number } {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < DRAWS; i++) sink += draw();
  return { rate: DRAWS / ((performance.now() - start) / 1000), sink };
}

/** Filling a typed array: our fillNormal against the obvious loop over d3's sampler. */
function timeOurFill(
  fill: (out: Float64Array) => Float64Array,
  out: Float64Array,
): { rate: number; sink: number } {
  const start = performance.now();
  fill(out);
  return { rate: out.length / ((performance.now() - start) / 1000), sink: out[out.length - 1] };
}

function timeTheirFill(draw: () => number, out: Float64Array): { rate: number; sink: number } {
  const start = performance.now();
  for (let i = 0; i < out.length; i++) out[i] = draw();
  return { rate: out.length / ((performance.now() - start) / 1000), sink: out[out.length - 1] };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : 0.5 * (s[m - 1] + s[m]);
}

export async function run(): Promise<BenchResult[]> {
  const ours = createRng(12345);
  const theirs = randomNormal.source(randomLcg(0.12345))();
  const out = new Float64Array(DRAWS);
  const single = { ours: [] as number[], theirs: [] as number[] };
  const filled = { ours: [] as number[], theirs: [] as number[] };
  let sink = 0;
  // one warm-up round each so both are compiled by the optimising JIT before timing
  sink += timeOurs(ours.normal).sink + timeTheirs(theirs).sink;
  for (let r = 0; r < ROUNDS; r++) {
    const a = timeOurs(ours.normal);
    const b = timeTheirs(theirs);
    single.ours.push(a.rate);
    single.theirs.push(b.rate);
    const c = timeOurFill(ours.fillNormal, out);
    const d = timeTheirFill(theirs, out);
    filled.ours.push(c.rate);
    filled.theirs.push(d.rate);
    sink += a.sink + b.sink + c.sink + d.sink;
  }
  if (Number.isNaN(sink)) throw new Error('a sampler produced NaN');
  const row = (name: string, o: number[], t: number[]): BenchResult => {
    const mo = median(o);
    const mt = median(t);
    // median of the per-round ratios: each pair of timings is taken back to back, so a burst of load
    // from elsewhere on the machine tends to hit both sides of a ratio alike
    const ratio = median(o.map((x, r) => x / t[r]));
    return {
      name,
      baseline: 'd3-random randomNormal.source(randomLcg)',
      ours: mo,
      theirs: mt,
      unit: 'normals/s',
      ratio,
      goal: 'ratio ≥ 2',
      pass: ratio >= 2,
    };
  };
  return [
    row('normal(): one draw per call', single.ours, single.theirs),
    row('fillNormal(Float64Array)', filled.ours, filled.theirs),
  ];
}
