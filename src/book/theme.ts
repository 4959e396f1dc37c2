/** Light, dark, or whatever the system prefers; remembered across visits. */
export type ThemeChoice = 'light' | 'dark' | 'system';

const STORAGE_KEY = 'fdm:theme';

export function loadTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The colours actually shown: 'system' follows the operating system's setting. */
export function resolveTheme(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** Re-apply 'system' when the operating system switches; returns the unsubscribe function. */
export function followSystemTheme(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/**
 * The stylesheet has one set of dark colours, keyed on `data-theme="dark"`; this function alone decides which
 * theme is shown, so the colours are not written twice (once for the media query, once for the reader's choice).
 */
export function applyTheme(choice: ThemeChoice): void {
  document.documentElement.setAttribute('data-theme', resolveTheme(choice));
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // not remembered, still applied
  }
}
