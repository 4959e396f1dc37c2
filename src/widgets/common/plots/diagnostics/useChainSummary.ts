import { useMemo } from 'react';
import { type ChainSummary, statisticsLength, summariseChain } from './chainStats';

/**
 * The summary of the states a reveal has shown so far: `chain` holds x_0 … x_total, the first `shown + 1` are on
 * screen. While the chain is being revealed the statistics move in steps of 1/40 of the run (see
 * `statisticsLength`), so the FFT behind them runs 40 times per replay, not once a frame.
 */
export function useChainSummary(chain: Float64Array, shown: number, total: number): ChainSummary | null {
  const length = statisticsLength(shown, total);
  return useMemo(() => summariseChain(chain.subarray(0, length + 1)), [chain, length]);
}
