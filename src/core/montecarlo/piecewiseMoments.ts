/**
 * The mean of a reader-drawn piecewise density (see montecarlo/inverseCdf.piecewiseDensity), in closed form.
 *
 * On a segment [x₀, x₁] of width Δ with heights h₀ → h₁ (equal for a piecewise-constant density), write
 * x = x₀ + sΔ, h = h₀ + s(h₁ − h₀), s ∈ [0, 1]. Then
 *   ∫ x h(x) dx = Δ ∫₀¹ (x₀ + sΔ)(h₀ + s(h₁ − h₀)) ds = Δ [ x₀ (h₀ + h₁)/2 + Δ (h₀/6 + h₁/3) ],
 * which for h₀ = h₁ = h is hΔ (x₀ + Δ/2): the piece's area times its midpoint. The mean is Σ ∫ x h / Z.
 */

import type { PiecewiseDistribution } from './piecewiseDensity';

export function piecewiseMean(
  d: Pick<PiecewiseDistribution, 'kind' | 'breakpoints' | 'heights' | 'normaliser'>,
): number {
  const xs = d.breakpoints;
  const hs = d.heights;
  let moment = 0;
  for (let j = 0; j + 1 < xs.length; j++) {
    const x0 = xs[j];
    const width = xs[j + 1] - x0;
    const h0 = hs[j];
    const h1 = d.kind === 'constant' ? hs[j] : hs[j + 1];
    moment += width * (x0 * 0.5 * (h0 + h1) + width * (h0 / 6 + h1 / 3));
  }
  return moment / d.normaliser;
}
