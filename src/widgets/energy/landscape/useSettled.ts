import { useEffect, useState } from 'react';

/** How long the inputs must stay still before the heavy quadrature runs (a drag keeps resetting the timer). */
export const SETTLE_MS = 150;

/**
 * The value of `compute` for inputs identified by `key`, computed only once the key has stayed the same for
 * SETTLE_MS: the quadrature stays off the drag path. `stale` is true while the shown value belongs to older inputs.
 */
export function useSettled<T>(key: string, compute: () => T): { value: T | undefined; stale: boolean } {
  const [done, setDone] = useState<{ key: string; value: T } | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for everything compute reads
  useEffect(() => {
    if (done?.key === key) return;
    const timer = setTimeout(() => setDone({ key, value: compute() }), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [key]);
  return { value: done?.value, stale: done?.key !== key };
}
