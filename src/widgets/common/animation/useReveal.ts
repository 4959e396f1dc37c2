import { useCallback, useMemo, useRef, useState } from 'react';
import { type AnimationControls, useAnimation } from './useAnimation';

export interface Reveal {
  /** How many items are shown: all of them at rest, fewer while a reveal is under way. */
  shown: number;
  /** Play/pause/step for the frame: play and step start a finished reveal over from the first item. */
  animation: AnimationControls;
  /** Stop and show nothing (the R key): the next play or step starts from the first item. */
  reset(): void;
  /** Show everything again, e.g. after a parameter changed. */
  showAll(): void;
}

/**
 * A reveal whose position the widget holds itself, e.g. in a time slider's URL parameter, so that the slider scrubs
 * the reveal and Play carries on from wherever the slider was left.
 */
export interface RevealPosition {
  /** How many items are shown now. At rest it stays where the widget put it (not "everything"). */
  shown: number;
  /** Called at every move of the reveal: a frame, a step, a reset, `showAll`. */
  set(shown: number): void;
}

/**
 * The animation of widgets whose results are computed up front (darts thrown, draws made, repeated runs) and
 * revealed item by item when played. `advance(current, frameMs)` says how many are shown after one more frame
 * (returning `current` waits); `step(current)` what one Step shows (default: one more). `position`, if given,
 * holds the number shown instead of the hook (see RevealPosition).
 *
 * Frames that arrive after the reveal has finished are ignored: React may deliver one more animation frame before
 * the loop is stopped, and that frame must not start the reveal over. Only an explicit play or step does.
 */
export function useReveal(
  total: number,
  advance: (current: number, frameMs: number) => number,
  step: (current: number) => number = (current) => current + 1,
  position?: RevealPosition,
): Reveal {
  // null: everything shown (the state at rest). Mirrored in a ref so frame callbacks read the latest value.
  const shownRef = useRef<number | null>(null);
  const [shownState, setShownState] = useState<number | null>(null);
  // A held position is the widget's: read afresh at every render, since a slider may have moved it.
  if (position) shownRef.current = position.shown;
  const setPosition = useRef(position?.set);
  setPosition.current = position?.set;
  const setShown = useCallback(
    (value: number | null) => {
      shownRef.current = value;
      if (setPosition.current) setPosition.current(value ?? total);
      else setShownState(value);
    },
    [total],
  );
  const finished = useCallback(() => shownRef.current === null || shownRef.current >= total, [total]);
  const stopRef = useRef<(() => void) | null>(null);

  const onFrame = useCallback(
    (frameMs: number) => {
      const current = shownRef.current;
      if (current === null || current >= total) return;
      const next = Math.min(total, advance(current, frameMs));
      if (next === current) return;
      setShown(next);
      if (next >= total) stopRef.current?.();
    },
    [total, advance, setShown],
  );
  const base = useAnimation({ onFrame });
  stopRef.current = () => base.setPlaying(false);

  const toggle = useCallback(() => {
    if (!base.playing && finished()) setShown(0);
    base.toggle();
  }, [base, finished, setShown]);
  const setPlaying = useCallback(
    (playing: boolean) => {
      if (playing && !base.playing && finished()) setShown(0);
      base.setPlaying(playing);
    },
    [base, finished, setShown],
  );
  const stepOnce = useCallback(() => {
    const from = finished() ? 0 : (shownRef.current ?? 0);
    setShown(Math.min(total, Math.max(from + 1, step(from))));
  }, [finished, total, step, setShown]);
  const animation = useMemo(
    () => ({ ...base, toggle, setPlaying, stepOnce }),
    [base, toggle, setPlaying, stepOnce],
  );

  const reset = useCallback(() => {
    base.setPlaying(false);
    setShown(0);
  }, [base, setShown]);
  const showAll = useCallback(() => setShown(null), [setShown]);

  const shown = position ? position.shown : shownState;
  return { shown: shown === null ? total : Math.min(total, shown), animation, reset, showAll };
}
