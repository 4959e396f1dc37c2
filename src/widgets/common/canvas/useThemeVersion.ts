import { useEffect, useState } from 'react';

/**
 * A number that changes whenever the page's colours may have changed: the reader picked another theme (the book
 * sets data-theme, and may set a class or style, on <html>) or the system switched between light and dark. A
 * canvas reads its colours when it paints (readPlotColours), so it must repaint then; SVG follows the CSS
 * variables by itself.
 */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const observer = typeof MutationObserver === 'undefined' ? null : new MutationObserver(bump);
    observer?.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme', 'class', 'style'],
    });
    const media =
      typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    media?.addEventListener('change', bump);
    return () => {
      observer?.disconnect();
      media?.removeEventListener('change', bump);
    };
  }, []);
  return version;
}
