import { type RefObject, useEffect, useState } from 'react';

/**
 * The element's content width in CSS pixels, kept up to date. Plots draw at their real pixel size (no viewBox
 * scaling), so font sizes set in CSS are the sizes the reader sees — also in projector mode.
 */
export function useElementWidth(ref: RefObject<Element | null>, fallback = 640): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const next = Math.round(entry.contentRect.width);
        if (next > 0) setWidth(next);
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
