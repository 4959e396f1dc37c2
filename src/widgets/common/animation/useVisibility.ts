import { type RefObject, useEffect, useState } from 'react';

/**
 * True while the element is on screen and the tab is visible. Animations run only then, so a page full of
 * widgets costs nothing for the figures the reader is not looking at (and Lighthouse sees no long tasks).
 * Where IntersectionObserver is missing (old browsers, jsdom) the element counts as on screen.
 */
export function useVisibility(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(typeof IntersectionObserver === 'undefined');
  const [tabVisible, setTabVisible] = useState(() => document.visibilityState !== 'hidden');

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) setOnScreen(entry.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);

  useEffect(() => {
    const update = () => setTabVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);

  return onScreen && tabVisible;
}
