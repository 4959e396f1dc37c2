import { useSyncExternalStore } from 'react';
import type { PartitionLayout } from '../../../workers/partitionCount';

/** One finished count: how many spins, on which layout, how long it took and at what rate. */
export interface CountRecord {
  n: number;
  layout: PartitionLayout;
  seconds: number;
  statesPerSecond: number;
}

/**
 * The finished counts, kept for as long as the page is open: in a module, not in the component, so they outlive a
 * change of settings, the figure being rebuilt, and a visit to another chapter and back.
 */
let records: readonly CountRecord[] = [];
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const snapshot = () => records;

export function addCountRecord(record: CountRecord): void {
  records = [...records, record];
  for (const listener of listeners) listener();
}

/** Forget every count (tests start from an empty plot). */
export function clearCountRecords(): void {
  records = [];
  for (const listener of listeners) listener();
}

export function useCountRecords(): readonly CountRecord[] {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/**
 * The rate to extrapolate from: that of the count with the most states (the best timed; the latest of equals),
 * or null before any count has been timed.
 */
export function bestRecord(all: readonly CountRecord[]): CountRecord | null {
  let best: CountRecord | null = null;
  for (const record of all) {
    if (!(record.statesPerSecond > 0) || !Number.isFinite(record.statesPerSecond)) continue;
    if (best === null || record.n >= best.n) best = record;
  }
  return best;
}
