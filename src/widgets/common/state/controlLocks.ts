import { createContext, useContext } from 'react';
import type { ParamNotice, ParamSpecs } from './urlParams';

/**
 * Locked links: an instructor shares `…?walk-demo.lock=steps,seed&walk-demo.hide=sigma` and the student's copy of the
 * widget shows those controls disabled (marked as locked) or not at all, while every other URL rule still holds
 * (values validated and clamped, notices shown). The lists travel in the address like any parameter, so a locked
 * link copied again stays locked.
 */
export interface ControlLocks {
  /** Shown, but cannot be changed. */
  locked: ReadonlySet<string>;
  /** Not shown; cannot be changed either. */
  hidden: ReadonlySet<string>;
}

export const NO_LOCKS: ControlLocks = { locked: new Set(), hidden: new Set() };

/** The URL keys, after the widget id: `<id>.lock`, `<id>.hide`. */
export const LOCK_KEYS = { locked: 'lock', hidden: 'hide' } as const;

/** At most this many names in a list (a widget has fewer than twenty parameters). */
const MAX_NAMES = 40;

/**
 * Read `<id>.lock` and `<id>.hide` (comma-separated parameter names). A name the widget does not have is dropped
 * with a notice; a parameter both locked and hidden is hidden.
 */
export function decodeLocks(
  widgetId: string,
  specs: ParamSpecs,
  search: URLSearchParams,
): { locks: ControlLocks; notices: ParamNotice[] } {
  const notices: ParamNotice[] = [];
  const read = (key: string): Set<string> => {
    const raw = search.get(`${widgetId}.${key}`);
    if (raw === null || raw.trim() === '') return new Set();
    const names = raw
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .slice(0, MAX_NAMES);
    const known = names.filter((name) => Object.hasOwn(specs, name));
    const unknown = names.filter((name) => !Object.hasOwn(specs, name));
    if (unknown.length > 0)
      notices.push({
        param: key,
        raw: unknown.join(',').slice(0, 40),
        used: known.join(',') || '—',
        reason: 'unknown-control',
      });
    return new Set(known);
  };
  const hidden = read(LOCK_KEYS.hidden);
  const locked = new Set([...read(LOCK_KEYS.locked)].filter((name) => !hidden.has(name)));
  return { locks: { locked, hidden }, notices };
}

/** The lists as URL text by key (`lock`, `hide`), only those that are not empty. */
export function encodeLocks(locks: ControlLocks): Map<string, string> {
  const encoded = new Map<string, string>();
  if (locks.locked.size > 0) encoded.set(LOCK_KEYS.locked, [...locks.locked].join(','));
  if (locks.hidden.size > 0) encoded.set(LOCK_KEYS.hidden, [...locks.hidden].join(','));
  return encoded;
}

export function isFrozen(locks: ControlLocks, param: string): boolean {
  return locks.locked.has(param) || locks.hidden.has(param);
}

/** The frame provides its widget's locks; Slider, Choice, Toggle and the seed field read them by `param`. */
export const ControlLocksContext = createContext<ControlLocks>(NO_LOCKS);

export function useControlLock(param: string | undefined): 'free' | 'locked' | 'hidden' {
  const locks = useContext(ControlLocksContext);
  if (param === undefined) return 'free';
  if (locks.hidden.has(param)) return 'hidden';
  return locks.locked.has(param) ? 'locked' : 'free';
}
