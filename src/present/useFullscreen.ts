import { type RefObject, useCallback, useEffect, useState } from 'react';

const ignore = () => undefined;

/** Full screen for the deck element (the Fullscreen API; Esc, handled by the browser, leaves it). */
export function useFullscreen(ref: RefObject<HTMLElement | null>): {
  available: boolean;
  active: boolean;
  toggle: () => void;
} {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const sync = () =>
      setActive(document.fullscreenElement !== null && document.fullscreenElement === ref.current);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, [ref]);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen?.().catch(ignore);
    else ref.current?.requestFullscreen?.().catch(ignore);
  }, [ref]);
  return { available: document.fullscreenEnabled === true, active, toggle };
}
