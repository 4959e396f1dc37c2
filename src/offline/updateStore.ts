/**
 * Whether a new version of the book is waiting to take over, as a tiny external store: the service worker's
 * registration (loaded lazily, after the page) writes it, the notice in the header reads it with
 * useSyncExternalStore. Kept apart from the registration so the notice and its tests never load the worker code.
 */
export interface PendingUpdate {
  /** Let the waiting service worker take over; the page reloads once it controls the page. */
  apply: () => void;
}

let pending: PendingUpdate | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function offerUpdate(apply: () => void): void {
  pending = { apply };
  emit();
}

/** The reader chose "not now": the new version takes over by itself the next time every tab of the book is closed. */
export function dismissUpdate(): void {
  pending = null;
  emit();
}

export function pendingUpdate(): PendingUpdate | null {
  return pending;
}

export function subscribeToUpdates(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
