import type { Rng } from './random';

/**
 * One particle's 1-D Gaussian random walk, x_0 = 0 and x_{n+1} = x_n + σ·ξ_n with ξ_n ~ N(0, 1).
 * After n steps x_n ~ N(0, n·σ²): the spread grows like √n, the signature of diffusion.
 * Writes positions x_0 … x_steps into `out` (length steps + 1) and returns it.
 */
export function randomWalkPath(rng: Rng, steps: number, stepSize: number, out?: Float64Array): Float64Array {
  const n = Math.max(0, Math.floor(steps));
  const path = out && out.length === n + 1 ? out : new Float64Array(n + 1);
  path[0] = 0;
  for (let i = 1; i <= n; i++) path[i] = path[i - 1] + stepSize * rng.normal();
  return path;
}
