import { createContext, useContext } from 'react';

/** The two reading languages. Widgets share their code across languages; only strings differ. */
export type Lang = 'en' | 'zh';

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** Pick a widget's strings for the current language: `const t = useStrings(STRINGS)`. */
export function useStrings<T>(table: Record<Lang, T>): T {
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
