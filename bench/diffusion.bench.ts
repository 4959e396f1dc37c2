/**
 * Chapter 7's reverse sampler with the exact mixture score, in Node (the worker runs the same code):
 *
 *  - DDPM, 10 000 particles × 1 000 steps (10⁷ particle-steps, two normals each) with the exact score of a small
 *    mixture (8 components): goal under 1 s, i.e. at least 10⁷ particle-steps/s.
 *  - the same with the widget's mixture (200 components, one on each data point of the shape), timed on 10 000
 *    particles × 10 steps and reported as particle-steps/s and the time 10⁷ of them would take. Here the cost
 *    is the score: 200 Gaussian log-terms and exponentials per particle and step, so it is reported, not a goal.
 *  - score-network training (LearnScore's job): examples/s (reported).
 * Each figure is the median of a few repeats.
 */

import {
  createDiagonalMixture2D,
  createRng,
  NoisedGaussianMixture,
  pointMixture,
  ReverseRun,
  shapeCloud,
} from '../src/core';
import type { BenchResult } from './types';

const TARGET = 1e7; // particle-steps in one second

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : 0.5 * (s[m - 1] + s[m]);
}

/** Seconds for one DDPM run of `particles` × `steps` with this score. */
function timeRun(score: NoisedGaussianMixture, particles: number, steps: number, seed: number): number {
  const run = new ReverseRun({
    score: score.scoreCloud,
    schedule: 'linear',
    sampler: 'ddpm',
    steps,
    particles,
    seed,
  });
  const start = performance.now();
  run.advance(steps);
  const seconds = (performance.now() - start) / 1000;
  if (Number.isNaN(run.points[0])) throw new Error('the sampler produced NaN');
  return seconds;
}

export async function run(): Promise<BenchResult[]> {
  const means: [number, number][] = [];
  for (let k = 0; k < 8; k++)
    means.push([1.5 * Math.cos((k * Math.PI) / 4), 1.5 * Math.sin((k * Math.PI) / 4)]);
  const small = new NoisedGaussianMixture(
    createDiagonalMixture2D({ means, variances: means.map(() => 0.01) }),
  );
  const shape = new NoisedGaussianMixture(pointMixture(shapeCloud('twoMoons', 200, createRng(1)), 0.08));

  timeRun(small, 1000, 50, 0); // warm-up: compiled before timing
  const smallTimes = [1, 2, 3].map((seed) => timeRun(small, 10_000, 1000, seed));
  const smallSeconds = median(smallTimes);
  const shapeTimes = [1, 2, 3].map((seed) => timeRun(shape, 10_000, 10, seed));
  const shapeRate = (10_000 * 10) / median(shapeTimes);
  console.log(
    `diffusion: DDPM 10k × 1000 with 8 components: ${smallSeconds.toFixed(2)} s; with 200 components: ` +
      `${(shapeRate / 1e6).toFixed(2)}M particle-steps/s, so 10⁷ would take ${(TARGET / shapeRate).toFixed(1)} s`,
  );
  const results: BenchResult[] = [
    {
      name: 'DDPM 10k particles × 1000 steps, exact score, 8 components',
      baseline: 'goal: 10⁷ particle-steps in 1 s',
      ours: TARGET / smallSeconds,
      theirs: TARGET,
      unit: 'particle-steps/s',
      ratio: 1 / smallSeconds,
      goal: 'ratio ≥ 1 (under 1 s)',
      pass: smallSeconds < 1,
    },
    {
      name: 'DDPM with the widget mixture (200 components)',
      baseline: '10⁷ particle-steps in 1 s',
      ours: shapeRate,
      theirs: TARGET,
      unit: 'particle-steps/s',
      ratio: shapeRate / TARGET,
      goal: 'reported (the score dominates)',
      pass: true,
    },
  ];
  return results;
}
