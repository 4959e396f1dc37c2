/**
 * Autocorrelation of a chain, ρ_k = γ_k / γ_0, and the autocovariance γ_k it is made of (computed directly
 * for short work, via the FFT for long chains).
 */

import { fft } from './fft';
import { mean, requireNonEmpty } from './moments';

/**
 * Autocorrelation ρ_k = γ_k / γ_0 for k = 0 … maxLag, with the usual biased autocovariance
 *   γ_k = (1/n) Σ_{t=0}^{n−1−k} (x_t − x̄)(x_{t+k} − x̄)
 * (dividing by n, not n − k, keeps the sequence positive-definite and tame at large lags).
 * maxLag is clamped to [0, n − 1]. A constant chain (γ_0 = 0, e.g. a sampler that never moved) is
 * reported as perfectly correlated: ρ_k = 1 for every k.
 */
export function autocorrelation(chain: ArrayLike<number>, maxLag: number): Float64Array {
  requireNonEmpty(chain, 'autocorrelation');
  const n = chain.length;
  const lags = Math.max(0, Math.min(n - 1, Number.isFinite(maxLag) ? Math.floor(maxLag) : n - 1));
  const out = new Float64Array(lags + 1);
  const gamma = autocovariance(chain, lags);
  if (!(gamma[0] > 0)) {
    out.fill(1);
    return out;
  }
  for (let k = 0; k <= lags; k++) out[k] = gamma[k] / gamma[0];
  return out;
}

/**
 * Internal (also used by ess.ts): autocovariance γ_0 … γ_maxLag, direct for short work, via FFT for long chains.
 */
export function autocovariance(chain: ArrayLike<number>, maxLag: number): Float64Array {
  const n = chain.length;
  const m = mean(chain);
  const out = new Float64Array(maxLag + 1);
  if (!Number.isFinite(m)) throw new RangeError('autocorrelation: the chain contains non-finite values');
  if ((maxLag + 1) * n <= 4e6) {
    const centred = new Float64Array(n);
    for (let t = 0; t < n; t++) centred[t] = chain[t] - m;
    for (let k = 0; k <= maxLag; k++) {
      let s = 0;
      for (let t = 0; t + k < n; t++) s += centred[t] * centred[t + k];
      out[k] = s / n;
    }
    return out;
  }
  // Wiener–Khinchin: the autocovariance is the inverse Fourier transform of the power spectrum |X(f)|²,
  // computed on a zero-padded copy (length ≥ 2n) so the circular correlation equals the linear one.
  let size = 1;
  while (size < 2 * n) size *= 2;
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  for (let t = 0; t < n; t++) re[t] = chain[t] - m;
  fft(re, im, false);
  for (let j = 0; j < size; j++) {
    re[j] = re[j] * re[j] + im[j] * im[j];
    im[j] = 0;
  }
  fft(re, im, true);
  for (let k = 0; k <= maxLag; k++) out[k] = re[k] / size / n;
  return out;
}
