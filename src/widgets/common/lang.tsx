import { createContext, useContext } from 'react';

import type { Lang } from './languages';

export { LANGUAGES, type Lang } from './languages';

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** A widget's words in every language, each with exactly the same keys and types. */
export type StringTable<T> = Record<Lang, T>;

/**
 * Declare a widget's strings: `export const STRINGS = defineStrings({ en: {...}, zh: {...} })`. The English table
 * sets the shape; a key missing from (or extra in) the Chinese table, or a string where a function is expected,
 * fails the type check.
 */
export function defineStrings<T>(table: { en: T; zh: NoInfer<T> }): StringTable<T> {
  return table;
}

/** Pick a widget's strings for the current language: `const t = useStrings(STRINGS)`. */
export function useStrings<T>(table: StringTable<T>): T {
  return table[useLang()];
}

/** Number formatting that never shows NaN or Infinity: such values read as the given fallback word. */
export function formatNumber(value: number, digits = 4, fallback = '—'): string {
  if (!Number.isFinite(value)) return fallback;
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e6 || magnitude < 1e-3))
    return value.toExponential(Math.max(0, digits - 1));
  return Number(value.toPrecision(digits)).toString();
}
