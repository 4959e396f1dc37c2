import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useWidgetId } from '../frame/widgetId';
import { type ControlLocks, decodeLocks, isFrozen } from './controlLocks';
import {
  clampNumber,
  decodeParams,
  encodeValues,
  type ParamNotice,
  type ParamSpecs,
  type ParamValues,
} from './urlParams';
import { scheduleUrlWrite } from './urlWriter';
import { useWidgetUrl } from './widgetUrl';

/** Every widget has a seed; 2^32 − 1 is the largest seed the generator distinguishes. */
export const SEED_SPEC = { kind: 'number', min: 0, max: 4294967295, default: 1, integer: true } as const;

export type WithSeed<S extends ParamSpecs> = S & { seed: typeof SEED_SPEC };

export interface WidgetState<S extends ParamSpecs> {
  /** The parameter table, seed included: ranges for the controls. */
  specs: WithSeed<S>;
  values: ParamValues<WithSeed<S>>;
  /** Set one parameter; numbers are clamped to their spec, so a control can never push a value out of range. */
  set<K extends keyof WithSeed<S>>(name: K, value: ParamValues<WithSeed<S>>[K]): void;
  /** A fresh random seed. */
  newSeed(): void;
  /** Back to the defaults (the seed is kept, so "reset" replays the same run). */
  resetParams(): void;
  /** What the URL asked for that could not be used as it was. */
  notices: ParamNotice[];
  dismissNotices(): void;
  /** Controls a locked link froze (controlLocks.ts): `set` leaves them as the link gave them. */
  locks: ControlLocks;
}

/**
 * A widget's parameters, read once from the URL (validated and clamped) and written back to it, so a copied link
 * reopens the widget configured identically. Keys are `<widgetId>.<param>`, the id coming from the registry.
 */
export function useWidgetState<S extends ParamSpecs>(specs: S): WidgetState<S> {
  const widgetId = useWidgetId();
  const allSpecs = useMemo(
    () => ({ ...specs, seed: { ...SEED_SPEC, ...(specs.seed ?? {}) } }),
    [specs],
  ) as WithSeed<S>;
  const url = useWidgetUrl();
  const [initial] = useState(() => {
    const search = new URLSearchParams(url.search());
    const params = decodeParams(widgetId, allSpecs, search);
    const locks = decodeLocks(widgetId, allSpecs, search);
    return { ...params, locks: locks.locks, notices: [...params.notices, ...locks.notices] };
  });
  const { locks } = initial;
  const [values, setValues] = useState(initial.values);
  const [notices, setNotices] = useState<ParamNotice[]>(initial.notices);
  const touched = useRef(false);

  useEffect(() => {
    if (!touched.current) return;
    scheduleUrlWrite(widgetId, encodeValues(allSpecs, values), url.target);
  }, [values, widgetId, allSpecs, url]);

  const set = useCallback(
    <K extends keyof WithSeed<S>>(name: K, value: ParamValues<WithSeed<S>>[K]) => {
      if (isFrozen(locks, name as string)) return;
      const spec = allSpecs[name as string];
      const clean = spec?.kind === 'number' ? clampNumber(spec, value as number) : value;
      touched.current = true;
      setValues((previous) => (previous[name] === clean ? previous : { ...previous, [name]: clean }));
    },
    [allSpecs, locks],
  );

  const newSeed = useCallback(() => {
    if (isFrozen(locks, 'seed')) return;
    touched.current = true;
    // Math.random only picks the next seed; every random number the widget draws comes from the seeded core.
    setValues((previous) => ({ ...previous, seed: Math.floor(Math.random() * 1_000_000) }));
  }, [locks]);

  const resetParams = useCallback(() => {
    touched.current = true;
    setValues((previous) => {
      const fresh: Record<string, unknown> = {};
      for (const [name, spec] of Object.entries(allSpecs))
        fresh[name] = isFrozen(locks, name) ? previous[name as keyof typeof previous] : spec.default;
      fresh.seed = previous.seed;
      return fresh as ParamValues<WithSeed<S>>;
    });
  }, [allSpecs, locks]);

  const dismissNotices = useCallback(() => setNotices([]), []);

  return { specs: allSpecs, values, set, newSeed, resetParams, notices, dismissNotices, locks };
}
