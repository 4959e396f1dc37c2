import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useReducedMotion } from './useReducedMotion';

export interface AnimationOptions {
  /** Advance the simulation by one frame. `frameMs` is the wall time since the last frame (capped at 50 ms). */
  onFrame: (frameMs: number) => void;
  /** Start playing when the figure first comes into view (never under prefers-reduced-motion). */
  autoPlay?: boolean;
}

export interface AnimationControls {
  playing: boolean;
  /** The reader's wish; the loop actually runs only while the figure is visible. */
  setPlaying(playing: boolean): void;
  toggle(): void;
  /** One frame forward, whether or not playing (the → key and the Step button). */
  stepOnce(): void;
  /** True while frames are really being drawn (playing, visible, tab shown). */
  running: boolean;
  /** Called by the `<Figure>` this animation is given to: whether the figure is on screen and its tab shown. */
  setVisible(visible: boolean): void;
}

/**
 * The play/pause/step loop behind every animated widget: requestAnimationFrame, paused while the figure is off
 * screen or the tab is hidden, and never started by itself when the reader prefers reduced motion. Pass the
 * result to `<Figure animation>`: the figure watches its own visibility and tells the loop.
 */
export function useAnimation(options: AnimationOptions): AnimationControls {
  const reducedMotion = useReducedMotion();
  // Where there is no IntersectionObserver (jsdom) everything counts as on screen, as in useVisibility.
  const [visible, setVisible] = useState(typeof IntersectionObserver === 'undefined');
  const [playing, setPlaying] = useState(false);
  const autoStarted = useRef(false);
  const onFrame = useRef(options.onFrame);
  onFrame.current = options.onFrame;

  useEffect(() => {
    if (options.autoPlay && visible && !reducedMotion && !autoStarted.current) {
      autoStarted.current = true;
      setPlaying(true);
    }
  }, [options.autoPlay, visible, reducedMotion]);

  const running = playing && visible;

  useEffect(() => {
    if (!running) return;
    let handle = 0;
    let last = performance.now();
    const loop = (now: number) => {
      const frameMs = Math.min(50, Math.max(0, now - last));
      last = now;
      onFrame.current(frameMs);
      handle = requestAnimationFrame(loop);
    };
    handle = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(handle);
  }, [running]);

  const toggle = useCallback(() => setPlaying((p) => !p), []);
  const stepOnce = useCallback(() => onFrame.current(1000 / 60), []);

  return useMemo(
    () => ({ playing, setPlaying, toggle, stepOnce, running, setVisible }),
    [playing, toggle, stepOnce, running],
  );
}
